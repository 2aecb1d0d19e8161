import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnCli } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import { startReceiverSim } from '../sim/receiver/receiver.js';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import {
  DIFY_VERSIONS,
  startDifySim,
  type DifySim,
  type DifySimOptions,
  type DifyVersion,
} from '../sim/dify/index.js';
import { DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start, to: DATA.end };

async function start(options: Omit<DifySimOptions, 'now'>): Promise<DifySim> {
  sim = await startDifySim({ now: () => NOW, ...options });
  return sim;
}

async function collect(s: DifySim, windows = [WINDOW]) {
  const { ctx, logs } = testContext(simConfig(s));
  const session = await openUsageSession(ctx);
  const events: UsageEvent[] = [];
  const outcomes = [];
  for (const w of windows) {
    for await (const e of session.events(w)) events.push(e);
    outcomes.push(session.outcome());
  }
  return { events, outcomes, logs: logs() };
}

describe('apps listing', () => {
  it('1.15.0: no app is skipped while apps are edited during the listing (150 apps)', async () => {
    const apps = Array.from({ length: 150 }, () => ({
      mode: 'chat' as const,
      conversations: 1,
      messagesPerConversation: 1,
    }));
    const s = await start({ difyVersion: '1.15.0', data: { seed: 41, ...DATA, apps } });
    // Once page 1 is answered, two apps of page 2 are edited: by `updated_at` they would jump onto
    // page 1, already read.
    s.faults.editAppsWhilePaging = { afterRequests: 1, apps: [130, 120] };
    const { events } = await collect(s);
    expect(new Set(events.map((e) => e.app_id)).size).toBe(150);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
    const listings = s.stats.log.filter((r) => r.endpoint === 'apps');
    expect(listings.every((r) => r.query.includes('sort_by=earliest_created'))).toBe(true);
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW).byEndpoint);
  });
});

describe('Agent apps (mode `agent`, Dify 1.15+)', () => {
  const data = {
    seed: 43,
    ...DATA,
    apps: [
      { mode: 'chat' as const, conversations: 4 },
      { mode: 'agent' as const, name: 'Roster agent', conversations: 3 },
    ],
  };

  it('1.15.0: listed with mode=agent, warned about once per run (not per window), nothing exported, no error', async () => {
    const s = await start({ difyVersion: '1.15.0', data });
    const agent = s.apps[1]!;
    const half = (WINDOW.from + WINDOW.to) / 2;
    const { events, outcomes, logs } = await collect(s, [
      { from: WINDOW.from, to: half },
      { from: half, to: WINDOW.to },
    ]);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
    expect(events.some((e) => e.app_id === agent.id)).toBe(false);
    const warnings = logs.filter(
      (l) => l.msg === 'Dify records no usage for Agent apps; nothing to export',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      level: 'warn',
      app_id: agent.id,
      app_name: 'Roster agent',
    });
    expect(outcomes.map((o) => o.appsWithoutUsage)).toEqual([[agent.id], [agent.id]]);
    expect(outcomes.every((o) => o.failedApps.length === 0 && o.safeUntil > 0)).toBe(true);
    expect(s.stats.log.some((r) => r.endpoint === 'apps' && r.query.includes('mode=agent'))).toBe(
      true,
    );
  });

  it.each(DIFY_VERSIONS.filter((v) => v !== '1.15.0'))(
    '%s: mode=agent answers 400 invalid_param, which means no Agent apps',
    async (v: DifyVersion) => {
      const s = await start({ difyVersion: v, data });
      const { events, outcomes, logs } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      expect(outcomes[0]!.failedApps).toEqual([]);
      expect(logs.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
      const agentListing = s.stats.log.find(
        (r) => r.endpoint === 'apps' && r.query.includes('mode=agent'),
      );
      expect(agentListing?.status).toBe(400);
      // Login aside (auto encoding tries Base64 first, a second login before 1.11.2).
      const { login: _sent, ...sent } = s.stats.byEndpoint;
      const { login: _min, ...minimum } = s.minimumRequests(WINDOW).byEndpoint;
      expect(sent).toEqual(minimum);
    },
  );

  it('1.15.0, spawned CLI: exit 0, the warning, and dify_export_apps_without_usage 1 in METRICS_FILE', async () => {
    // Real clock here and in the spawned CLI: the simulator uses Date.now.
    sim = await startDifySim({ difyVersion: '1.15.0', data });
    const s = sim;
    const receiver = await startReceiverSim();
    const dir = await tempDir();
    try {
      const r = await spawnCli(
        ['export'],
        {
          DIFY_API_URL: s.url,
          DIFY_EMAIL: s.email,
          DIFY_PASSWORD: s.password,
          EXTERNAL_API_URL: receiver.url,
          STATE_DIR: join(dir, 'state'),
          INITIAL_SINCE: new Date(DATA.start).toISOString(),
          METRICS_FILE: join(dir, 'metrics.prom'),
        },
        dir,
      );
      expect(r.code).toBe(0);
      const warned = r.logs.filter(
        (l) => l.msg === 'Dify records no usage for Agent apps; nothing to export',
      );
      expect(warned).toHaveLength(1);
      const metrics = await readFile(join(dir, 'metrics.prom'), 'utf8');
      expect(metrics).toMatch(/^dify_export_apps_without_usage 1$/m);
    } finally {
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
