import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import {
  DIFY_VERSIONS,
  startDifySim,
  type DifySim,
  type DifySimOptions,
  type DifyVersion,
} from '../sim/dify/index.js';
import { convId } from '../sim/dify/items.js';
import { startReceiverSim } from '../sim/receiver/receiver.js';
import { spawnCli } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import { DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start + 3_600_000, to: DATA.end - 3_600_000 };

async function start(options: DifySimOptions): Promise<DifySim> {
  sim = await startDifySim({ now: () => NOW, ...options });
  return sim;
}

async function collect(s: DifySim, overrides: Partial<Config> = {}, window = WINDOW) {
  // The password encoding is what an earlier run remembered: one login request.
  const encoding = s.profile.passwordBase64 ? 'base64' : 'plain';
  const { ctx, logs } = testContext(simConfig(s, { difyPasswordEncoding: encoding, ...overrides }));
  const session = await openUsageSession(ctx);
  const events: UsageEvent[] = [];
  for await (const e of session.events(window)) events.push(e);
  return { events, outcome: session.outcome(), logs: logs() };
}

const modelApps = {
  seed: 61,
  ...DATA,
  apps: [
    // More than 100 conversations: the re-read of moved conversations matters.
    { mode: 'chat' as const, conversations: 150, messagesPerConversation: 2 },
    { mode: 'agent-chat' as const, conversations: 12 },
    { mode: 'completion' as const, conversations: 10 },
  ],
};

describe('the model of chat and agent-chat usage', () => {
  it.each(DIFY_VERSIONS)(
    '%s, DIFY_MODEL_SOURCE=app (default): the list item when it has the model, else the app',
    async (v: DifyVersion) => {
      const s = await start({ difyVersion: v, data: modelApps });
      const { events } = await collect(s);
      const expected = s.expectedEvents(WINDOW);
      expect(sorted(events)).toEqual(sorted(expected));
      const chat = events.filter((e) => e.app_mode !== 'completion');
      expect(chat.every((e) => e.model !== 'unknown')).toBe(true);
      expect(new Set(chat.map((e) => e.model_source))).toEqual(
        new Set([s.profile.listModelNull ? 'app' : 'conversation']),
      );
      // No detail read for chat-type apps: no side effect in Dify.
      expect(s.stats.byEndpoint['chat-conversation']).toBeUndefined();
      expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW).byEndpoint);
    },
  );

  it.each(DIFY_VERSIONS)(
    '%s, DIFY_MODEL_SOURCE=conversation: the detail where the list lacks it, counted in the minimum',
    async (v: DifyVersion) => {
      const s = await start({ difyVersion: v, data: modelApps });
      const { events } = await collect(s, { difyModelSource: 'conversation' });
      const o = { modelSource: 'conversation' as const };
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW, o)));
      expect(events.every((e) => e.model_source === 'conversation')).toBe(true);
      const details = s.stats.byEndpoint['chat-conversation'] ?? 0;
      if (s.profile.listModelNull) expect(details).toBeGreaterThan(100);
      else expect(details).toBe(0);
      expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW, o).byEndpoint);
      // 1.10.0–1.12.x: every detail read moved its conversation to page 1 of the listing.
      const chat = s.dataset.apps[0]!;
      const moved = [...chat.readConvs.values()].filter((t) => t !== undefined).length;
      const reads = s.stats.log.filter(
        (r) => r.endpoint === 'chat-conversation' && r.path.includes(chat.id),
      ).length;
      expect(moved).toBe(s.profile.detailBumpsUpdatedAt ? reads : 0);
    },
  );
});

describe('DIFY_EXCLUDE_CONSOLE', () => {
  it('drops every message Dify marks from_source console, and only those', async () => {
    const s = await start({ data: modelApps });
    const { events } = await collect(s, { difyExcludeConsole: true });
    const all = s.expectedEvents(WINDOW);
    expect(all.some((e) => e.from_source === 'console')).toBe(true);
    expect(sorted(events)).toEqual(sorted(all.filter((e) => e.from_source !== 'console')));
  });
});

describe('chat listing under change', () => {
  const many = {
    seed: 62,
    ...DATA,
    apps: [{ mode: 'chat' as const, conversations: 250, messagesPerConversation: 2 }],
  };

  it('a conversation deleted from a page already read does not hide the next page’s first row', async () => {
    const s = await start({ data: many });
    const app = s.dataset.apps[0]!;
    // Newest first: conversation 239 is row 10 of page 1; it goes when page 2 is asked for.
    s.faults.deleteWhilePaging = { appId: app.id, afterRequests: 1, conversations: [239] };
    const { events, outcome, logs } = await collect(s);
    const victim = convId(s.dataset, app, 239);
    const others = (list: UsageEvent[]) => list.filter((e) => e.conversation_id !== victim);
    expect(sorted(others(events))).toEqual(sorted(others(s.expectedEvents(WINDOW))));
    expect(outcome.unsettledApps ?? []).toEqual([]);
    expect(outcome.safeUntil).toBe(WINDOW.to);
    expect(logs.some((l) => String(l.msg).includes('listing again from page 1'))).toBe(true);
  });

  it('gives up after three re-lists: the app is unsettled and the watermark stays', async () => {
    const s = await start({ data: many });
    const app = s.dataset.apps[0]!;
    // Every listing pass is 3 pages; a conversation of page 1 goes each time page 2 is asked for.
    s.faults.deleteWhilePaging = {
      appId: app.id,
      afterRequests: 1,
      everyRequests: 3,
      conversations: [249, 248, 247, 246, 245],
    };
    const { outcome } = await collect(s);
    expect(outcome.unsettledApps?.map((a) => a.appId)).toEqual([app.id]);
    expect(outcome.safeUntil).toBe(WINDOW.from);
    expect(s.stats.byEndpoint['chat-conversations']).toBe(12);
  });

  it('Dify’s clock 120 s behind ours: a conversation that jumped to page 1 is still read', async () => {
    const s = await start({ data: { ...many, seed: 63 }, now: () => NOW - 120_000 });
    const app = s.dataset.apps[0]!;
    // Conversation 49 is on page 3; it gets a message (at Dify's "now") once page 1 is read.
    s.faults.bumpWhilePaging = { appId: app.id, afterRequests: 1, conversation: 49 };
    const { events } = await collect(s);
    const moved = convId(s.dataset, app, 49);
    expect(events.some((e) => e.conversation_id === moved)).toBe(true);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW).byEndpoint);
  });

  it('spawned CLI: past three re-lists it exits 75 and keeps the watermark; the next run completes', async () => {
    // Real clock here and in the spawned CLI: the simulator uses Date.now.
    sim = await startDifySim({
      data: { ...many, apps: [{ mode: 'chat', conversations: 250, messagesPerConversation: 1 }] },
    });
    const s = sim;
    const receiver = await startReceiverSim();
    const dir = await tempDir();
    try {
      const app = s.dataset.apps[0]!;
      s.faults.deleteWhilePaging = {
        appId: app.id,
        afterRequests: 1,
        everyRequests: 3,
        conversations: [249, 248, 247, 246, 245],
      };
      const env = {
        DIFY_API_URL: s.url,
        DIFY_EMAIL: s.email,
        DIFY_PASSWORD: s.password,
        EXTERNAL_API_URL: receiver.url,
        STATE_DIR: join(dir, 'state'),
        INITIAL_SINCE: new Date(DATA.start).toISOString(),
        RETRY_MAX_DELAY: '20ms',
      };
      const first = await spawnCli(['export'], env, dir);
      expect(first.code).toBe(75);
      const state1 = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8')) as {
        watermark: string | null;
      };
      expect(state1.watermark).toBeNull();
      expect(first.stderr).toMatch(/conversations were deleted while listing/);
      const { deleteWhilePaging: _stop, ...calm } = s.faults;
      s.faults = calm;
      const second = await spawnCli(['export'], env, dir);
      expect(second.code).toBe(0);
      const state2 = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8')) as {
        watermark: string;
      };
      const window = { from: DATA.start, to: Date.parse(state2.watermark) };
      const deleted = new Set([249, 248, 247, 246, 245].map((c) => convId(s.dataset, app, c)));
      const expected = s.expectedEvents(window).filter((e) => !deleted.has(e.conversation_id!));
      const got = [...receiver.uniqueEvents().values()].map((e) => (e as { id: string }).id);
      expect(expected.filter((e) => !got.includes(e.id)).map((e) => e.conversation_id)).toEqual([]);
    } finally {
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
