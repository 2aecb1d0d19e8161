import type { UsageWindow } from '../dify/source.js';
import { UsageError } from '../errors.js';
import { resolveTime, type TimeExpr } from '../time/parse.js';
import { localDate, startOfLocalDay } from '../time/zone.js';

const MINUTE = 60_000;
export const DEFAULT_DAYS = 7;

export interface VerifyWindowInput {
  since?: TimeExpr | undefined;
  until?: TimeExpr | undefined;
  now: number;
  /** The Dify account's zone: Dify cuts its statistics days there, so bare dates are read there. */
  timeZone: string;
  settleDelayMs: number;
}

/**
 * The window `verify` compares: by default the last 7 complete days in the account's zone. Dify's
 * statistics take `start`/`end` to the minute, so both ends move inward to whole minutes, and the
 * end never passes now − SETTLE_DELAY (what `export` would not read yet is left out of both sides).
 */
export function verifyWindow(input: VerifyWindowInput): UsageWindow & { settleCut: boolean } {
  const { now, timeZone: tz } = input;
  const today = startOfLocalDay(localDate(now, tz), tz);
  const rawTo = input.until ? resolveTime(input.until, now, tz) : today;
  const rawFrom = input.since
    ? resolveTime(input.since, now, tz)
    : startOfLocalDay(localDate(rawTo - 1, tz), tz, 1 - DEFAULT_DAYS);
  const settled = Math.floor((now - input.settleDelayMs) / MINUTE) * MINUTE;
  const to = Math.min(Math.floor(rawTo / MINUTE) * MINUTE, settled);
  const from = Math.ceil(rawFrom / MINUTE) * MINUTE;
  if (from >= to)
    throw new UsageError(
      `nothing to verify: the window [${new Date(from).toISOString()}, ${new Date(to).toISOString()}) is empty`,
      { hint: 'give --since before --until, and --until at least SETTLE_DELAY in the past' },
    );
  return { from, to, settleCut: to < Math.floor(rawTo / MINUTE) * MINUTE };
}
