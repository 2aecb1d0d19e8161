import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './cli.js';
import { runExport } from './export-scenario.js';
import { median } from './stats.js';

export interface SpoolLsMeasures {
  scenario: string;
  fill_exit_code: number | null;
  fill_wall_ms: number;
  batches_queued: number;
  spool_ls_exit_code: number | null;
  spool_ls_footer: string;
  spool_ls_wall_ms: number[];
  spool_ls_median_ms: number;
}

/**
 * Fills a spool the way production does — a real export with BATCH_SIZE=1 while the receiver is
 * down — then times the spawned `spool ls` over it (median of `runs`).
 */
export async function spoolLsScenario(batches: number, runs: number): Promise<SpoolLsMeasures> {
  const fill = await runExport({
    name: 'spool-fill',
    events: batches,
    latencyMs: 0,
    concurrency: 4,
    receiverStatus: 503,
    // No retries: after three failed batches the rest of the run spools without trying (SPEC §8).
    env: { BATCH_SIZE: '1', MAX_RETRY: '0' },
  });
  try {
    const queued = (await readdir(join(fill.stateDir, 'spool', 'queued'))).length;
    const times: number[] = [];
    let last = fill.run;
    for (let i = 0; i < runs; i++) {
      last = await runCli(['spool', 'ls'], fill.env, fill.stateDir);
      times.push(Math.round(last.wallMs));
    }
    const footer = last.stdout.trimEnd().split('\n').at(-1) ?? '';
    return {
      scenario: 'spool-ls',
      fill_exit_code: fill.run.code,
      fill_wall_ms: Math.round(fill.run.wallMs),
      batches_queued: queued,
      spool_ls_exit_code: last.code,
      spool_ls_footer: footer,
      spool_ls_wall_ms: times,
      spool_ls_median_ms: median(times),
    };
  } finally {
    await fill.close();
  }
}
