import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import type { DurableFs } from '../spool/fs.js';
import { Spool } from '../spool/store.js';
import { readState, writeState, type ExportState } from '../state/state-file.js';
import type { Store } from './types.js';

/** Left in STATE_DIR by `state migrate`: the state now lives in PostgreSQL (no secret in it). */
export const MIGRATED_FILE = 'migrated.json';

export const migratedSchema = z.object({
  migrated_to: z.string(),
  schema: z.string(),
  key: z.string(),
  at: z.string(),
  batches: z.number().int().nonnegative(),
});
export type MigratedMark = z.infer<typeof migratedSchema>;

/** The mark of a migrated file store, or undefined when it was not migrated. */
export async function readMigrated(
  fs: DurableFs,
  stateDir: string,
): Promise<MigratedMark | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(join(stateDir, MIGRATED_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    json = undefined;
  }
  const parsed = migratedSchema.safeParse(json);
  // Any mark stops runs on the directory, even one that cannot be read.
  return parsed.success
    ? parsed.data
    : { migrated_to: 'PostgreSQL', schema: '?', key: '?', at: '(unknown)', batches: 0 };
}

/** The default store: `STATE_DIR/state.json` and `STATE_DIR/spool` (SPEC §9, §10). */
export class FileStore implements Store {
  readonly kind = 'file';
  readonly where: string;
  readonly spool: Spool;
  readonly #fs: DurableFs;
  readonly #stateDir: string;

  constructor(deps: { fs: DurableFs; stateDir: string; clock: Clock; random: () => number }) {
    this.#fs = deps.fs;
    this.#stateDir = deps.stateDir;
    this.where = `STATE_DIR ${deps.stateDir}`;
    this.spool = new Spool(deps);
  }

  async open(): Promise<{ staleTempRemoved: number }> {
    await this.assertLive();
    return this.spool.open();
  }

  async assertLive(): Promise<void> {
    const mark = await readMigrated(this.#fs, this.#stateDir);
    if (mark !== undefined)
      throw new DifyExportError(
        'STATE_MIGRATED',
        'CONFIG',
        `${this.where} was migrated to ${mark.migrated_to} (schema ${mark.schema}) at ${mark.at}: its state is no longer the live one`,
        {
          hint: `set STATE_URL to that database (${MIGRATED_FILE} in STATE_DIR records where); running on the old files would export from an old watermark`,
        },
      );
  }

  readState(): Promise<ExportState | undefined> {
    return readState(this.#fs, this.#stateDir);
  }

  writeState(state: ExportState, tag: string): Promise<void> {
    return writeState(this.#fs, this.#stateDir, state, `state.${tag}.tmp`);
  }

  useLock(): void {
    // The file lock has no fencing: it is exclusive on one host (SPEC §10).
  }

  async close(): Promise<void> {
    // Nothing held open.
  }
}
