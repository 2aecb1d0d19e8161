import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Big from 'big.js';
import { afterEach, describe, expect, it } from 'vitest';
import { runExportDryRun } from '../../src/commands/export-dry-run.js';
import { nodeFs } from '../../src/spool/fs.js';
import { EMPTY_STATE, writeState } from '../../src/state/state-file.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import {
  DATA,
  expectedCloudEvents,
  printedCloudEvents,
  simConfig,
  testContext,
} from '../dify/helpers.js';

let sim: DifySim | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  sim = undefined;
  dir = undefined;
});

async function setUp(): Promise<{ sim: DifySim; stateDir: string }> {
  sim = await startDifySim({
    data: {
      seed: 11,
      start: DATA.start,
      end: DATA.end,
      apps: [
        { mode: 'chat', conversations: 12, messagesPerConversation: 4 },
        { mode: 'workflow', runs: 15 },
        { mode: 'advanced-chat', conversations: 5 },
      ],
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'dify-export-dry-'));
  const stateDir = join(dir, 'state');
  await mkdir(join(stateDir, 'spool', 'tmp'), { recursive: true });
  return { sim, stateDir };
}

describe('export --dry-run', () => {
  it('starts at the stored watermark when no --since is given, and records nothing', async () => {
    const { sim, stateDir } = await setUp();
    const watermark = Date.parse('2026-11-05T00:00:00Z');
    const until = Date.parse('2026-11-08T00:00:00Z');
    await writeState(
      nodeFs,
      stateDir,
      { ...EMPTY_STATE, watermark: new Date(watermark).toISOString() },
      'state.tmp',
    );
    const run = testContext(simConfig(sim, { stateDir }));
    const report = await runExportDryRun(
      {
        command: 'export',
        globals: {},
        until: { kind: 'instant', ms: until },
        dryRun: true,
        resend: true,
      },
      run.ctx,
    );
    expect(report.exitCode).toBe(0);
    const expected = expectedCloudEvents(sim, { from: watermark, to: until });
    expect(expected.length).toBeGreaterThan(10);
    expect(printedCloudEvents(run.stdout)).toEqual(expected);
  });

  it('prints the api-meter records of whole days, whose sums equal the events exactly', async () => {
    const { sim, stateDir } = await setUp();
    const from = Date.parse('2026-11-02T00:00:00Z');
    // The window ends mid-day: the last, incomplete day is not sent.
    const until = Date.parse('2026-11-06T13:00:00Z');
    const config = simConfig(sim, {
      stateDir,
      exportFormat: 'api-meter',
      apiMeterTenantId: '3f0e8b1c-2f5a-4e6b-9c1d-7a8b9c0d1e2f',
    });
    const run = testContext(config);
    const report = await runExportDryRun(
      {
        command: 'export',
        globals: {},
        since: { kind: 'instant', ms: from },
        until: { kind: 'instant', ms: until },
        dryRun: true,
        resend: true,
      },
      run.ctx,
    );
    expect(report.exitCode).toBe(0);
    const records = run.stdout.map(
      (l) =>
        JSON.parse(l) as {
          usage_date: string;
          total_tokens: number;
          request_count: number;
          cost_actual: string;
        },
    );
    const events = sim.expectedEvents({ from, to: Date.parse('2026-11-06T00:00:00Z') });
    expect(new Set(records.map((r) => r.usage_date))).toEqual(
      new Set(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']),
    );
    expect(records.reduce((n, r) => n + r.request_count, 0)).toBe(events.length);
    expect(records.reduce((n, r) => n + r.total_tokens, 0)).toBe(
      events.reduce((n, e) => n + e.total_tokens, 0),
    );
    const cost = records.reduce((sum, r) => sum.plus(r.cost_actual), new Big(0));
    const exact = events.reduce((sum, e) => sum.plus(e.total_price ?? '0'), new Big(0));
    expect(cost.minus(exact).abs().lte(new Big('0.0000005').times(records.length))).toBe(true);
  });
});
