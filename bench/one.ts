/**
 * One export scenario, for comparing variants quickly (the full bench takes minutes):
 * `npx tsx bench/one.ts <events> ["<extra node options>"] [mixed|long-chats] [latency ms]`
 * (latency 0 by default; above 0 the line also carries the wall / ideal ratio of SPEC §14).
 * The CLI runs with the shipped flags (bin shebang) plus the extra options; BENCH_BIN works too.
 * Prints one JSON line: events, peak RSS (MB), wall events/s and the CLI's CPU time.
 */
import { exportScenario } from './lib/export-scenario.js';

const events = Number(process.argv[2] ?? '10000');
const nodeArgs = (process.argv[3] ?? '').split(' ').filter((a) => a !== '');
const data = process.argv[4] === 'long-chats' ? 'long-chats' : 'mixed';
const latencyMs = Number(process.argv[5] ?? '0');
const m = await exportScenario({
  name: 'one',
  events,
  latencyMs,
  concurrency: 4,
  nodeArgs,
  data,
});
process.stdout.write(
  `${JSON.stringify({
    node_args: nodeArgs,
    data,
    events: m.events_received,
    events_match: m.events_match,
    wall_ms: m.wall_ms,
    rss_mb: m.max_rss_bytes === null ? null : Math.round(m.max_rss_bytes / 1e5) / 10,
    events_per_s: m.events_per_s,
    cli_cpu_ms: m.cli_cpu_ms,
    events_per_cpu_s: m.events_per_cpu_s,
    cli_cpu_ms_per_dify_request: m.cli_cpu_ms_per_dify_request,
    ...(latencyMs > 0
      ? {
          latency_ms: latencyMs,
          wall_over_ideal:
            Math.round((m.wall_ms / ((m.dify_requests.total * latencyMs) / m.concurrency)) * 1000) /
            1000,
        }
      : {}),
  })}\n`,
);
