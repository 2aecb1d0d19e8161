import { conversationStart, inWindow } from '../filters.js';
import { messageEvent, type AppRef } from '../events.js';
import { chatConversations, chatMessages, type Conversation, type Message } from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { pagesAhead, type ExtractContext } from './context.js';
import { runNodeEvents } from './nodes.js';
import { ConversationPrefix } from './chat-progress.js';

/** Dify and our clock may disagree a little; conversations updated this close to the listing count as "moved". */
const CLOCK_SKEW_MS = 60_000;

/**
 * chat, agent-chat and advanced-chat apps (SPEC §5.2): conversations by `-updated_at` from the
 * window start, then each conversation's messages walked back by `first_id`.
 */
export async function extractChat(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
): Promise<void> {
  const path = `apps/${app.id}/chat-conversations`;
  const start = conversationStart(ctx.window.from, ctx.timeZone);
  // Every conversation id of this app seen in this run: one that moved to page 1 must be told
  // apart from one already read.
  const seen = new Set<string>();
  const began = ctx.clock.now() - CLOCK_SKEW_MS;
  const prefix = new ConversationPrefix(ctx, app.id, began);
  const take = async (conv: Conversation, listed = false): Promise<void> => {
    if (seen.has(conv.id)) return;
    seen.add(conv.id);
    const entry = listed ? prefix.add(conv) : undefined;
    // Messages are never older than their conversation; an earlier run may have walked it whole.
    if (conv.created_at * 1000 >= ctx.window.to || prefix.walkedBefore(conv)) {
      if (entry) await prefix.done(entry);
      return;
    }
    await group.spawn(async () => {
      await walkConversation(ctx, app, group, conv);
      if (entry) await prefix.done(entry);
    });
  };
  let pages = 0;
  const list = (page: number) =>
    ctx.api.get(path, chatConversations, {
      page: String(page),
      limit: '100',
      sort_by: '-updated_at',
      start,
    });
  for await (const body of pagesAhead(list, () => {
    group.check();
  })) {
    pages++;
    for (const conv of body.data) await take(conv, true);
  }
  // Offset paging is unstable while users chat: a conversation on a page not read yet that gets a
  // message jumps to page 1. Read page 1 again for conversations updated since the listing began.
  // With a single page there was no unread page to jump from.
  for (let page = 1; pages > 1; page++) {
    group.check();
    const body = await list(page);
    let allRecent = true;
    for (const conv of body.data) {
      if (conv.updated_at * 1000 >= began) await take(conv);
      else allRecent = false;
    }
    if (!allRecent || !body.has_more) break;
  }
}

async function walkConversation(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  conv: Conversation,
): Promise<void> {
  const path = `apps/${app.id}/chat-messages`;
  let firstId: string | undefined;
  for (;;) {
    group.check();
    const params: Record<string, string> = { conversation_id: conv.id, limit: '100' };
    if (firstId !== undefined) params.first_id = firstId;
    const body = await ctx.api.get(path, chatMessages, params);
    const inside = body.data.filter((m) => inWindow(m.created_at, ctx.window));
    ctx.fetched(inside.length);
    if (app.mode === 'advanced-chat')
      await Promise.all(inside.map((m) => chatflowMessage(ctx, app, group, conv, m)));
    else
      for (const m of inside) {
        group.check();
        await ctx.emit(messageEvent(app, conv, m, conv.model_config?.model, null));
      }
    // `data` is oldest → newest; older pages only matter while this one reaches into the window.
    const oldest = body.data[0];
    if (!body.has_more || !oldest || oldest.created_at * 1000 < ctx.window.from) return;
    firstId = oldest.id;
  }
}

/** A chatflow message becomes one event per node with usage, or stays one message event. */
export async function chatflowMessage(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  conv: Conversation,
  m: Message,
): Promise<void> {
  const runId = m.workflow_run_id;
  // Re-checked apart, from the pending items of an earlier run.
  if (runId && ctx.isPending(runId)) return;
  if (!runId) {
    await ctx.emit(messageEvent(app, conv, m, conv.model_config?.model, null));
    return;
  }
  const probe = messageEvent(app, conv, m, conv.model_config?.model, runId);
  const result = await runNodeEvents(ctx, app, {
    user: probe.user,
    conversationId: conv.id,
    messageId: m.id,
    runId,
  });
  if (!result) {
    ctx.pending({
      app_id: app.id,
      kind: 'chatflow',
      id: runId,
      parent_created_at: new Date(m.created_at * 1000).toISOString(),
      message_id: m.id,
      conversation_id: conv.id,
      session_id: conv.from_end_user_session_id ?? null,
    });
    return;
  }
  const events = result.recorded ? result.events : [probe];
  for (const e of events) {
    group.check();
    await ctx.emit(e, m.created_at * 1000);
  }
}
