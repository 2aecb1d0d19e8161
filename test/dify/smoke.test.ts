import { afterEach, describe, expect, it } from 'vitest';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('smoke', () => {
  it('chat app', async () => {
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
    if (session.outcome().failedApps.length) console.log(logLines.join(''));
    expect(sorted(got)).toEqual(sorted(sim.expectedEvents(window)));
    expect(sim.stats.byEndpoint).toEqual(sim.minimumRequests(window).byEndpoint);
  });
});
