import type { PendingItem } from '../../state/state-file.js';
import { NOT_FINAL, type AppRef } from '../events.js';
import { chatMessages, workflowRunDetail, type Conversation, type Message } from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { chatflowMessage } from './chat.js';
import type { ExtractContext } from './context.js';
import { workflowRun } from './workflow.js';

/**
 * Re-checks a pending item of an earlier run (SPEC §10): once its run is final, its events go into
 * the stream, whatever window this run reads, under the api-meter day of its parent, followed by a
 * `resolved` marker. Still not final: nothing happens, it stays pending.
 */
export async function recheckPending(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  item: PendingItem,
): Promise<void> {
  let again = false;
  const probe: ExtractContext = {
    ...ctx,
    // A node not final yet: the item stays as it is (first seen when it was).
    pending: () => {
      again = true;
    },
    isPending: () => false,
  };
  const final =
    item.kind === 'workflow'
      ? await recheckWorkflow(probe, app, group, item)
      : await recheckChatflow(probe, app, group, item);
  if (final && !again) await ctx.mark({ kind: 'resolved', id: item.id });
}

async function recheckWorkflow(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  item: PendingItem,
): Promise<boolean> {
  const run = await ctx.api.get(`apps/${app.id}/workflow-runs/${item.id}`, workflowRunDetail);
  if (NOT_FINAL.has(run.status)) return false;
  ctx.fetched(1);
  await workflowRun(ctx, app, group, {
    id: run.id,
    created_at: run.created_at,
    workflow_run: {
      id: run.id,
      status: run.status,
      total_tokens: run.total_tokens,
      created_at: run.created_at,
    },
    created_by_role: run.created_by_role,
    created_by_account: run.created_by_account,
    created_by_end_user: run.created_by_end_user,
  });
  return true;
}

/** A chatflow run's message, found by walking its conversation back from the newest message. */
async function recheckChatflow(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  item: PendingItem,
): Promise<boolean> {
  const conversationId = item.conversation_id;
  if (conversationId === undefined || item.message_id === undefined) return true;
  let firstId: string | undefined;
  let message: Message | undefined;
  for (;;) {
    group.check();
    const params: Record<string, string> = { conversation_id: conversationId, limit: '100' };
    if (firstId !== undefined) params.first_id = firstId;
    const body = await ctx.api.get(`apps/${app.id}/chat-messages`, chatMessages, params);
    message = body.data.find((m) => m.id === item.message_id);
    const oldest = body.data[0];
    if (message || !body.has_more || !oldest) break;
    firstId = oldest.id;
  }
  if (!message) {
    ctx.log.warn(
      { app_id: app.id, run_id: item.id },
      'the message of a pending chatflow run is gone: nothing to export',
    );
    return true;
  }
  ctx.fetched(1);
  const conv: Conversation = {
    id: conversationId,
    created_at: message.created_at,
    updated_at: message.created_at,
    from_end_user_id: message.from_end_user_id,
    from_end_user_session_id: item.session_id ?? null,
    from_account_id: message.from_account_id,
    from_source: message.from_source,
    model_config: null,
  };
  await chatflowMessage(ctx, app, group, conv, message);
  return true;
}
