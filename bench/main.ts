/**
 * `npm run bench` (SPEC §14): runs the built CLI as a child process against the simulators, which
 * run inside this process (Dify simulator and a counting receiver on loopback). On a 2-core machine
 * the CLI gets about one core and the simulators the other.
 * Prints one JSON object per scenario, then a summary with the §14 targets.
 * `npm run bench -- --quick` (or BENCH_QUICK=1) uses smaller sizes; BENCH_BIN measures another
 * build, BENCH_NODE_ARGS passes Node options to the measured exports, BENCH_ONLY=store,spool-ls
 * runs only the scenarios named (latency, rss, long-chats, spool-ls, startup, store).
 * `store` compares the file store with PostgreSQL (STATE_URL), when the server binaries are here.
 * Exit 0 when every scenario delivered exactly the expected events (targets are reported, not
 * enforced: they depend on the machine); 1 otherwise.
 */
import { BIN, ensureBuilt } from './lib/build.js';
import { exportScenario, type ExportMeasures, type ExportScenario } from './lib/export-scenario.js';
import { spoolLsScenario } from './lib/spool-scenario.js';
import { shippedNodeFlags } from './lib/shipped-flags.js';
import { startupScenario } from './lib/startup-scenario.js';
import { storeComparison } from './lib/store-comparison.js';
import { correctness, targets, type Measured } from './lib/targets.js';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const sizes = quick
  ? {
      latency: 2_000,
      small: 10_000,
      large: 50_000,
      longChats: 50_000,
      spool: 2_000,
      startup: 5,
      store: 2_000,
    }
  : {
      latency: 10_000,
      small: 10_000,
      large: 1_000_000,
      longChats: 200_000,
      spool: 10_000,
      startup: 11,
      store: 10_000,
    };

const SCENARIOS = ['latency', 'rss', 'long-chats', 'spool-ls', 'startup', 'store'] as const;
type ScenarioName = (typeof SCENARIOS)[number];
const only = (process.env.BENCH_ONLY ?? '').split(',').filter((n) => n.trim() !== '');
const unknown = only.filter((n) => !(SCENARIOS as readonly string[]).includes(n.trim()));
if (unknown.length > 0) {
  process.stderr.write(
    `bench: BENCH_ONLY: unknown scenario ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})\n`,
  );
  process.exit(64);
}
const runs = (name: ScenarioName): boolean =>
  only.length === 0 || only.some((n) => n.trim() === name);

// Node options for every measured export, e.g. BENCH_NODE_ARGS=--max-old-space-size=64.
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');

const emit = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
const progress = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};

ensureBuilt(progress);
const exports: ExportMeasures[] = [];
const runExportScenario = async (s: ExportScenario): Promise<ExportMeasures> => {
  progress(`${s.name}: ~${s.events} events, ${s.latencyMs} ms latency …`);
  const m = await exportScenario({ ...s, nodeArgs });
  exports.push(m);
  emit(m);
  return m;
};

const measured: Measured = { exports };
if (runs('latency'))
  measured.latency = await runExportScenario({
    name: 'latency-20ms',
    events: sizes.latency,
    latencyMs: 20,
    concurrency: 4,
  });
if (runs('rss')) {
  measured.small = await runExportScenario({
    name: `rss-${sizes.small}`,
    events: sizes.small,
    latencyMs: 0,
    concurrency: 4,
  });
  measured.large = await runExportScenario({
    name: `rss-${sizes.large}`,
    events: sizes.large,
    latencyMs: 0,
    concurrency: 4,
  });
}
if (runs('long-chats'))
  await runExportScenario({
    name: `long-chats-${sizes.longChats}`,
    events: sizes.longChats,
    latencyMs: 0,
    concurrency: 4,
    data: 'long-chats',
  });
if (runs('spool-ls')) {
  progress(`spool-ls: filling a spool with ~${sizes.spool} batches …`);
  measured.spoolLs = await spoolLsScenario(sizes.spool, 3);
  emit(measured.spoolLs);
}
if (runs('startup')) {
  progress('startup: --version against node -e 0 …');
  measured.startup = startupScenario(sizes.startup);
  emit(measured.startup);
}
if (runs('store')) measured.stores = await storeComparison(sizes.store, progress, emit);

const problems = correctness(measured);
const table = targets(measured);
emit({
  summary: true,
  quick,
  ...(only.length > 0 ? { only } : {}),
  bin: BIN,
  node_args: [...shippedNodeFlags(BIN), ...nodeArgs],
  correct: problems.length === 0,
  problems,
  targets: table,
});
for (const t of table)
  progress(`${t.ok ? 'ok  ' : 'MISS'} ${t.measure}: ${t.value} (target ${t.target})`);
if (problems.length > 0) process.exitCode = 1;
