import { afterEach, describe, expect, it } from 'vitest';
import { runExportDryRun } from '../../src/commands/export-dry-run.js';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import { startDifySim, type DifySim, type DifySimOptions } from '../sim/dify/index.js';
import {
  DATA,
  dryRunInvocation,
  expectedCloudEvents,
  NOW,
  printedCloudEvents,
  simConfig,
  sorted,
  testContext,
} from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const ALL = { from: DATA.start, to: DATA.end + 86_400_000 };

async function start(options: Omit<DifySimOptions, 'now'>): Promise<DifySim> {
  sim = await startDifySim({ now: () => NOW, ...options });
  return sim;
}

async function collect(s: DifySim, window: { from: number; to: number }, overrides = {}) {
  const { ctx, logLines } = testContext(simConfig(s, overrides));
  const session = await openUsageSession(ctx);
  const events: UsageEvent[] = [];
  for await (const e of session.events(window)) events.push(e);
  return { events, outcome: session.outcome(), logLines };
}

describe('paging through large apps', () => {
  it('exports an app with more than 100 conversations and a conversation with more than 100 messages completely', async () => {
    const s = await start({
      data: {
        seed: 11,
        ...DATA,
        apps: [
          {
            mode: 'chat',
            conversations: 250,
            messagesPerConversation: 2,
            messageCounts: { 17: 230 },
          },
        ],
      },
    });
    const window = { from: DATA.start + 3_600_000, to: DATA.end - 3_600_000 };
    const { events } = await collect(s, window);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(window)));
    expect(
      events.filter(
        (e) =>
          e.conversation_id === events.find((x) => x.id.endsWith('-000000000011'))?.conversation_id,
      ).length,
    ).toBeGreaterThan(0);
    // 3 listing pages + the re-read of page 1; 3 message pages for the long conversation.
    expect(s.stats.byEndpoint['chat-conversations']).toBe(4);
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(window).byEndpoint);
  });

  it('walks a long conversation back only as far as the window reaches', async () => {
    const s = await start({
      data: {
        seed: 12,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 1, messagesPerConversation: 450, messageGapSeconds: 600 },
        ],
      },
    });
    // 450 messages, 10 min apart from Nov 1; the window holds messages 150-249. Walking back from
    // the newest takes 4 pages of 100: the fourth is the first to reach before the window.
    const window = { from: DATA.start + 150 * 600_000 - 1000, to: DATA.start + 250 * 600_000 };
    const { events } = await collect(s, window);
    expect(events).toHaveLength(100);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(window)));
    expect(s.stats.byEndpoint['chat-messages']).toBe(4);
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(window).byEndpoint);
  });

  it("pages workflow logs with inclusive bounds and fetches each run's node executions once", async () => {
    const s = await start({ data: { seed: 13, ...DATA, apps: [{ mode: 'workflow', runs: 340 }] } });
    const window = { from: DATA.start + 86_400_000, to: DATA.start + 8 * 86_400_000 };
    const { events } = await collect(s, window);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(window)));
    const runs = s.stats.log.filter((r) => r.endpoint === 'node-executions').map((r) => r.path);
    expect(new Set(runs).size).toBe(runs.length);
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(window).byEndpoint);
    const first = s.stats.log.find((r) => r.endpoint === 'workflow-app-logs')!;
    // The window's last millisecond: the log row's created_at decides the window.
    expect(new URLSearchParams(first.query).get('created_at__before')).toBe(
      new Date(window.to - 1).toISOString(),
    );
  });

  it('a conversation on an unread page that gets a message during the listing (jumps to page 1) is still exported', async () => {
    const s = await start({
      data: {
        seed: 14,
        ...DATA,
        apps: [{ mode: 'chat', conversations: 300, messagesPerConversation: 2 }],
      },
      // After page 1 is read, the conversation at position ~250 (index 49 in -updated_at order) is bumped.
      faults: { bumpWhilePaging: { appId: '', afterRequests: 1, conversation: 49 } },
    });
    s.faults.bumpWhilePaging = { appId: s.apps[0]!.id, afterRequests: 1, conversation: 49 };
    const window = { from: DATA.start, to: DATA.end };
    const { events } = await collect(s, window);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(window)));
  });

  it('rows inserted while paging shift the pages but produce no duplicates and lose nothing', async () => {
    const s = await start({
      data: {
        seed: 15,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 260 },
          { mode: 'workflow', runs: 260 },
        ],
      },
    });
    s.faults.insertWhilePaging = {
      appId: s.apps[1]!.id,
      afterRequests: 1,
      count: 7,
      atSec: Math.floor(DATA.end / 1000) - 10,
    };
    const window = { from: DATA.start, to: DATA.end };
    const expected = sorted(s.expectedEvents(window));
    const { events } = await collect(s, window);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const got = new Set(ids);
    for (const e of expected) expect(got.has(e.id)).toBe(true);
  });

  it('new conversations arriving during the listing cause no duplicates', async () => {
    const s = await start({
      data: { seed: 16, ...DATA, apps: [{ mode: 'chat', conversations: 220 }] },
    });
    s.faults.insertWhilePaging = { appId: s.apps[0]!.id, afterRequests: 1, count: 5 };
    const window = { from: DATA.start, to: DATA.end };
    const { events } = await collect(s, window);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(window)));
  });
});

describe('what is not exported', () => {
  it('debugger runs are not exported', async () => {
    const s = await start({
      data: { seed: 17, ...DATA, apps: [{ mode: 'workflow', runs: 10, debuggerRuns: 8 }] },
    });
    const { events } = await collect(s, ALL);
    expect(events.length).toBeGreaterThan(0);
    const debugRuns = s.dataset.apps[0]!;
    const debugIds = Array.from({ length: 8 }, (_, r) =>
      s.dataset.id({ kind: 8, app: debugRuns.index, i: r, sub: 0, k: 0 }),
    );
    for (const e of events) expect(debugIds).not.toContain(e.workflow_run_id);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(ALL)));
    expect(s.stats.byEndpoint['workflow-runs']).toBeUndefined();
  });

  it('a run still running is not exported, becomes a pending item and does not hold the watermark', async () => {
    const s = await start({
      data: { seed: 18, ...DATA, apps: [{ mode: 'workflow', runs: 20, runningRuns: [12, 15] }] },
    });
    const { events, outcome } = await collect(s, ALL);
    expect(events.some((e) => e.workflow_run_id?.endsWith('-00000000000c'))).toBe(false);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(ALL)));
    expect(outcome.safeUntil).toBe(ALL.to);
    expect(outcome.discovered.map((p) => p.id).sort()).toEqual(s.expectedPending(ALL).sort());
    expect(outcome.discovered[0]).toMatchObject({ kind: 'workflow', app_id: s.apps[0]!.id });
    expect(outcome.failedApps).toEqual([]);
  });

  it('DIFY_APPS and DIFY_EXCLUDE_APPS select apps by id', async () => {
    const s = await start({
      data: {
        seed: 19,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 5 },
          { mode: 'completion', conversations: 5 },
          { mode: 'workflow', runs: 5 },
        ],
      },
    });
    const [a, b, c] = s.apps;
    const only = await collect(s, ALL, { difyApps: [a!.id, b!.id], difyExcludeApps: [b!.id] });
    expect(new Set(only.events.map((e) => e.app_id))).toEqual(new Set([a!.id]));
    const except = await collect(s, ALL, { difyExcludeApps: [a!.id] });
    expect(new Set(except.events.map((e) => e.app_id))).toEqual(new Set([b!.id, c!.id]));
  });
});

describe('account timezone', () => {
  it('formats the conversation filter in the account timezone (Asia/Kolkata, +05:30)', async () => {
    const s = await start({
      timezone: 'Asia/Kolkata',
      data: {
        seed: 20,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 150 },
          { mode: 'completion', conversations: 150 },
        ],
      },
    });
    const window = {
      from: Date.parse('2026-11-03T10:17:42Z'),
      to: Date.parse('2026-11-06T01:02:03Z'),
    };
    const { ctx, stdout } = testContext(simConfig(s));
    await runExportDryRun(dryRunInvocation(window), ctx);
    expect(printedCloudEvents(stdout)).toEqual(expectedCloudEvents(s, window));
    const first = s.stats.log.find((r) => r.endpoint === 'chat-conversations')!;
    expect(new URLSearchParams(first.query).get('start')).toBe('2026-11-03 15:47');
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(window).byEndpoint);
  });
});

describe('Dify that writes the workflow log when a run ends (≤ 1.10)', () => {
  it('exports every run exactly once over consecutive windows, by its log row created_at', async () => {
    const s = await start({
      difyVersion: '1.10.1',
      data: { seed: 22, ...DATA, apps: [{ mode: 'workflow', runs: 40, runningRuns: [39] }] },
    });
    const app = s.dataset.apps[0]!;
    // The first window ends one second after run 30 starts; its log row is written two seconds after.
    const cut = (s.dataset.runTime(app, 30) + 1) * 1000;
    const first = { from: DATA.start, to: cut };
    const second = { from: cut, to: ALL.to };
    const a = await collect(s, first);
    expect(a.events.some((e) => e.workflow_run_id?.endsWith('-00000000001e'))).toBe(false);
    expect(sorted(a.events)).toEqual(sorted(s.expectedEvents(first)));
    const minimum = s.minimumRequests(first).byEndpoint;
    expect(s.stats.byEndpoint['workflow-app-logs']).toBe(minimum['workflow-app-logs']);
    expect(s.stats.byEndpoint['node-executions']).toBe(minimum['node-executions']);
    const b = await collect(s, second);
    expect(b.events.some((e) => e.workflow_run_id?.endsWith('-00000000001e'))).toBe(true);
    const ids = [...a.events, ...b.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Run 39 is still running: it has no log row yet, so it is in neither window (nor pending).
    expect(sorted([...a.events, ...b.events])).toEqual(sorted(s.expectedEvents(ALL)));
    expect(b.outcome.discovered).toEqual([]);
  });
});
