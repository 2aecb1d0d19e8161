import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { exited, storeCases, type StoreCase } from '../helpers/store-e2e.js';
import type { ReceiverSim } from '../sim/receiver/receiver.js';

// STATE_URL (SPEC §10a): state, spool and lock in PostgreSQL, with the same commands as the file
// store; `state migrate` from a file store. Spawned CLIs against a real PostgreSQL.
const cases = storeCases('state_url_');
let c: StoreCase;
let receiver: ReceiverSim;
let dir: string;
let schema: string;

async function start(): Promise<void> {
  c = await cases.start();
  ({ receiver, dir, schema } = c);
}

const base = (over: Record<string, string> = {}) => c.base(over);
const withUrl = (over: Record<string, string> = {}) => c.withUrl(over);
const sql = <T extends pg.QueryResultRow>(text: string) => c.sql<T>(text);
const expected = () => c.expected();
const ok = exited;

describe('STATE_URL: the same commands on PostgreSQL', () => {
  it('export spools while the receiver is down, spool ls/show/requeue/rm and resend work on the rows; STATE_DIR stays untouched', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    const first = await spawnCli(['export'], withUrl(), dir);
    ok(first, 75);
    const ls = await spawnCli(['spool', 'ls', '--json'], withUrl(), dir);
    ok(ls);
    const entries = ls.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; state: string; event_count: number });
    expect(entries.length).toBeGreaterThan(1);
    expect(entries.every((e) => e.state === 'queued')).toBe(true);
    expect(entries.reduce((n, e) => n + e.event_count, 0)).toBe(expected());
    const rows = await sql<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.spool`);
    expect(Number(rows[0]!.n)).toBe(entries.length);

    const show = await spawnCli(['spool', 'show', entries[0]!.id], withUrl(), dir);
    ok(show);
    expect(show.stdout).toContain('state: queued');
    expect(show.stdout).toContain(`id: ${entries[0]!.id}`);
    expect(show.stdout.trim().split('\n').length).toBeGreaterThan(entries[0]!.event_count);

    // An operator removes one batch for good: the row is gone, the others stay.
    const rmOne = await spawnCli(['spool', 'rm', entries[0]!.id, '--yes'], withUrl(), dir);
    ok(rmOne);
    const state = await spawnCli(['state', 'show'], withUrl(), dir);
    ok(state);
    // (The user name is a secret like all userinfo: this server's `postgres` prints as redacted.)
    expect(state.stdout).toMatch(/store: the PostgreSQL store .*localhost/);
    expect(state.stdout).toContain('last run:');

    receiver.setFallback({ status: 200 });
    const resend = await spawnCli(['resend'], withUrl(), dir);
    ok(resend);
    const removed = entries[0]!.event_count;
    expect(receiver.uniqueEvents().size).toBe(expected() - removed);
    expect(await sql(`SELECT id FROM ${schema}.spool`)).toEqual([]);
    expect(existsSync(join(dir, 'state'))).toBe(false);
  });

  it('requeue moves a dead batch back to queued and the next export delivers it', async () => {
    await start();
    receiver.setFallback({ status: 422, body: '{"error":"bad"}' });
    ok(await spawnCli(['export'], withUrl(), dir), 65);
    const rejected = await sql<{ id: string }>(
      `SELECT id FROM ${schema}.spool WHERE state = 'rejected' ORDER BY id`,
    );
    expect(rejected.length).toBeGreaterThan(0);
    receiver.setFallback({ status: 200 });
    const requeue = await spawnCli(
      ['spool', 'requeue', ...rejected.map((r) => r.id)],
      withUrl(),
      dir,
    );
    ok(requeue);
    expect(requeue.stdout).toContain(`requeued ${rejected[0]!.id} (was rejected)`);
    ok(await spawnCli(['export'], withUrl(), dir));
    expect(receiver.uniqueEvents().size).toBe(expected());
    expect(await sql(`SELECT id FROM ${schema}.spool`)).toEqual([]);
  });

  it('check proves the store and a lock round trip; an unreachable server is 69 for every command, without its password', async () => {
    await start();
    const check = await spawnCli(['check'], withUrl(), dir);
    ok(check);
    expect(check.stdout).toMatch(/state store.*watermark \(none yet\), 0 batch\(es\) queued/);
    expect(check.stdout).toMatch(/lock round trip/);
    const bad = 'postgres://exporter:Pw-S3cret-x@localhost/db?host=/nonexistent-sock-dir';
    for (const args of [['export'], ['spool', 'ls'], ['state', 'show'], ['resend']]) {
      const r = await spawnCli(args, base({ STATE_URL: bad }), dir);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(69);
      expect(r.stderr).toContain('postgres://localhost/db');
      expect(r.stdout + r.stderr).not.toContain('S3cret');
    }
    const both = await spawnCli(['export'], withUrl({ LOCK_URL: cases.server().url }), dir);
    expect(both.code).toBe(78);
    expect(both.stderr).toContain('LOCK_URL: not with STATE_URL');
  });
});

describe('STATE_URL: no secret printed or stored', () => {
  it('every command at debug level: no password, token or query key in any output or any row', async () => {
    await start();
    const secrets = ['Db-Sweep-S3cret', 'Ext-Sweep-T0ken', 'QK-Sweep-S3cretKey'];
    const over = {
      // The local server trusts every connection: the password is carried, never checked.
      STATE_URL: cases
        .server()
        .url.replace('postgres://postgres@', `postgres://postgres:${secrets[0]!}@`),
      EXTERNAL_API_URL: `${receiver.url}?api_key=${secrets[2]!}`,
      EXTERNAL_API_TOKEN: secrets[1]!,
      LOG_LEVEL: 'debug',
    };
    receiver.setRule((req) => ({
      status: 503,
      body: JSON.stringify({ authorization: req.headers.authorization, url: req.url }),
    }));
    const runs: CliResult[] = [await spawnCli(['export'], base(over), dir)];
    const id = (await sql<{ id: string }>(`SELECT id FROM ${schema}.spool ORDER BY id LIMIT 1`))[0]!
      .id;
    for (const args of [['spool', 'ls'], ['spool', 'show', id], ['state', 'show'], ['check']])
      runs.push(await spawnCli(args, base(over), dir));
    receiver.setFallback({ status: 200 });
    receiver.setRule(undefined);
    runs.push(await spawnCli(['resend'], base(over), dir));
    expect(runs.map((r) => r.code)).toEqual([75, 0, 0, 0, 0, 0]);
    const rows = await sql<{ text: string }>(
      `SELECT t::text AS text FROM ${schema}.state t UNION ALL SELECT t::text FROM ${schema}.spool t
       UNION ALL SELECT t::text FROM ${schema}.lock_lease t UNION ALL SELECT t::text FROM ${schema}.meta t`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const everything = [...runs.flatMap((r) => [r.stdout, r.stderr]), ...rows.map((r) => r.text)];
    for (const secret of secrets) for (const text of everything) expect(text).not.toContain(secret);
  });
});

describe('state migrate', () => {
  it('moves a file store with spooled batches; re-running is a no-op; the old STATE_DIR refuses to run; nothing counted twice', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    ok(await spawnCli(['export'], base(), dir), 75);
    const fileLs = await spawnCli(['spool', 'ls', '--json'], base(), dir);
    const fileIds = fileLs.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(fileIds.length).toBeGreaterThan(0);
    const stateBefore = await readFile(join(dir, 'state', 'state.json'), 'utf8');

    // The URL on the command line, with a password that must never be printed.
    const to = cases
      .server()
      .url.replace('postgres://postgres@', 'postgres://postgres:Mig-S3cret@');
    const migrate = await spawnCli(['state', 'migrate', '--to', to], base(), dir);
    ok(migrate);
    expect(migrate.stdout).toContain(`batches: ${fileIds.length}`);
    expect(migrate.stdout).toContain(`${fileIds.length} added, 0 already there`);
    expect(migrate.stdout + migrate.stderr).not.toContain('Mig-S3cret');
    const rows = await sql<{ id: string; state: string }>(
      `SELECT id, state FROM ${schema}.spool ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([...fileIds].sort());
    const [doc] = await sql<{ document: string }>(`SELECT document FROM ${schema}.state`);
    expect(JSON.parse(doc!.document)).toEqual(JSON.parse(stateBefore));
    // The file store is left as it was, marked migrated.
    expect(await readFile(join(dir, 'state', 'state.json'), 'utf8')).toBe(stateBefore);
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(true);

    const again = await spawnCli(['state', 'migrate'], withUrl(), dir);
    ok(again);
    expect(again.stdout).toContain('already migrated');

    const old = await spawnCli(['export'], base(), dir);
    expect(old.code).toBe(78);
    expect(old.stderr).toMatch(/was migrated to .*localhost/);
    expect(old.stderr).toContain('set STATE_URL');
    const oldShow = await spawnCli(['state', 'show'], base(), dir);
    ok(oldShow);
    expect(oldShow.stdout).toMatch(/migrated: to .*localhost/);

    receiver.setFallback({ status: 200 });
    ok(await spawnCli(['resend'], withUrl(), dir));
    ok(await spawnCli(['export'], withUrl(), dir));
    // Every event once: the migrated batches were sent, the window was not read again.
    expect(receiver.uniqueEvents().size).toBe(expected());
    expect(receiver.duplicates()).toBe(0);
  });

  it('refuses (78) when the database already holds another state for this exporter', async () => {
    await start();
    ok(await spawnCli(['export'], withUrl(), dir));
    ok(await spawnCli(['export'], base(), dir));
    const migrate = await spawnCli(['state', 'migrate'], withUrl(), dir);
    expect(migrate.code).toBe(78);
    expect(migrate.stderr).toContain('already holds another state for this exporter');
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(false);
  });
});
