import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lockKey } from '../../src/lock/index.js';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { startPgBouncer } from '../helpers/servers.js';
import { exited, storeCases, type StoreCase } from '../helpers/store-e2e.js';

// STATE_URL under failure (SPEC §3, §10, §10a): the PostgreSQL server restarted or no longer
// answering mid-run, signals, `check` beside a running export, a write that waits past the lease's
// TTL. Spawned CLIs, a real server.
const cases = storeCases('failures_');
let c: StoreCase;

async function start(): Promise<StoreCase> {
  c = await cases.start();
  // Slow enough that the run is still going when the test acts.
  c.receiver.setFallback({ status: 200, delayMs: 300 });
  return c;
}

/** An export that is SIGKILLed if it has not ended after `killAfterMs` (a hang fails the test). */
function exportRun(env: Record<string, string>, killAfterMs = 45_000) {
  let child!: ChildProcess;
  const done = spawnCli(['export'], env, c.dir, (spawned) => (child = spawned));
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  void done.then(() => {
    clearTimeout(timer);
  });
  return { done, child: () => child };
}

/** Resolves once the receiver has had a request: the run holds the lock and is exporting. */
async function posting(): Promise<void> {
  while (c.receiver.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
}

/** The exporter's sessions on the server (the lock's and the store's). */
async function sessions(): Promise<string[]> {
  const rows = await c.sql<{ application_name: string }>(
    `SELECT application_name FROM pg_stat_activity WHERE application_name LIKE 'dify-export%'`,
  );
  return rows.map((r) => r.application_name);
}

/** Waits (a little: the server sees a closed socket on its own time) until no session is left. */
async function expectNoSessionLeft(): Promise<void> {
  const until = Date.now() + 5_000;
  while ((await sessions()).length > 0 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 50));
  expect(await sessions()).toEqual([]);
}

const lostLock = (r: CliResult) => r.logs.some((l) => l.code === 'LOCK_LOST');

/** After the failure: a plain export delivers every event of the data. */
async function nextRunDeliversAll(): Promise<void> {
  c.receiver.setFallback({ status: 200 });
  exited(await spawnCli(['export'], c.withUrl(), c.dir));
  expect(c.receiver.uniqueEvents().size).toBe(c.expected());
}

describe('STATE_URL: the PostgreSQL server fails mid-run', () => {
  it('stops answering (a network cut): the run stops once its lease can no longer be renewed and exits 75 instead of hanging; nothing lost', async () => {
    await start();
    // MAX_RUNTIME far away: only the lease can end this run.
    const run = exportRun(c.withUrl({ STATE_LOCK_TTL: '3s', MAX_RUNTIME: '10m' }));
    await posting();
    const frozen = Date.now();
    cases.server().freeze();
    let r: CliResult;
    try {
      r = await run.done;
    } finally {
      cases.server().thaw();
    }
    expect(r.signal, 'the run hung on the server that did not answer').toBeNull();
    exited(r, 75);
    expect(lostLock(r), r.stderr).toBe(true);
    // A lease of 3 s: lost at most 3 s after the last renewal, plus time to wind down.
    expect(Date.now() - frozen).toBeLessThan(20_000);
    await nextRunDeliversAll();
  }, 90_000);

  it('restarts (every session ended): the run exits 75 at once (its lock is gone); nothing lost', async () => {
    await start();
    const run = exportRun(c.withUrl({ STATE_LOCK_TTL: '3s' }));
    await posting();
    await cases.server().restart(300);
    const r = await run.done;
    expect(r.signal).toBeNull();
    exited(r, 75);
    expect(lostLock(r), r.stderr).toBe(true);
    await nextRunDeliversAll();
  }, 90_000);
});

describe('STATE_URL: a lease taken over mid-run', () => {
  it('while the receiver is down: every spool write is refused (fencing), the run exits 75, the watermark stays; the next run fetches and delivers it all', async () => {
    await start();
    c.receiver.setFallback({ status: 503, delayMs: 300 });
    const run = exportRun(c.withUrl());
    await posting();
    // Another run's takeover as the lease row shows it (this run does not notice it otherwise).
    await c.sql(`UPDATE ${c.schema}.lock_lease SET fencing = fencing + 1000`);
    const r = await run.done;
    exited(r, 75);
    expect(lostLock(r), r.stderr).toBe(true);
    expect(await c.sql(`SELECT id FROM ${c.schema}.spool`)).toEqual([]);
    expect(await c.sql(`SELECT key FROM ${c.schema}.state`)).toEqual([]);
    await nextRunDeliversAll();
  }, 90_000);
});

describe('STATE_URL: signals and check', () => {
  it('SIGTERM: the state is written under the run’s lock, exit 75, both sessions closed; a second signal exits 75 at once', async () => {
    await start();
    const first = exportRun(c.withUrl({ LOG_LEVEL: 'debug' }));
    await posting();
    expect((await sessions()).sort()).toEqual(['dify-export lock', 'dify-export store']);
    first.child().kill('SIGTERM');
    const r = await first.done;
    exited(r, 75);
    const fencing = r.logs.find((l) => l.msg === 'lock taken')?.fencing;
    const [row] = await c.sql<{ document: string; fencing: string }>(
      `SELECT document, fencing FROM ${c.schema}.state`,
    );
    expect(Number(row!.fencing)).toBe(fencing);
    const doc = JSON.parse(row!.document) as { last_run: { exit_code: number } };
    expect(doc.last_run.exit_code).toBe(75);
    await expectNoSessionLeft();

    // A receiver this slow keeps requests in flight through the grace period of 30 s.
    c.receiver.setFallback({ status: 200, delayMs: 10_000 });
    const before = c.receiver.requests.length;
    const second = exportRun(c.withUrl({ GRACEFUL_SHUTDOWN_TIMEOUT: '30s' }));
    while (c.receiver.requests.length === before) await new Promise((res) => setTimeout(res, 20));
    second.child().kill('SIGTERM');
    await new Promise((res) => setTimeout(res, 200));
    const sent = c.receiver.requests.length;
    const signalled = Date.now();
    second.child().kill('SIGTERM');
    const s = await second.done;
    exited(s, 75);
    expect(Date.now() - signalled).toBeLessThan(3_000);
    expect(s.logs.some((l) => String(l.msg).startsWith('second signal: exiting now'))).toBe(true);
    expect(c.receiver.requests.length).toBe(sent);
    await expectNoSessionLeft();
    await nextRunDeliversAll();
  }, 90_000);

  it('check beside a running export: the store is read and the lock proven on a probe key (0); the export goes on (0)', async () => {
    await start();
    // Slow enough that the export still holds its lock after check and a second export.
    c.receiver.setFallback({ status: 200, delayMs: 1_000 });
    const run = exportRun(c.withUrl());
    await posting();
    const check = await spawnCli(['check'], c.withUrl(), c.dir);
    exited(check);
    expect(check.stdout).toMatch(/^✓ state store: /m);
    expect(check.stdout).toMatch(/^✓ lock server: lock round trip/m);
    const held = await spawnCli(['export'], c.withUrl(), c.dir);
    exited(held, 75);
    exited(await run.done);
    expect(c.receiver.uniqueEvents().size).toBe(c.expected());
  }, 90_000);
});

describe('STATE_URL: a write that takes long', () => {
  it('state migrate whose copy waits past STATE_LOCK_TTL (a row locked elsewhere) keeps its lock: the lease is renewed meanwhile, the copy commits, exit 0', async () => {
    await start();
    c.receiver.setFallback({ status: 503 });
    exited(await spawnCli(['export'], c.base(), c.dir), 75);
    const spooled = (await spawnCli(['spool', 'ls', '--json'], c.base(), c.dir)).stdout
      .trim()
      .split('\n').length;
    // The tables are created by a first command on the database.
    exited(await spawnCli(['state', 'show'], c.withUrl(), c.dir));
    const env = c.withUrl({ STATE_LOCK_TTL: '3s' });
    const { config } = loadConfig(env, {}, { dify: true, external: true }, c.dir);
    // Another session inserting the very row the copy writes first: the copy waits for it.
    const blocker = new pg.Client({ connectionString: cases.server().url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`INSERT INTO ${c.schema}.meta (name, value) VALUES ($1, '{}')`, [
        `migrated ${lockKey(config)}`,
      ]);
      let child!: ChildProcess;
      const migrating = spawnCli(['state', 'migrate'], env, c.dir, (s) => (child = s));
      const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      const until = Date.now() + 15_000;
      for (;;) {
        const waiting = await c.sql(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'dify-export store' AND wait_event_type = 'Lock'`,
        );
        if (waiting.length > 0) break;
        if (Date.now() > until) throw new Error('the copy never waited');
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 5_000));
      await blocker.query('ROLLBACK');
      const migrate = await migrating;
      clearTimeout(timer);
      exited(migrate);
      expect(existsSync(join(c.dir, 'state', 'migrated.json'))).toBe(true);
      expect(await c.sql(`SELECT id FROM ${c.schema}.spool`)).toHaveLength(spooled);
    } finally {
      await blocker.end();
    }
    c.receiver.setFallback({ status: 200 });
    exited(await spawnCli(['resend'], c.withUrl(), c.dir));
    expect(c.receiver.uniqueEvents().size).toBe(c.expected());
  }, 90_000);
});

describe('STATE_URL through a pooler in session mode (docs/operating.md)', () => {
  it('PgBouncer with its default settings: export and check work through it, and a transaction left open by a stopped run still ends after STATE_LOCK_TTL', async () => {
    await start();
    const bouncer = await startPgBouncer(cases.server());
    try {
      const env = c.withUrl({ STATE_URL: bouncer.url, STATE_LOCK_TTL: '3s' });
      exited(await spawnCli(['export'], env, c.dir));
      expect(c.receiver.uniqueEvents().size).toBe(c.expected());
      exited(await spawnCli(['check'], env, c.dir));

      // A run stopped inside its state write: its transaction must not stay open (it would hold
      // the next holder's writes), so the server ends it after the TTL.
      const blocker = new pg.Client({ connectionString: cases.server().url });
      await blocker.connect();
      let stopped: ChildProcess | undefined;
      try {
        await blocker.query('BEGIN');
        await blocker.query(`SELECT 1 FROM ${c.schema}.state FOR UPDATE`);
        const late = spawnCli(['export'], env, c.dir, (s) => (stopped = s));
        const store = (where: string) =>
          c.sql(
            `SELECT 1 FROM pg_stat_activity WHERE application_name = 'dify-export store' AND ${where}`,
          );
        const until = Date.now() + 15_000;
        while ((await store("wait_event_type = 'Lock'")).length === 0) {
          if (Date.now() > until) throw new Error('the state write never waited');
          await new Promise((r) => setTimeout(r, 20));
        }
        stopped!.kill('SIGSTOP');
        await blocker.query('ROLLBACK');
        while ((await store("state = 'idle in transaction'")).length === 0) {
          if (Date.now() > until)
            throw new Error(
              `the stopped write never went idle in its transaction: ${JSON.stringify(
                await c.sql(
                  `SELECT state, wait_event_type, left(query, 120) AS query FROM pg_stat_activity WHERE application_name LIKE 'dify-export%'`,
                ),
              )}`,
            );
          await new Promise((r) => setTimeout(r, 20));
        }
        const idle = Date.now();
        while ((await store("state = 'idle in transaction'")).length > 0) {
          if (Date.now() - idle > 10_000) throw new Error('the stopped transaction stayed open');
          await new Promise((r) => setTimeout(r, 50));
        }
        stopped!.kill('SIGCONT');
        exited(await late, 75);
      } finally {
        stopped?.kill('SIGCONT');
        await blocker.end();
      }
    } finally {
      await bouncer.stop();
    }
  }, 90_000);
});
