import { lockLost, type LockGuard } from './types.js';

/** What a lease backend (PostgreSQL, Redis) does; the guard around it is the same for both. */
export interface LeaseOps {
  /** Extends the lease; throws when it is no longer this run's. */
  renew(): Promise<void>;
  /** Proves the lease is still this run's; throws when it is not. */
  check(): Promise<void>;
  /** Gives the lease up (best effort: a connection that is gone holds nothing). */
  release(): Promise<void>;
  /** Calls `lose` when the connection that holds the lease fails or ends. */
  watch(lose: (why: string, cause?: unknown) => void): void;
}

export interface LeaseIdentity {
  key: string;
  token: string;
  fencing: number;
}

/**
 * A held lease: renewed every `renewEveryMs` (default a third of the TTL); a failed renewal, a
 * failed check or a lost connection aborts `lost` with LOCK_LOST, once, unless it was released.
 */
export function leaseGuard(
  id: LeaseIdentity,
  ttlMs: number,
  renewEveryMs: number | undefined,
  ops: LeaseOps,
): LockGuard {
  const controller = new AbortController();
  let released = false;
  const lose = (why: string, cause?: unknown): void => {
    if (released || controller.signal.aborted) return;
    clearInterval(timer);
    controller.abort(lockLost(id.key, why, cause));
  };
  const timer = setInterval(
    () => {
      ops.renew().catch((error: unknown) => {
        lose('the lease could not be renewed', error);
      });
    },
    renewEveryMs ?? Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  ops.watch(lose);
  return {
    ...id,
    lost: controller.signal,
    verify: async () => {
      if (controller.signal.aborted) throw controller.signal.reason;
      try {
        await ops.check();
      } catch (error) {
        lose('the lease is no longer this run’s', error);
        throw controller.signal.reason;
      }
    },
    release: async () => {
      released = true;
      clearInterval(timer);
      await ops.release();
    },
  };
}
