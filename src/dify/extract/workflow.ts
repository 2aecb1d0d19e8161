import { inWindow, logBounds } from '../filters.js';
import { logUser, NOT_FINAL, runEvent, type AppRef } from '../events.js';
import { workflowLogs, type WorkflowLog } from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { pagesAhead, RecentIds, type ExtractContext } from './context.js';
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
  const { after, before } = logBounds(ctx.window, ctx.readStartedAt);
  const recent = new RecentIds();
  const list = (page: number) =>
    ctx.api.get(path, workflowLogs, {
      page: String(page),
      limit: '100',
      created_at__after: after,
      created_at__before: before,
    });
  for await (const body of pagesAhead(list, () => {
    group.check();
  })) {
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
  // The run's total_tokens only when no node recorded usage: it also counts iteration and loop
  // sums on 1.9–1.10.0 (Dify #28405) and workflow-tool calls billed in their tool app.
  const fallback = result.recorded ? undefined : runEvent(app, log);
  for (const e of fallback ? [fallback] : result.events) {
    group.check();
    await ctx.emit(e);
  }
}
