import type { ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';

// LOCK_URL across "hosts" (SPEC §10a): separate processes sharing STATE_DIR (as over NFS), the lock
// on a real PostgreSQL or Redis; holders killed with SIGKILL or stopped with SIGSTOP.
const SINCE = '2026-11-01T00:00:00Z';
const DATA = { from: Date.parse('2026-11-02T00:00:00Z'), to: Date.parse('2026-11-06T00:00:00Z') };

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
afterEach(async () => {
  await dify.close();
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<void> {
  dir = await tempDir();
  receiver = await startReceiverSim();
  dify = await startDifySim({
    data: {
      seed: 5,
      start: DATA.from,
      end: DATA.to,
      apps: [
        { mode: 'chat', conversations: 15 },
        { mode: 'workflow', runs: 30 },
      ],
    },
  });
}

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
  // Long enough that a loaded 2-core machine does not miss a renewal (every third of it).
  STATE_LOCK_TTL: '6s',
  LOG_LEVEL: 'debug',
  ...over,
});

const servers = [
  { name: 'postgres', url: () => pgServer.url, killedFreesAtOnce: true },
  { name: 'redis', url: () => redisServer.url, killedFreesAtOnce: false },
];

const expectedCount = (): number => dify.expectedEvents(DATA).length;

async function stateText(): Promise<string> {
  return readFile(join(dir, 'state', 'state.json'), 'utf8');
}

function lockTime(r: CliResult, msg: string): number | undefined {
  const time = r.logs.find((l) => l.msg === msg)?.time;
  return typeof time === 'string' ? Date.parse(time) : undefined;
}

/** Starts an export and resolves once it has POSTed its first batch (so it holds the lock). */
function holder(lockUrl: string, over: Record<string, string> = {}) {
  let child!: ChildProcess;
  const done = spawnCli(['export'], env(lockUrl, over), dir, (c) => (child = c));
  const posting = (async () => {
    while (receiver.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
  })();
  return { done, posting, child: () => child };
}

describe.each(servers)('two hosts, LOCK_URL on $name', (server) => {
  it('export loops on two hosts: never both inside, every event delivered, the watermark never moves back', async () => {
    await start();
    receiver.setFallback({ status: 200, delayMs: 30 });
    const runs: CliResult[] = [];
    const watermarks: string[] = [];
    const until = Date.now() + 12_000;
    const loop = async () => {
      while (Date.now() < until) {
        const r = await spawnCli(['export'], env(server.url()), dir);
        runs.push(r);
        expect([0, 75], r.stderr).toContain(r.code);
        if (r.code === 0)
          watermarks.push((JSON.parse(await stateText()) as { watermark: string }).watermark);
      }
    };
    await Promise.all([loop(), loop()]);
    const inside = runs
      .map((r) => ({ from: lockTime(r, 'lock taken'), to: lockTime(r, 'lock released') }))
      .filter((i): i is { from: number; to: number } => i.from !== undefined && i.to !== undefined)
      .sort((a, b) => a.from - b.from);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < inside.length; i += 1)
      expect(inside[i]!.from).toBeGreaterThanOrEqual(inside[i - 1]!.to);
    expect(receiver.uniqueEvents().size).toBe(expectedCount());
    const ms = watermarks.map((w) => Date.parse(w));
    for (let i = 1; i < ms.length; i += 1) expect(ms[i]).toBeGreaterThanOrEqual(ms[i - 1]!);
  }, 60_000);

  it(`a SIGKILLed holder frees the lock ${server.killedFreesAtOnce ? 'at once' : 'after the TTL'}`, async () => {
    await start();
    receiver.setFallback({ status: 200, delayMs: 200 });
    const first = holder(server.url());
    await first.posting;
    first.child().kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    receiver.setFallback({ status: 200 });
    const next = await spawnCli(['export'], env(server.url()), dir);
    if (server.killedFreesAtOnce) {
      expect(next.code, next.stderr).toBe(0);
    } else {
      expect(next.code).toBe(75);
      expect(next.stderr).toContain('another run holds the lock');
      await new Promise((r) => setTimeout(r, 6_500));
      const later = await spawnCli(['export'], env(server.url()), dir);
      expect(later.code, later.stderr).toBe(0);
    }
    expect(receiver.uniqueEvents().size).toBe(expectedCount());
  }, 60_000);

  it('a SIGSTOPped holder past the TTL is taken over; after SIGCONT it writes no state and exits 75', async () => {
    await start();
    receiver.setFallback({ status: 200, delayMs: 200 });
    const stopped = holder(server.url(), { STATE_LOCK_TTL: '3s' });
    await stopped.posting;
    stopped.child().kill('SIGSTOP');
    try {
      await new Promise((r) => setTimeout(r, 4_000));
      receiver.setFallback({ status: 200 });
      const next = await spawnCli(['export'], env(server.url(), { STATE_LOCK_TTL: '3s' }), dir);
      expect(next.code, next.stderr).toBe(0);
      const written = await stateText();
      stopped.child().kill('SIGCONT');
      const late = await stopped.done;
      expect(late.code, late.stderr).toBe(75);
      expect(late.logs.some((l) => l.code === 'LOCK_LOST')).toBe(true);
      expect(await stateText()).toBe(written);
      expect(receiver.uniqueEvents().size).toBe(expectedCount());
    } finally {
      stopped.child().kill('SIGCONT');
    }
  }, 60_000);
});
