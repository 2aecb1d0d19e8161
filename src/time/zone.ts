/** Wall-clock arithmetic in IANA zones with the platform's Intl data (no dependency needed). */

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function toZoned(ms: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function naiveUtc(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (local − UTC). */
export function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return naiveUtc(toZoned(whole, timeZone)) - whole;
}

/**
 * The UTC instant of a local wall-clock time. An ambiguous time (clocks turned back) takes the
 * earlier reading; a time that does not exist (clocks turned forward) is shifted forward by the gap,
 * as Dify's own parsing does.
 */
export function fromZoned(parts: LocalParts, timeZone: string): number {
  const naive = naiveUtc(parts);
  const offsets = new Set([
    offsetAt(naive - 86_400_000, timeZone),
    offsetAt(naive + 86_400_000, timeZone),
  ]);
  const valid = [...offsets]
    .map((o) => naive - o)
    .filter((t) => naiveUtc(toZoned(t, timeZone)) === naive)
    .sort((a, b) => a - b);
  if (valid[0] !== undefined) return valid[0];
  return naive - offsetAt(naive - 86_400_000, timeZone);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of the local day containing `ms`. */
export function localDate(ms: number, timeZone: string): string {
  const p = toZoned(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DD HH:MM` of `ms` in the zone, floored to the minute. */
export function localMinute(ms: number, timeZone: string): string {
  const p = toZoned(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** UTC instant at which the local day `YYYY-MM-DD` (+ `addDays`) starts. */
export function startOfLocalDay(date: string, timeZone: string, addDays = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + addDays));
  return fromZoned(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
}
