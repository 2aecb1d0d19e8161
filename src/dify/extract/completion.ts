import { completionEnd, conversationStart, inWindow } from '../filters.js';
import { messageEvent, type AppRef } from '../events.js';
import {
  completionConversation,
  completionConversations,
  type CompletionConversation,
} from '../schemas.js';
import type { TaskGroup } from '../task-group.js';
import { pagesAhead, RecentIds, type ExtractContext } from './context.js';

/**
 * completion apps. The listing carries no usage, but the conversation detail embeds its one
 * message with `message_tokens`, `answer_tokens` and `metadata.usage` (the console's
 * `conversation_message_detail_fields`), so completion usage is exported per message, with user
 * and model, rather than per day from `statistics/token-costs`.
 */
export async function extractCompletion(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
): Promise<void> {
  const path = `apps/${app.id}/completion-conversations`;
  const start = conversationStart(ctx.window.from, ctx.timeZone);
  const end = completionEnd(ctx.window.to, ctx.timeZone);
  const recent = new RecentIds();
  const list = (page: number) =>
    ctx.api.get(path, completionConversations, { page: String(page), limit: '100', start, end });
  for await (const body of pagesAhead(list, () => {
    group.check();
  })) {
    recent.nextPage();
    for (const conv of body.data) {
      if (!recent.add(conv.id) || !inWindow(conv.created_at, ctx.window)) continue;
      if (ctx.excludeConsole && conv.from_source === 'console') continue;
      await group.spawn(() => completionMessage(ctx, app, group, conv));
    }
  }
}

async function completionMessage(
  ctx: ExtractContext,
  app: AppRef,
  group: TaskGroup,
  conv: CompletionConversation,
): Promise<void> {
  const detail = await ctx.api.get(
    `apps/${app.id}/completion-conversations/${conv.id}`,
    completionConversation,
  );
  const m = detail.message;
  if (!m || !inWindow(m.created_at, ctx.window)) return;
  ctx.fetched(1);
  group.check();
  await ctx.emit(
    messageEvent(app, conv, m, detail.model_config?.model ?? conv.model_config?.model, null),
  );
}
