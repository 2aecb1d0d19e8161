import Big from 'big.js';
import { z } from 'zod';
import type { DifyApi } from '../dify/api.js';
import { NOT_FINAL } from '../dify/events.js';
import { price } from '../dify/schemas.js';
import type { ExportCell } from './tally.js';

/**
 * Why a workflow app-day's `SUM(workflow_runs.total_tokens)` differs from the node usage that was
 * exported, run by run: the day's runs are listed again (read only) with their totals, and a run
 * whose total differs has its node executions read to find the part that explains it.
 */

const text = z.string().nullish();
const tokens = z.number().int().nonnegative().nullish();

const logs = z.object({
  has_more: z.boolean(),
  data: z.array(
    z.object({
      workflow_run: z.object({
        id: z.string(),
        status: z.string(),
        triggered_from: text,
        total_tokens: tokens,
        created_at: z.number().int(),
      }),
    }),
  ),
});

const nodes = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      node_type: text,
      execution_metadata: z
        .object({
          total_tokens: tokens,
          total_price: price,
          iteration_id: text,
          loop_id: text,
          tool_info: z.object({ provider_type: text }).nullish(),
        })

        .nullish(),
    }),
  ),
});

export type RunCode = 'pending' | 'trigger_run' | 'iteration_overcount' | 'workflow_tool';

export interface RunFindings {
  /** Signed parts of Dify − exported, by explanation. */
  parts: Map<RunCode, number>;
  /** What no run explains (Dify − exported). */
  residual: number;
  runsRead: number;
}

const CONTAINERS = new Set(['iteration', 'loop']);

async function nodeParts(
  get: DifyApi['get'],
  appId: string,
  runId: string,
  exported: Set<string>,
): Promise<{ containers: number; workflowTools: number; workflowToolsPrice: Big }> {
  const body = await get(`apps/${appId}/workflow-runs/${runId}/node-executions`, nodes);
  let containers = 0;
  let workflowTools = 0;
  let workflowToolsPrice = new Big(0);
  for (const n of body.data) {
    const meta = n.execution_metadata;
    const t = meta?.total_tokens ?? 0;
    if (CONTAINERS.has(n.node_type ?? '')) containers += t;
    else if (
      n.node_type === 'tool' &&
      meta?.tool_info?.provider_type === 'workflow' &&
      !exported.has(n.id)
    ) {
      workflowTools += t;
      workflowToolsPrice = workflowToolsPrice.plus(meta.total_price ?? 0);
    }
  }
  return { containers, workflowTools, workflowToolsPrice };
}

/**
 * A chatflow message's tokens are its run's `llm_usage`, which holds the usage of a workflow
 * called as a tool (1.9.2+); `export` counts that usage in the tool's own app instead.
 */
export async function chatflowWorkflowTools(
  get: DifyApi['get'],
  cell: ExportCell,
): Promise<{ tokens: number; price: Big; runsRead: number }> {
  let tokens = 0;
  let total = new Big(0);
  for (const [runId, run] of cell.runs) {
    const p = await nodeParts(get, cell.appId, runId, run.nodeIds);
    tokens += p.workflowTools;
    total = total.plus(p.workflowToolsPrice);
  }
  return { tokens, price: total, runsRead: cell.runs.size };
}

export async function reconcileRuns(
  get: DifyApi['get'],
  cell: ExportCell,
  day: { from: number; to: number },
  gap: number,
  readStartedAt: number,
): Promise<RunFindings> {
  const parts = new Map<RunCode, number>();
  const add = (code: RunCode, n: number): void => {
    if (n !== 0) parts.set(code, (parts.get(code) ?? 0) + n);
  };
  const seen = new Set<string>();
  let explained = 0;
  let runsRead = 0;
  // Up to 1.10 the log row is written when a run ends: look a day past the end for late rows.
  const before = Math.min(readStartedAt, day.to + 86_400_000);
  for (let page = 1; ; page++) {
    const body = await get(`apps/${cell.appId}/workflow-app-logs`, logs, {
      page: String(page),
      limit: '100',
      created_at__after: new Date(day.from).toISOString(),
      created_at__before: new Date(before).toISOString(),
    });
    for (const { workflow_run: run } of body.data) {
      const at = run.created_at * 1000;
      if (seen.has(run.id) || at < day.from || at >= day.to) continue;
      seen.add(run.id);
      runsRead += 1;
      const exported = cell.runs.get(run.id);
      const mine = exported?.tokens ?? 0;
      const counted = (run.triggered_from ?? 'app-run') === 'app-run';
      const theirs = counted ? (run.total_tokens ?? 0) : 0;
      const diff = theirs - mine;
      if (diff === 0) continue;
      if (!counted) {
        add('trigger_run', diff);
      } else if (NOT_FINAL.has(run.status)) {
        add('pending', diff);
      } else {
        const p = await nodeParts(get, cell.appId, run.id, exported?.nodeIds ?? new Set());
        if (diff === p.containers) add('iteration_overcount', diff);
        else if (diff === p.workflowTools) add('workflow_tool', diff);
        else if (diff === p.containers + p.workflowTools) {
          add('iteration_overcount', p.containers);
          add('workflow_tool', p.workflowTools);
        } else continue;
      }
      explained += diff;
    }
    if (!body.has_more) break;
  }
  return { parts, residual: gap - explained, runsRead };
}
