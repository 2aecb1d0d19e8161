import { afterEach, describe, expect, it } from 'vitest';
import { openUsageSession } from '../../src/dify/index.js';
import type { UsageEvent } from '../../src/usage/event.js';
import {
  DIFY_VERSIONS,
  difyProfile,
  startDifySim,
  type AppMode,
  type DifySim,
  type SimAppSpec,
} from '../sim/dify/index.js';
import { DATA, NOW, simConfig, sorted, testContext } from './helpers.js';

/**
 * The version matrix (issue 8): on every Dify era and for every app mode, one session exports
 * exactly the simulator's expected events with the fewest requests that era allows.
 */

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** A workflow app published as a tool: the workflow and chatflow runs call it now and then. */
const TOOL_APP: SimAppSpec = { mode: 'workflow', name: 'tool app', runs: 12, workflowTool: true };

/** Agent apps (1.15+) record no usage: `versions-apps.test.ts` covers them. */
export const MODE_APPS: Record<Exclude<AppMode, 'agent'>, readonly SimAppSpec[]> = {
  chat: [{ mode: 'chat', conversations: 12, messagesPerConversation: 3 }],
  'agent-chat': [{ mode: 'agent-chat', conversations: 10, messagesPerConversation: 2 }],
  'advanced-chat': [
    { mode: 'advanced-chat', conversations: 20, messagesPerConversation: 3 },
    TOOL_APP,
  ],
  workflow: [{ mode: 'workflow', runs: 90, debuggerRuns: 3 }, TOOL_APP],
  completion: [{ mode: 'completion', conversations: 15 }],
};

const WINDOW = { from: Date.parse('2026-11-01T06:30:00Z'), to: Date.parse('2026-11-10T17:45:30Z') };

async function exportWindow(s: DifySim): Promise<UsageEvent[]> {
  // The era's password field, so the login is one request (`auto` may try base64 first).
  const encoding = s.profile.passwordBase64 ? 'base64' : 'plain';
  const { ctx, logLines } = testContext(simConfig(s, { difyPasswordEncoding: encoding }));
  const session = await openUsageSession(ctx);
  const got: UsageEvent[] = [];
  for await (const e of session.events(WINDOW)) got.push(e);
  expect(session.outcome().failedApps, logLines.join('')).toEqual([]);
  return got;
}

describe('every Dify era × every app mode', () => {
  const cases = DIFY_VERSIONS.flatMap((v) =>
    (Object.keys(MODE_APPS) as (keyof typeof MODE_APPS)[]).map((mode) => [v, mode] as const),
  );
  it.each(cases)(
    'Dify %s, %s app: exactly the expected events, minimum requests',
    async (v, mode) => {
      sim = await startDifySim({
        difyVersion: v,
        data: { seed: 11, ...DATA, apps: MODE_APPS[mode] },
        now: () => NOW,
      });
      const got = await exportWindow(sim);
      const expected = sim.expectedEvents(WINDOW);
      expect(expected.length).toBeGreaterThan(10);
      expect(sorted(got)).toEqual(sorted(expected));
      expect(sim.stats.byEndpoint).toEqual(sim.minimumRequests(WINDOW).byEndpoint);
      expect(new Set(got.map((e) => e.id)).size).toBe(got.length);

      if (mode !== 'workflow' && mode !== 'advanced-chat') return;
      // The data really holds what the era's nodes record: containers' children, nested too,
      // knowledge-retrieval and MCP usage from their versions on, workflow-tool look-ups.
      const p = difyProfile(v);
      const nodeIds = new Set(got.map((e) => e.node_id));
      for (const child of ['iteration-llm', 'loop-llm', 'loop-iteration-llm'])
        expect(nodeIds).toContain(child);
      expect(nodeIds.has('knowledge-retrieval')).toBe(p.knowledgeRetrievalUsage);
      expect(nodeIds.has('tool-mcp')).toBe(p.mcpToolUsage);
      expect(sim.stats.byEndpoint['workflow-tool'] ?? 0).toBe(p.workflowToolUsage ? 1 : 0);
      for (const e of got) {
        expect(['iteration', 'loop']).not.toContain(e.node_type);
        expect(e.node_id).not.toBe('tool-workflow');
        if (e.node_id !== null) expect(e.model_source).toBe('node');
      }
    },
  );
});
