import { METRIC_SPOOL_STATES, type PreviousMetrics } from './snapshot.js';

const SAMPLE = /^dify_export_([a-z_]+)(?:\{(outcome|state)="([a-z]+)"\})? (\S+)(?: \d+)?$/;

/**
 * Reads back what an earlier run wrote, for the series that carry over. Tolerant on purpose: a
 * file it cannot read only loses the carried-over values, it never fails the run.
 */
export function parsePreviousMetrics(text: string): PreviousMetrics {
  const previous: PreviousMetrics = {};
  const spool: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = SAMPLE.exec(line.trim());
    if (!m) continue;
    const [, name, labelName, labelValue, raw] = m;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) continue;
    if (name === 'last_run_timestamp_seconds') previous.lastRunSeconds = value;
    else if (name === 'last_success_timestamp_seconds') previous.lastSuccessSeconds = value;
    else if (name === 'spool_oldest_age_seconds') previous.spoolOldestAgeSeconds = value;
    else if (name === 'watermark_timestamp_seconds') previous.watermarkSeconds = value;
    else if (name === 'pending_items') previous.pendingItems = value;
    else if (name === 'spool_batches' && labelName === 'state' && labelValue !== undefined)
      spool[labelValue] = value;
  }
  const spoolBatches = Object.fromEntries(
    METRIC_SPOOL_STATES.filter((s) => spool[s] !== undefined).map((s) => [s, spool[s]]),
  );
  if (Object.keys(spoolBatches).length > 0) previous.spoolBatches = spoolBatches;
  return previous;
}
