import { runCli } from './cli.js';
import { delivered, runExport, type Delivered } from './export-scenario.js';
import { median } from './stats.js';
import {
  openSpoolProbe,
  walPosition,
  type SpoolProbe,
  type StoreUnderTest,
} from './store-probe.js';

export type { StoreUnderTest } from './store-probe.js';

export interface StoreMeasures extends Delivered {
  scenario: string;
  store: StoreUnderTest['kind'];
  /** The server's own `fsync` and `synchronous_commit` (postgres), null for the file store. */
  pg_settings: { fsync: string; synchronous_commit: string } | null;
  fill_exit_code: number | null;
  fill_wall_ms: number;
  fill_cli_cpu_ms: number | null;
  /** Batches queued after the fill (one event each). */
  batches: number;
  /** The batches' sizes as spool files (file sizes; the `bytes` column). */
  spool_bytes: number;
  /** After the fill: blocks allocated under `spool/`; `pg_total_relation_size` of the spool table. */
  spool_disk_bytes: number;
  spool_disk_bytes_per_batch: number;
  /** WAL written during the fill (postgres; null for the file store). */
  fill_wal_bytes: number | null;
  spool_ls_exit_code: number | null;
  spool_ls_footer: string;
  spool_ls_wall_ms: number[];
  spool_ls_median_ms: number;
  receiver_latency_ms: number;
  resend_exit_code: number | null;
  resend_wall_ms: number;
  resend_cli_cpu_ms: number | null;
  /** POSTs the receiver answered during the resend. */
  resend_requests: number;
  batches_per_s: number;
  /** Wall time per batch beyond the receiver's latency (`resend` sends one batch at a time). */
  resend_overhead_ms_per_batch: number;
  /** Queued batches left after the resend (0 when drained). */
  batches_left: number;
  spool_disk_bytes_after_resend: number;
}

export interface StoreScenario {
  store: StoreUnderTest;
  batches: number;
  /** `spool ls` runs (the median is reported). */
  lsRuns: number;
  /** Latency of the receiver once it is up again, for the resend. */
  latencyMs: number;
}

/**
 * One store end to end, the production way: an export with BATCH_SIZE=1 and MAX_RETRY=0 while the
 * receiver answers 503 fills the spool (every batch a committed write: file + fsync + rename, or a
 * fenced transaction); `spool ls` is timed over it; then the receiver comes up with `latencyMs` and
 * `resend` drains it. What the receiver accepted is compared with the simulator's events.
 */
export async function storeScenario(s: StoreScenario): Promise<StoreMeasures> {
  const postgres = s.store.kind === 'postgres' ? s.store : undefined;
  const walStart = postgres ? await walPosition(postgres.url) : undefined;
  const fill = await runExport({
    name: `store-${s.store.kind}`,
    events: s.batches,
    latencyMs: 0,
    concurrency: 4,
    receiverStatus: 503,
    env: { BATCH_SIZE: '1', MAX_RETRY: '0' },
    ...(postgres ? { stateUrl: postgres.url } : {}),
  });
  let probe: SpoolProbe | undefined;
  try {
    probe = await openSpoolProbe(s.store, fill.stateDir);
    const batches = await probe.queued();
    const filled = await probe.sizes();
    const fillWal = walStart === undefined ? null : await probe.walSince(walStart);
    const lsTimes: number[] = [];
    let ls = fill.run;
    for (let i = 0; i < s.lsRuns; i++) {
      ls = await runCli(['spool', 'ls'], fill.env, fill.stateDir);
      lsTimes.push(Math.round(ls.wallMs));
    }
    fill.receiver.status = 200;
    fill.receiver.latencyMs = s.latencyMs;
    fill.receiver.requests = 0;
    const resend = await runCli(['resend'], fill.env, fill.stateDir, [], true);
    const after = await probe.sizes();
    const d = delivered(fill);
    const perBatch = batches > 0 ? resend.wallMs / batches : Number.NaN;
    return {
      scenario: `store-${s.store.kind}`,
      store: s.store.kind,
      pg_settings: await probe.settings(),
      fill_exit_code: fill.run.code,
      fill_wall_ms: Math.round(fill.run.wallMs),
      fill_cli_cpu_ms: fill.run.cpuMs,
      batches,
      spool_bytes: filled.logical,
      spool_disk_bytes: filled.disk,
      spool_disk_bytes_per_batch: batches > 0 ? Math.round(filled.disk / batches) : 0,
      fill_wal_bytes: fillWal,
      spool_ls_exit_code: ls.code,
      spool_ls_footer: ls.stdout.trimEnd().split('\n').at(-1) ?? '',
      spool_ls_wall_ms: lsTimes,
      spool_ls_median_ms: median(lsTimes),
      receiver_latency_ms: s.latencyMs,
      resend_exit_code: resend.code,
      resend_wall_ms: Math.round(resend.wallMs),
      resend_cli_cpu_ms: resend.cpuMs,
      resend_requests: fill.receiver.requests,
      batches_per_s: Math.round(batches / (resend.wallMs / 1000)),
      resend_overhead_ms_per_batch: Number((perBatch - s.latencyMs).toFixed(2)),
      batches_left: await probe.queued(),
      spool_disk_bytes_after_resend: after.disk,
      ...d,
    };
  } finally {
    await probe?.close();
    await fill.close();
  }
}
