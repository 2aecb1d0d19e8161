import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/context.js';
import { parsePreviousMetrics, renderMetrics, snapshotOf } from '../../src/metrics/index.js';
import { valueOf } from './prom-text.js';
import { expectEverySeries } from './spec-series.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const times = (finishedMs: number, durationMs = 2_500) => ({
  startedMs: finishedMs - durationMs,
  finishedMs,
});

const success: RunReport = {
  exitCode: 0,
  events: { fetched: 120, delivered: 120, spooled: 0, rejected: 0 },
  watermarkBefore: '2026-11-23T08:45:00.000Z',
  watermarkAfter: '2026-11-23T09:45:00.000Z',
  spoolOldestAgeSeconds: null,
  spoolBatches: {},
};

const failed: RunReport = {
  exitCode: 65,
  events: { fetched: 30, delivered: 20, spooled: 0, rejected: 10 },
  watermarkAfter: '2026-11-23T10:45:00.000Z',
  spoolOldestAgeSeconds: null,
  spoolBatches: { rejected: 1 },
};

const interrupted: RunReport = {
  exitCode: 75,
  events: { fetched: 500, delivered: 200, spooled: 300, rejected: 0 },
  watermarkAfter: '2026-11-23T11:45:00.000Z',
  spoolOldestAgeSeconds: 4,
  spoolBatches: { queued: 3, held: 1 },
};

describe('metrics rendering (SPEC §11)', () => {
  it('carries every series after a successful run', () => {
    const f = expectEverySeries(renderMetrics(snapshotOf(success, times(T0))));
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(0);
    expect(valueOf(f, 'dify_export_last_run_timestamp_seconds')).toBe(T0 / 1000);
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(T0 / 1000);
    expect(valueOf(f, 'dify_export_run_duration_seconds')).toBe(2.5);
    expect(valueOf(f, 'dify_export_events', { outcome: 'delivered' })).toBe(120);
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'queued' })).toBe(0);
    expect(valueOf(f, 'dify_export_spool_oldest_age_seconds')).toBe(0);
    expect(valueOf(f, 'dify_export_watermark_timestamp_seconds')).toBe(
      Date.parse('2026-11-23T09:45:00Z') / 1000,
    );
  });

  it('keeps the last success of an earlier run after a failed run', () => {
    const first = renderMetrics(snapshotOf(success, times(T0)));
    const later = T0 + 3_600_000;
    const f = expectEverySeries(
      renderMetrics(snapshotOf(failed, times(later), parsePreviousMetrics(first))),
    );
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(65);
    expect(valueOf(f, 'dify_export_last_run_timestamp_seconds')).toBe(later / 1000);
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(T0 / 1000);
    expect(valueOf(f, 'dify_export_events', { outcome: 'rejected' })).toBe(10);
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'rejected' })).toBe(1);
  });

  it('carries every series after an interrupted run, which is not a success', () => {
    const f = expectEverySeries(renderMetrics(snapshotOf(interrupted, times(T0))));
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(75);
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(0);
    expect(valueOf(f, 'dify_export_events', { outcome: 'spooled' })).toBe(300);
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'queued' })).toBe(3);
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'held' })).toBe(1);
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'expired' })).toBe(0);
    expect(valueOf(f, 'dify_export_spool_oldest_age_seconds')).toBe(4);
  });

  it('carries every series after a run that failed before measuring anything', () => {
    const f = expectEverySeries(renderMetrics(snapshotOf({ exitCode: 70 }, times(T0))));
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(70);
    expect(valueOf(f, 'dify_export_events', { outcome: 'fetched' })).toBe(0);
    expect(valueOf(f, 'dify_export_watermark_timestamp_seconds')).toBe(0);
  });

  it('keeps the spool and watermark an earlier run saw when this run did not look', () => {
    const first = renderMetrics(snapshotOf(interrupted, times(T0)));
    const later = T0 + 600_000;
    const f = expectEverySeries(
      renderMetrics(snapshotOf({ exitCode: 77 }, times(later), parsePreviousMetrics(first))),
    );
    expect(valueOf(f, 'dify_export_spool_batches', { state: 'queued' })).toBe(3);
    expect(valueOf(f, 'dify_export_watermark_timestamp_seconds')).toBe(
      Date.parse('2026-11-23T11:45:00Z') / 1000,
    );
    // The oldest batch kept ageing while nobody looked.
    expect(valueOf(f, 'dify_export_spool_oldest_age_seconds')).toBe(4 + 600);
    expect(valueOf(f, 'dify_export_events', { outcome: 'spooled' })).toBe(0);
  });

  it('takes the queued count from spoolDepth when a run reports no per-state counts', () => {
    const snap = snapshotOf({ exitCode: 75, spoolDepth: 4 }, times(T0), {
      spoolBatches: { queued: 9, rejected: 2 },
    });
    expect(snap.spoolBatches).toEqual({ queued: 4, held: 0, rejected: 2, corrupt: 0, expired: 0 });
  });

  it('reports no watermark as 0 and counts unlisted spool states as 0', () => {
    const snap = snapshotOf(
      { exitCode: 0, watermarkAfter: null, spoolBatches: { held: 2 } },
      times(T0),
      { watermarkSeconds: 99, spoolBatches: { queued: 7 } },
    );
    expect(snap.watermarkSeconds).toBe(0);
    expect(snap.spoolBatches).toEqual({ queued: 0, held: 2, rejected: 0, corrupt: 0, expired: 0 });
  });

  it('writes HELP and TYPE before the samples of each family', () => {
    const text = renderMetrics(snapshotOf(success, times(T0)));
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# HELP dify_export_last_run_timestamp_seconds Unix time the last export run ended, whatever its outcome.',
      '# TYPE dify_export_last_run_timestamp_seconds gauge',
      `dify_export_last_run_timestamp_seconds ${T0 / 1000}`,
    ]);
  });
});

describe('reading the previous metrics file', () => {
  it('ignores what it cannot use instead of failing', () => {
    expect(
      parsePreviousMetrics('garbage\n\u0000\ndify_export_last_success_timestamp_seconds x\n'),
    ).toEqual({});
    expect(
      parsePreviousMetrics(
        'dify_export_last_success_timestamp_seconds 1700000000.5\ndify_export_spool_batches{state="bogus"} 3\n',
      ),
    ).toEqual({ lastSuccessSeconds: 1700000000.5 });
  });
});
