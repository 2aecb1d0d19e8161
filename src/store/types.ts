import type { LockGuard } from '../lock/types.js';
import type { SpoolStore } from '../spool/store.js';
import type { ExportState } from '../state/state-file.js';

/**
 * Where one exporter keeps its state and spool (SPEC §9, §10, §10a): the files of `STATE_DIR`, or
 * the PostgreSQL store of `STATE_URL`. Every command goes through this, so both behave the same.
 */
export interface Store {
  readonly kind: 'file' | 'postgres';
  /** Where it lives, fit for a message (never a secret). */
  readonly where: string;
  readonly spool: SpoolStore;
  /**
   * Readies the store for a command that writes (directories, or tables), removing debris. A file
   * store that was migrated to PostgreSQL refuses (78): its watermark is no longer the live one.
   */
  open(): Promise<{ staleTempRemoved: number }>;
  /** The state; undefined before the first run. An invalid or newer document stops the run (78). */
  readState(): Promise<ExportState | undefined>;
  /** Writes the state durably; `tag` names the write (temp file name of the file store). */
  writeState(state: ExportState, tag: string): Promise<void>;
  /** From now on every write is fenced by this lock (PostgreSQL); nothing for the file store. */
  useLock(guard: LockGuard): void;
  /**
   * Called once the lock is held: refuses a store that stopped being the live one between `open()`
   * and the lock (a `state migrate` that finished meanwhile marks the file store).
   */
  assertLive(): Promise<void>;
  close(): Promise<void>;
}
