import type { RunContext } from '../context.js';
import type { UsageSession, UsageWindow } from '../dify/source.js';
import type { Dispatcher } from '../deliver/dispatcher.js';

/** What one progress line shows (SPEC §11), also what the metrics file records. */
export interface ProgressCounters {
  window: { from: string; to: string } | null;
  apps_done: number;
  apps_total: number;
  events_fetched: number;
  events_delivered: number;
  requests: number;
  /** Events read per second since the run began. */
  rate: number;
  /** Seconds left, from the share of apps read whole (null before the first one). */
  eta_seconds: number | null;
}

export interface ProgressSource {
  window: () => UsageWindow | undefined;
  session: () => UsageSession | undefined;
  fetched: () => number;
  dispatcher: Dispatcher;
}

export function progressCounters(source: ProgressSource, elapsedMs: number): ProgressCounters {
  const session = source.session();
  const window = source.window();
  const apps = session?.outcome().apps ?? { total: 0, done: 0 };
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const share = apps.total > 0 ? apps.done / apps.total : 0;
  return {
    window: window
      ? { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() }
      : null,
    apps_done: apps.done,
    apps_total: apps.total,
    events_fetched: source.fetched(),
    events_delivered: source.dispatcher.stats.delivered,
    requests: session?.requests?.() ?? 0,
    rate: Math.round((source.fetched() / seconds) * 10) / 10,
    eta_seconds: share > 0 && share < 1 ? Math.round((seconds * (1 - share)) / share) : null,
  };
}

function statusText(c: ProgressCounters): string {
  const eta = c.eta_seconds === null ? '' : `, ~${String(c.eta_seconds)}s left`;
  return `apps ${String(c.apps_done)}/${String(c.apps_total)}, events ${String(c.events_fetched)} read / ${String(c.events_delivered)} delivered, ${String(c.requests)} requests, ${String(c.rate)} events/s${eta}`;
}

/**
 * Reports progress every PROGRESS_INTERVAL: an info log line, or on a terminal with the human log
 * form one status line redrawn in place. Returns the function that stops it.
 */
export function startProgress(
  ctx: RunContext,
  source: ProgressSource,
  started: number,
): () => void {
  const tick = (): void => {
    const counters = progressCounters(source, ctx.clock.now() - started);
    if (ctx.status) ctx.status(statusText(counters));
    else ctx.log.info(counters, 'progress');
  };
  const timer = setInterval(tick, ctx.config.progressIntervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    ctx.status?.(undefined);
  };
}
