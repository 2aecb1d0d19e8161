import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/context.js';
import { createLogger } from '../../src/log.js';
import { recordMetrics, writeMetricsFile } from '../../src/metrics/index.js';
import { Redactor } from '../../src/redact.js';
import { valueOf } from './prom-text.js';
import { expectEverySeries } from './spec-series.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const at = (finishedMs: number) => ({ startedMs: finishedMs - 1000, finishedMs });

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    runId: 'test',
    cmd: 'export',
    redactor: new Redactor(),
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { log, lines };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dify-export-metrics-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('metrics file on disk', () => {
  it('keeps the last success through failed runs across real files', async () => {
    const path = join(dir, 'dify-export.prom');
    const ok: RunReport = { exitCode: 0, watermarkAfter: '2026-11-23T09:45:00Z' };
    await writeMetricsFile(path, ok, at(T0));
    await writeMetricsFile(path, { exitCode: 69 }, at(T0 + 3_600_000));
    await writeMetricsFile(path, { exitCode: 75 }, at(T0 + 7_200_000));
    const f = expectEverySeries(await readFile(path, 'utf8'));
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(75);
    expect(valueOf(f, 'dify_export_last_run_timestamp_seconds')).toBe((T0 + 7_200_000) / 1000);
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(T0 / 1000);
    expect(valueOf(f, 'dify_export_watermark_timestamp_seconds')).toBe(
      Date.parse('2026-11-23T09:45:00Z') / 1000,
    );
  });

  it('replaces the file whole, world-readable, leaving no temp file behind', async () => {
    const path = join(dir, 'dify-export.prom');
    await writeFile(path, 'old content that is not Prometheus text\n', { mode: 0o600 });
    await writeMetricsFile(path, { exitCode: 0 }, at(T0));
    expect(await readdir(dir)).toEqual(['dify-export.prom']);
    expect((await stat(path)).mode & 0o777).toBe(0o644);
    expectEverySeries(await readFile(path, 'utf8'));
  });

  it('logs a warning and does not throw when the file cannot be written', async () => {
    const { log, lines } = capturingLogger();
    const path = join(dir, 'missing-dir', 'dify-export.prom');
    await expect(recordMetrics(path, { exitCode: 0 }, at(T0), log)).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', path, error: 'ENOENT' });
    expect(String(lines[0]?.msg)).toMatch(/METRICS_FILE/);
  });

  it('writes through the seam it is given', async () => {
    const written: string[] = [];
    const { log, lines } = capturingLogger();
    await recordMetrics('/nowhere/x.prom', { exitCode: 75 }, at(T0), log, {
      read: () => Promise.resolve('dify_export_last_success_timestamp_seconds 1700000000\n'),
      write: (_path, text) => {
        written.push(text);
        return Promise.resolve();
      },
    });
    expect(lines).toEqual([]);
    const f = expectEverySeries(written[0] ?? '');
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(1700000000);
  });
});
