import * as fsp from 'node:fs/promises';
import type { Clock } from '../context.js';
import { FileLock, type LockFs } from '../lock/file.js';
import type { DurableFs } from '../spool/fs.js';

/** The file lock of SPEC §10 as the exporter takes it: `STATE_DIR/lock`, stale after 2 × MAX_RUNTIME. */
export interface LockDeps {
  fs: DurableFs | LockFs;
  stateDir: string;
  clock: Clock;
  maxRuntimeMs: number;
  pid?: number;
  host?: string;
  /** Whether a pid is alive on this host; injectable for tests. */
  isAlive?: (pid: number) => boolean;
  processStartedAt?: number;
}

export interface Lock {
  release(): Promise<void>;
}

export const LOCK_FILE = 'lock';

export function fileLock(deps: LockDeps): FileLock {
  const { fs, stateDir, maxRuntimeMs, ...rest } = deps;
  // DurableFs has no link(); the takeover puts a wrongly moved lock back with it.
  const lockFs: LockFs = { link: fsp.link, ...fs };
  return new FileLock({ ...rest, fs: lockFs, dir: stateDir }, { ttlMs: 2 * maxRuntimeMs });
}

/** Takes `STATE_DIR/lock` exclusively (SPEC §10); a live holder means exit 75. */
export async function acquireLock(deps: LockDeps): Promise<Lock> {
  return fileLock(deps).acquire(LOCK_FILE);
}
