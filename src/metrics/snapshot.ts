import type { SpoolStateName } from '../cli.js';
import type { RunReport } from '../context.js';

export const EVENT_OUTCOMES = ['fetched', 'delivered', 'spooled', 'rejected'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

export const METRIC_SPOOL_STATES = [
  'queued',
  'held',
  'rejected',
  'corrupt',
  'expired',
] as const satisfies readonly SpoolStateName[];

/** Everything the metrics file shows (SPEC §11). Times are Unix seconds; 0 means "never"/"none". */
export interface MetricsSnapshot {
  lastRunSeconds: number;
  lastSuccessSeconds: number;
  lastExitCode: number;
  runDurationSeconds: number;
  events: Record<EventOutcome, number>;
  spoolBatches: Record<SpoolStateName, number>;
  spoolOldestAgeSeconds: number;
  watermarkSeconds: number;
  /** Selected apps whose usage Dify does not record (Agent apps), as seen by the last run. */
  appsWithoutUsage: number;
  /** Non-final Dify runs remembered for later runs (SPEC §10). */
  pendingItems: number;
  /** Pending runs given up by the last run (PENDING_MAX_AGE). */
  pendingGivenUp: number;
  /** The progress counters of the last run (SPEC §11). */
  difyRequests: number;
  appsDone: number;
  appsTotal: number;
}

/** What an earlier metrics file said, as far as it could be read. */
export type PreviousMetrics = Partial<
  Omit<
    MetricsSnapshot,
    | 'events'
    | 'spoolBatches'
    | 'appsWithoutUsage'
    | 'pendingGivenUp'
    | 'difyRequests'
    | 'appsDone'
    | 'appsTotal'
  >
> & {
  spoolBatches?: Partial<Record<SpoolStateName, number>>;
};

export interface RunTimes {
  startedMs: number;
  finishedMs: number;
}

function isoToSeconds(iso: string): number | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms / 1000 : undefined;
}

/**
 * Per-run series (exit code, duration, events) always describe this run. Series about the world
 * (spool, watermark) come from this run when it measured them, else from the previous file, so a
 * run that failed before looking does not report an empty spool it never saw; the carried-over
 * oldest age grows by the time since that file was written. Success is exit 0 only: a 75 (queued
 * for later) that never heals must show as a success timestamp that stops moving.
 */
export function snapshotOf(
  report: RunReport,
  times: RunTimes,
  previous: PreviousMetrics = {},
): MetricsSnapshot {
  const now = times.finishedMs / 1000;
  const events = Object.fromEntries(
    EVENT_OUTCOMES.map((o) => [o, report.events?.[o] ?? 0]),
  ) as Record<EventOutcome, number>;
  const measured = report.spoolBatches;
  const spoolBatches = Object.fromEntries(
    METRIC_SPOOL_STATES.map((s) => [
      s,
      measured !== undefined ? (measured[s] ?? 0) : (previous.spoolBatches?.[s] ?? 0),
    ]),
  ) as Record<SpoolStateName, number>;
  // spoolDepth is the queued count (the summary line's spool depth); it is all a run may report.
  if (measured === undefined && report.spoolDepth !== undefined)
    spoolBatches.queued = report.spoolDepth;

  let oldestAge: number;
  if (report.spoolOldestAgeSeconds !== undefined) {
    oldestAge = report.spoolOldestAgeSeconds ?? 0;
  } else {
    const before = previous.spoolOldestAgeSeconds ?? 0;
    const since = previous.lastRunSeconds;
    oldestAge = before > 0 && since !== undefined ? before + Math.max(0, now - since) : before;
  }

  let watermark: number;
  if (report.watermarkAfter !== undefined) {
    watermark = report.watermarkAfter === null ? 0 : (isoToSeconds(report.watermarkAfter) ?? 0);
  } else {
    watermark = previous.watermarkSeconds ?? 0;
  }

  return {
    lastRunSeconds: now,
    lastSuccessSeconds: report.exitCode === 0 ? now : (previous.lastSuccessSeconds ?? 0),
    lastExitCode: report.exitCode,
    runDurationSeconds: Math.max(0, times.finishedMs - times.startedMs) / 1000,
    events,
    spoolBatches,
    spoolOldestAgeSeconds: oldestAge,
    watermarkSeconds: watermark,
    appsWithoutUsage: report.appsWithoutUsage ?? 0,
    pendingItems: report.pendingItems ?? previous.pendingItems ?? 0,
    pendingGivenUp: report.pendingGivenUp ?? 0,
    difyRequests: report.progress?.requests ?? 0,
    appsDone: report.progress?.apps_done ?? 0,
    appsTotal: report.progress?.apps_total ?? 0,
  };
}
