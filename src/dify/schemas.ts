import Big from 'big.js';
import { z } from 'zod';

/** zod schemas of the Dify console fields the exporter uses, and nothing more (DIFY-API.md §2). */

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A price: a decimal string kept exactly as Dify wrote it; numbers (older rows) and exponent
 * forms become a plain decimal string through big.js, never through a binary float's text.
 */
export const price = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' && PLAIN_DECIMAL.test(v.trim())) return v.trim();
    try {
      return new Big(v).toFixed();
    } catch {
      ctx.addIssue({ code: 'custom', message: `expected a decimal, got ${JSON.stringify(v)}` });
      return z.NEVER;
    }
  });

const epoch = z.number().int().nonnegative();
const tokens = z.number().int().nonnegative();
const id = z.string().min(1);
const text = z.string().nullish();

export const usage = z.object({
  prompt_tokens: tokens.nullish(),
  completion_tokens: tokens.nullish(),
  total_tokens: tokens.nullish(),
  total_price: price,
  currency: text,
});
export type Usage = z.infer<typeof usage>;

export const workspaces = z.object({
  workspaces: z.array(z.object({ id, current: z.boolean().nullish() })),
});
export const profile = z.object({ timezone: text });

const page = { has_more: z.boolean() };

const modelConfig = z
  .object({ model: z.object({ provider: text, name: text }).nullish() })
  .nullish();

export const apps = z.object({
  ...page,
  data: z.array(
    // `model_config.model` is the app's current model (chat, agent-chat, completion).
    z.object({ id, name: z.string(), mode: z.string(), model_config: modelConfig.catch(null) }),
  ),
});
export type AppItem = z.infer<typeof apps>['data'][number];

const conversationBase = {
  id,
  created_at: epoch,
  from_end_user_id: text,
  from_end_user_session_id: text,
  from_account_id: text,
  from_source: text,
  model_config: modelConfig,
};

export const chatConversations = z.object({
  ...page,
  /** Rows matching the filter; it shrinks only when a conversation is deleted. */
  total: z.number().int().nonnegative().nullish(),
  data: z.array(z.object({ ...conversationBase, updated_at: epoch })),
});
export type Conversation = z.infer<typeof chatConversations>['data'][number];

export const message = z.object({
  id,
  message_tokens: tokens,
  answer_tokens: tokens,
  from_end_user_id: text,
  from_account_id: text,
  from_source: text,
  workflow_run_id: text,
  created_at: epoch,
  metadata: z.object({ usage: usage.nullish() }).nullish(),
});
export type Message = z.infer<typeof message>;

export const chatMessages = z.object({ ...page, data: z.array(message) });

/** `GET apps/<id>/chat-conversations/<cid>`: the conversation's own model config. */
export const chatConversation = z.object({ id, model_config: modelConfig });

export const completionConversations = z.object({
  ...page,
  data: z.array(z.object(conversationBase)),
});
export type CompletionConversation = z.infer<typeof completionConversations>['data'][number];

export const completionConversation = z.object({
  id,
  model_config: modelConfig,
  message: message.nullish(),
});

export const workflowLogs = z.object({
  ...page,
  data: z.array(
    z.object({
      id,
      created_at: epoch,
      workflow_run: z.object({
        id,
        status: z.string(),
        total_tokens: tokens.nullish(),
        created_at: epoch,
      }),
      created_by_role: text,
      created_by_account: z.object({ id }).nullish(),
      created_by_end_user: z.object({ id, session_id: text }).nullish(),
    }),
  ),
});
export type WorkflowLog = z.infer<typeof workflowLogs>['data'][number];

/** `workflow-runs/<id>`: a pending run re-checked. */
export const workflowRunDetail = z.object({
  id,
  status: z.string(),
  total_tokens: tokens.nullish(),
  created_at: epoch,
  created_by_role: text,
  created_by_account: z.object({ id }).nullish(),
  created_by_end_user: z.object({ id, session_id: text }).nullish(),
});

export const nodeExecutions = z.object({
  data: z.array(
    z.object({
      id,
      node_id: text,
      node_type: text,
      status: text,
      created_at: epoch,
      process_data: z
        .object({ model_provider: text, model_name: text, usage: usage.nullish() })
        .nullish(),
      outputs: z.object({ usage: z.unknown() }).nullish().catch(null),
      execution_metadata: z
        .object({
          total_tokens: tokens.nullish(),
          total_price: price,
          currency: text,
          // Which tool a `tool` node called; `provider_type` `workflow` is a workflow-as-tool.
          tool_info: z.object({ provider_type: text, provider_id: text }).nullish().catch(null),
        })
        .nullish(),
    }),
  ),
});
export type NodeExecution = z.infer<typeof nodeExecutions>['data'][number];
