import { inWindow, logBounds } from '../filters.js';
import { logUser, NOT_FINAL, runEvent, type AppRef } from '../events.js';
import { workflowLogs, type WorkflowLog } from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { pagesAhead, RecentIds, type ExtractContext } from './context.js';
import { runNodeEvents } from './nodes.js';
import { LogSlices } from './slices.js';

/**
 * workflow apps (SPEC §5.2): `workflow-app-logs` holds production runs only (debugger runs are not
 * logged there, unlike `workflow-runs`, whose default is `triggered_from=debugging`). The bounds are
 * fixed for the whole listing so new runs cannot push rows onto later pages. A run belongs to the
 * window holding its log row's `created_at`: Dify ≥ 1.11 writes the row when the run starts, ≤ 1.10
 * when it ends (DIFY-API.md §10), so a run that ends after its window was read is listed, once, by a
 * later window. Its api-meter day stays the day of the run's own `created_at`.
 */
export async function extractWorkflow(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
): Promise<void> {
  const path = `apps/${app.id}/workflow-app-logs`;
  const { after, before } = logBounds(ctx.window);
  const recent = new RecentIds();
  const slices = new LogSlices(ctx, app.id);
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
      if (!inWindow(log.created_at, ctx.window)) continue;
      const slice = slices.row(log.created_at * 1000);
      // Re-checked apart, from the pending items of an earlier run.
      if (ctx.isPending(run.id)) continue;
      ctx.fetched(1);
      if (NOT_FINAL.has(run.status)) {
        ctx.pending({
          app_id: app.id,
          kind: 'workflow',
          id: run.id,
          parent_created_at: new Date(run.created_at * 1000).toISOString(),
        });
        continue;
      }
      await group.spawn(() => slices.track(slice, () => workflowRun(ctx, app, group, log)));
    }
  }
  await slices.listed();
}

export async function workflowRun(
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
    // Listed as final but a node is not (yet): a pending item like any run not final.
    ctx.pending({
      app_id: app.id,
      kind: 'workflow',
      id: run.id,
      parent_created_at: new Date(run.created_at * 1000).toISOString(),
    });
    return;
  }
  // The run's total_tokens only when no node recorded usage: it also counts iteration and loop
  // sums on 1.9–1.10.0 (Dify #28405) and workflow-tool calls billed in their tool app.
  const fallback = result.recorded ? undefined : runEvent(app, log);
  for (const e of fallback ? [fallback] : result.events) {
    group.check();
    await ctx.emit(e, run.created_at * 1000);
  }
}
