import { describe, expect, it } from 'vitest';
import { classifyStatus, type Verdict } from '../../src/deliver/classify.js';
import { deliverWithRetries } from '../../src/deliver/attempts.js';

/** SPEC §8, written out independently of the implementation. */
function expected(status: number): Verdict {
  if (status === 401 || status === 403) return 'noperm';
  if ([404, 405, 410, 501].includes(status)) return 'unavailable';
  if (status === 413) return 'too_large';
  if ([408, 409, 425, 429].includes(status) || status >= 500) return 'retry';
  return 'rejected';
}

const statuses = Array.from({ length: 200 }, (_, i) => 400 + i);

describe('external API status classification (SPEC §8)', () => {
  it.each(statuses)('%i', (status) => {
    expect(classifyStatus(status)).toBe(expected(status));
  });

  it.each([200, 201, 202, 204, 299])('%i is delivered', (status) => {
    expect(classifyStatus(status)).toBe('delivered');
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'timeout', 'ENOTFOUND', 'aborted'])(
    'a network error (%s) is retried',
    async (error) => {
      let calls = 0;
      const result = await deliverWithRetries(
        { body: '[]', contentType: 'x', idempotencyKey: '"k"' },
        {
          post: () => {
            calls += 1;
            return Promise.resolve(
              calls === 1
                ? { kind: 'network', error }
                : { kind: 'response', status: 200, retryAfter: null, text: '' },
            );
          },
          policy: {
            maxRetry: 3,
            retryMaxDelayMs: 1000,
            maxRetryAfterMs: 120_000,
            deadline: Infinity,
          },
          clock: { now: () => 0 },
          random: () => 0.5,
          sleep: () => Promise.resolve(true),
          stop: new AbortController().signal,
          cut: new AbortController().signal,
        },
      );
      expect(result).toMatchObject({ outcome: 'delivered', attempts: 2 });
    },
  );
});
