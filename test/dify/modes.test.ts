import { afterEach, describe, expect, it } from 'vitest';
import { CloudEvent } from 'cloudevents';
import { runExportDryRun } from '../../src/commands/export-dry-run.js';
import type { Config } from '../../src/config/config.js';
import {
  startDifySim,
  type AppMode,
  type DifySim,
  type SimAuthOptions,
} from '../sim/dify/index.js';
import {
  DATA,
  dryRunInvocation,
  expectedCloudEvents,
  NOW,
  printedCloudEvents,
  simConfig,
  testContext,
} from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const APP: Record<Exclude<AppMode, 'agent'>, object> = {
  chat: { mode: 'chat', conversations: 30, messagesPerConversation: 4 },
  'agent-chat': { mode: 'agent-chat', conversations: 25, messagesPerConversation: 3 },
  'advanced-chat': { mode: 'advanced-chat', conversations: 20, messagesPerConversation: 3 },
  workflow: { mode: 'workflow', runs: 60, debuggerRuns: 5 },
  completion: { mode: 'completion', conversations: 40 },
};

const AUTH: Record<string, { sim: SimAuthOptions; config?: (s: DifySim) => Partial<Config> }> = {
  'cookie (≥ 1.9.2)': { sim: {} },
  '__Host- cookie (https console)': { sim: { secure: true } },
  'legacy bearer (≤ 1.9.1, plain password)': {
    sim: { mode: 'legacy', passwordBase64: false },
    config: () => ({ difyPasswordEncoding: 'plain' }),
  },
  'admin API key': {
    sim: { adminKey: 'admin-key-0123456789' },
    config: (s) => ({
      difyAuth: { mode: 'admin-key', token: 'admin-key-0123456789', workspaceId: s.workspaceId },
      secrets: ['admin-key-0123456789'],
    }),
  },
};

// A window that cuts through the data, so both bounds matter.
const WINDOW = { from: Date.parse('2026-11-02T06:30:00Z'), to: Date.parse('2026-11-09T17:45:30Z') };

describe('export --dry-run prints exactly the usage Dify holds', () => {
  const cases = Object.keys(APP).flatMap((mode) =>
    Object.keys(AUTH).map((auth) => [mode as Exclude<AppMode, 'agent'>, auth] as const),
  );
  it.each(cases)('%s app, %s', async (mode, auth) => {
    const a = AUTH[auth]!;
    sim = await startDifySim({
      data: { seed: 7, ...DATA, apps: [APP[mode] as never] },
      auth: a.sim,
      now: () => NOW,
    });
    const { ctx, stdout, logLines } = testContext(simConfig(sim, a.config?.(sim) ?? {}));
    const report = await runExportDryRun(dryRunInvocation(WINDOW), ctx);
    expect(report.exitCode).toBe(0);
    const expected = expectedCloudEvents(sim, WINDOW);
    expect(expected.length).toBeGreaterThan(10);
    expect(printedCloudEvents(stdout)).toEqual(expected);
    // No page twice, no run's node executions twice, nothing the listing already rules out.
    expect(sim.stats.byEndpoint).toEqual(sim.minimumRequests(WINDOW).byEndpoint);
    const output = stdout.join('\n') + logLines.join('');
    for (const token of sim.issuedTokens) expect(output).not.toContain(token);
    expect(output).not.toContain(sim.password);
  });

  it('every printed line is a valid CloudEvent 1.0 (official SDK)', async () => {
    sim = await startDifySim({
      data: { seed: 3, ...DATA, apps: Object.values(APP) as never[] },
      now: () => NOW,
    });
    const { ctx, stdout } = testContext(simConfig(sim));
    await runExportDryRun(dryRunInvocation(WINDOW), ctx);
    expect(stdout.length).toBeGreaterThan(100);
    for (const line of stdout) {
      const event = new CloudEvent(JSON.parse(line) as Record<string, unknown>, true);
      expect(event.validate()).toBe(true);
    }
  });

  it('prices stored as JSON numbers (older rows) become plain decimal strings', async () => {
    sim = await startDifySim({
      data: {
        seed: 5,
        ...DATA,
        apps: [
          { mode: 'chat', conversations: 20, numberPrices: true },
          { mode: 'workflow', runs: 20, numberPrices: true },
        ],
      },
      now: () => NOW,
    });
    const { ctx, stdout } = testContext(simConfig(sim));
    await runExportDryRun(dryRunInvocation(WINDOW), ctx);
    const printed = printedCloudEvents(stdout);
    expect(printed).toEqual(expectedCloudEvents(sim, WINDOW));
    for (const e of printed) {
      const price = (e.data as { total_price: string | null }).total_price;
      if (price !== null) expect(price).toMatch(/^\d+(\.\d+)?$/);
    }
  });
});
