/** Retry timing shared by the Dify client and delivery (SPEC §8). Pure: time and randomness come in. */

/** Full-jitter backoff: uniform in [0, min(cap, 1s · 2^attempt)), attempt counted from 0. */
export function fullJitterDelay(attempt: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, 1000 * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * The longest wait a `Retry-After` can stand for: a parsed value is clamped to it before anything
 * adds it to a date, so `Retry-After: 9999999999999` is a long wait, not an invalid Date (exit 70).
 */
export const RETRY_AFTER_CEILING_MS = 365 * 86_400_000;

/** IMF-fixdate, RFC 850 and asctime all start with the day name (RFC 9110 §5.6.7). */
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i;

/**
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3) → milliseconds from `now`,
 * at most RETRY_AFTER_CEILING_MS; undefined when absent or malformed (V8's `Date.parse` reads
 * "-5" as May 2001, so only text shaped like an HTTP-date is parsed as one). A date in the past
 * means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else if (HTTP_DATE.test(text)) ms = Date.parse(text) - now;
  else return undefined;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(RETRY_AFTER_CEILING_MS, Math.max(0, ms));
}

/** Statuses whose `Retry-After` is honoured. */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([408, 429, 503]);

/** Retryable for both APIs: 408, 425, 429 and every 5xx except 501. The external API adds 409. */
export function isRetryableStatus(status: number, api: 'dify' | 'external'): boolean {
  if (status === 408 || status === 425 || status === 429) return true;
  if (api === 'external' && status === 409) return true;
  return status >= 500 && status <= 599 && status !== 501;
}
