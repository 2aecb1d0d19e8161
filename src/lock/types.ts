import { DifyExportError, type ErrorOptions } from '../errors.js';
import type { ExitName } from '../exit-codes.js';

/** How long a lease lives and how `acquire` waits for a held lock (SPEC §10a). */
export interface LockConfig {
  /** Lease length: a holder that stops renewing for this long loses the lock. */
  ttlMs: number;
  /** Wait between two tries of `acquire` (default 1 s). */
  retryIntervalMs?: number;
  /** Tries of `acquire` after the first (default 0: fail at once when held). */
  maxRetries?: number;
}

export type LockErrorKind = 'already_locked' | 'timeout' | 'backend_error';

const EXIT_OF: Record<LockErrorKind, ExitName> = {
  already_locked: 'TEMPFAIL',
  timeout: 'TEMPFAIL',
  backend_error: 'UNAVAILABLE',
};

/** Held (75), still held after the retries (75), or the lock server failed (69). */
export class LockError extends DifyExportError {
  override name = 'LockError';
  readonly kind: LockErrorKind;

  constructor(kind: LockErrorKind, message: string, options: ErrorOptions = {}) {
    super(kind === 'backend_error' ? 'LOCK_BACKEND' : 'LOCK_HELD', EXIT_OF[kind], message, options);
    this.kind = kind;
  }
}

/** The run no longer holds its lock (renewal failed, lease taken over): stop as on SIGTERM (75). */
export function lockLost(key: string, why: string, cause?: unknown): DifyExportError {
  return new DifyExportError('LOCK_LOST', 'TEMPFAIL', `the run lost its lock (${why})`, {
    hint: `another run may hold ${key} now; this run stops and writes nothing more`,
    cause,
  });
}

export interface LockGuard {
  readonly key: string;
  /** Unique per acquisition; only the holder of this token can renew or release. */
  readonly token: string;
  /** Grows with every acquisition of the key (0 for the file lock, which has no fencing). */
  readonly fencing: number;
  /** Aborted, with the LOCK_LOST error as reason, when the lock is lost. */
  readonly lost: AbortSignal;
  /** Proves the lease is still this run's right now (before a state write); throws LOCK_LOST. */
  verify(): Promise<void>;
  /** Releases the lock if it is still this run's; never removes another holder's lock. */
  release(): Promise<void>;
}

export interface DistributedLock {
  /** Takes the lock, waiting `maxRetries` × `retryIntervalMs`; LockError when it cannot. */
  acquire(key: string): Promise<LockGuard>;
  /** One try: the guard, or null when another holder has it. */
  tryAcquire(key: string): Promise<LockGuard | null>;
  /** Closes connections the backend keeps (guards release their own). */
  close(): Promise<void>;
}

/** Who holds a lock, for the "another run holds the lock" message. */
export interface Holder {
  pid: number;
  host: string;
  since: string;
}

export function heldError(key: string, holder: Holder | undefined, extra = ''): LockError {
  const who = holder ? ` (pid ${holder.pid} on ${holder.host} since ${holder.since}${extra})` : '';
  return new LockError('already_locked', `another run holds the lock${who}`, {
    hint: `wait for it to finish; the lock (${key}) is released when it exits`,
  });
}

/** `acquire` on top of `tryAcquire`: the retries of LockConfig, then already_locked or timeout. */
export async function acquireWithRetries(
  config: LockConfig,
  attempt: () => Promise<Attempt>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<LockGuard> {
  const retries = config.maxRetries ?? 0;
  for (let i = 0; ; i += 1) {
    const result = await attempt();
    if ('guard' in result) return result.guard;
    if (i >= retries) {
      if (retries === 0) throw result.held;
      throw new LockError('timeout', `${result.held.message}, still after ${retries} retries`, {
        hint: result.held.hint,
      });
    }
    await sleep(config.retryIntervalMs ?? 1000);
  }
}

/** One try at a lock: the guard, or the error naming who holds it. */
export type Attempt = { guard: LockGuard } | { held: LockError };

/** `acquire`, `tryAcquire` and `close` of every backend, on top of its one try (`attempt`). */
export abstract class TryOnceLock implements DistributedLock {
  protected readonly config: LockConfig;

  constructor(config: LockConfig) {
    this.config = config;
  }

  protected abstract attempt(key: string): Promise<Attempt>;

  acquire(key: string): Promise<LockGuard> {
    return acquireWithRetries(this.config, () => this.attempt(key));
  }

  async tryAcquire(key: string): Promise<LockGuard | null> {
    const result = await this.attempt(key);
    return 'guard' in result ? result.guard : null;
  }

  async close(): Promise<void> {
    // Each guard owns its connection (the file lock keeps none).
  }
}

export interface RenewalOptions {
  /** Renewal period; default ttl / 3 (SPEC §10a). Tests set it above the TTL to act as a stopped holder. */
  renewEveryMs?: number;
}
