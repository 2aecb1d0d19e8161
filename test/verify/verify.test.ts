import { afterEach, describe, expect, it } from 'vitest';
import type { InvocationOf } from '../../src/cli.js';
import type { Config } from '../../src/config/config.js';
import { runVerify } from '../../src/commands/verify.js';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageSession } from '../../src/dify/source.js';
import { localDate } from '../../src/time/zone.js';
import type { UsageEvent } from '../../src/usage/event.js';
import {
  startDifySim,
  type DifySim,
  type DifyVersion,
  type SimAppSpec,
} from '../sim/dify/index.js';
import { DATA, simConfig, testContext } from '../dify/helpers.js';
import { messageItem, runItem } from '../sim/dify/items.js';
import { isDebuggerConversation } from '../sim/dify/stats.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start, to: DATA.end };

function invocation(overrides: Partial<InvocationOf<'verify'>> = {}): InvocationOf<'verify'> {
  return {
    command: 'verify',
    globals: {},
    since: { kind: 'instant', ms: WINDOW.from },
    until: { kind: 'instant', ms: WINDOW.to },
    apps: [],
    json: true,
    maxProbes: 200,
    ...overrides,
  };
}

interface Row {
  app_id: string;
  app_name: string;
  app_mode: string;
  day: string;
  status: string;
  exported: { tokens: number; cost: Record<string, string> };
  dify: { tokens: number; cost: string | null };
  delta: { tokens: number; cost: string | null };
  flags: string[];
  explanations: { code: string; tokens: number; cost: string | null }[];
}

async function verify(
  apps: SimAppSpec[],
  opts: {
    version?: DifyVersion;
    timezone?: string;
    inv?: Partial<InvocationOf<'verify'>>;
    session?: (s: UsageSession) => UsageSession;
  } = {},
) {
  sim = await startDifySim({
    data: { seed: 7, start: DATA.start, end: DATA.end, apps },
    ...(opts.version ? { difyVersion: opts.version } : {}),
    ...(opts.timezone ? { timezone: opts.timezone } : {}),
  });
  const run = testContext(simConfig(sim));
  const wrap = opts.session ?? ((s) => s);
  const report = await runVerify(invocation(opts.inv), run.ctx, {
    openSession: async (deps) => wrap(await openUsageSession(deps)),
  });
  const rows = run.stdout.map((l) => JSON.parse(l) as Row);
  return { report, rows, run, sim };
}

/** Debugger tokens per local day, from the simulator's own model of the events. */
function consoleTokensByDay(s: DifySim, tz: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of s.expectedEvents(WINDOW)) {
    if (e.from_source !== 'console') continue;
    const day = localDate(Date.parse(e.occurred_at), tz);
    out.set(day, (out.get(day) ?? 0) + (e.prompt_tokens ?? 0) + (e.completion_tokens ?? 0));
  }
  return out;
}

describe('verify against the Dify simulator', () => {
  it('a clean workspace verifies with every Δ 0 and exits 0', async () => {
    const { report, rows } = await verify(
      [
        { mode: 'chat', conversations: 20, debuggerShare: 0 },
        { mode: 'agent-chat', conversations: 8, debuggerShare: 0 },
        { mode: 'advanced-chat', conversations: 10 },
        { mode: 'workflow', runs: 25 },
        { mode: 'completion', conversations: 12, debuggerShare: 0 },
      ],
      { timezone: 'Asia/Shanghai' },
    );
    expect(report.exitCode).toBe(0);
    expect(new Set(rows.map((r) => r.app_mode)).size).toBe(5);
    for (const row of rows) {
      expect(row.delta.tokens, `${row.app_name} ${row.day}`).toBe(0);
      expect(row.status).toBe('match');
      if (row.app_mode !== 'workflow') expect(Number(row.delta.cost)).toBe(0);
    }
    expect(rows.reduce((n, r) => n + r.exported.tokens, 0)).toBeGreaterThan(0);
  });

  it('explains debugger traffic on 1.9+ with its size, and finds none on 1.7–1.8', async () => {
    const apps: SimAppSpec[] = [{ mode: 'chat', conversations: 30, debuggerShare: 1 }];
    const newer = await verify(apps, { version: '1.13.x' });
    expect(newer.report.exitCode).toBe(0);
    const expected = consoleTokensByDay(newer.sim, 'UTC');
    expect(expected.size).toBeGreaterThan(0);
    for (const row of newer.rows) {
      const debuggerTokens = expected.get(row.day) ?? 0;
      expect(row.delta.tokens + debuggerTokens).toBe(0);
      if (debuggerTokens > 0) {
        expect(row.status).toBe('explained');
        expect(row.explanations).toEqual([
          expect.objectContaining({ code: 'debugger', tokens: -debuggerTokens }),
        ]);
      }
    }
    await sim?.close();
    const older = await verify(apps, { version: '1.7.x' });
    expect(older.report.exitCode).toBe(0);
    for (const row of older.rows) expect(row.delta.tokens).toBe(0);
  });

  it('proves a split minute: api, Explore and debugger messages of the same minute', async () => {
    const start = Date.parse('2026-11-03T09:00:00Z');
    sim = await startDifySim({
      difyVersion: '1.9.2',
      data: {
        seed: 21,
        start,
        end: start + 3_600_000,
        apps: [
          { mode: 'chat', conversations: 240, messagesPerConversation: 1, debuggerShare: 0.5 },
        ],
      },
    });
    const app = sim.dataset.apps[0]!;
    let debuggerTokens = 0;
    let consoleMinutesMixed = 0;
    const perMinute = new Map<number, Set<string>>();
    for (let c = 0; c < sim.dataset.convCount(app); c++) {
      const debug = isDebuggerConversation(sim.dataset, app, c);
      const role = sim.dataset.userOf(app, `conv${c}`).role;
      const minute = Math.floor(sim.dataset.msgTime(app, c, 0) / 60);
      const kinds = perMinute.get(minute) ?? new Set();
      kinds.add(debug ? 'debugger' : role);
      perMinute.set(minute, kinds);
      if (debug) {
        const m = messageItem(sim.dataset, app, c, 0);
        debuggerTokens += (m.message_tokens as number) + (m.answer_tokens as number);
      }
    }
    for (const kinds of perMinute.values())
      if (kinds.has('debugger') && kinds.has('account')) consoleMinutesMixed++;
    expect(consoleMinutesMixed).toBeGreaterThan(0);
    const run = testContext(simConfig(sim));
    const report = await runVerify(
      invocation({
        since: { kind: 'instant', ms: start },
        until: { kind: 'instant', ms: start + 3_600_000 },
      }),
      run.ctx,
    );
    expect(report.exitCode).toBe(0);
    const [row] = run.stdout.map((l) => JSON.parse(l) as Row);
    expect(row!.delta.tokens).toBe(-debuggerTokens);
    expect(row!.explanations).toEqual([
      expect.objectContaining({ code: 'debugger', tokens: -debuggerTokens }),
    ]);
  });

  it.each([
    ['1.9.2', false],
    ['1.7.x', true],
  ] as const)(
    'with DIFY_EXCLUDE_CONSOLE=1 on %s the console share Dify counts is on its side (debugger counted: %s)',
    async (version, debuggerCounted) => {
      sim = await startDifySim({
        difyVersion: version,
        data: {
          seed: 8,
          start: DATA.start,
          end: DATA.end,
          apps: [{ mode: 'chat', conversations: 40, debuggerShare: 0.5 }],
        },
      });
      const app = sim.dataset.apps[0]!;
      const counted = new Map<string, number>();
      for (let c = 0; c < sim.dataset.convCount(app); c++) {
        if (sim.dataset.userOf(app, `conv${c}`).role !== 'account') continue;
        if (!debuggerCounted && isDebuggerConversation(sim.dataset, app, c)) continue;
        for (let j = 0; j < sim.dataset.msgCount(app, c); j++) {
          const m = messageItem(sim.dataset, app, c, j);
          const day = localDate((m.created_at as number) * 1000, 'UTC');
          const t = (m.message_tokens as number) + (m.answer_tokens as number);
          counted.set(day, (counted.get(day) ?? 0) + t);
        }
      }
      expect(counted.size).toBeGreaterThan(0);
      // DIFY_EXCLUDE_CONSOLE (SPEC §4), set the way the loaded configuration carries it.
      const config = { ...simConfig(sim), difyExcludeConsole: true } as Config;
      const run = testContext(config);
      const report = await runVerify(invocation(), run.ctx);
      expect(report.exitCode).toBe(0);
      const rows = run.stdout.map((l) => JSON.parse(l) as Row);
      for (const row of rows) {
        const share = counted.get(row.day) ?? 0;
        expect(row.delta.tokens).toBe(share);
        if (share > 0)
          expect(row.explanations).toEqual([
            expect.objectContaining({ code: 'console_excluded', tokens: share }),
          ]);
      }
    },
  );

  it('reports the console share it could not probe as such', async () => {
    const { report, rows } = await verify([{ mode: 'chat', conversations: 30, debuggerShare: 1 }], {
      inv: { maxProbes: 0 },
    });
    expect(report.exitCode).toBe(0);
    const differing = rows.filter((r) => r.delta.tokens !== 0);
    expect(differing.length).toBeGreaterThan(0);
    for (const row of differing)
      expect(row.explanations).toEqual([
        expect.objectContaining({ code: 'console_not_probed', tokens: row.delta.tokens }),
      ]);
  });

  it('flags mixed currencies: Dify adds them up and calls the sum USD', async () => {
    const { report, rows } = await verify([{ mode: 'advanced-chat', conversations: 30 }]);
    expect(report.exitCode).toBe(0);
    const mixed = rows.filter((r) => Object.keys(r.exported.cost).length > 1);
    expect(mixed.length).toBeGreaterThan(0);
    for (const row of mixed) {
      expect(row.flags).toContain('mixed_currencies');
      const sum = Object.values(row.exported.cost).reduce((a, b) => a + Number(b), 0);
      expect(Number(row.dify.cost)).toBeCloseTo(sum, 7);
    }
  });

  it('explains a workflow run still running at the window end as pending', async () => {
    const {
      report,
      rows,
      sim: s,
    } = await verify([{ mode: 'workflow', runs: 20, runningRuns: [5] }]);
    expect(report.exitCode).toBe(0);
    const app = s.dataset.apps[0]!;
    const run = runItem(s.dataset, app, { kind: 'workflow', r: 5 });
    const day = localDate((run.created_at as number) * 1000, 'UTC');
    const pending = rows.filter((r) => r.status !== 'match');
    expect(pending.map((r) => [r.day, r.delta.tokens, r.explanations])).toEqual([
      [day, run.total_tokens, [{ code: 'pending', tokens: run.total_tokens, cost: null }]],
    ]);
  });

  it.each([
    ['1.10.0', true],
    ['1.10.1', false],
  ] as const)(
    'workflow run totals on %s: workflow-tool usage, and the iteration overcount (Dify #28405): %s',
    async (version, overcount) => {
      const { report, rows } = await verify(
        [
          { mode: 'workflow', runs: 40 },
          { mode: 'advanced-chat', conversations: 20 },
          { mode: 'workflow', runs: 10, workflowTool: true, name: 'tool app' },
        ],
        { version },
      );
      expect(report.exitCode).toBe(0);
      const codes = new Set(rows.flatMap((r) => r.explanations.map((e) => e.code)));
      expect(codes.has('workflow_tool')).toBe(true);
      expect(codes.has('iteration_overcount')).toBe(overcount);
      for (const row of rows) {
        const explained = row.explanations.reduce((n, e) => n + e.tokens, 0);
        expect(explained, `${row.app_name} ${row.day}`).toBe(row.delta.tokens);
      }
    },
  );

  it('a planted extraction bug (a container node counted) exits 65 naming the app and day', async () => {
    let planted: UsageEvent | undefined;
    let plantedAt = 0;
    const plant = (s: UsageSession): UsageSession => ({
      ...s,
      items: (window, plan) => ({
        async *[Symbol.asyncIterator]() {
          for await (const item of s.items(window, plan)) {
            yield item;
            if (!planted && item.kind === 'event' && item.event.node_type === 'llm') {
              // The bug: an iteration container counted besides the children it sums.
              planted = { ...item.event, id: `${item.event.id}-container`, node_type: 'iteration' };
              plantedAt = item.parentAt;
              yield { kind: 'event', event: planted, parentAt: item.parentAt };
            }
          }
        },
      }),
    });
    const { report, rows, run } = await verify(
      [
        { mode: 'workflow', runs: 20 },
        { mode: 'chat', conversations: 5, debuggerShare: 0 },
      ],
      { session: plant },
    );
    expect(report.exitCode).toBe(65);
    expect(planted).toBeDefined();
    const day = localDate(plantedAt, 'UTC');
    const bad = rows.filter((r) => r.status === 'unexplained');
    expect(bad.map((r) => [r.app_id, r.day, r.delta.tokens])).toEqual([
      [planted!.app_id, day, -planted!.total_tokens],
    ]);
    expect(bad[0]!.explanations).toEqual([
      expect.objectContaining({ code: 'unexplained', tokens: -planted!.total_tokens }),
    ]);
    const errors = run.logs().filter((l) => l.level === 'error' || l.level === 50);
    expect(errors.some((l) => String(l.msg).includes(day) && l.app_id === planted!.app_id)).toBe(
      true,
    );
  });
});

describe('verify days (the parent rule of export, SPEC §7)', () => {
  it('a workflow run and a chatflow message just before midnight count whole on their own day', async () => {
    // Dify's statistics cut days by the run's or the message's created_at; nodes that execute
    // after midnight belong to the day their parent started, as export files them.
    const midnight = Date.parse('2026-11-05T00:00:00Z');
    const day = 86_400_000;
    sim = await startDifySim({
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
    const events = sim.expectedEvents({ from: midnight - day, to: midnight + day });
    expect(events.some((e) => Date.parse(e.occurred_at) >= midnight)).toBe(true);
    const run = testContext(simConfig(sim));
    const report = await runVerify(
      invocation({
        since: { kind: 'instant', ms: midnight - day },
        until: { kind: 'instant', ms: midnight + day },
      }),
      run.ctx,
      { openSession: (deps) => openUsageSession(deps) },
    );
    const rows = run.stdout.map((l) => JSON.parse(l) as Row);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.delta.tokens, `${row.app_name} ${row.day}`).toBe(0);
    expect(report.exitCode).toBe(0);
  });
});
