/** Retry timing shared by the Dify client and delivery (SPEC §8). Pure: time and randomness come in. */

/** Full-jitter backoff: uniform in [0, min(cap, 1s · 2^attempt)), attempt counted from 0. */
export function fullJitterDelay(attempt: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, 1000 * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3) → milliseconds from `now`;
 * undefined when absent or unparseable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Statuses whose `Retry-After` is honoured. */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([408, 429, 503]);

/** Retryable for both APIs: 408, 425, 429 and every 5xx except 501. The external API adds 409. */
export function isRetryableStatus(status: number, api: 'dify' | 'external'): boolean {
  if (status === 408 || status === 425 || status === 429) return true;
  if (api === 'external' && status === 409) return true;
  return status >= 500 && status <= 599 && status !== 501;
}
