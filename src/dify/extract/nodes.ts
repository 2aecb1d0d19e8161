import { DifyDataError } from '../api.js';
import { NOT_FINAL, nodeEvents, UsageShapeError, type AppRef, type Parent } from '../events.js';
import { nodeExecutions, type NodeExecution } from '../schemas.js';
import type { UsageEvent } from '../../usage/event.js';
import type { ExtractContext } from './context.js';

/**
 * The usage events of one workflow run, from its node executions (fetched once per run).
 * Returns undefined while a node is not final: the whole run waits for a later window.
 */
export async function runNodeEvents(
  ctx: ExtractContext,
  app: AppRef,
  parent: Parent,
): Promise<{ events: UsageEvent[]; nodes: NodeExecution[] } | undefined> {
  const path = `apps/${app.id}/workflow-runs/${parent.runId}/node-executions`;
  const body = await ctx.api.get(path, nodeExecutions);
  if (body.data.some((n) => n.status && NOT_FINAL.has(n.status))) return undefined;
  try {
    return { events: nodeEvents(app, body.data, parent), nodes: body.data };
  } catch (error) {
    if (!(error instanceof UsageShapeError)) throw error;
    throw new DifyDataError(
      'DIFY_SCHEMA',
      'DATAERR',
      `Dify sent unexpected data: GET apps/<id>/workflow-runs/<id>/node-executions: ${error.message}`,
    );
  }
}
