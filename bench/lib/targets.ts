import type { ExportMeasures } from './export-scenario.js';
import type { SpoolLsMeasures } from './spool-scenario.js';
import type { StartupMeasures } from './startup-scenario.js';
import type { StoreMeasures } from './store-scenario.js';

export interface Target {
  measure: string;
  value: number;
  target: string;
  ok: boolean;
}

/** What the scenarios that ran measured (BENCH_ONLY runs some of them). */
export interface Measured {
  exports: ExportMeasures[];
  latency?: ExportMeasures;
  small?: ExportMeasures;
  large?: ExportMeasures;
  spoolLs?: SpoolLsMeasures;
  startup?: StartupMeasures;
  stores?: StoreMeasures[];
}

const MB = 1_000_000;
const r = (x: number, d = 3): number => Number(x.toFixed(d));

/** The table of SPEC §14, from the scenarios' numbers (rows of the scenarios that ran). */
export function targets(m: Measured): Target[] {
  const rows: Target[] = [];
  if (m.exports.length > 0) {
    const worstRatio = Math.max(...m.exports.map((e) => e.request_ratio));
    rows.push({
      measure: 'Dify requests / minimum (worst scenario)',
      value: worstRatio,
      target: '≤ 1.02',
      ok: worstRatio <= 1.02,
    });
  }
  if (m.latency) {
    const l = m.latency;
    const ideal = (l.dify_requests.total * l.latency_ms) / l.concurrency;
    rows.push({
      measure: `wall time at ${l.latency_ms} ms latency / (requests × latency ÷ DIFY_CONCURRENCY)`,
      value: r(l.wall_ms / ideal),
      target: '≤ 1.3',
      ok: l.wall_ms / ideal <= 1.3,
    });
  }
  if (m.large) {
    const rssLarge = m.large.max_rss_bytes ?? Number.NaN;
    rows.push({
      measure: `peak RSS (MB) at ${m.large.events_received} events`,
      value: r(rssLarge / MB, 1),
      target: '≤ 150',
      ok: rssLarge <= 150 * MB,
    });
    if (m.small) {
      const rssSmall = m.small.max_rss_bytes ?? Number.NaN;
      rows.push({
        measure: `peak RSS at ${m.large.events_received} events / at ${m.small.events_received} events`,
        value: r(rssLarge / rssSmall),
        target: '≤ 1.3',
        ok: rssLarge / rssSmall <= 1.3,
      });
    }
    // Reported, no target (SPEC §14 retired the 20 000 events/s at 0 ms latency): against a real
    // Dify the network bounds a run, not our CPU.
    rows.push(
      {
        measure: `CLI CPU ms per Dify request, 0 ms latency, ${m.large.events_received} events`,
        value: m.large.cli_cpu_ms_per_dify_request ?? Number.NaN,
        target: 'reported',
        ok: true,
      },
      {
        measure: `events per CLI CPU-second, 0 ms latency, ${m.large.events_received} events`,
        value: m.large.events_per_cpu_s ?? Number.NaN,
        target: 'reported',
        ok: true,
      },
    );
  }
  if (m.spoolLs)
    rows.push({
      measure: `spool ls with ${m.spoolLs.batches_queued} batches (median ms)`,
      value: m.spoolLs.spool_ls_median_ms,
      target: '< 1500',
      ok: m.spoolLs.spool_ls_median_ms < 1500,
    });
  if (m.startup)
    rows.push({
      measure: 'dify-export --version / node -e 0 (median wall time)',
      value: m.startup.ratio,
      target: '≤ 2.5',
      ok: m.startup.ratio <= 2.5,
    });
  for (const st of m.stores ?? []) rows.push(...storeRows(st));
  return rows;
}

/** The store comparison: `spool ls` holds the §14 target on every store; the rest is reported. */
function storeRows(st: StoreMeasures): Target[] {
  return [
    {
      measure: `${st.store} store: spool ls with ${st.batches} batches (median ms)`,
      value: st.spool_ls_median_ms,
      target: '< 1500',
      ok: st.spool_ls_median_ms < 1500,
    },
    {
      measure: `${st.store} store: resend batches/s at ${st.receiver_latency_ms} ms receiver latency`,
      value: st.batches_per_s,
      target: 'reported',
      ok: true,
    },
    {
      measure: `${st.store} store: spool on disk per batch (bytes, BATCH_SIZE=1)`,
      value: st.spool_disk_bytes_per_batch,
      target: 'reported',
      ok: true,
    },
  ];
}

/** What must hold whatever the machine: every scenario delivered exactly the expected events. */
export function correctness(m: Measured): string[] {
  const problems: string[] = [];
  for (const e of m.exports) {
    if (e.exit_code !== 0) problems.push(`${e.scenario}: export exited ${String(e.exit_code)}`);
    if (!e.events_match)
      problems.push(
        `${e.scenario}: ${e.events_missing} missing, ${e.events_unexpected} unexpected, ${e.duplicates} duplicates`,
      );
  }
  if (m.spoolLs) {
    if (m.spoolLs.fill_exit_code !== 75)
      problems.push(`spool fill: export exited ${String(m.spoolLs.fill_exit_code)}, expected 75`);
    if (m.spoolLs.spool_ls_exit_code !== 0) problems.push('spool ls failed');
  }
  for (const st of m.stores ?? []) problems.push(...storeProblems(st));
  return problems;
}

/** Filled by the export (75), listed, drained by resend (0), every event accepted exactly once. */
export function storeProblems(st: StoreMeasures): string[] {
  const p: string[] = [];
  const name = st.scenario;
  if (st.fill_exit_code !== 75)
    p.push(`${name}: fill export exited ${String(st.fill_exit_code)}, expected 75`);
  if (st.batches === 0) p.push(`${name}: the fill spooled nothing`);
  if (st.spool_ls_exit_code !== 0 || !st.spool_ls_footer.startsWith(`-- ${st.batches} batches,`))
    p.push(`${name}: spool ls exited ${String(st.spool_ls_exit_code)}: "${st.spool_ls_footer}"`);
  if (st.resend_exit_code !== 0)
    p.push(`${name}: resend exited ${String(st.resend_exit_code)}, expected 0`);
  if (st.batches_left !== 0) p.push(`${name}: ${st.batches_left} batches left after resend`);
  if (!st.events_match)
    p.push(
      `${name}: ${st.events_missing} missing, ${st.events_unexpected} unexpected, ${st.duplicates} duplicates`,
    );
  return p;
}
