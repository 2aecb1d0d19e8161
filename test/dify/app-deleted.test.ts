import { afterEach, describe, expect, it } from 'vitest';
import { runExportDryRun } from '../../src/commands/export-dry-run.js';
import { openUsageSession } from '../../src/dify/index.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { DATA, dryRunInvocation, NOW, simConfig, testContext } from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start, to: DATA.end };

async function start(): Promise<DifySim> {
  sim = await startDifySim({
    now: () => NOW,
    data: {
      seed: 5,
      ...DATA,
      apps: [
        { mode: 'chat', conversations: 12, messagesPerConversation: 2 },
        { mode: 'workflow', runs: 30 },
      ],
    },
  });
  return sim;
}

describe('an app deleted during the run (404 after /apps listed it)', () => {
  it('is confirmed with GET apps/<id>, skipped with a warning, and the run exits 0', async () => {
    const s = await start();
    const deleted = s.apps[1]!;
    s.faults.deleteApp = { appId: deleted.id, afterRequests: 3 };
    const run = testContext(simConfig(s));
    const report = await runExportDryRun(dryRunInvocation(WINDOW), run.ctx);
    expect(report.exitCode).toBe(0);
    const warn = run.logs().find((l) => l.msg === 'app deleted during the run: skipped');
    expect(warn).toMatchObject({ level: 'warn', app_id: deleted.id });
    expect(s.stats.byEndpoint.app).toBe(1);
    // The other app is exported whole.
    const other = s.expectedEvents(WINDOW).filter((e) => e.app_id === s.apps[0]!.id);
    const printed = run.stdout.map((l) => JSON.parse(l) as { data: { app_id: string } });
    expect(printed.filter((e) => e.data.app_id === s.apps[0]!.id)).toHaveLength(other.length);
  });

  it('does not hold the watermark: the window counts as read', async () => {
    const s = await start();
    s.faults.deleteApp = { appId: s.apps[0]!.id, afterRequests: 2 };
    const { ctx } = testContext(simConfig(s));
    const session = await openUsageSession(ctx);
    for await (const _ of session.events(WINDOW));
    expect(session.outcome().failedApps).toEqual([]);
    expect(session.outcome().safeUntil).toBe(s.expectedSafeUntil(WINDOW));
  });
});
