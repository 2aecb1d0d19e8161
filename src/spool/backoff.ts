const FIVE_MINUTES = 5 * 60_000;
const ONE_HOUR = 60 * 60_000;

/**
 * Backoff across runs (SPEC §9): the older a batch, the longer it waits, between 5 min and 1 h,
 * ± 10 % so batches spooled together do not all come due in the same run.
 */
export function nextAttemptAfterFailure(
  now: number,
  createdAt: number,
  random: () => number,
): number {
  const base = Math.min(ONE_HOUR, Math.max(FIVE_MINUTES, now - createdAt));
  const jitter = (random() * 2 - 1) * 0.1 * base;
  return now + Math.round(base + jitter);
}
