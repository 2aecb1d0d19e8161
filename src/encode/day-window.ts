import type { UsageWindow } from '../dify/source.js';
import { localDate, startOfLocalDay } from '../time/zone.js';

/** Start of the local day containing `ms`. */
export function floorToDay(ms: number, timeZone: string): number {
  return startOfLocalDay(localDate(ms, timeZone), timeZone);
}

/**
 * api-meter sends whole days only (SPEC §7): the window starts at the beginning of the day of its
 * start (re-sending a day already sent is a harmless upsert) and ends at the last day boundary at or
 * before its end. An empty result (`to <= from`) means no day is complete yet.
 */
export function cutToDays(window: UsageWindow, timeZone: string): UsageWindow {
  const from = floorToDay(window.from, timeZone);
  const to = floorToDay(window.to, timeZone);
  return { from, to: Math.max(from, to) };
}

/**
 * How far whole days were read: the last day boundary before `safeUntil` (an item not final yet,
 * or an app that failed, keeps its day open), never before the window start.
 */
export function completeDaysUntil(
  safeUntil: number,
  window: UsageWindow,
  timeZone: string,
): number {
  return Math.max(floorToDay(Math.min(safeUntil, window.to), timeZone), window.from);
}
