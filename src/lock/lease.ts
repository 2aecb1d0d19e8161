import { performance } from 'node:perf_hooks';
import { lockLost, type LockGuard } from './types.js';

/** What a lease backend (PostgreSQL, Redis) does; the guard around it is the same for both. */
export interface LeaseOps {
  /** Extends the lease; throws when it is no longer this run's. */
  renew(): Promise<void>;
  /** Proves the lease is still this run's; throws when it is not. */
  check(): Promise<void>;
  /**
   * Gives the lease up (best effort: a connection that is gone holds nothing). `lost`: the lease is
   * no longer known to be this run's, so nothing is asked of the server (it may not answer).
   */
  release(lost: boolean): Promise<void>;
  /** Calls `lose` when the connection that holds the lease fails or ends. */
  watch(lose: (why: string, cause?: unknown) => void): void;
}

export interface LeaseIdentity {
  key: string;
  token: string;
  fencing: number;
}

/** When the request that took the lease was sent (`performance.now()`): its TTL runs from there. */
export interface LeaseTaken extends LeaseIdentity {
  sentAt?: number;
}

/**
 * A held lease: renewed every `renewEveryMs` (default a third of the TTL); a failed renewal, a
 * failed check or a lost connection aborts `lost` with LOCK_LOST, once, unless it was released.
 * So does a lease that was not renewed in time: the server sets the expiry when it receives the
 * request, so the lease is known to be this run's only until `ttlMs` after the last renewal that
 * succeeded was sent (or the acquisition, at `sentAt`). A server that stops answering (a network
 * cut) leaves the renewal pending forever; by then another run may hold the lock.
 */
export function leaseGuard(
  { sentAt = performance.now(), ...id }: LeaseTaken,
  ttlMs: number,
  renewEveryMs: number | undefined,
  ops: LeaseOps,
): LockGuard {
  const controller = new AbortController();
  let released = false;
  let validUntil = sentAt + ttlMs;
  let expiry: NodeJS.Timeout | undefined;
  const lose = (why: string, cause?: unknown): void => {
    if (released || controller.signal.aborted) return;
    clearInterval(timer);
    clearTimeout(expiry);
    controller.abort(lockLost(id.key, why, cause));
  };
  const expired = (): boolean => {
    if (performance.now() < validUntil) return false;
    lose(`its lease was not renewed within STATE_LOCK_TTL (${String(ttlMs)} ms)`);
    return true;
  };
  const armExpiry = (): void => {
    clearTimeout(expiry);
    // A timer may fire a little early by this clock: it then waits for the rest.
    expiry = setTimeout(
      () => {
        if (!expired()) armExpiry();
      },
      Math.max(1, Math.ceil(validUntil - performance.now())),
    );
    expiry.unref();
  };
  let renewing = false;
  const timer = setInterval(
    () => {
      // A renewal still waiting for its answer is not doubled: the expiry decides.
      if (expired() || renewing) return;
      renewing = true;
      const sent = performance.now();
      ops.renew().then(
        () => {
          renewing = false;
          validUntil = sent + ttlMs;
          if (!released && !controller.signal.aborted) armExpiry();
        },
        (error: unknown) => {
          renewing = false;
          lose('the lease could not be renewed', error);
        },
      );
    },
    renewEveryMs ?? Math.max(1, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  armExpiry();
  ops.watch(lose);
  // A check the server never answers ends with the lease.
  const whenLost = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener(
      'abort',
      () => {
        reject(controller.signal.reason as Error);
      },
      { once: true },
    );
  });
  whenLost.catch(() => undefined);
  return {
    ...id,
    lost: controller.signal,
    verify: async () => {
      if (controller.signal.aborted || expired()) throw controller.signal.reason;
      try {
        await Promise.race([ops.check(), whenLost]);
      } catch (error) {
        lose('the lease is no longer this run’s', error);
        throw controller.signal.reason;
      }
    },
    release: async () => {
      released = true;
      clearInterval(timer);
      clearTimeout(expiry);
      await ops.release(controller.signal.aborted);
    },
  };
}
