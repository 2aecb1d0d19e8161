import type { ModelSource } from '../../usage/event.js';
import { DifyDataError } from '../api.js';
import { conversationStart, inWindow } from '../filters.js';
import { messageEvent, type AppRef, type ModelRef } from '../events.js';
import {
  chatConversation,
  chatConversations,
  chatMessages,
  type Conversation,
  type Message,
} from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { pagesAhead, type ExtractContext } from './context.js';
import { runNodeEvents } from './nodes.js';
import { ConversationPrefix } from './chat-progress.js';

/** Listings started again from page 1 after a deletion shifted the pages, before giving up (exit 75). */
const RELISTS = 3;

type Listing = (page: number) => Promise<{
  has_more: boolean;
  total?: number | null | undefined;
  data: Conversation[];
}>;

/** The listing's `total` only shrinks when a row was deleted, which moves every later row up one place. */
function shrank(before: number | undefined, body: { total?: number | null | undefined }): boolean {
  return before !== undefined && typeof body.total === 'number' && body.total < before;
}

/**
 * chat, agent-chat and advanced-chat apps (SPEC §5.2): conversations by `-updated_at` from the
 * window start, then each conversation's messages walked back by `first_id`.
 *
 * Offset paging shifts under the listing. A conversation that receives a message jumps to page 1
 * (rows move down: repeats, dropped by id); a conversation deleted from a page already read moves
 * every later row up one place, so the first row of the next page is never read: the listing's
 * `total` shrinks, and the listing starts again from page 1 (at most RELISTS times).
 */
export async function extractChat(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
): Promise<void> {
  const path = `apps/${app.id}/chat-conversations`;
  const start = conversationStart(ctx.window.from, ctx.timeZone);
  // Every conversation of this app read in this run, with the `updated_at` it was listed with.
  const seen = new Map<string, number>();
  const prefix = new ConversationPrefix(ctx, app.id);
  const take = async (conv: Conversation, listed = false): Promise<void> => {
    if (seen.has(conv.id)) return;
    seen.set(conv.id, conv.updated_at);
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
  const list: Listing = (page) =>
    ctx.api.get(path, chatConversations, {
      page: String(page),
      limit: '100',
      sort_by: '-updated_at',
      start,
    });
  for (let relists = 0; ; relists++) {
    let pages = 0;
    let total: number | undefined;
    let shifted = false;
    for await (const body of pagesAhead(list, () => {
      group.check();
    })) {
      pages++;
      if (!shifted && shrank(total, body)) {
        // A row before this page was dropped: the walked head may not reach past this point.
        shifted = true;
        prefix.gap();
      }
      total = body.total ?? total;
      // Only the first listing, up to a shift, is the head a later run may skip.
      for (const conv of body.data) await take(conv, relists === 0 && !shifted);
    }
    // With a single page there was no unread page to jump from.
    if (!shifted && pages > 1) {
      // A detail read moves its conversation to page 1 on some Dify versions: let those moves
      // happen before the re-read, so it reads past them in one go.
      if (ctx.modelSource === 'conversation') await group.wait();
      shifted = await readMoved(list, seen, take, group);
      if (shifted) prefix.gap();
    }
    if (!shifted) return;
    if (relists >= RELISTS) {
      ctx.unsettled(
        app.id,
        `conversations were deleted while listing, ${RELISTS + 1} times in a row; the next run reads this window again`,
      );
      return;
    }
    ctx.log.info(
      { app_id: app.id },
      'a conversation was deleted while listing (the total shrank); listing again from page 1',
    );
  }
}

/**
 * A conversation on a page not read yet that receives a message jumps to page 1. The listing is
 * ordered by `updated_at`, so every conversation that moved since it was read comes before every
 * conversation that did not: read from page 1 until a page holds a conversation already seen with
 * the same `updated_at`. Dify's clock plays no part (it may be behind ours). True when a deletion
 * shifted these pages too.
 */
async function readMoved(
  list: Listing,
  seen: ReadonlyMap<string, number>,
  take: (conv: Conversation) => Promise<void>,
  group: TaskGroup,
): Promise<boolean> {
  let total: number | undefined;
  for (let page = 1; ; page++) {
    group.check();
    const body = await list(page);
    if (shrank(total, body)) return true;
    total = body.total ?? total;
    let settled = false;
    for (const conv of body.data) {
      if (seen.get(conv.id) === conv.updated_at) settled = true;
      else await take(conv);
    }
    if (settled || !body.has_more) return false;
  }
}

/** A conversation deleted after it was listed: Dify deleted its messages too. */
function deleted(error: unknown): boolean {
  return (
    error instanceof DifyDataError &&
    error.status === 404 &&
    (error.body ?? '').includes('Conversation Not Exists')
  );
}

async function walkConversation(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  conv: Conversation,
): Promise<void> {
  try {
    await walkMessages(ctx, app, group, conv);
  } catch (error) {
    if (!deleted(error)) throw error;
    ctx.log.warn(
      { app_id: app.id, conversation_id: conv.id },
      'conversation deleted in Dify while it was read; its messages are gone',
    );
  }
}

async function walkMessages(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  conv: Conversation,
): Promise<void> {
  const path = `apps/${app.id}/chat-messages`;
  const model = new ConversationModel(ctx, app, conv);
  let firstId: string | undefined;
  for (;;) {
    group.check();
    const params: Record<string, string> = { conversation_id: conv.id, limit: '100' };
    if (firstId !== undefined) params.first_id = firstId;
    const body = await ctx.api.get(path, chatMessages, params);
    const inside = body.data.filter(
      (m) =>
        inWindow(m.created_at, ctx.window) &&
        !(ctx.excludeConsole && (m.from_source ?? conv.from_source) === 'console'),
    );
    ctx.fetched(inside.length);
    if (app.mode === 'advanced-chat')
      await Promise.all(inside.map((m) => chatflowMessage(ctx, app, group, conv, m)));
    else if (inside.length > 0) {
      const { ref, source } = await model.get();
      for (const m of inside) {
        group.check();
        await ctx.emit(messageEvent(app, conv, m, ref, null, source));
      }
    }
    // `data` is oldest → newest; older pages only matter while this one reaches into the window.
    const oldest = body.data[0];
    if (!body.has_more || !oldest || oldest.created_at * 1000 < ctx.window.from) return;
    firstId = oldest.id;
  }
}

/**
 * The model of a chat or agent-chat conversation's messages (no console response carries a
 * message's own model). From Dify 1.14 the list item has it; before, the list says null for every
 * item and DIFY_MODEL_SOURCE decides: the app's current model (no request; an approximation when
 * the app's model changed inside the window) or the conversation detail (exact; the GET marks the
 * conversation read in Dify and, on 1.10.0–1.12.x, bumps its `updated_at`). Read once, when the
 * conversation has a message in the window.
 */
class ConversationModel {
  #value: Promise<{ ref: ModelRef; source: ModelSource }> | undefined;

  constructor(
    private readonly ctx: ExtractContext,
    private readonly app: AppRef,
    private readonly conv: Conversation,
  ) {}

  get(): Promise<{ ref: ModelRef; source: ModelSource }> {
    this.#value ??= this.#read();
    return this.#value;
  }

  async #read(): Promise<{ ref: ModelRef; source: ModelSource }> {
    const listed = this.conv.model_config?.model;
    if (listed?.name) return { ref: listed, source: 'conversation' };
    if (this.ctx.modelSource === 'app') return { ref: this.app.model, source: 'app' };
    const detail = await this.ctx.api.get(
      `apps/${this.app.id}/chat-conversations/${this.conv.id}`,
      chatConversation,
    );
    return { ref: detail.model_config?.model, source: 'conversation' };
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
