import { inWindow, logBounds } from '../filters.js';
import { logUser, NOT_FINAL, runEvent, type AppRef } from '../events.js';
import { workflowLogs, type WorkflowLog } from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { RecentIds, type ExtractContext } from './context.js';
import { runNodeEvents } from './nodes.js';

/**
 * workflow apps (SPEC §5.2): `workflow-app-logs` holds production runs only (debugger runs are not
 * logged there, unlike `workflow-runs`, whose default is `triggered_from=debugging`). The bounds are
 * fixed for the whole listing so new runs cannot push rows onto later pages.
 */
export async function extractWorkflow(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
): Promise<void> {
  const path = `apps/${app.id}/workflow-app-logs`;
  const { after, before } = logBounds(ctx.window);
  const recent = new RecentIds();
  for (let page = 1; ; page++) {
    group.check();
    const body = await ctx.api.get(path, workflowLogs, {
      page: String(page),
      limit: '100',
      created_at__after: after,
      created_at__before: before,
    });
    recent.nextPage();
    for (const log of body.data) {
      if (!recent.add(log.workflow_run.id)) continue;
      const run = log.workflow_run;
      // Window membership is the run's own created_at.
      if (!inWindow(run.created_at, ctx.window)) continue;
      ctx.fetched(1);
      if (NOT_FINAL.has(run.status)) {
        ctx.hold(run.created_at * 1000);
        continue;
      }
      await group.spawn(() => workflowRun(ctx, app, group, log));
    }
    if (!body.has_more) return;
  }
}

async function workflowRun(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  log: WorkflowLog,
): Promise<void> {
  const run = log.workflow_run;
  const result = await runNodeEvents(ctx, app, {
    user: logUser(log),
    conversationId: null,
    messageId: null,
    runId: run.id,
  });
  if (!result) {
    ctx.hold(run.created_at * 1000);
    return;
  }
  const fallback = result.events.length === 0 ? runEvent(app, log) : undefined;
  for (const e of fallback ? [fallback] : result.events) {
    group.check();
    await ctx.emit(e);
  }
}
