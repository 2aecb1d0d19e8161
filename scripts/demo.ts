/**
 * `npm run demo`: the whole job against two local simulators, in well under a minute, no setup.
 * A Dify workspace (simulated) → `export` while the metering API is down (batches spool, exit 75)
 * → `spool ls` → the API recovers → `resend` (exit 0) → `spool ls` (empty) → `state show`, then
 * what the receiver accepted against what the simulator says the window holds.
 * `npm run demo -- --store postgres` tells the same story with state, spool and lock in a
 * PostgreSQL started for the demo (`STATE_URL`, no `STATE_DIR`; SPEC §10a) and shows its tables.
 * Exit 0 only when every step exited as expected and the receiver holds exactly the expected events.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureBuilt } from '../bench/lib/build.js';
import { runCli, type CliRun } from '../bench/lib/cli.js';
import { displayUrl } from '../src/config/url-secrets.js';
import { havePostgres, startPostgres, type TestServer } from '../test/helpers/servers.js';
import { startDifySim } from '../test/sim/dify/index.js';
import { startReceiverSim } from '../test/sim/receiver/receiver.js';
import { demoDataset } from './demo/dataset.js';
import { heading, narrateRun } from './demo/narrate.js';
import { usageByApp } from './demo/usage-table.js';
import { compareEvents, verdictOk } from './demo/verify.js';

/** A one-line message on stderr and the exit code, before anything was started. */
function refuse(message: string, code: number): never {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(code);
}

function storeOption(): 'file' | 'postgres' {
  try {
    const { values } = parseArgs({ options: { store: { type: 'string', default: 'file' } } });
    if (values.store === 'file' || values.store === 'postgres') return values.store;
    throw new Error(`--store: expected file or postgres, got "${values.store}"`);
  } catch (error) {
    refuse(`${(error as Error).message} (usage: npm run demo [-- --store file|postgres])`, 64);
  }
}

const store = storeOption();
if (store === 'postgres' && !havePostgres())
  refuse(
    '--store postgres needs the PostgreSQL server binaries (/usr/lib/postgresql/<version>/bin): install the `postgresql` package (apt-get install postgresql), or run `npm run demo` on the file store',
    69,
  );
/** The schema the exporter uses when STATE_PG_SCHEMA is unset. */
const SCHEMA = 'dify_export';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

ensureBuilt(print);
const started = Date.now();
// PostgreSQL first: it is the slowest to start, and when it cannot, nothing else needs stopping.
let database: TestServer | undefined;
let sql: pg.Client | undefined;
if (store === 'postgres') {
  try {
    database = await startPostgres();
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  } catch (error) {
    await sql?.end().catch(() => undefined);
    await database?.stop();
    refuse(`PostgreSQL did not start: ${String(error).split('\n')[0]}`, 69);
  }
}
const dify = await startDifySim({ data: demoDataset(started), recordLog: false });
let outage = true;
const receiver = await startReceiverSim({
  rule: () => (outage ? { status: 503, body: '{"error":"maintenance"}' } : undefined),
});
// The CLI's working directory, and STATE_DIR on the file store. With STATE_URL it must stay empty.
const workDir = await mkdtemp(join(tmpdir(), 'dify-export-demo-'));
/**
 * STATE_URL with a password: the demo server trusts local connections and ignores it; it is there
 * so the secret check below covers the database credentials too.
 */
function stateUrl(server: TestServer): string {
  const url = new URL(server.url);
  url.password = 'demo-database-password';
  return url.href;
}
const env: Record<string, string> = {
  DIFY_API_URL: dify.url,
  DIFY_EMAIL: dify.email,
  DIFY_PASSWORD: dify.password,
  EXTERNAL_API_URL: receiver.url,
  EXTERNAL_API_TOKEN: 'demo-metering-token',
  ...(database ? { STATE_URL: stateUrl(database) } : { STATE_DIR: workDir }),
  INITIAL_SINCE: '7d',
  BATCH_SIZE: '25',
  // Short retries keep the outage part of the demo to a few seconds.
  MAX_RETRY: '1',
  RETRY_MAX_DELAY: '1s',
};
const failures: string[] = [];

interface TableRows {
  state: number;
  spool: Record<string, number>;
  spoolTotal: number;
}
/** Rows of the store's tables (one exporter in this database), read beside the CLI. */
async function tableRows(client: pg.Client): Promise<TableRows | undefined> {
  try {
    const state = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCHEMA}.state`);
    const spool = await client.query<{ state: string; n: string }>(
      `SELECT state, count(*) AS n FROM ${SCHEMA}.spool GROUP BY state ORDER BY state`,
    );
    const byState = Object.fromEntries(spool.rows.map((r) => [r.state, Number(r.n)]));
    return {
      state: Number(state.rows[0]?.n ?? 0),
      spool: byState,
      spoolTotal: Object.values(byState).reduce((a, b) => a + b, 0),
    };
  } catch (error) {
    failures.push(`the tables of ${SCHEMA} cannot be read: ${(error as Error).message}`);
    return undefined;
  }
}
function describeRows(rows: TableRows): string {
  const states = Object.entries(rows.spool).map(([state, n]) => `${state} ${n}`);
  return `${SCHEMA}.state ${rows.state} row · ${SCHEMA}.spool ${rows.spoolTotal} rows${states.length > 0 ? ` (${states.join(', ')})` : ''}`;
}
const step = async (args: string[], expected: number): Promise<CliRun> => {
  const run = await runCli(args, env, workDir);
  if (!narrateRun(print, run, expected))
    failures.push(`dify-export ${args.join(' ')} exited ${String(run.code)}, expected ${expected}`);
  // Secrets never leave the process: not the password, the metering token or Dify's session tokens.
  const output = [run.stdout, ...run.otherStderr, ...run.logs.map((l) => JSON.stringify(l))].join(
    '\n',
  );
  const secrets = [env.DIFY_PASSWORD!, env.EXTERNAL_API_TOKEN!, ...dify.issuedTokens];
  if (env.STATE_URL !== undefined)
    secrets.push(env.STATE_URL, new URL(env.STATE_URL).password, new URL(env.STATE_URL).search);
  if (secrets.some((secret) => output.includes(secret)))
    failures.push(`dify-export ${args.join(' ')} printed a secret`);
  return run;
};

try {
  print('dify-export demo');
  print(`  Dify simulator     ${dify.url}  (apps: ${dify.apps.map((a) => a.mode).join(', ')})`);
  print(`  metering receiver  ${receiver.url}`);
  if (sql && env.STATE_URL !== undefined) {
    const version = await sql.query<{ server_version: string }>('SHOW server_version');
    print(`  STATE_URL          ${displayUrl(env.STATE_URL)}  (no STATE_DIR)`);
    print(
      `                     PostgreSQL ${version.rows[0]?.server_version ?? '?'} started for the demo on a unix socket; schema ${SCHEMA}`,
    );
  } else {
    print(`  STATE_DIR          ${workDir}`);
  }
  print('');

  heading(
    print,
    '1/5 export',
    'The metering API is down (503). Undelivered batches go to the spool: exit 75.',
  );
  const exported = await step(['export'], 75);
  const windowLine = exported.logs.find((l) => l.msg === 'exporting window');

  heading(print, '2/5 spool ls', 'The batches waiting for a later run or for `resend`.');
  const listed = await step(['spool', 'ls'], 0);
  const rowsAfterExport = sql && (await tableRows(sql));
  if (rowsAfterExport) {
    print(`In PostgreSQL: ${describeRows(rowsAfterExport)}`);
    print('');
    const batches = Number(/^-- (\d+) batches/m.exec(listed.stdout)?.[1] ?? NaN);
    if (rowsAfterExport.spool.queued !== batches || rowsAfterExport.spoolTotal !== batches)
      failures.push(`spool ls listed ${batches} batches; ${describeRows(rowsAfterExport)}`);
  }

  outage = false;
  heading(
    print,
    '3/5 resend',
    'The metering API is back. `resend` sends every queued batch now: exit 0.',
  );
  await step(['resend'], 0);

  heading(print, '4/5 spool ls', 'Nothing is left behind.');
  const empty = await step(['spool', 'ls'], 0);
  if (empty.stdout !== 'Spool is empty\n') failures.push('the spool is not empty after resend');

  heading(print, '5/5 state show', 'Where the next run starts.');
  await step(['state', 'show'], 0);

  if (sql) {
    print('━━ What PostgreSQL holds ━━');
    const rows = await tableRows(sql);
    if (rows) {
      print(`  ${SCHEMA}.state    ${rows.state} row (watermark, source, target, last run)`);
      print(`  ${SCHEMA}.spool    ${rows.spoolTotal} rows (a delivered batch is deleted)`);
      if (rows.state !== 1) failures.push(`${SCHEMA}.state holds ${rows.state} rows, expected 1`);
      if (rows.spoolTotal !== 0)
        failures.push(`after resend: ${describeRows(rows)}, expected no spool row`);
    }
    // STATE_DIR is not used with STATE_URL: the CLI's working directory stays empty.
    const written = await readdir(workDir);
    print(
      `  on disk            ${written.length === 0 ? 'nothing: the working directory is empty' : written.join(', ')}`,
    );
    print('');
    if (written.length > 0)
      failures.push(`with STATE_URL the CLI wrote to disk: ${written.join(', ')}`);
  }

  print('━━ What the metering API got ━━');
  if (typeof windowLine?.from !== 'string' || typeof windowLine.to !== 'string') {
    failures.push('the export did not log the window it exported');
  } else {
    const window = { from: Date.parse(windowLine.from), to: Date.parse(windowLine.to) };
    const verdict = compareEvents(receiver.uniqueEvents(), dify.expectedEvents(window));
    const posts = receiver.requests;
    const accepted = posts.filter((r) => r.answer === 200).length;
    print(`  window             [${windowLine.from}, ${windowLine.to})`);
    print(
      `  POSTs              ${posts.length} (${accepted} accepted, ${posts.length - accepted} refused during the outage)`,
    );
    print(`  events expected    ${verdict.expected} (the simulator's own count for the window)`);
    print(`  events received    ${verdict.received} unique`);
    print(`  missing            ${verdict.missing.length}`);
    print(`  unexpected         ${verdict.unexpected.length}`);
    print(`  content differs    ${verdict.different.length}`);
    print(`  duplicates         ${receiver.duplicates()}`);
    print('');
    for (const line of usageByApp(receiver.uniqueEvents())) print(`  ${line}`);
    if (!verdictOk(verdict))
      failures.push(
        `the receiver's events differ from the expected set: ${JSON.stringify({ ...verdict, missing: verdict.missing.slice(0, 5), unexpected: verdict.unexpected.slice(0, 5), different: verdict.different.slice(0, 5) })}`,
      );
    if (receiver.duplicates() !== 0)
      failures.push(`${receiver.duplicates()} events were accepted twice`);
  }
} finally {
  await Promise.all([dify.close(), receiver.close(), sql?.end()]);
  await database?.stop();
  await rm(workDir, { recursive: true, force: true });
}

print('');
if (failures.length === 0) {
  print(
    `Demo OK in ${((Date.now() - started) / 1000).toFixed(1)} s: nothing lost, nothing counted twice, no secret printed.`,
  );
} else {
  for (const f of failures) print(`DEMO FAILED: ${f}`);
  process.exitCode = 1;
}
