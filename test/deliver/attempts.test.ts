import { describe, expect, it } from 'vitest';
import { deliverWithRetries, type AttemptDeps } from '../../src/deliver/attempts.js';
import type { PostResult } from '../../src/deliver/post.js';

const request = { body: '[]', contentType: 'application/json', idempotencyKey: '"k"' };
const status = (s: number, retryAfter: string | null = null): PostResult => ({
  kind: 'response',
  status: s,
  retryAfter,
  text: `answer ${s}`,
});

type Over = Partial<Omit<AttemptDeps, 'policy'>> & { policy?: Partial<AttemptDeps['policy']> };

function deps(answers: PostResult[], over: Over = {}) {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const posted: number[] = [];
  const d: AttemptDeps = {
    post: () => {
      posted.push(now);
      return Promise.resolve(answers.shift() ?? status(200));
    },
    clock: { now: () => now },
    random: () => 0.999,
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve(true);
    },
    stop: new AbortController().signal,
    cut: new AbortController().signal,
    ...over,
    policy: {
      maxRetry: 3,
      retryMaxDelayMs: 30_000,
      maxRetryAfterMs: 120_000,
      deadline: Infinity,
      ...over.policy,
    },
  };
  return { d, sleeps, posted };
}

describe('delivery attempts (SPEC §8)', () => {
  it('retries at most MAX_RETRY times with full-jitter backoff capped by RETRY_MAX_DELAY', async () => {
    const { d, sleeps } = deps([status(503), status(503), status(503), status(503), status(503)], {
      policy: { retryMaxDelayMs: 3000 },
    });
    const result = await deliverWithRetries(request, d);
    expect(result).toMatchObject({ outcome: 'retry', attempts: 4, status: 503 });
    // random ≈ 1 → just under min(cap, 1 s · 2^attempt)
    expect(sleeps).toEqual([999, 1998, 2997]);
  });

  it('the jitter is uniform from zero: random 0 retries at once', async () => {
    const { d, sleeps } = deps([status(500), status(500)], { random: () => 0 });
    expect(await deliverWithRetries(request, d)).toMatchObject({
      outcome: 'delivered',
      attempts: 3,
    });
    expect(sleeps).toEqual([0, 0]);
  });

  it('honours Retry-After in seconds: never earlier', async () => {
    const { d, posted } = deps([status(429, '2')], { random: () => 0 });
    await deliverWithRetries(request, d);
    expect(posted[1]! - posted[0]!).toBeGreaterThanOrEqual(2000);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const date = new Date(1_000_000 + 5000).toUTCString();
    const { d, posted } = deps([status(503, date)], { random: () => 0 });
    await deliverWithRetries(request, d);
    expect(posted[1]! - posted[0]!).toBeGreaterThanOrEqual(4000);
  });

  it('a Retry-After beyond MAX_RETRY_AFTER ends the attempts with the time to come back', async () => {
    const { d, sleeps } = deps([status(429, '300')]);
    const result = await deliverWithRetries(request, d);
    expect(result).toMatchObject({ outcome: 'retry', attempts: 1, notBefore: 1_000_000 + 300_000 });
    expect(sleeps).toEqual([]);
  });

  it('a Retry-After beyond the time left (MAX_RUNTIME) ends the attempts too', async () => {
    const { d } = deps([status(429, '60')], { policy: { deadline: 1_000_000 + 30_000 } });
    expect(await deliverWithRetries(request, d)).toMatchObject({
      outcome: 'retry',
      notBefore: 1_060_000,
    });
  });

  it('Retry-After on other statuses is ignored', async () => {
    const { d, sleeps } = deps([status(500, '100')], { random: () => 0 });
    await deliverWithRetries(request, d);
    expect(sleeps).toEqual([0]);
  });

  it.each([
    [400, 'rejected'],
    [413, 'too_large'],
    [422, 'rejected'],
    [401, 'noperm'],
    [403, 'noperm'],
    [404, 'unavailable'],
    [501, 'unavailable'],
  ] as const)('%i ends at once as %s', async (s, outcome) => {
    const { d, posted } = deps([status(s)]);
    expect(await deliverWithRetries(request, d)).toMatchObject({
      outcome,
      attempts: 1,
      status: s,
      error: `answer ${s}`,
    });
    expect(posted).toHaveLength(1);
  });

  it('after the first signal no new attempt starts', async () => {
    const stop = new AbortController();
    stop.abort();
    const { d, posted } = deps([status(503)], { stop: stop.signal });
    expect(await deliverWithRetries(request, d)).toMatchObject({ outcome: 'retry', attempts: 1 });
    expect(posted).toHaveLength(1);
  });

  it('a sleep cut by the signal ends the attempts', async () => {
    const { d, posted } = deps([status(503)], { sleep: () => Promise.resolve(false) });
    expect(await deliverWithRetries(request, d)).toMatchObject({ outcome: 'retry', attempts: 1 });
    expect(posted).toHaveLength(1);
  });
});
