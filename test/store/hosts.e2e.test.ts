import type { ChildProcess } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ident } from '../../src/lock/pg-schema.js';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import {
  expectNeverBackwards,
  expectOneInsideAtATime,
  exportLoops,
  holder,
  startHosts,
  type Host,
  type Hosts,
} from '../helpers/hosts.js';
import { startPostgres, type TestServer } from '../helpers/servers.js';

// STATE_URL across "hosts" (SPEC §10a): separate processes, each with a STATE_DIR of its own (as
// stateless pods), state, spool and lock in one real PostgreSQL; holders killed with SIGKILL or
// stopped with SIGSTOP. What the runs wrote is read straight from the tables.
let server: TestServer;
let db: pg.Client;
let sims: Hosts;
let root: string;
let schema: string;
let schemas = 0;

beforeAll(async () => {
  server = await startPostgres();
  db = new pg.Client({ connectionString: server.url });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await server?.stop();
});
afterEach(async () => {
  await sims?.close();
  await rm(root, { recursive: true, force: true });
});

/** Two hosts, A and B: the same STATE_URL (a schema for this test), each its own empty STATE_DIR. */
async function start(over: Record<string, string> = {}): Promise<[Host, Host]> {
  root = await tempDir();
  schema = `hosts_${(schemas += 1)}`;
  sims = await startHosts();
  const host = async (name: string): Promise<Host> => {
    const cwd = join(root, name);
    await mkdir(join(cwd, 'state'), { recursive: true });
    const env = { STATE_DIR: join(cwd, 'state'), STATE_URL: server.url, STATE_PG_SCHEMA: schema };
    return { env: sims.env({ ...env, ...over }), cwd };
  };
  return [await host('a'), await host('b')];
}

/** Nothing was written on either host's disk: no state.json, no spool, no lock, nothing. */
async function expectNothingOnDisk(): Promise<void> {
  for (const name of ['a', 'b']) {
    expect(await readdir(join(root, name))).toEqual(['state']);
    expect(await readdir(join(root, name, 'state'))).toEqual([]);
  }
}

interface StateRow {
  document: string;
  fencing: string;
  updated_at: Date;
}

/** The exporter's one state row (the test's schema holds one exporter). */
async function stateRow(): Promise<StateRow> {
  const { rows } = await db.query<StateRow>(
    `SELECT document, fencing, updated_at FROM ${ident(schema)}.state`,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

interface SpoolRow {
  id: string;
  state: string;
  fencing: string;
  updated_at: Date;
}

async function spoolRows(): Promise<SpoolRow[]> {
  const { rows } = await db.query<SpoolRow>(
    `SELECT id, state, fencing, updated_at FROM ${ident(schema)}.spool ORDER BY id`,
  );
  return rows;
}

/** Waits until one of the store's sessions matches `where` (on pg_stat_activity). */
async function waitForStore(where: string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    const { rowCount } = await db.query(
      `SELECT 1 FROM pg_stat_activity WHERE application_name = 'dify-export store' AND ${where}`,
    );
    if (rowCount !== 0) return;
    if (Date.now() > until) throw new Error(`no store session with ${where}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const watermarkOf = (row: StateRow): string =>
  (JSON.parse(row.document) as { watermark: string }).watermark;

const run = (args: string[], host: Host): Promise<CliResult> => spawnCli(args, host.env, host.cwd);

describe('two hosts, STATE_URL on postgres', () => {
  it('export loops on two hosts with no shared directory: never both inside, every event delivered, the watermark never moves back', async () => {
    const [a, b] = await start();
    sims.receiver.setFallback({ status: 200, delayMs: 30 });
    const watermarks: string[] = [];
    // One client, so the reads are in the order of the runs' ends.
    const runs = await exportLoops([a, b], 12_000, async () => {
      watermarks.push(watermarkOf(await stateRow()));
    });
    expectOneInsideAtATime(runs);
    // Each host had turns with the lock, and a run found the other inside.
    for (const host of [0, 1]) expect(runs.some((r) => r.host === host && r.code === 0)).toBe(true);
    expect(runs.some((r) => r.code === 75)).toBe(true);
    expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
    expectNeverBackwards(watermarks);
    expect((await spoolRows()).filter((r) => r.state === 'queued')).toEqual([]);
    await expectNothingOnDisk();
  }, 60_000);

  it('a SIGKILLed holder on A frees the lock at once: the next export on B exits 0, nothing lost', async () => {
    const [a, b] = await start();
    sims.receiver.setFallback({ status: 200, delayMs: 200 });
    const first = holder(sims.receiver, a);
    await first.posting;
    first.child().kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    sims.receiver.setFallback({ status: 200 });
    const next = await run(['export'], b);
    expect(next.code, next.stderr).toBe(0);
    expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
    await expectNothingOnDisk();
  }, 60_000);

  it('a SIGSTOPped holder on A past the TTL is taken over by B; after SIGCONT A writes nothing (fencing) and exits 75', async () => {
    const [a, b] = await start({ STATE_LOCK_TTL: '3s' });
    sims.receiver.setFallback({ status: 200, delayMs: 200 });
    const stopped = holder(sims.receiver, a);
    await stopped.posting;
    stopped.child().kill('SIGSTOP');
    try {
      await new Promise((r) => setTimeout(r, 4_000));
      sims.receiver.setFallback({ status: 200 });
      const next = await run(['export'], b);
      expect(next.code, next.stderr).toBe(0);
      const written = await stateRow();
      const spooled = await spoolRows();
      stopped.child().kill('SIGCONT');
      const late = await stopped.done;
      expect(late.code, late.stderr).toBe(75);
      expect(late.logs.some((l) => l.code === 'LOCK_LOST')).toBe(true);
      // The state row is B's, to the byte and the commit time; not a batch row changed either.
      expect(await stateRow()).toEqual(written);
      expect(await spoolRows()).toEqual(spooled);
      expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
      await expectNothingOnDisk();
    } finally {
      stopped.child().kill('SIGCONT');
    }
  }, 60_000);

  it('a holder on A stopped inside a write (its transaction open, the state row locked) is taken over by B all the same', async () => {
    const [a, b] = await start({ STATE_LOCK_TTL: '3s' });
    const first = await run(['export'], a);
    expect(first.code, first.stderr).toBe(0);
    const before = await stateRow();
    // Hold the state row so that A's state write waits inside its fenced transaction...
    const blocker = new pg.Client({ connectionString: server.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(`SELECT 1 FROM ${ident(schema)}.state FOR UPDATE`);
    let stopped!: ChildProcess;
    const late = spawnCli(['export'], a.env, a.cwd, (c) => (stopped = c));
    try {
      await waitForStore("wait_event_type = 'Lock'");
      // ...stop A there, then let its statement finish: its transaction stays open, idle.
      stopped.kill('SIGSTOP');
      await blocker.query('ROLLBACK');
      await waitForStore("state = 'idle in transaction'");
      await new Promise((r) => setTimeout(r, 4_000));
      let child: ChildProcess | undefined;
      const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
      const next = await spawnCli(['export'], b.env, b.cwd, (c) => (child = c));
      clearTimeout(timer);
      expect(next.signal, 'the takeover hung on the stopped transaction').toBeNull();
      expect(next.code, next.stderr).toBe(0);
      const written = await stateRow();
      expect(Number(written.fencing)).toBeGreaterThan(Number(before.fencing));
      stopped.kill('SIGCONT');
      // A's write was cut off with its lease: a lost lock (75), its state never committed.
      const ended = await late;
      expect(ended.code, ended.stderr).toBe(75);
      expect(ended.logs.some((l) => l.code === 'LOCK_LOST')).toBe(true);
      expect(await stateRow()).toEqual(written);
      await expectNothingOnDisk();
    } finally {
      stopped.kill('SIGCONT');
      await blocker.end();
    }
  }, 60_000);

  it('batches spooled on A (receiver down) are resent from B; spool ls / spool show / state show on B show them', async () => {
    const [a, b] = await start();
    sims.receiver.setFallback({ status: 503 });
    const spooling = await run(['export'], a);
    expect(spooling.code, spooling.stderr).toBe(75);
    const inDb = await spoolRows();
    expect(inDb.length).toBeGreaterThan(0);
    expect(inDb.every((r) => r.state === 'queued')).toBe(true);

    const lsA = await run(['spool', 'ls', '--json'], a);
    const lsB = await run(['spool', 'ls', '--json'], b);
    expect(lsB.code, lsB.stderr).toBe(0);
    expect(lsB.stdout).toBe(lsA.stdout);
    const listed = lsB.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; state: string; event_count: number });
    expect(listed.map((e) => e.id)).toEqual(inDb.map((r) => r.id));
    expect(listed.reduce((n, e) => n + e.event_count, 0)).toBe(sims.expectedCount());

    const show = await run(['spool', 'show', listed[0]!.id], b);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^state: queued$/m);
    const events = show.stdout.split('\n').filter((l) => l.startsWith('{'));
    expect(events).toHaveLength(listed[0]!.event_count);

    const state = await run(['state', 'show'], b);
    expect(state.code, state.stderr).toBe(0);
    expect(state.stdout).toContain(`watermark: ${watermarkOf(await stateRow())}`);
    expect(state.stdout).toMatch(/^last run: .* exit 75$/m);

    expect(sims.receiver.uniqueEvents().size).toBe(0);
    sims.receiver.setFallback({ status: 200 });
    const resent = await run(['resend'], b);
    expect(resent.code, resent.stderr).toBe(0);
    expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
    expect(await spoolRows()).toEqual([]);
    await expectNothingOnDisk();
  }, 60_000);
});
