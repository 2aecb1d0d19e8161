import { isRetryableStatus } from '../http/backoff.js';

/** What an external API answer means for the batch (SPEC §8). */
export type Verdict = 'delivered' | 'retry' | 'rejected' | 'too_large' | 'noperm' | 'unavailable';

const UNAVAILABLE: ReadonlySet<number> = new Set([404, 405, 410, 501]);

export function classifyStatus(status: number): Verdict {
  if (status >= 200 && status <= 299) return 'delivered';
  if (status === 401 || status === 403) return 'noperm';
  // The endpoint is wrong: retrying or rejecting the data would both be mistakes.
  if (UNAVAILABLE.has(status)) return 'unavailable';
  // Payload Too Large: the data may be fine in smaller batches (split in halves, SPEC §8).
  if (status === 413) return 'too_large';
  if (isRetryableStatus(status, 'external')) return 'retry';
  if (status >= 400 && status <= 499) return 'rejected';
  // 1xx/3xx final answers and anything else unexpected: keep the batch and try again later.
  return 'retry';
}
