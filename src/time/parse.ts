import { parseDuration } from '../config/duration.js';
import { startOfLocalDay } from './zone.js';

/** A `<time>` argument (SPEC §2), parsed for syntax now and resolved later against a clock and zone. */
export type TimeExpr =
  { kind: 'date'; date: string } | { kind: 'instant'; ms: number } | { kind: 'ago'; ms: number };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const AGO = /^\d+(?:\.\d+)?(?:s|m|h|d)$/;

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parseTimeExpr(text: string): TimeExpr | undefined {
  const s = text.trim();
  const date = DATE.exec(s);
  if (date) {
    return isRealDate(Number(date[1]), Number(date[2]), Number(date[3]))
      ? { kind: 'date', date: s }
      : undefined;
  }
  if (DATE_TIME.test(s)) {
    const ms = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? undefined : { kind: 'instant', ms };
  }
  if (AGO.test(s)) {
    const ms = parseDuration(s);
    return ms === undefined ? undefined : { kind: 'ago', ms };
  }
  return undefined;
}

export function resolveTime(expr: TimeExpr, now: number, timeZone: string): number {
  switch (expr.kind) {
    case 'date':
      return startOfLocalDay(expr.date, timeZone);
    case 'instant':
      return expr.ms;
    case 'ago':
      return now - expr.ms;
  }
}

export const TIME_HELP =
  'a date (2026-11-01, midnight in EXPORT_TIMEZONE), a date-time with Z or an offset, or a duration back from now (90m, 36h, 7d)';
