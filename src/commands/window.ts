import type { Config } from '../config/config.js';
import type { UsageWindow } from '../dify/source.js';
import { cutToDays } from '../encode/day-window.js';
import { UsageError } from '../errors.js';
import { parseTimeExpr, resolveTime, type TimeExpr } from '../time/parse.js';

export interface WindowInput {
  since?: TimeExpr | undefined;
  until?: TimeExpr | undefined;
  /** The stored watermark (epoch ms), if a run has recorded one. */
  watermark: number | undefined;
  config: Pick<Config, 'initialSince' | 'settleDelayMs' | 'exportTimezone' | 'exportFormat'>;
  now: number;
}

/**
 * The export window `[from, to)` (SPEC §1, §2): from `--since`, else the watermark, else
 * INITIAL_SINCE; to `--until`, else now − SETTLE_DELAY. api-meter sends whole days only (SPEC §7),
 * so its window is cut to day boundaries in EXPORT_TIMEZONE.
 */
export function resolveWindow(input: WindowInput): UsageWindow {
  const { config, now } = input;
  const tz = config.exportTimezone;
  const initial = parseTimeExpr(config.initialSince);
  let from: number;
  if (input.since) from = resolveTime(input.since, now, tz);
  else if (input.watermark !== undefined) from = input.watermark;
  else if (initial) from = resolveTime(initial, now, tz);
  else throw new UsageError(`INITIAL_SINCE is not a valid time: ${config.initialSince}`);
  const to = input.until ? resolveTime(input.until, now, tz) : now - config.settleDelayMs;
  if (input.since && input.until && from >= to) {
    throw new UsageError(
      `--since (${new Date(from).toISOString()}) must be before --until (${new Date(to).toISOString()})`,
    );
  }
  // An empty or inverted window (the watermark already reaches past now − SETTLE_DELAY) exports nothing.
  const window = { from, to: Math.max(from, to) };
  return config.exportFormat === 'api-meter' ? cutToDays(window, tz) : window;
}

/**
 * Where the watermark goes after a window was exported completely up to `reached` (SPEC §2): it
 * never moves backwards, and a backfill window moves it only if the window starts at or before it.
 */
export function nextWatermark(
  current: number | undefined,
  window: UsageWindow,
  reached: number,
): number | undefined {
  if (current === undefined) return reached;
  if (window.from > current) return current;
  return Math.max(current, reached);
}
