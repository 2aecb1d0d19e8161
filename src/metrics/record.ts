import type { Invocation } from '../cli.js';
import type { RunReport } from '../context.js';
import type { Logger } from '../log.js';
import type { RunTimes } from './snapshot.js';
import { metricsFileIo, writeMetricsFile, type MetricsFileIo } from './write.js';

/**
 * The metrics describe export passes only. A manual `spool ls` or `check` that exits 0 must not
 * refresh the success timestamp an alert watches, and `--dry-run` records nothing (SPEC §2).
 */
export function recordsMetrics(inv: Invocation): boolean {
  return inv.command === 'export' && !inv.dryRun;
}

/** Writes METRICS_FILE; a failure is a warning and never changes the run's exit code. */
export async function recordMetrics(
  path: string,
  report: RunReport,
  times: RunTimes,
  log: Logger,
  io: MetricsFileIo = metricsFileIo,
): Promise<void> {
  try {
    await writeMetricsFile(path, report, times, io);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    log.warn(
      { path, error: code ?? (error instanceof Error ? error.message : String(error)) },
      'could not write METRICS_FILE; the exit code is not affected',
    );
  }
}
