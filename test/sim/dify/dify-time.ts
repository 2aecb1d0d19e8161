import { localMinute, offsetAt } from '../../../src/time/zone.js';

/**
 * How Dify reads `YYYY-MM-DD HH:MM` in the account timezone (DIFY-API.md §3): an ambiguous time
 * resolves to standard time (the later instant), a time that does not exist is shifted +1h.
 */
export function parseLocalMinute(text: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(naive)) return undefined;
  const before = offsetAt(naive - 86_400_000, timeZone);
  const after = offsetAt(naive + 86_400_000, timeZone);
  const valid = [...new Set([before, after])]
    .map((o) => naive - o)
    .filter((t) => localMinute(t, timeZone) === text)
    .sort((a, b) => b - a);
  return valid[0] ?? naive - Math.min(before, after);
}

/** dateutil.isoparse, as far as the exporter's bounds need it; a naive value is UTC. */
export function parseIso(text: string): number | undefined {
  const withZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The filters the exporter sends for a window, so the minimum request count uses the same rows. */
export function clientFilters(
  window: { from: number; to: number },
  timeZone: string,
  _now: number,
) {
  const isoSec = (s: number): string => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
  return {
    conversationStart: localMinute(window.from, timeZone),
    completionEnd: localMinute(window.to + 60_000, timeZone),
    logsAfter: isoSec(Math.floor(window.from / 1000)),
    logsBefore: new Date(window.to - 1).toISOString(),
  };
}
