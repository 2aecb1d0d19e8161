import { existsSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lockKey, remoteLock } from '../../src/lock/index.js';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { startRedis } from '../helpers/servers.js';
import { storeCases, type StoreCase } from '../helpers/store-e2e.js';
import type { ReceiverSim } from '../sim/receiver/receiver.js';

// Regressions found reviewing STATE_URL (SPEC §10a) and `state migrate`: spawned CLIs against a
// real PostgreSQL, each case once broken.
const store = storeCases('review_');
let c: StoreCase;
let receiver: ReceiverSim;
let dir: string;
let schema: string;

async function start(): Promise<void> {
  c = await store.start();
  ({ receiver, dir, schema } = c);
}

const base = (over: Record<string, string> = {}) => c.base(over);
const withUrl = (over: Record<string, string> = {}) => c.withUrl(over);
const sql = <T extends pg.QueryResultRow>(text: string) => c.sql<T>(text);
const expected = () => c.expected();
const ok = (r: CliResult, code = 0) => {
  expect(r.code, r.stdout + r.stderr).toBe(code);
};
/** The exporter's configuration without any Dify identity (no DIFY_EMAIL, no DIFY_WORKSPACE_ID). */
const anonymous = (env: Record<string, string>) => {
  const { DIFY_EMAIL: _email, DIFY_PASSWORD: _password, ...rest } = env;
  return rest;
};

describe('state migrate: nothing counted twice', () => {
  it('after a migration whose marker was never written (killed between commit and mark) and a resend on PostgreSQL, migrating again re-imports nothing', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    ok(await spawnCli(['export'], base(), dir), 75);
    ok(await spawnCli(['state', 'migrate'], withUrl(), dir));
    // As if the process died after the commit, before migrated.json was renamed into place.
    await unlink(join(dir, 'state', 'migrated.json'));
    receiver.setFallback({ status: 200 });
    ok(await spawnCli(['resend'], withUrl(), dir));
    expect(receiver.uniqueEvents().size).toBe(expected());
    const again = await spawnCli(['state', 'migrate'], withUrl(), dir);
    ok(again);
    expect(await sql(`SELECT id FROM ${schema}.spool`)).toEqual([]);
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(true);
    ok(await spawnCli(['export'], withUrl(), dir));
    expect(receiver.duplicates()).toBe(0);
  });

  it('check on a migrated STATE_DIR without STATE_URL fails (78) as export would, instead of a green light', async () => {
    await start();
    ok(await spawnCli(['export'], base(), dir));
    ok(await spawnCli(['state', 'migrate'], withUrl(), dir));
    const check = await spawnCli(['check'], base(), dir);
    expect(check.code, check.stdout).toBe(78);
    expect(check.stdout).toMatch(/✗ state directory: .*was migrated to/);
    ok(await spawnCli(['check'], withUrl(), dir));
  });

  it('refuses (78) when STATE_DIR changed after its migration was recorded', async () => {
    await start();
    receiver.setFallback({ status: 200 });
    ok(await spawnCli(['export'], base(), dir));
    ok(await spawnCli(['state', 'migrate'], withUrl(), dir));
    // Someone removed the marker and ran on the files again: PostgreSQL has the older copy.
    await unlink(join(dir, 'state', 'migrated.json'));
    ok(await spawnCli(['export'], base(), dir));
    const again = await spawnCli(['state', 'migrate'], withUrl(), dir);
    expect(again.code, again.stderr).toBe(78);
    expect(again.stderr).toContain('changed since it was migrated');
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(false);
  });

  it('refuses (78) when the database holds batches of this exporter that STATE_DIR does not have', async () => {
    await start();
    receiver.setFallback({ status: 200 });
    ok(await spawnCli(['export'], base(), dir));
    // A run on PostgreSQL before the migration, killed before it wrote its state: rows, no state.
    receiver.setFallback({ status: 503 });
    ok(await spawnCli(['export'], withUrl(), dir), 75);
    await sql(`DELETE FROM ${schema}.state`);
    expect((await sql(`SELECT id FROM ${schema}.spool`)).length).toBeGreaterThan(0);
    const migrate = await spawnCli(['state', 'migrate'], withUrl(), dir);
    expect(migrate.code, migrate.stderr).toBe(78);
    expect(migrate.stderr).toContain('batches');
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(false);
  });

  it('with LOCK_URL, copies nothing while an export holds that lock (75): the file lock alone does not exclude it', async () => {
    await start();
    const redis = await startRedis();
    try {
      receiver.setFallback({ status: 503 });
      const env = base({ LOCK_URL: redis.url });
      ok(await spawnCli(['export'], env, dir), 75);
      // An export on another host sharing STATE_DIR, in the middle of its run.
      const { config } = loadConfig(env, {}, { dify: true, external: true }, dir);
      const guard = await (await remoteLock(config))!.acquire(lockKey(config));
      try {
        const migrate = await spawnCli(['state', 'migrate', '--to', store.server().url], env, dir);
        expect(migrate.code, migrate.stdout + migrate.stderr).toBe(75);
        expect(migrate.stderr).toContain('another run holds the lock');
        expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(false);
        expect(await sql(`SELECT to_regclass('${schema}.state') AS t`)).toEqual([{ t: null }]);
      } finally {
        await guard.release();
      }
      ok(await spawnCli(['state', 'migrate', '--to', store.server().url], env, dir));
    } finally {
      await redis.stop();
    }
  });

  it('refuses (78) without a Dify identity: the key would differ from the exporter’s, and its next run would export the whole window again', async () => {
    await start();
    receiver.setFallback({ status: 200 });
    ok(await spawnCli(['export'], base(), dir));
    for (const env of [anonymous(withUrl()), anonymous(base())]) {
      const args = env.STATE_URL === undefined ? ['--to', store.server().url] : [];
      const migrate = await spawnCli(['state', 'migrate', ...args], env, dir);
      expect(migrate.code, migrate.stderr).toBe(78);
      expect(migrate.stderr).toContain('DIFY_EMAIL');
    }
    expect(existsSync(join(dir, 'state', 'migrated.json'))).toBe(false);
  });
});

describe('STATE_URL: the key needs the Dify identity', () => {
  it('spool ls, state show and resend refuse (78) without DIFY_EMAIL or DIFY_WORKSPACE_ID instead of reading another, empty key', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    ok(await spawnCli(['export'], withUrl(), dir), 75);
    for (const args of [['spool', 'ls'], ['state', 'show'], ['resend']]) {
      const r = await spawnCli(args, anonymous(withUrl()), dir);
      expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(78);
      expect(r.stderr).toContain('DIFY_EMAIL');
    }
  });
});

describe('STATE_URL: the receiver’s answer is stored as the file store stores it', () => {
  it('an error body with a NUL character is kept in last_error: the batch is queued (75), not a failed commit (74)', async () => {
    await start();
    receiver.setFallback({ status: 503, body: 'bad\u0000gateway' });
    const file = await spawnCli(['export'], base({ STATE_DIR: join(dir, 'files') }), dir);
    ok(file, 75);
    const run = await spawnCli(['export'], withUrl(), dir);
    ok(run, 75);
    const ls = await spawnCli(['spool', 'ls', '--json'], withUrl(), dir);
    ok(ls);
    const entries = ls.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event_count: number; last_error: string | null });
    expect(entries.reduce((n, e) => n + e.event_count, 0)).toBe(expected());
    expect(entries.some((e) => e.last_error?.startsWith('bad'))).toBe(true);
  });

  it('state migrate copies a batch whose last_error has a NUL and a corrupt file of zero bytes', async () => {
    await start();
    receiver.setFallback({ status: 503, body: 'bad\u0000gateway' });
    ok(await spawnCli(['export'], base(), dir), 75);
    // What a power loss can leave: a file of the right size full of zeros.
    await writeFile(
      join(dir, 'state', 'spool', 'queued', '01KB0000000000000000000000.json'),
      Buffer.alloc(2048),
    );
    const migrate = await spawnCli(['state', 'migrate'], withUrl(), dir);
    ok(migrate);
    const corrupt = await sql<{ id: string }>(
      `SELECT id FROM ${schema}.spool WHERE state = 'corrupt'`,
    );
    expect(corrupt.map((r) => r.id)).toEqual(['01KB0000000000000000000000']);
  });
});

describe('STATE_URL: a URL the PostgreSQL client cannot use', () => {
  it('a password with a stray % is no bug (70): the client tries it as given (69); a CA file that is not there is 78; no secret part printed', async () => {
    await start();
    const cases = [
      // `new URL` takes it; a strict percent-decoding of the password threw while loading.
      {
        url: store.server().url.replace('postgres://postgres@', 'postgres://postgres:Pw%zzS3cret@'),
        code: 69,
      },
      {
        url: `${store.server().url}&sslmode=verify-full&sslrootcert=/nonexistent-S3cret/ca.pem`,
        code: 78,
      },
    ];
    for (const { url, code } of cases)
      for (const args of [['spool', 'ls'], ['export']]) {
        const r = await spawnCli([...args, '--log-level', 'debug'], base({ STATE_URL: url }), dir);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
        expect(r.stdout + r.stderr).not.toContain('S3cret');
      }
  });
});

describe('a schema of a newer dify-export', () => {
  it('is 78 in check with LOCK_URL (the lock line), as for every command', async () => {
    await start();
    await sql(`CREATE SCHEMA ${schema}`);
    await sql(`CREATE TABLE ${schema}.meta (name text PRIMARY KEY, value text NOT NULL)`);
    await sql(`INSERT INTO ${schema}.meta VALUES ('schema_version', '3')`);
    const env = base({ LOCK_URL: store.server().url });
    const run = await spawnCli(['export'], env, dir);
    expect(run.code, run.stderr).toBe(78);
    const check = await spawnCli(['check'], env, dir);
    expect(check.code, check.stdout).toBe(78);
    expect(check.stdout).toMatch(/✗ lock server: .*newer dify-export/);
  });
});

describe('STATE_URL: secrets', () => {
  it('the user name of the URL is not printed when the server refuses it', async () => {
    await start();
    const url = store
      .server()
      .url.replace('postgres://postgres@', 'postgres://exporterbob:Pw-S3cret@');
    for (const args of [['spool', 'ls'], ['check']]) {
      const r = await spawnCli([...args, '--log-level', 'debug'], base({ STATE_URL: url }), dir);
      expect(r.code, r.stderr).toBe(69);
      expect(r.stdout + r.stderr).not.toMatch(/exporterbob|Pw-S3cret/);
    }
  });
});
