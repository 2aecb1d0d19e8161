import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiMeterRecord } from '../../src/encode/api-meter.js';
import { localDate } from '../../src/time/zone.js';
import { startDifySim, type DifySim, type DifySimOptions } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';
import { spawnCli, type CliResult } from './cli.js';
import { tempDir } from './helpers.js';

// Spawned CLI against both simulators. Every simulator here runs on the real clock, as the CLI
// does: data is placed relative to Date.now() or at fixed past dates read with --since/--until.
const DAY = 86_400_000;
const TENANT = '6f1c1c1e-1111-4111-8111-111111111111';

let dify: DifySim | undefined;
let receiver: ReceiverSim | undefined;
let dir: string | undefined;

afterEach(async () => {
  await dify?.close();
  await receiver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dify = receiver = dir = undefined;
});

async function start(options: DifySimOptions): Promise<{ sim: DifySim; rx: ReceiverSim }> {
  dir = await tempDir();
  receiver = await startReceiverSim();
  dify = await startDifySim(options);
  return { sim: dify, rx: receiver };
}

function env(over: Record<string, string> = {}): Record<string, string> {
  return {
    DIFY_API_URL: dify!.url,
    DIFY_EMAIL: dify!.email,
    DIFY_PASSWORD: dify!.password,
    EXTERNAL_API_URL: receiver!.url,
    STATE_DIR: join(dir!, 'state'),
    BATCH_SIZE: '50',
    RETRY_MAX_DELAY: '20ms',
    ...over,
  };
}

const exportCli = (over: Record<string, string> = {}, args: string[] = []): Promise<CliResult> =>
  spawnCli(['export', ...args], env(over), dir!);

interface StateDoc {
  version: number;
  watermark: string | null;
  pending: { id: string; kind: string; app_id: string }[];
  progress: {
    window: { from: string; to: string };
    done: Record<string, string>;
    conversations?: Record<string, { above: string; before: string }>;
  } | null;
}

async function stateDoc(): Promise<StateDoc> {
  return JSON.parse(await readFile(join(dir!, 'state', 'state.json'), 'utf8')) as StateDoc;
}

const ids = (rx: ReceiverSim): string[] =>
  [...rx.uniqueEvents().values()].map((e) => (e as { id: string }).id).sort();

/** Every api-meter record the receiver accepted, in arrival order. */
function records(rx: ReceiverSim): ApiMeterRecord[] {
  return rx.requests
    .filter((q) => q.answer === 200)
    .flatMap((q) => (JSON.parse(q.body.toString()) as { records: ApiMeterRecord[] }).records);
}

const tokens = (list: readonly { total_tokens: number }[]): number =>
  list.reduce((n, x) => n + x.total_tokens, 0);

const isoDate = (ms: number): string => new Date(ms).toISOString();

describe('--until later than now − SETTLE_DELAY (SPEC §10)', () => {
  it('is clamped with a log line; usage created after the run is exported by the next one', async () => {
    const now = Date.now();
    const { sim, rx } = await start({
      data: {
        seed: 3,
        start: now - 1.5 * DAY,
        end: now - 3_600_000,
        apps: [{ mode: 'workflow', runs: 20 }],
      },
    });
    const over = { INITIAL_SINCE: '3d', SETTLE_DELAY: '1s' };
    const tomorrow = new Date(now + DAY).toISOString().slice(0, 10);
    const first = await exportCli(over, ['--since', '2d', '--until', tomorrow]);
    expect(first.code).toBe(0);
    const watermark = Date.parse((await stateDoc()).watermark!);
    expect(watermark).toBeLessThanOrEqual(Date.now());
    expect(first.logs.some((l) => String(l.msg).includes('--until is later than now'))).toBe(true);
    // A production run in Dify right after the backfill.
    const app = sim.dataset.apps[0]!;
    const at = Math.ceil(Date.now() / 1000);
    sim.dataset.insertRun(app, at);
    while (Date.now() < at * 1000 + 1_200) await new Promise((r) => setTimeout(r, 100));
    const second = await exportCli(over);
    expect(second.code).toBe(0);
    const expected = sim
      .expectedEvents({ from: now - 3 * DAY, to: Date.now() })
      .map((e) => e.id)
      .sort();
    expect(ids(rx)).toEqual(expected);
    expect(expected.some((id) => sim.runEvents(0, 20).some((e) => e.id === id))).toBe(true);
  });
});

describe('api-meter days (SPEC §7): the day of the parent run or message', () => {
  async function acrossMidnight(timeZone: string, midnight: number): Promise<void> {
    const { sim, rx } = await start({
      data: {
        seed: 7,
        start: midnight - 10_000,
        end: midnight,
        apps: [
          { mode: 'workflow', runs: 10 },
          { mode: 'advanced-chat', conversations: 4, messagesPerConversation: 1 },
        ],
      },
    });
    const day = localDate(midnight - 1, timeZone);
    const items = sim.expectedItems({ from: midnight - DAY, to: midnight });
    // The reproduction needs nodes that run after midnight.
    expect(items.some((i) => Date.parse(i.event.occurred_at) >= midnight)).toBe(true);
    const over = {
      EXPORT_FORMAT: 'api-meter',
      API_METER_TENANT_ID: TENANT,
      EXPORT_TIMEZONE: timeZone,
    };
    // The run that closes the day, then the regular run after it.
    const first = await exportCli(over, [
      '--since',
      isoDate(midnight - DAY),
      '--until',
      isoDate(midnight),
    ]);
    expect(first.code).toBe(0);
    const second = await exportCli(over);
    expect(second.code).toBe(0);
    const got = records(rx);
    expect(new Set(got.map((r) => r.usage_date))).toEqual(new Set([day]));
    expect(tokens(got)).toBe(tokens(items.map((i) => i.event)));
    expect(got.reduce((n, r) => n + r.request_count, 0)).toBe(items.length);
  }

  it('a workflow run and a chatflow message just before UTC midnight count whole on that day', async () => {
    const midnight = Math.floor(Date.now() / DAY) * DAY - 2 * DAY;
    await acrossMidnight('UTC', midnight);
  });

  it('the same at the end of a 25-hour day (America/New_York, DST ends 2026-11-01)', async () => {
    // 2026-11-02 00:00 EST: the day 2026-11-01 began at 04:00Z (EDT) and lasted 25 hours.
    await acrossMidnight('America/New_York', Date.parse('2026-11-02T05:00:00Z'));
  });
});

describe('pending items (SPEC §10)', () => {
  const pausedApp = (now: number) => ({
    seed: 31,
    start: now - 4 * DAY,
    end: now - 3_600_000,
    apps: [
      // 40 runs over ~4 days: runs 10 and 11 start about 3 days ago and are paused at a Human
      // Input node.
      { mode: 'workflow' as const, runs: 40, pausedRuns: [10, 11] },
      { mode: 'chat' as const, conversations: 20 },
    ],
  });

  it('a run paused for 3 days holds nothing back and is exported once when it ends', async () => {
    const now = Date.now();
    const { sim, rx } = await start({ data: pausedApp(now) });
    const paused = [...sim.runEvents(0, 10), ...sim.runEvents(0, 11)];
    expect(paused.length).toBeGreaterThan(0);
    const over = { INITIAL_SINCE: '5d', SETTLE_DELAY: '1s' };
    const first = await exportCli(over);
    expect(first.code).toBe(0);
    const state = await stateDoc();
    expect(state.version).toBe(2);
    expect(state.pending.map((p) => p.id).sort()).toEqual(
      sim.expectedPending({ from: 0, to: now }).sort(),
    );
    // The watermark moved on past the paused run: every other app and run is delivered.
    expect(Date.parse(state.watermark!)).toBeGreaterThan(now - 60_000);
    const delivered = ids(rx);
    for (const e of paused) expect(delivered).not.toContain(e.id);
    expect(delivered.length).toBe(sim.expectedEvents({ from: 0, to: now }).length);

    for (const r of [10, 11])
      sim.dataset.finishRun(sim.dataset.apps[0]!, r, Math.floor(Date.now() / 1000));
    const second = await exportCli(over);
    expect(second.code).toBe(0);
    expect((await stateDoc()).pending).toEqual([]);
    const third = await exportCli(over);
    expect(third.code).toBe(0);
    // Now final, the paused runs are among the expected events: each delivered once.
    const all = sim.expectedEvents({ from: 0, to: now }).map((e) => e.id);
    for (const e of paused) expect(all).toContain(e.id);
    expect(ids(rx)).toEqual(all.sort());
    expect(rx.duplicates()).toBe(0);
  });

  it('one pending longer than PENDING_MAX_AGE is given up: error log, metric, exit 65', async () => {
    const now = Date.now();
    await start({ data: pausedApp(now) });
    const metrics = join(dir!, 'metrics.prom');
    const over = {
      INITIAL_SINCE: '5d',
      SETTLE_DELAY: '1s',
      PENDING_MAX_AGE: '2d',
      METRICS_FILE: metrics,
    };
    expect((await exportCli(over)).code).toBe(0);
    expect((await stateDoc()).pending).toHaveLength(2);
    const second = await exportCli(over);
    expect(second.code).toBe(65);
    expect(second.logs.some((l) => l.level === 'error' && String(l.msg).includes('given up'))).toBe(
      true,
    );
    expect((await stateDoc()).pending).toEqual([]);
    const text = await readFile(metrics, 'utf8');
    expect(text).toMatch(/^dify_export_pending_items 0$/m);
    expect(text).toMatch(/^dify_export_pending_given_up 2$/m);
  });

  it('api-meter: usage of a pending run that ends later goes out as an additional record for its day', async () => {
    const now = Date.now();
    const { sim, rx } = await start({ data: pausedApp(now) });
    const over = {
      INITIAL_SINCE: '5d',
      SETTLE_DELAY: '1s',
      EXPORT_FORMAT: 'api-meter',
      API_METER_TENANT_ID: TENANT,
    };
    expect((await exportCli(over)).code).toBe(0);
    const before = records(rx);
    for (const r of [10, 11])
      sim.dataset.finishRun(sim.dataset.apps[0]!, r, Math.floor(Date.now() / 1000));
    expect((await exportCli(over)).code).toBe(0);
    const after = records(rx).slice(before.length);
    const paused = [...sim.runEvents(0, 10), ...sim.runEvents(0, 11)];
    const days = [10, 11].map((r) =>
      localDate(sim.dataset.runTime(sim.dataset.apps[0]!, r) * 1000, 'UTC'),
    );
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) {
      expect(days).toContain(r.usage_date);
      // Its own id: never one of the day's records already sent.
      expect(before.map((b) => b.metadata.source_event_id)).not.toContain(
        r.metadata.source_event_id,
      );
    }
    expect(tokens(after)).toBe(tokens(paused));
    // No id was ever sent with two different totals.
    const byId = new Map<string, number>();
    for (const r of records(rx)) {
      expect(byId.get(r.metadata.source_event_id) ?? r.total_tokens).toBe(r.total_tokens);
      byId.set(r.metadata.source_event_id, r.total_tokens);
    }
  });
});

describe('Dify ≤ 1.10 writes the workflow log row when a run ends (issue 8 item 5)', () => {
  it('a run that ends after its window was read is exported once, by a later run', async () => {
    const now = Date.now();
    const { sim, rx } = await start({
      difyVersion: '1.10.1',
      data: {
        seed: 33,
        start: now - 2 * DAY,
        end: now - 3_600_000,
        apps: [{ mode: 'workflow', runs: 30, runningRuns: [25] }],
      },
    });
    const over = { INITIAL_SINCE: '3d', SETTLE_DELAY: '1s' };
    expect((await exportCli(over)).code).toBe(0);
    const late = sim.runEvents(0, 25);
    for (const e of late) expect(ids(rx)).not.toContain(e.id);
    const at = Math.ceil(Date.now() / 1000);
    sim.dataset.finishRun(sim.dataset.apps[0]!, 25, at);
    while (Date.now() < at * 1000 + 1_200) await new Promise((r) => setTimeout(r, 100));
    expect((await exportCli(over)).code).toBe(0);
    expect((await exportCli(over)).code).toBe(0);
    const all = sim.expectedEvents({ from: 0, to: Date.now() }).map((e) => e.id);
    expect(ids(rx)).toEqual(all.sort());
    for (const e of late) expect(all).toContain(e.id);
    expect(rx.duplicates()).toBe(0);
  });
});

describe('progress across runs (SPEC §10)', () => {
  it('600 workflow runs at 30 ms latency, MAX_RUNTIME=4s: delivered whole by at most 10 runs', async () => {
    const now = Date.now();
    const { sim, rx } = await start({
      faults: { latencyMs: 30 },
      recordLog: false,
      data: {
        seed: 4,
        start: now - 20 * DAY,
        end: now - 3_600_000,
        apps: [{ mode: 'workflow', runs: 600 }],
      },
    });
    const over = {
      INITIAL_SINCE: '30d',
      DIFY_CONCURRENCY: '2',
      MAX_RUNTIME: '4s',
      GRACEFUL_SHUTDOWN_TIMEOUT: '1s',
      BATCH_SIZE: '100',
    };
    const expected = sim
      .expectedEvents({ from: 0, to: now })
      .map((e) => e.id)
      .sort();
    const codes: number[] = [];
    for (let i = 0; i < 10 && codes.at(-1) !== 0; i++) codes.push((await exportCli(over)).code!);
    expect(codes.at(-1)).toBe(0);
    expect(codes.length).toBeGreaterThan(1);
    expect(ids(rx)).toEqual(expected);
    // Only batches in flight at a deadline may arrive twice (2 POSTs in flight at most).
    expect(rx.duplicates()).toBeLessThanOrEqual((codes.length - 1) * 2 * 100);
    expect((await stateDoc()).progress).toBeNull();
  }, 180_000);

  it('a large chat app is split over several runs the same way', async () => {
    const now = Date.now();
    const { sim, rx } = await start({
      faults: { latencyMs: 30 },
      recordLog: false,
      data: {
        seed: 5,
        start: now - 10 * DAY,
        end: now - 3_600_000,
        apps: [{ mode: 'chat', conversations: 500, messagesPerConversation: 2 }],
      },
    });
    const over = {
      INITIAL_SINCE: '30d',
      DIFY_CONCURRENCY: '2',
      MAX_RUNTIME: '4s',
      GRACEFUL_SHUTDOWN_TIMEOUT: '1s',
      BATCH_SIZE: '100',
    };
    const expected = sim
      .expectedEvents({ from: 0, to: now })
      .map((e) => e.id)
      .sort();
    const codes: number[] = [];
    const conversations: unknown[] = [];
    for (let i = 0; i < 10 && codes.at(-1) !== 0; i++) {
      codes.push((await exportCli(over)).code!);
      conversations.push((await stateDoc()).progress?.conversations);
    }
    expect(codes.at(-1)).toBe(0);
    expect(codes.length).toBeGreaterThan(1);
    // The stopped runs recorded how far down the listing they walked (the first one may be stopped
    // before its first batch settles when the machine is loaded).
    expect(conversations.slice(0, -1).some((c) => c !== undefined)).toBe(true);
    expect(ids(rx)).toEqual(expected);
    expect(rx.duplicates()).toBeLessThanOrEqual((codes.length - 1) * 2 * 100);
  }, 180_000);
});

describe('progress lines and counters (SPEC §11)', () => {
  it('a run longer than PROGRESS_INTERVAL logs progress lines; the metrics get the same counters', async () => {
    const now = Date.now();
    const { sim } = await start({
      faults: { latencyMs: 30 },
      data: {
        seed: 9,
        start: now - 3 * DAY,
        end: now - 3_600_000,
        apps: [
          { mode: 'workflow', runs: 60 },
          { mode: 'chat', conversations: 30 },
        ],
      },
    });
    const metrics = join(dir!, 'metrics.prom');
    const r = await exportCli({
      INITIAL_SINCE: '4d',
      DIFY_CONCURRENCY: '1',
      PROGRESS_INTERVAL: '1s',
      METRICS_FILE: metrics,
    });
    expect(r.code).toBe(0);
    const lines = r.logs.filter((l) => l.msg === 'progress');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatchObject({
      level: 'info',
      apps_total: 2,
      window: { from: expect.any(String) as unknown, to: expect.any(String) as unknown },
    });
    for (const key of ['apps_done', 'events_fetched', 'events_delivered', 'requests', 'rate'])
      expect(typeof lines[0]![key]).toBe('number');
    const last = lines.at(-1)!;
    expect(last.requests as number).toBeGreaterThan(0);
    const text = await readFile(metrics, 'utf8');
    expect(text).toMatch(new RegExp(`^dify_export_dify_requests ${String(sim.stats.total)}$`, 'm'));
    expect(text).toMatch(/^dify_export_apps\{state="done"\} 2$/m);
    // A run that completes in one go costs no request beyond the minimum (SPEC §14).
    const minimum = sim.minimumRequests({
      from: Date.parse((last.window as { from: string }).from),
      to: Date.parse((last.window as { to: string }).to),
    });
    expect(sim.stats.total / minimum.total).toBeLessThanOrEqual(1.02);
  });
});
