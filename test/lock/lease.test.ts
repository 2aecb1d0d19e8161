import { describe, expect, it } from 'vitest';
import { leaseGuard, type LeaseOps } from '../../src/lock/lease.js';

// The lease guard shared by the PostgreSQL and Redis locks, on a backend whose server stops
// answering (a network cut): the backend's calls never settle.
const never = () => new Promise<never>(() => undefined);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function backend(answers: () => boolean) {
  const calls = { renew: 0, check: 0, released: [] as boolean[] };
  const ops: LeaseOps = {
    renew: () => {
      calls.renew += 1;
      return answers() ? Promise.resolve() : never();
    },
    check: () => {
      calls.check += 1;
      return answers() ? Promise.resolve() : never();
    },
    release: (lost) => {
      calls.released.push(lost);
      return Promise.resolve();
    },
    watch: () => undefined,
  };
  return { ops, calls };
}

describe('lease guard', () => {
  it('is lost once the TTL has passed since the last renewal that was answered; a pending check ends with it; nothing piles up; the release asks nothing', async () => {
    let answering = true;
    const { ops, calls } = backend(() => answering);
    const guard = leaseGuard({ key: 'k', token: 't', fencing: 1 }, 600, 100, ops);
    await sleep(350);
    expect(guard.lost.aborted).toBe(false);
    await guard.verify();
    answering = false;
    const cut = performance.now();
    const verifying = guard.verify().then(
      () => 'verified',
      (e: unknown) => e,
    );
    await new Promise<void>((resolve) => {
      guard.lost.addEventListener('abort', () => {
        resolve();
      });
    });
    // The last answered renewal was sent at most 100 ms before the cut.
    expect(performance.now() - cut).toBeGreaterThanOrEqual(450);
    expect(guard.lost.reason).toMatchObject({ code: 'LOCK_LOST', exitCode: 75 });
    expect((guard.lost.reason as Error).message).toMatch(/not renewed within/);
    expect(await verifying).toBe(guard.lost.reason);
    const renewals = calls.renew;
    await sleep(300);
    expect(calls.renew).toBe(renewals);
    await guard.release();
    expect(calls.released).toEqual([true]);
  });

  it('a holder that renews in time keeps it, one renewal at a time, and releases asking the server', async () => {
    const { ops, calls } = backend(() => true);
    const guard = leaseGuard({ key: 'k', token: 't', fencing: 1 }, 300, 100, ops);
    await sleep(1_000);
    expect(guard.lost.aborted).toBe(false);
    expect(calls.renew).toBeGreaterThanOrEqual(5);
    await guard.release();
    expect(calls.released).toEqual([false]);
  });
});
