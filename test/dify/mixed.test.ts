import { afterEach, describe, expect, it } from 'vitest';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { byId, DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('a workspace with several app modes', () => {
  it("streams every app's events from one session, with the minimum number of requests", async () => {
    sim = await startDifySim({
      data: {
        seed: 1,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 5 },
          { mode: 'workflow', runs: 7 },
          { mode: 'advanced-chat', conversations: 4 },
          { mode: 'completion', conversations: 6 },
        ],
      },
      now: () => NOW,
    });
    const { ctx, logLines } = testContext(simConfig(sim));
    const session = await openUsageSession({ ...ctx });
    const window = { from: DATA.start, to: DATA.end };
    const got: UsageEvent[] = [];
    for await (const e of session.events(window)) got.push(e);
    expect(session.outcome().failedApps, logLines.join('')).toEqual([]);
    expect(sorted(got)).toEqual(sorted(sim.expectedEvents(window)));
    expect(sim.stats.byEndpoint).toEqual(sim.minimumRequests(window).byEndpoint);
  });
});

describe('one session, several windows', () => {
  it('reads consecutive windows one after the other, each exactly', async () => {
    sim = await startDifySim({
      data: {
        seed: 2,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 30 },
          { mode: 'workflow', runs: 30 },
        ],
      },
      now: () => NOW,
    });
    const { ctx } = testContext(simConfig(sim));
    const session = await openUsageSession(ctx);
    const mid = DATA.start + 4 * 86_400_000;
    for (const window of [
      { from: DATA.start, to: mid },
      { from: mid, to: DATA.end },
    ]) {
      const got: UsageEvent[] = [];
      for await (const e of session.events(window)) got.push(e);
      expect(got.length).toBeGreaterThan(0);
      expect(sorted(got)).toEqual(sorted(sim.expectedEvents(window)));
    }
    expect(sim.stats.byEndpoint.login).toBe(1);
  });
});

describe('what `check` can use', () => {
  it('reports the account timezone and lists every app', async () => {
    sim = await startDifySim({
      timezone: 'Europe/Berlin',
      data: {
        seed: 4,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 1 },
          { mode: 'workflow', runs: 1 },
        ],
      },
      now: () => NOW,
    });
    const { ctx } = testContext(simConfig(sim));
    const session = await openUsageSession(ctx);
    expect(session.accountTimezone).toBe('Europe/Berlin');
    expect(session.workspaceId).toBe(sim.workspaceId);
    // Oldest first on 1.15 (`sort_by=earliest_created`), newest first before: the order is Dify's.
    const listed = ((await session.listApps?.()) ?? []).map(({ id, name, mode }) => ({
      id,
      name,
      mode,
    }));
    expect(listed.sort(byId)).toEqual([...sim.apps].sort(byId));
  });
});
