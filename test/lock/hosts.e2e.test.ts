import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../commands/cli.js';
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
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.js';

// LOCK_URL across "hosts" (SPEC §10a): separate processes sharing STATE_DIR (as over NFS), the lock
// on a real PostgreSQL or Redis; holders killed with SIGKILL or stopped with SIGSTOP.
let pgServer: TestServer;
let redisServer: TestServer;
let sims: Hosts;
let dir: string;

beforeAll(async () => {
  [pgServer, redisServer] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([pgServer?.stop(), redisServer?.stop()]);
});
afterEach(async () => {
  await sims?.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<void> {
  dir = await tempDir();
  sims = await startHosts();
}

/** A host: the shared STATE_DIR and the lock on `lockUrl`. */
const host = (lockUrl: string, over: Record<string, string> = {}): Host => ({
  env: sims.env({ STATE_DIR: join(dir, 'state'), LOCK_URL: lockUrl, ...over }),
  cwd: dir,
});

const servers = [
  { name: 'postgres', url: () => pgServer.url, killedFreesAtOnce: true },
  { name: 'redis', url: () => redisServer.url, killedFreesAtOnce: false },
];

async function stateText(): Promise<string> {
  return readFile(join(dir, 'state', 'state.json'), 'utf8');
}

describe.each(servers)('two hosts, LOCK_URL on $name', (server) => {
  it('export loops on two hosts: never both inside, every event delivered, the watermark never moves back', async () => {
    await start();
    sims.receiver.setFallback({ status: 200, delayMs: 30 });
    const watermarks: string[] = [];
    const h = host(server.url());
    const runs = await exportLoops([h, h], 12_000, async () => {
      watermarks.push((JSON.parse(await stateText()) as { watermark: string }).watermark);
    });
    expectOneInsideAtATime(runs);
    expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
    expectNeverBackwards(watermarks);
  }, 60_000);

  it(`a SIGKILLed holder frees the lock ${server.killedFreesAtOnce ? 'at once' : 'after the TTL'}`, async () => {
    await start();
    sims.receiver.setFallback({ status: 200, delayMs: 200 });
    const first = holder(sims.receiver, host(server.url()));
    await first.posting;
    first.child().kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    sims.receiver.setFallback({ status: 200 });
    const h = host(server.url());
    const next = await spawnCli(['export'], h.env, h.cwd);
    if (server.killedFreesAtOnce) {
      expect(next.code, next.stderr).toBe(0);
    } else {
      expect(next.code).toBe(75);
      expect(next.stderr).toContain('another run holds the lock');
      await new Promise((r) => setTimeout(r, 6_500));
      const later = await spawnCli(['export'], h.env, h.cwd);
      expect(later.code, later.stderr).toBe(0);
    }
    expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
  }, 60_000);

  it('a SIGSTOPped holder past the TTL is taken over; after SIGCONT it writes no state and exits 75', async () => {
    await start();
    sims.receiver.setFallback({ status: 200, delayMs: 200 });
    const h = host(server.url(), { STATE_LOCK_TTL: '3s' });
    const stopped = holder(sims.receiver, h);
    await stopped.posting;
    stopped.child().kill('SIGSTOP');
    try {
      await new Promise((r) => setTimeout(r, 4_000));
      sims.receiver.setFallback({ status: 200 });
      const next = await spawnCli(['export'], h.env, h.cwd);
      expect(next.code, next.stderr).toBe(0);
      const written = await stateText();
      stopped.child().kill('SIGCONT');
      const late = await stopped.done;
      expect(late.code, late.stderr).toBe(75);
      expect(late.logs.some((l) => l.code === 'LOCK_LOST')).toBe(true);
      expect(await stateText()).toBe(written);
      expect(sims.receiver.uniqueEvents().size).toBe(sims.expectedCount());
    } finally {
      stopped.child().kill('SIGCONT');
    }
  }, 60_000);
});
