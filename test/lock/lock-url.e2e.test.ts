import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lockKey, remoteLock } from '../../src/lock/index.js';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';

// LOCK_URL (SPEC §10a): the lock on PostgreSQL or Redis, state and spool in STATE_DIR; spawned CLI.
const SINCE = '2026-11-01T00:00:00Z';

let pgServer: TestServer;
let redisServer: TestServer;
let dify: DifySim;
let receiver: ReceiverSim;
let dir: string;

beforeAll(async () => {
  [pgServer, redisServer] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([pgServer?.stop(), redisServer?.stop()]);
});

async function start(): Promise<void> {
  dir = await tempDir();
  receiver = await startReceiverSim();
  dify = await startDifySim({
    data: {
      seed: 11,
      start: Date.parse('2026-11-02T00:00:00Z'),
      end: Date.parse('2026-11-05T00:00:00Z'),
      apps: [
        { mode: 'chat', conversations: 12 },
        { mode: 'workflow', runs: 20 },
      ],
    },
  });
}
afterEach(async () => {
  await dify.close();
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (lockUrl: string, over: Record<string, string> = {}): Record<string, string> => ({
  DIFY_API_URL: dify.url,
  DIFY_EMAIL: dify.email,
  DIFY_PASSWORD: dify.password,
  EXTERNAL_API_URL: receiver.url,
  STATE_DIR: join(dir, 'state'),
  INITIAL_SINCE: SINCE,
  BATCH_SIZE: '10',
  RETRY_MAX_DELAY: '20ms',
  LOCK_URL: lockUrl,
  STATE_LOCK_TTL: '30s',
  ...over,
});

const servers = [
  { name: 'postgres', url: () => pgServer.url },
  { name: 'redis', url: () => redisServer.url },
];

function summaryOf(r: CliResult): Record<string, unknown> {
  return r.logs.at(-1)!;
}

describe.each(servers)('LOCK_URL on $name', (server) => {
  it('export runs under the remote lock: every event delivered, no lock file in STATE_DIR', async () => {
    await start();
    const r = await spawnCli(['export'], env(server.url()), dir);
    expect(r.code, r.stderr).toBe(0);
    expect(receiver.uniqueEvents().size).toBe(
      dify.expectedEvents({ from: Date.parse(SINCE), to: Date.now() }).length,
    );
    expect(existsSync(join(dir, 'state', 'lock'))).toBe(false);
    expect(existsSync(join(dir, 'state', 'state.json'))).toBe(true);
  });

  it('a live holder of the same key → 75 naming it; nothing fetched', async () => {
    await start();
    const e = env(server.url());
    const { config } = loadConfig(e, {}, { dify: true, external: true }, dir);
    const guard = await (await remoteLock(config))!.acquire(lockKey(config));
    try {
      const r = await spawnCli(['export'], e, dir);
      expect(r.code).toBe(75);
      expect(r.stderr).toMatch(/another run holds the lock \(pid \d+ on /);
      expect(receiver.requests).toHaveLength(0);
      // spool mutations take the same lock
      const rm = await spawnCli(['spool', 'rm', '01JX0000000000000000000000', '--yes'], e, dir);
      expect(rm.code).toBe(75);
    } finally {
      await guard.release();
    }
  });

  it('an unreachable lock server → 69 naming it, without its password', async () => {
    await start();
    const url =
      server.name === 'postgres'
        ? 'postgres://exporter:Pw-S3cret-x@localhost/db?host=/nonexistent-sock-dir'
        : 'unix://:Pw-S3cret-x@/nonexistent-sock-dir/redis.sock';
    const r = await spawnCli(['export'], env(url, { LOG_LEVEL: 'debug' }), dir);
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(
      /lock server (postgres:\/\/localhost\/db|unix:\/\/\/nonexistent-sock-dir\/redis\.sock) is unreachable/,
    );
    expect(r.stdout + r.stderr).not.toContain('S3cret');
    expect(summaryOf(r)).toMatchObject({ exit_code: 69 });
  });

  it('a run whose lock is taken from it stops as on SIGTERM: exit 75, state not written', async () => {
    await start();
    receiver.setFallback({ status: 200, delayMs: 300 });
    const e = env(server.url(), { STATE_LOCK_TTL: '3s' });
    const { config } = loadConfig(e, {}, { dify: true, external: true }, dir);
    const key = lockKey(config);
    const stolen = (async () => {
      while (receiver.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
      if (server.name === 'postgres') {
        const client = new pg.Client({ connectionString: server.url() });
        await client.connect();
        await client.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dify-export lock'",
        );
        await client.end();
      } else {
        const client = createClient({ url: server.url() });
        await client.connect();
        await client.set(key, 'another holder');
        client.destroy();
      }
    })();
    const r = await spawnCli(['export'], e, dir);
    await stolen;
    expect(r.code, r.stderr).toBe(75);
    expect(r.logs.some((l) => l.code === 'LOCK_LOST')).toBe(true);
    expect(existsSync(join(dir, 'state', 'state.json'))).toBe(false);
    expect(summaryOf(r)).toMatchObject({ exit_code: 75 });
  });

  it('check proves a lock round trip on the server', async () => {
    await start();
    const r = await spawnCli(['check'], env(server.url()), dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^✓ lock server: lock round trip on \S+ \(fencing \d+\)$/m);
    expect(r.stdout).not.toContain('warning');
  });
});

describe('check reads Redis INFO for an evicting maxmemory-policy', () => {
  it('warns when the policy could evict the lock key', async () => {
    const evicting = await startRedis(['--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru']);
    try {
      await start();
      const r = await spawnCli(['check'], env(evicting.url), dir);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/✓ lock server: .*warning: maxmemory-policy is allkeys-lru/);
      expect(r.logs.some((l) => l.level === 'warn' && /allkeys-lru/.test(String(l.msg)))).toBe(
        true,
      );
    } finally {
      await evicting.stop();
    }
  });

  it('an unreachable lock server is a ✗ line and exit 69', async () => {
    await start();
    const r = await spawnCli(['check'], env('unix://:Pw-S3cret-y@/nonexistent-dir/r.sock'), dir);
    expect(r.code).toBe(69);
    expect(r.stdout).toMatch(
      /^✗ lock server: the lock server unix:\/\/\/nonexistent-dir\/r\.sock is unreachable/m,
    );
    expect(r.stdout + r.stderr).not.toContain('S3cret');
  });
});
