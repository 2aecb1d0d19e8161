import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDifySim, type DifySim } from '../../test/sim/dify/index.js';
import { runCli, summaryOf, type CliRun } from './cli.js';
import { startCountingReceiver, type CountingReceiver } from './counting-receiver.js';
import { longChats, scaleFor, WINDOW, workload } from './workload.js';

export interface ExportScenario {
  name: string;
  /** About this many events (the exact number is reported). */
  events: number;
  latencyMs: number;
  concurrency: number;
  /** Extra environment for the CLI (BATCH_SIZE, MAX_RETRY…). */
  env?: Record<string, string>;
  /** Node options for the CLI, e.g. `--cpu-prof` to find where its time goes. */
  nodeArgs?: readonly string[];
  /** `long-chats`: one chat app of 100-message conversations instead of the mixed workspace. */
  data?: 'mixed' | 'long-chats';
  /** Receiver status (503 = down). */
  receiverStatus?: number;
  /** State, spool and lock in this PostgreSQL (STATE_URL) instead of the temp STATE_DIR. */
  stateUrl?: string;
}

export interface ExportRun {
  sim: DifySim;
  receiver: CountingReceiver;
  stateDir: string;
  env: Record<string, string>;
  run: CliRun;
  close(): Promise<void>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** Starts both simulators and runs one real `export` of the benchmark window with the built CLI. */
export async function runExport(s: ExportScenario): Promise<ExportRun> {
  const sim = await startDifySim({
    data: s.data === 'long-chats' ? longChats(s.events) : workload(scaleFor(s.events)),
    recordLog: false,
    faults: s.latencyMs > 0 ? { latencyMs: s.latencyMs } : {},
  });
  const receiver = await startCountingReceiver(s.receiverStatus ?? 200);
  const stateDir = await mkdtemp(join(tmpdir(), `dify-export-bench-${s.name}-`));
  const env = {
    DIFY_API_URL: sim.url,
    DIFY_EMAIL: sim.email,
    DIFY_PASSWORD: sim.password,
    EXTERNAL_API_URL: receiver.url,
    // The temp dir stays the CLI's working directory either way.
    ...(s.stateUrl === undefined ? { STATE_DIR: stateDir } : { STATE_URL: s.stateUrl }),
    DIFY_CONCURRENCY: String(s.concurrency),
    LOG_LEVEL: 'warn',
    // A million events must not hit the default 15-minute deadline on a slow machine.
    MAX_RUNTIME: '2h',
    ...s.env,
  };
  const run = await runCli(
    ['export', '--since', iso(WINDOW.from), '--until', iso(WINDOW.to)],
    env,
    stateDir,
    s.nodeArgs,
    true,
  );
  return {
    sim,
    receiver,
    stateDir,
    env,
    run,
    close: async () => {
      await Promise.all([sim.close(), receiver.close()]);
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export interface ExportMeasures {
  scenario: string;
  exit_code: number | null;
  events_expected: number;
  events_received: number;
  events_missing: number;
  events_unexpected: number;
  duplicates: number;
  events_match: boolean;
  dify_requests: { total: number; by_endpoint: Record<string, number> };
  dify_minimum: { total: number; by_endpoint: Record<string, number> };
  request_ratio: number;
  dify_max_in_flight: number;
  receiver_requests: number;
  latency_ms: number;
  concurrency: number;
  wall_ms: number;
  run_duration_ms: number | null;
  max_rss_bytes: number | null;
  events_per_s: number;
  /** CPU time of the CLI process: less sensitive than wall time to other load on the machine. */
  cli_cpu_ms: number | null;
  events_per_cpu_s: number | null;
  /** CPU time of the CLI per Dify request (an upper bound: it includes the per-event work). */
  cli_cpu_ms_per_dify_request: number | null;
}

export interface Delivered {
  events_expected: number;
  events_received: number;
  events_missing: number;
  events_unexpected: number;
  duplicates: number;
  /** Every expected event accepted exactly once, nothing else. */
  events_match: boolean;
}

/** What the receiver accepted against the simulator's expected events for the window. */
export function delivered(r: Pick<ExportRun, 'sim' | 'receiver'>): Delivered {
  const source = `${new URL(r.sim.url).origin}/workspaces/${r.sim.workspaceId}`;
  let expected = 0;
  let missing = 0;
  for (const e of r.sim.expectedEventStream(WINDOW)) {
    expected += 1;
    if (!r.receiver.keys.has(`${source} ${e.id}`)) missing += 1;
  }
  const received = r.receiver.keys.size;
  return {
    events_expected: expected,
    events_received: received,
    events_missing: missing,
    events_unexpected: received - (expected - missing),
    duplicates: r.receiver.duplicates,
    events_match: missing === 0 && received === expected && r.receiver.duplicates === 0,
  };
}

/** Compares the receiver with the simulator's expected events and collects the numbers of §14. */
export function measureExport(s: ExportScenario, r: ExportRun): ExportMeasures {
  const d = delivered(r);
  const received = d.events_received;
  const minimum = r.sim.minimumRequests(WINDOW);
  const summary = summaryOf(r.run);
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  return {
    scenario: s.name,
    exit_code: r.run.code,
    ...d,
    dify_requests: { total: r.sim.stats.total, by_endpoint: { ...r.sim.stats.byEndpoint } },
    dify_minimum: { total: minimum.total, by_endpoint: minimum.byEndpoint },
    request_ratio: round(r.sim.stats.total / minimum.total, 4),
    dify_max_in_flight: r.sim.stats.maxInFlight,
    receiver_requests: r.receiver.requests,
    latency_ms: s.latencyMs,
    concurrency: s.concurrency,
    wall_ms: Math.round(r.run.wallMs),
    run_duration_ms: num(summary?.duration_ms),
    max_rss_bytes: num(summary?.max_rss_bytes),
    events_per_s: Math.round(received / (r.run.wallMs / 1000)),
    cli_cpu_ms: r.run.cpuMs,
    events_per_cpu_s: r.run.cpuMs ? Math.round(received / (r.run.cpuMs / 1000)) : null,
    cli_cpu_ms_per_dify_request: r.run.cpuMs ? round(r.run.cpuMs / r.sim.stats.total, 3) : null,
  };
}

export const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** Runs, measures and cleans up one export scenario. */
export async function exportScenario(s: ExportScenario): Promise<ExportMeasures> {
  const r = await runExport(s);
  try {
    return measureExport(s, r);
  } finally {
    await r.close();
  }
}
