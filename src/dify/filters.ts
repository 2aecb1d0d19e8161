import { localMinute, offsetAt } from '../time/zone.js';
import type { UsageWindow } from './source.js';

/**
 * Query filters for a window. Conversation `start`/`end` are `YYYY-MM-DD HH:MM` in the account
 * timezone (Dify reads an ambiguous local time as standard time, i.e. the later instant, so near a
 * DST change we go back one more hour rather than risk starting after the window); workflow-log
 * bounds are inclusive ISO instants, widened to whole seconds because Dify's rows keep
 * sub-second times that its JSON truncates.
 */
export function conversationStart(from: number, timeZone: string): string {
  const nearChange =
    offsetAt(from - 3_600_000, timeZone) !== offsetAt(from, timeZone) ||
    offsetAt(from + 3_600_000, timeZone) !== offsetAt(from, timeZone);
  return localMinute(nearChange ? from - 3_600_000 : from, timeZone);
}

/** Completion listings filter `created_at < end:59`; one extra minute keeps the window's last second. */
export function completionEnd(to: number, timeZone: string): string {
  return localMinute(to + 60_000, timeZone);
}

const isoSecond = (sec: number): string => new Date(sec * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Workflow-log bounds (both inclusive in Dify): the window itself, since the log row's `created_at`
 * decides which window a run belongs to. The lower bound is widened to its whole second, the upper
 * one is the last millisecond before the window end.
 */
export function logBounds(window: UsageWindow): { after: string; before: string } {
  return {
    after: isoSecond(Math.floor(window.from / 1000)),
    before: new Date(window.to - 1).toISOString(),
  };
}

/** Whether Dify's epoch-second `created_at` falls in the half-open window. */
export function inWindow(sec: number, window: UsageWindow): boolean {
  const ms = sec * 1000;
  return ms >= window.from && ms < window.to;
}
