import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Big from 'big.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiMeterRecord } from '../../src/encode/api-meter.js';
import { cloudEventSource, toCloudEvent } from '../../src/encode/cloudevents.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';
import { spawnCli, type CliResult } from './cli.js';
import { tempDir } from './helpers.js';

// Spawned CLI against both simulators, real temp dirs and real signals (`npm test` builds dist/ first).
const SINCE = '2026-10-25T00:00:00Z';
const ALL = { from: Date.parse(SINCE), to: Date.parse('2026-11-12T00:00:00Z') };
const TENANT = '6f1c1c1e-1111-4111-8111-111111111111';

let dify: DifySim;
let receiver: ReceiverSim;
let dir: string;

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
      seed: 7,
      start: Date.parse('2026-11-01T00:00:00Z'),
      end: Date.parse('2026-11-11T00:00:00Z'),
      apps: [
        { mode: 'chat', conversations: 30 },
        { mode: 'advanced-chat', conversations: 10 },
        { mode: 'workflow', runs: 25 },
      ],
    },
  });
}

const env = (over: Record<string, string> = {}): Record<string, string> => ({
  DIFY_API_URL: dify.url,
  DIFY_EMAIL: dify.email,
  DIFY_PASSWORD: dify.password,
  EXTERNAL_API_URL: receiver.url,
  EXTERNAL_API_TOKEN: 'receiver-token-e2e',
  STATE_DIR: join(dir, 'state'),
  INITIAL_SINCE: SINCE,
  BATCH_SIZE: '50',
  RETRY_MAX_DELAY: '20ms',
  ...over,
});

const exportCli = (over: Record<string, string> = {}, args: string[] = []): Promise<CliResult> =>
  spawnCli(['export', ...args], env(over), dir);

const expectedIds = (): string[] =>
  dify
    .expectedEvents(ALL)
    .map((e) => e.id)
    .sort();
const acceptedIds = (): string[] =>
  [...receiver.uniqueEvents().values()].map((e) => (e as { id: string }).id).sort();

async function watermark(): Promise<string | null> {
  const state = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8')) as {
    watermark: string | null;
  };
  return state.watermark;
}

function noSecrets(...runs: CliResult[]): void {
  for (const r of runs) {
    for (const secret of [dify.password, 'receiver-token-e2e', ...dify.issuedTokens]) {
      expect(r.stdout + r.stderr).not.toContain(secret);
    }
  }
}

describe('dify-export export (spawned CLI, both simulators)', () => {
  it('delivers exactly the expected events as valid CloudEvents and advances the watermark', async () => {
    await start();
    const r = await exportCli();
    expect(r.code).toBe(0);
    expect(acceptedIds()).toEqual(expectedIds());
    expect(receiver.duplicates()).toBe(0);
    const source = cloudEventSource({ difyApiUrl: dify.url, workspaceId: dify.workspaceId });
    const byId = new Map(dify.expectedEvents(ALL).map((e) => [e.id, toCloudEvent(e, source)]));
    for (const [, event] of receiver.uniqueEvents())
      expect(event).toEqual(byId.get((event as { id: string }).id));
    expect(await watermark()).not.toBeNull();
    expect(r.logs.at(-1)).toMatchObject({
      msg: 'run finished',
      exit_code: 0,
      events: { delivered: expectedIds().length },
    });
    noSecrets(r);
  });

  it('receiver down → 75 and the spool holds every event; receiver back → resend 0, same bytes, nothing twice', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    const first = await exportCli();
    expect(first.code).toBe(75);
    const ls = await spawnCli(['spool', 'ls', '--json'], env(), dir);
    const rows = ls.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event_count: number; state: string });
    expect(rows.reduce((n, row) => n + row.event_count, 0)).toBe(expectedIds().length);
    expect(rows.every((row) => row.state === 'queued')).toBe(true);
    const firstTries = new Map(
      receiver.requests.map((q) => [q.headers['idempotency-key'], q.body.toString()]),
    );
    receiver.setFallback({ status: 200 });
    const resend = await spawnCli(['resend'], env(), dir);
    expect(resend.code).toBe(0);
    expect(acceptedIds()).toEqual(expectedIds());
    expect(receiver.duplicates()).toBe(0);
    for (const q of receiver.requests.filter((x) => x.answer === 200)) {
      const key = q.headers['idempotency-key'];
      if (firstTries.has(key)) expect(q.body.toString()).toBe(firstTries.get(key));
    }
    noSecrets(first, ls, resend);
  });

  it('400 on one batch → that batch rejected, the rest delivered, exit 65', async () => {
    await start();
    const victim = expectedIds()[0]!;
    receiver.setRule((q) =>
      q.body.toString().includes(`"id":"${victim}"`)
        ? { status: 400, body: '{"error":"nope"}' }
        : undefined,
    );
    const r = await exportCli();
    expect(r.code).toBe(65);
    const ls = await spawnCli(['spool', 'ls', '--json'], env(), dir);
    const rows = ls.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event_count: number; state: string; last_status: number });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'rejected', last_status: 400 });
    expect(acceptedIds()).toHaveLength(expectedIds().length - rows[0]!.event_count);
  });

  it('two exports at once → one exits 75 (lock held), nothing duplicated or lost', async () => {
    await start();
    // The first run is held in its Dify reads (1 s each) until the second has finished, so the
    // second always meets a live lock however slowly it starts on a loaded machine.
    let second: Promise<CliResult> | undefined;
    const first = spawnCli(['export'], env(), dir, () => {
      const poll = setInterval(() => {
        if (dify.stats.total > 0 && !second) {
          clearInterval(poll);
          dify.faults.latencyMs = 1000;
          second = exportCli().finally(() => {
            dify.faults.latencyMs = 0;
          });
        }
      }, 5);
    });
    const a = await first;
    const b = await second!;
    expect([a.code, b.code].sort()).toEqual([0, 75]);
    const loser = a.code === 75 ? a : b;
    expect(loser.stderr).toMatch(/another run holds the lock/);
    expect(acceptedIds()).toEqual(expectedIds());
    expect(receiver.duplicates()).toBe(0);
  });

  it('SIGTERM during a slow POST → 75 within grace + 2 s, batch spooled, watermark kept; the next export completes', async () => {
    await start();
    receiver.setFallback({ status: 200, delayMs: 30_000 });
    let signalledAt = 0;
    const r = await spawnCli(['export'], env({ GRACEFUL_SHUTDOWN_TIMEOUT: '1s' }), dir, (child) => {
      const poll = setInterval(() => {
        if (receiver.requests.length > 0) {
          clearInterval(poll);
          signalledAt = Date.now();
          child.kill('SIGTERM');
        }
      }, 5);
    });
    expect(r.code).toBe(75);
    expect(Date.now() - signalledAt).toBeLessThan(1000 + 2000);
    expect(await watermark()).toBeNull();
    const ls = await spawnCli(['spool', 'ls', '--json'], env(), dir);
    expect(ls.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
    receiver.setFallback({ status: 200 });
    const again = await exportCli();
    expect(again.code).toBe(0);
    expect(acceptedIds()).toEqual(expectedIds());
    expect((await spawnCli(['spool', 'ls'], env(), dir)).stdout).toBe('Spool is empty\n');
    expect(await watermark()).not.toBeNull();
  });

  it('a corrupt spool file → corrupt, the others still sent, exit 65', async () => {
    await start();
    receiver.setFallback({ status: 503 });
    await exportCli();
    const ls = await spawnCli(['spool', 'ls', '--json'], env(), dir);
    const ids = ls.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    await writeFile(join(dir, 'state', 'spool', 'queued', `${ids[0]!}.json`), '{"version":1,');
    receiver.setFallback({ status: 200 });
    const resend = await spawnCli(['resend'], env(), dir);
    expect(resend.code).toBe(65);
    const after = await spawnCli(['spool', 'ls', '--json'], env(), dir);
    expect(
      after.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { state: string }).state),
    ).toEqual(['corrupt']);
    expect(resend.stderr).toMatch(/quarantined to corrupt/);
  });

  it('api-meter: only complete days are sent, each total equal to the exact sum of its events', async () => {
    await start();
    const until = '2026-11-05T12:00:00Z';
    const r = await exportCli({ EXPORT_FORMAT: 'api-meter', API_METER_TENANT_ID: TENANT }, [
      '--until',
      until,
    ]);
    expect(r.code).toBe(0);
    const records = receiver.requests.flatMap(
      (q) => (JSON.parse(q.body.toString()) as { records: ApiMeterRecord[] }).records,
    );
    const days = [...new Set(records.map((x) => x.usage_date))].sort();
    expect(days.at(-1)).toBe('2026-11-04');
    const events = dify.expectedEvents({ from: ALL.from, to: Date.parse('2026-11-05T00:00:00Z') });
    const sums = new Map<string, { cost: Big; tokens: number; count: number }>();
    for (const e of events) {
      const key = [e.occurred_at.slice(0, 10), e.provider, e.model, e.currency ?? ''].join('|');
      const s = sums.get(key) ?? { cost: new Big(0), tokens: 0, count: 0 };
      if (e.total_price !== null) s.cost = s.cost.plus(e.total_price);
      s.tokens += e.total_tokens;
      s.count += 1;
      sums.set(key, s);
    }
    expect(records).toHaveLength(sums.size);
    for (const rec of records) {
      const s = sums.get([rec.usage_date, rec.provider, rec.model, rec.currency ?? ''].join('|'))!;
      expect(rec.cost_actual).toBe(s.cost.round(7).toFixed(7));
      expect(rec.total_tokens).toBe(s.tokens);
      expect(rec.request_count).toBe(s.count);
    }
    expect(await watermark()).toBe('2026-11-05T00:00:00.000Z');
  });
});
