import { DifyDataError } from '../api.js';
import {
  NOT_FINAL,
  nodeEvent,
  nodeUsageKind,
  UsageShapeError,
  type AppRef,
  type Parent,
} from '../events.js';
import { nodeExecutions, type NodeExecution } from '../schemas.js';
import type { UsageEvent } from '../../usage/event.js';
import type { ExtractContext } from './context.js';

export interface RunNodes {
  events: UsageEvent[];
  /**
   * Some node recorded usage, billed here or not (container sums, workflow tools billed in their
   * app): the run's or message's own totals must then never be billed as well.
   */
  recorded: boolean;
}

/**
 * The usage events of one workflow run, from its node executions (fetched once per run).
 * Returns undefined while a node is not final: the whole run waits for a later window.
 */
export async function runNodeEvents(
  ctx: ExtractContext,
  app: AppRef,
  parent: Parent,
): Promise<RunNodes | undefined> {
  const path = `apps/${app.id}/workflow-runs/${parent.runId}/node-executions`;
  const body = await ctx.api.get(path, nodeExecutions);
  if (body.data.some((n) => n.status && NOT_FINAL.has(n.status))) return undefined;
  const recorded = withUsage(app, body.data, parent);
  const events: UsageEvent[] = [];
  for (const { node, event } of recorded) {
    const kind = nodeUsageKind(node);
    if (kind === 'sum') continue;
    if (kind === 'workflow-tool' && (await billedInToolApp(ctx, node))) continue;
    if (kind === 'unknown') ctx.workflowTools.warnUnknownType(app.id, node.node_type ?? '');
    events.push(event);
  }
  return { events, recorded: recorded.length > 0 };
}

function withUsage(
  app: AppRef,
  nodes: readonly NodeExecution[],
  parent: Parent,
): { node: NodeExecution; event: UsageEvent }[] {
  try {
    return nodes.flatMap((node, i) => {
      const event = nodeEvent(app, node, i, parent);
      return event ? [{ node, event }] : [];
    });
  } catch (error) {
    if (!(error instanceof UsageShapeError)) throw error;
    throw new DifyDataError(
      'DIFY_SCHEMA',
      'DATAERR',
      `Dify sent unexpected data: GET apps/<id>/workflow-runs/<id>/node-executions: ${error.message}`,
    );
  }
}

/**
 * A workflow tool's usage is its inner run's, which Dify also logs as a run of the tool app: when
 * that app is exported the inner run's nodes bill it (exact prices), so the calling node must not.
 * The answer depends only on which apps are exported, never on the order they are read in.
 */
async function billedInToolApp(ctx: ExtractContext, node: NodeExecution): Promise<boolean> {
  const providerId = node.execution_metadata?.tool_info?.provider_id;
  if (!providerId) return false;
  const appId = await ctx.workflowTools.appOf(providerId);
  return appId !== null && ctx.isExported(appId);
}
