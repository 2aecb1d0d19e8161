import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import { runId, runShape, runTotals } from '../sim/dify/content.js';
import {
  startDifySim,
  type DifySim,
  type DifyVersion,
  type SimAppSpec,
} from '../sim/dify/index.js';
import { DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

/** Issue 8 items 1, 2 and 10: what a workflow run's node executions bill, per Dify era. */

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start, to: DATA.end };
const TOOL: SimAppSpec = { mode: 'workflow', name: 'tool app', runs: 10, workflowTool: true };
const CALLER: SimAppSpec = { mode: 'workflow', name: 'caller', runs: 80 };

async function start(v: DifyVersion, apps: readonly SimAppSpec[]): Promise<DifySim> {
  sim = await startDifySim({ difyVersion: v, data: { seed: 23, ...DATA, apps }, now: () => NOW });
  return sim;
}

async function collect(
  s: DifySim,
  overrides: Partial<Config> = {},
): Promise<{ events: UsageEvent[]; logs: Record<string, unknown>[] }> {
  const encoding = s.profile.passwordBase64 ? 'base64' : 'plain';
  const { ctx, logs, logLines } = testContext(
    simConfig(s, { difyPasswordEncoding: encoding, ...overrides }),
  );
  const session = await openUsageSession(ctx);
  const events: UsageEvent[] = [];
  for await (const e of session.events(WINDOW)) events.push(e);
  expect(session.outcome().failedApps, logLines.join('')).toEqual([]);
  return { events, logs: logs() };
}

const ofApp = (events: UsageEvent[], appId: string) => events.filter((e) => e.app_id === appId);

describe('iteration and loop containers are not usage', () => {
  it.each<DifyVersion>(['1.7.x', '1.10.1', '1.15.0'])(
    'Dify %s: children (nested too) are billed once, the containers never',
    async (v) => {
      const s = await start(v, [CALLER]);
      const { events } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      expect(events.filter((e) => e.node_type === 'iteration' || e.node_type === 'loop')).toEqual(
        [],
      );
      // The extra event main exported had no model: every LLM event names its model.
      for (const e of events.filter((x) => x.node_type === 'llm'))
        expect(e.model).not.toBe('unknown');
      const children = events.filter((e) => e.node_id?.includes('iteration-llm'));
      expect(children.length).toBeGreaterThan(5);
    },
  );
});

describe('workflow-as-tool is counted once', () => {
  it.each<DifyVersion>(['1.9.2', '1.11.x', '1.15.0'])(
    'Dify %s: the tool app is exported, so the calling node is not billed; one look-up per provider',
    async (v) => {
      const s = await start(v, [CALLER, TOOL, { ...TOOL, name: 'tool app 2' }]);
      const { events } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      expect(events.filter((e) => e.node_type === 'tool' && e.node_id === 'tool-workflow')).toEqual(
        [],
      );
      // The inner runs are billed in the tool apps.
      expect(ofApp(events, s.apps[1]!.id).length).toBeGreaterThan(0);
      expect(s.stats.byEndpoint['workflow-tool']).toBe(2);
      expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW).byEndpoint);
    },
  );

  it.each<[DifyVersion, 'excluded' | 'not selected']>([
    ['1.9.2', 'excluded'],
    ['1.15.0', 'not selected'],
  ])('Dify %s: the tool app is %s, so the calling node carries the inner run', async (v, how) => {
    const s = await start(v, [CALLER, TOOL]);
    const [caller, tool] = [s.apps[0]!.id, s.apps[1]!.id];
    const exported = new Set([caller]);
    const { events } = await collect(
      s,
      how === 'excluded' ? { difyExcludeApps: [tool] } : { difyApps: [caller] },
    );
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW, exported)));
    const calls = events.filter((e) => e.node_id === 'tool-workflow');
    expect(calls.length).toBeGreaterThan(3);
    for (const e of calls) {
      expect(e).toMatchObject({ node_type: 'tool', model: 'unknown', model_source: 'node' });
      expect(e.total_tokens).toBeGreaterThan(0);
    }
    expect(s.stats.byEndpoint).toEqual(s.minimumRequests(WINDOW, exported).byEndpoint);
  });

  it.each<DifyVersion>(['1.7.x', '1.9.1'])(
    'Dify %s: a workflow-tool node records no usage: nothing to suppress, no look-up',
    async (v) => {
      const s = await start(v, [CALLER, TOOL]);
      const { events } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      expect(s.stats.byEndpoint['workflow-tool']).toBeUndefined();
    },
  );

  it('a tool Dify no longer knows (400) is billed on the calling node, with one warning', async () => {
    const s = await start('1.13.x', [CALLER, { ...TOOL, toolDeleted: true }]);
    const { events, logs } = await collect(s);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
    expect(events.filter((e) => e.node_id === 'tool-workflow').length).toBeGreaterThan(3);
    expect(s.stats.byEndpoint['workflow-tool']).toBe(1);
    const warnings = logs.filter((l) => l.level === 'warn' && l.workflow_tool_id !== undefined);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/no longer knows this workflow tool/);
  });

  it('the calling app bills the same whether the tool app is read before or after it', async () => {
    // One app at a time, in listing order: the tool app first, then (second dataset) last.
    for (const apps of [
      [TOOL, CALLER],
      [CALLER, TOOL],
    ]) {
      const s = await start('1.14.x', apps);
      const { events } = await collect(s, { difyConcurrency: 1 });
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      expect(events.some((e) => e.node_id === 'tool-workflow')).toBe(false);
      await s.close();
      sim = undefined;
    }
  });
});

describe('the run-level fallback never double counts', () => {
  it.each<DifyVersion>(['1.9.2', '1.10.0', '1.15.0'])(
    'Dify %s: a run whose only usage is a workflow-tool call billed in the tool app has no event',
    async (v) => {
      const s = await start(v, [CALLER, TOOL]);
      const app = s.dataset.apps[0]!;
      const toolOnly = Array.from({ length: 80 }, (_, r) => r).filter((r) => {
        const types = runShape(s.dataset, app, { kind: 'workflow', r }).map((n) => n.type);
        return types.join() === 'start,tool,end';
      });
      expect(toolOnly.length).toBeGreaterThan(2);
      const { events } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      const callerRuns = new Set(ofApp(events, app.id).map((e) => e.workflow_run_id));
      for (const r of toolOnly)
        expect(callerRuns).not.toContain(runId(s.dataset, app, { kind: 'workflow', r }));
    },
  );

  it.each<DifyVersion>(['1.9.1', '1.10.0'])(
    'Dify %s: runs whose total over-counts iterations (Dify #28405) bill their nodes only',
    async (v) => {
      const s = await start(v, [CALLER]);
      const { events } = await collect(s);
      expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
      const app = s.dataset.apps[0]!;
      let overcounted = 0;
      for (let r = 0; r < 80; r++) {
        const ref = { kind: 'workflow' as const, r };
        const billed = events.filter((e) => e.workflow_run_id === runId(s.dataset, app, ref));
        const sum = billed.reduce((a, e) => a + e.total_tokens, 0);
        expect(billed.filter((e) => e.id.startsWith('run:') && billed.length > 1)).toEqual([]);
        if (!billed.some((e) => e.node_id?.includes('iteration-llm'))) continue;
        // What Dify's run row says, and what the exporter must not bill.
        expect(runTotals(s.dataset, app, ref).total).toBeGreaterThan(sum);
        overcounted++;
      }
      expect(overcounted).toBeGreaterThan(3);
    },
  );

  it('advanced-chat: a message whose run bills only a tool-app call has no message event', async () => {
    const s = await start('1.10.1', [
      { mode: 'advanced-chat', conversations: 30, messagesPerConversation: 2 },
      TOOL,
    ]);
    const { events } = await collect(s);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
  });
});

describe('node types the exporter does not know', () => {
  it('are exported with their usage and a warning, once per type', async () => {
    const s = await start('1.15.0', [{ ...CALLER, unknownNodeType: 'trigger-llm' }]);
    const { events, logs } = await collect(s);
    expect(sorted(events)).toEqual(sorted(s.expectedEvents(WINDOW)));
    expect(events.filter((e) => e.node_type === 'trigger-llm').length).toBeGreaterThan(10);
    const warnings = logs.filter((l) => l.level === 'warn' && l.node_type === 'trigger-llm');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/node type unknown to dify-export carries usage/);
  });
});
