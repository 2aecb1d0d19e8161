import {
  appModel,
  llmUsage,
  money,
  MODELS,
  nodeExecutions,
  runId,
  runTotals,
  type RunRef,
} from './content.js';
import type { Dataset, SimApp } from './dataset.js';
import { Kind } from './ids.js';
import type { DifyProfile } from './profiles.js';

type Json = Record<string, unknown>;

export function convId(ds: Dataset, app: SimApp, c: number): string {
  return ds.id({ kind: Kind.conversation, app: app.index, i: c, sub: 0, k: 0 });
}

export function msgId(ds: Dataset, app: SimApp, c: number, j: number): string {
  return ds.id({ kind: Kind.message, app: app.index, i: c, sub: j, k: 0 });
}

function convUser(ds: Dataset, app: SimApp, c: number) {
  return ds.userOf(app, `conv${c}`);
}

/** `model_config` of `GET /apps` items: the app's current model (`model_config_partial_fields`). */
export function appModelConfig(ds: Dataset, app: SimApp): Json | null {
  if (app.mode === 'workflow' || app.mode === 'agent') return null;
  return modelConfig(ds, app);
}

function modelConfig(ds: Dataset, app: SimApp): Json | null {
  const model = appModel(ds, app);
  if (app.mode === 'advanced-chat' || model === null) return null;
  return {
    model: {
      provider: model.provider,
      name: model.name,
      mode: 'chat',
      completion_params: { temperature: 0.7 },
    },
    pre_prompt: '…',
  };
}

/**
 * An item of `chat-conversations` (and, with `completion`, of `completion-conversations`). Up to
 * 1.13 the list's `model_config.model` is null for every item (`fields.Raw(attribute="model_dict")`
 * over the dict `Conversation.model_config`; fixed in 1.14.0).
 */
export function conversationItem(ds: Dataset, app: SimApp, c: number, profile?: DifyProfile): Json {
  const user = convUser(ds, app, c);
  const config = modelConfig(ds, app);
  const listedConfig = profile?.listModelNull && config ? { ...config, model: null } : config;
  const base: Json = {
    id: convId(ds, app, c),
    status: 'normal',
    from_source: user.role === 'account' ? 'console' : 'api',
    from_end_user_id: user.role === 'end_user' ? user.id : null,
    from_end_user_session_id: user.role === 'end_user' ? user.session : null,
    from_account_id: user.role === 'account' ? user.id : null,
    from_account_name: user.role === 'account' ? 'Admin' : null,
    read_at: app.readConvs.has(c) ? ds.convTime(app, c) : null,
    created_at: ds.convTime(app, c),
    updated_at: ds.convUpdated(app, c),
    model_config: listedConfig,
    user_feedback_stats: { like: 0, dislike: 0 },
    admin_feedback_stats: { like: 0, dislike: 0 },
  };
  if (app.mode === 'completion')
    return {
      ...base,
      annotation: null,
      message: { inputs: {}, query: 'q', message: [], answer: 'a' },
    };
  return {
    ...base,
    name: `Conversation ${c}`,
    summary: 'Hello',
    annotated: false,
    message_count: ds.msgCount(app, c),
    status_count: null,
  };
}

export function messageUsage(
  ds: Dataset,
  app: SimApp,
  c: number,
  j: number,
): { prompt: number; completion: number; usage: Json; runRef: RunRef | null } {
  const numbers = app.spec.numberPrices === true;
  if (app.mode === 'advanced-chat') {
    const ref: RunRef = { kind: 'chat', c, j };
    const t = runTotals(ds, app, ref);
    if (t.hasLlm) {
      const usage = {
        ...llmUsage(t.prompt, t.completion, MODELS[0]!, numbers),
        total_tokens: t.prompt + t.completion,
        total_price: money(t.price, numbers),
      };
      return { prompt: t.prompt, completion: t.completion, usage, runRef: ref };
    }
    const [p, q] = ds.tokens(app.index, 'm', c, j);
    return { prompt: p, completion: q, usage: llmUsage(p, q, MODELS[0]!, numbers), runRef: ref };
  }
  const [p, q] = ds.tokens(app.index, 'm', c, j);
  return {
    prompt: p,
    completion: q,
    usage: llmUsage(p, q, appModel(ds, app) ?? MODELS[0]!, numbers),
    runRef: null,
  };
}

/** A console message (`MessageDetailResponse`). */
export function messageItem(ds: Dataset, app: SimApp, c: number, j: number): Json {
  const user = convUser(ds, app, c);
  const u = messageUsage(ds, app, c, j);
  return {
    id: msgId(ds, app, c, j),
    conversation_id: convId(ds, app, c),
    inputs: {},
    query: 'Where is my order?',
    message: [{ role: 'user', text: '…', files: [] }],
    message_tokens: u.prompt,
    answer: 'It shipped yesterday.',
    answer_tokens: u.completion,
    provider_response_latency: 1.31,
    from_source: user.role === 'account' ? 'console' : 'api',
    from_end_user_id: user.role === 'end_user' ? user.id : null,
    from_account_id: user.role === 'account' ? user.id : null,
    feedbacks: [],
    workflow_run_id: u.runRef ? runId(ds, app, u.runRef) : null,
    annotation: null,
    annotation_hit_history: null,
    created_at: ds.msgTime(app, c, j),
    agent_thoughts: [],
    message_files: [],
    extra_contents: [],
    metadata: { annotation_reply: null, retriever_resources: [], usage: u.usage },
    status: 'normal',
    error: null,
    parent_message_id: null,
  };
}

/** `chat-conversations/<id>` (`conversation_detail_fields`): the full model config. */
export function chatDetail(ds: Dataset, app: SimApp, c: number): Json {
  const item = conversationItem(ds, app, c);
  return {
    id: item.id,
    status: 'normal',
    from_source: item.from_source,
    from_end_user_id: item.from_end_user_id,
    from_account_id: item.from_account_id,
    created_at: item.created_at,
    updated_at: item.updated_at,
    annotated: false,
    introduction: '',
    model_config: item.model_config,
    message_count: item.message_count,
    user_feedback_stats: item.user_feedback_stats,
    admin_feedback_stats: item.admin_feedback_stats,
  };
}

/** `completion-conversations/<id>`: the detail with the first (only) message. */
export function completionDetail(ds: Dataset, app: SimApp, c: number): Json {
  const item = conversationItem(ds, app, c);
  return {
    id: item.id,
    status: 'normal',
    from_source: item.from_source,
    from_end_user_id: item.from_end_user_id,
    from_account_id: item.from_account_id,
    created_at: item.created_at,
    model_config: item.model_config,
    message: messageItem(ds, app, c, 0),
  };
}

export function runUser(ds: Dataset, app: SimApp, r: number) {
  return ds.userOf(app, `run${r}`);
}

function runSummary(
  ds: Dataset,
  app: SimApp,
  ref: RunRef,
  createdAt: number,
  status: 'running' | 'paused' | 'succeeded',
  finishedAt: number | undefined = createdAt + 2,
): Json {
  const t = runTotals(ds, app, ref);
  return {
    id: runId(ds, app, ref),
    version: '2026-01-16 12:00:00.123456',
    status,
    elapsed_time: 1.84,
    total_tokens: t.total,
    total_steps: 4,
    created_at: createdAt,
    finished_at: status === 'succeeded' ? finishedAt : null,
    exceptions_count: 0,
  };
}

function creatorFields(user: ReturnType<typeof runUser>): Json {
  return {
    created_by_role: user.role,
    created_by_account:
      user.role === 'account' ? { id: user.id, name: 'Admin', email: 'admin@example.com' } : null,
    created_by_end_user:
      user.role === 'end_user'
        ? { id: user.id, type: 'service-api', is_anonymous: false, session_id: user.session }
        : null,
  };
}

/** An item of `workflow-app-logs`. */
export function logItem(ds: Dataset, app: SimApp, r: number): Json {
  const user = runUser(ds, app, r);
  const createdAt = ds.runTime(app, r);
  return {
    id: ds.id({ kind: Kind.log, app: app.index, i: r, sub: 0, k: 0 }),
    workflow_run: {
      ...runSummary(
        ds,
        app,
        { kind: 'workflow', r },
        createdAt,
        ds.runStatus(app, r),
        ds.runFinishedAt(app, r),
      ),
      triggered_from: 'app-run',
      error: null,
    },
    details: null,
    created_from: 'service-api',
    created_by_role: user.role,
    created_by_account:
      user.role === 'account' ? { id: user.id, name: 'Admin', email: 'admin@example.com' } : null,
    created_by_end_user:
      user.role === 'end_user'
        ? { id: user.id, type: 'service-api', is_anonymous: false, session_id: user.session }
        : null,
    created_at: ds.logTime(app, r) ?? createdAt,
  };
}

/** `workflow-runs/<id>`: the run with who started it. */
export function runDetail(ds: Dataset, app: SimApp, ref: RunRef): Json {
  const user =
    ref.kind === 'workflow'
      ? runUser(ds, app, ref.r)
      : ref.kind === 'chat'
        ? convUser(ds, app, ref.c)
        : ({ role: 'account', id: ds.accountId } as const);
  const { created_by_account: _list, retry_index: _retry, ...item } = runItem(ds, app, ref);
  return { ...item, inputs: {}, outputs: {}, error: null, graph: {}, ...creatorFields(user) };
}

/** An item of `workflow-runs` (cursor listing). */
export function runItem(ds: Dataset, app: SimApp, ref: RunRef): Json {
  const createdAt =
    ref.kind === 'debug'
      ? ds.debugRunTime(app, ref.r)
      : ref.kind === 'workflow'
        ? ds.runTime(app, ref.r)
        : ds.msgTime(app, ref.c, ref.j);
  const status = ref.kind === 'workflow' ? ds.runStatus(app, ref.r) : 'succeeded';
  const finishedAt = ref.kind === 'workflow' ? ds.runFinishedAt(app, ref.r) : undefined;
  const base = {
    ...runSummary(ds, app, ref, createdAt, status, finishedAt ?? createdAt + 2),
    created_by_account: null,
    retry_index: 0,
  };
  return ref.kind === 'chat'
    ? { ...base, conversation_id: convId(ds, app, ref.c), message_id: msgId(ds, app, ref.c, ref.j) }
    : base;
}

export function runNodes(ds: Dataset, app: SimApp, ref: RunRef): Json[] {
  if (ref.kind === 'workflow')
    return nodeExecutions(
      ds,
      app,
      ref,
      ds.runTime(app, ref.r),
      ds.runRunning(app, ref.r),
      runUser(ds, app, ref.r),
    );
  if (ref.kind === 'debug')
    return nodeExecutions(ds, app, ref, ds.debugRunTime(app, ref.r), false, {
      role: 'account',
      id: ds.accountId,
    });
  return nodeExecutions(
    ds,
    app,
    ref,
    ds.msgTime(app, ref.c, ref.j),
    false,
    convUser(ds, app, ref.c),
  );
}
