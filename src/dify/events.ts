import {
  normaliseProvider,
  type ModelSource,
  type UsageEvent,
  type UsageUser,
} from '../usage/event.js';
import type {
  Conversation,
  CompletionConversation,
  Message,
  NodeExecution,
  Usage,
  WorkflowLog,
} from './schemas.js';
import { usage as usageSchema } from './schemas.js';

/** Pure mapping of validated Dify items to usage events (SPEC §6). */

export interface AppRef {
  workspaceId: string;
  id: string;
  name: string;
  mode: string;
  /** The app's current model from `GET /apps` (chat, agent-chat, completion), if any. */
  model?: ModelRef;
}

export interface Parent {
  user: UsageUser;
  conversationId: string | null;
  messageId: string | null;
  runId: string;
}

const iso = (sec: number): string => new Date(sec * 1000).toISOString();
const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

function base(app: AppRef) {
  return { workspace_id: app.workspaceId, app_id: app.id, app_name: app.name, app_mode: app.mode };
}

export function messageUser(conv: Conversation | CompletionConversation, msg: Message): UsageUser {
  const endUser = msg.from_end_user_id ?? conv.from_end_user_id;
  if (endUser)
    return { kind: 'end_user', id: endUser, session_id: orNull(conv.from_end_user_session_id) };
  const account = msg.from_account_id ?? conv.from_account_id;
  if (account) return { kind: 'account', id: account, session_id: null };
  return { kind: 'unknown', id: null, session_id: null };
}

export function logUser(log: WorkflowLog): UsageUser {
  if (log.created_by_end_user)
    return {
      kind: 'end_user',
      id: log.created_by_end_user.id,
      session_id: orNull(log.created_by_end_user.session_id),
    };
  if (log.created_by_account)
    return { kind: 'account', id: log.created_by_account.id, session_id: null };
  return { kind: 'unknown', id: null, session_id: null };
}

export type ModelRef =
  { provider?: string | null | undefined; name?: string | null | undefined } | null | undefined;

/** One event per chat/completion message: tokens from the message, cost from `metadata.usage`. */
export function messageEvent(
  app: AppRef,
  conv: Conversation | CompletionConversation,
  msg: Message,
  model: ModelRef,
  runId: string | null,
  modelSource: ModelSource = 'conversation',
): UsageEvent {
  const u = msg.metadata?.usage;
  const modelName = model?.name || 'unknown';
  const providerRaw = orNull(model?.provider);
  return {
    id: `msg:${msg.id}`,
    occurred_at: iso(msg.created_at),
    ...base(app),
    user: messageUser(conv, msg),
    conversation_id: conv.id,
    message_id: msg.id,
    workflow_run_id: runId,
    node_id: null,
    node_type: null,
    provider: normaliseProvider(providerRaw),
    provider_raw: providerRaw,
    model: modelName,
    prompt_tokens: msg.message_tokens,
    completion_tokens: msg.answer_tokens,
    total_tokens: u?.total_tokens ?? msg.message_tokens + msg.answer_tokens,
    total_price: orNull(u?.total_price),
    currency: orNull(u?.currency),
    from_source: orNull(msg.from_source ?? conv.from_source),
    model_source: modelName === 'unknown' ? null : modelSource,
  };
}

/** Usage of a node: `process_data.usage`, else `outputs.usage` (newer Dify truncates process_data). */
export function nodeUsage(node: NodeExecution, index: number): Usage | undefined {
  if (node.process_data?.usage) return node.process_data.usage;
  const raw = node.outputs?.usage;
  if (raw === undefined || raw === null) return undefined;
  const parsed = usageSchema.safeParse(raw);
  // A code node may well have an output called `usage`; only model nodes must match LLMUsage.
  if (parsed.success) return parsed.data;
  if (node.process_data?.model_provider)
    throw new UsageShapeError(index, parsed.error.issues[0]?.path.join('.') ?? '');
  return undefined;
}

export class UsageShapeError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
  ) {
    super(`field data.${index}.outputs.usage${field ? `.${field}` : ''}: not an LLM usage`);
  }
}

/**
 * What a node's recorded usage stands for (DIFY-API.md §10): its `own` model calls; the `sum` of
 * the nodes run inside it (`iteration`, `loop`: those children are listed too); the inner run of a
 * `workflow-tool` (1.9.2+, billed in the tool app when that app is exported); or a node type this
 * exporter does not know (`unknown`: billed, with a warning).
 */
export type NodeUsageKind = 'own' | 'sum' | 'workflow-tool' | 'unknown';

const OWN_USAGE: ReadonlySet<string> = new Set([
  'llm',
  'question-classifier',
  'parameter-extractor',
  'agent',
  // Router and metadata-filter LLM calls, 1.9.2+; embeddings and rerank are never recorded.
  'knowledge-retrieval',
  // What an MCP server reports, 1.13+; other providers record none.
  'tool',
]);
const SUMS: ReadonlySet<string> = new Set(['iteration', 'loop']);

export function nodeUsageKind(node: NodeExecution): NodeUsageKind {
  const type = node.node_type ?? '';
  if (SUMS.has(type)) return 'sum';
  if (type === 'tool' && node.execution_metadata?.tool_info?.provider_type === 'workflow')
    return 'workflow-tool';
  return OWN_USAGE.has(type) ? 'own' : 'unknown';
}

/** The event of a node that records usage; undefined when it records none. */
export function nodeEvent(
  app: AppRef,
  node: NodeExecution,
  index: number,
  parent: Parent,
): UsageEvent | undefined {
  const u = nodeUsage(node, index);
  const meta = node.execution_metadata;
  const total =
    u?.total_tokens ??
    meta?.total_tokens ??
    (u ? (u.prompt_tokens ?? 0) + (u.completion_tokens ?? 0) : 0);
  const price = meta?.total_price ?? u?.total_price ?? null;
  if (total <= 0 && (price === null || Number(price) === 0)) return undefined;
  const providerRaw = orNull(node.process_data?.model_provider);
  return {
    id: `node:${node.id}`,
    occurred_at: iso(node.created_at),
    ...base(app),
    user: parent.user,
    conversation_id: parent.conversationId,
    message_id: parent.messageId,
    workflow_run_id: parent.runId,
    node_id: orNull(node.node_id),
    node_type: orNull(node.node_type),
    provider: normaliseProvider(providerRaw),
    provider_raw: providerRaw,
    model: node.process_data?.model_name || 'unknown',
    prompt_tokens: orNull(u?.prompt_tokens),
    completion_tokens: orNull(u?.completion_tokens),
    total_tokens: total,
    total_price: price,
    currency: meta?.currency ?? u?.currency ?? null,
    from_source: null,
    model_source: 'node',
  };
}

/** A workflow run whose nodes carry no usage but whose run counted tokens (SPEC §5.2). */
export function runEvent(app: AppRef, log: WorkflowLog): UsageEvent | undefined {
  const total = log.workflow_run.total_tokens ?? 0;
  if (total <= 0) return undefined;
  return {
    id: `run:${log.workflow_run.id}`,
    occurred_at: iso(log.workflow_run.created_at),
    ...base(app),
    user: logUser(log),
    conversation_id: null,
    message_id: null,
    workflow_run_id: log.workflow_run.id,
    node_id: null,
    node_type: null,
    provider: 'unknown',
    provider_raw: null,
    model: 'unknown',
    prompt_tokens: null,
    completion_tokens: null,
    total_tokens: total,
    total_price: null,
    currency: null,
    from_source: null,
    model_source: null,
  };
}

/** Statuses of runs and nodes that may still change; such items wait for a later run. */
export const NOT_FINAL: ReadonlySet<string> = new Set([
  'running',
  'paused',
  'pending',
  'scheduled',
]);
