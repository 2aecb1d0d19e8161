import type { Config } from '../config/config.js';
import type { RunContext } from '../context.js';
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
  /** Told when `--until` lies after now − SETTLE_DELAY and the window end was pulled back. */
  onClamp?: (requested: number, effective: number) => void;
}

/**
 * The export window `[from, to)` (SPEC §1, §2): from `--since`, else the watermark, else
 * INITIAL_SINCE; to `--until`, else now − SETTLE_DELAY. The end is never later than now −
 * SETTLE_DELAY: usage created after it may not be in Dify yet, and a watermark past it would skip
 * that usage forever (SPEC §10). api-meter sends whole days only (SPEC §7),
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
  const settled = now - config.settleDelayMs;
  const until = input.until ? resolveTime(input.until, now, tz) : settled;
  if (input.since && input.until && from >= until) {
    throw new UsageError(
      `--since (${new Date(from).toISOString()}) must be before --until (${new Date(until).toISOString()})`,
    );
  }
  if (until > settled) input.onClamp?.(until, settled);
  const to = Math.min(until, settled);
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

/** The log line of a clamped `--until` (SPEC §10). */
export function logClamp(ctx: Pick<RunContext, 'log'>, requested: number, effective: number): void {
  ctx.log.info(
    {
      until: new Date(requested).toISOString(),
      effective_until: new Date(effective).toISOString(),
    },
    '--until is later than now − SETTLE_DELAY: the window ends at now − SETTLE_DELAY, and the watermark never passes it',
  );
}
