import Big from 'big.js';
import type { UsageEvent, UsageUser } from '../../../src/usage/event.js';
import {
  appModel,
  nodeId,
  ownUsage,
  runId,
  runShape,
  runTotals,
  type NodeSpec,
  type RunRef,
} from './content.js';
import type { Dataset, SimApp, SimUser } from './dataset.js';
import type { DifyProfile } from './profiles.js';
import { convId, messageUsage, msgId, runUser } from './items.js';

export interface Window {
  from: number;
  to: number;
}

/** What the exporter was told that changes its output. */
export interface ExpectOptions {
  profile: DifyProfile;
  /** DIFY_MODEL_SOURCE (default `app`). */
  modelSource?: 'app' | 'conversation';
  /** The app ids the exporter reads (DIFY_APPS / DIFY_EXCLUDE_APPS); every app when undefined. */
  exported?: Exported;
}

/**
 * Where a chat-type or completion message's model comes from: the list item from 1.14, the detail
 * (completion always; chat with DIFY_MODEL_SOURCE=conversation), else the app's current model.
 */
function modelSourceOf(app: SimApp, opts: ExpectOptions): 'app' | 'conversation' {
  if (app.mode === 'completion' || !opts.profile.listModelNull) return 'conversation';
  return opts.modelSource ?? 'app';
}

const iso = (sec: number): string => new Date(sec * 1000).toISOString();
const inWindow = (sec: number, w: Window): boolean => sec * 1000 >= w.from && sec * 1000 < w.to;

function user(u: SimUser): UsageUser {
  return u.role === 'account'
    ? { kind: 'account', id: u.id, session_id: null }
    : { kind: 'end_user', id: u.id, session_id: u.session };
}

function provider(raw: string | null): string {
  return raw === null ? 'unknown' : raw.split('/').pop()!.trim().toLowerCase() || 'unknown';
}

function decimal(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return new Big(value).toFixed();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function base(ds: Dataset, app: SimApp) {
  return { workspace_id: ds.workspaceId, app_id: app.id, app_name: app.name, app_mode: app.mode };
}

function messageEvent(
  ds: Dataset,
  app: SimApp,
  c: number,
  j: number,
  runIdValue: string | null,
  opts: ExpectOptions,
): UsageEvent {
  const u = messageUsage(ds, app, c, j);
  const model = app.mode === 'advanced-chat' ? null : appModel(ds, app);
  const usage = u.usage as { total_tokens: number; total_price: unknown; currency: string };
  return {
    id: `msg:${msgId(ds, app, c, j)}`,
    occurred_at: iso(ds.msgTime(app, c, j)),
    ...base(ds, app),
    user: user(ds.userOf(app, `conv${c}`)),
    conversation_id: convId(ds, app, c),
    message_id: msgId(ds, app, c, j),
    workflow_run_id: runIdValue,
    node_id: null,
    node_type: null,
    provider: provider(model?.provider ?? null),
    provider_raw: model?.provider ?? null,
    model: model?.name ?? 'unknown',
    prompt_tokens: u.prompt,
    completion_tokens: u.completion,
    total_tokens: usage.total_tokens,
    total_price: decimal(usage.total_price),
    currency: usage.currency,
    from_source: ds.userOf(app, `conv${c}`).role === 'account' ? 'console' : 'api',
    model_source: model ? modelSourceOf(app, opts) : null,
  };
}

/** Which apps the exporter reads (DIFY_APPS / DIFY_EXCLUDE_APPS); every app when undefined. */
export type Exported = ReadonlySet<string> | undefined;

const exportedApp = (app: SimApp, exported: Exported): boolean =>
  exported === undefined || exported.has(app.id);

/**
 * Whether a node's own usage is billed on this node: not when it is a workflow-tool call whose
 * tool app is exported too (its inner run is billed there, in the tool app).
 */
function billedHere(ds: Dataset, n: NodeSpec, exported: Exported): boolean {
  if (n.tool?.providerType !== 'workflow') return true;
  const tool = ds.toolApps().find((t) => ds.toolProviderId(t) === n.tool!.providerId);
  // A provider Dify no longer knows cannot be traced to its app: the calling node bills it.
  return tool === undefined || tool.spec.toolDeleted === true || !exportedApp(tool, exported);
}

/**
 * Node events of a run: one per node with usage of its own (never iteration/loop sums), and
 * `accounted` when any node records usage (the run's or message's totals must not be used then).
 */
function nodeEvents(
  ds: Dataset,
  app: SimApp,
  ref: RunRef,
  createdAt: number,
  who: SimUser,
  conv: string | null,
  msg: string | null,
  exported: Exported,
): { events: UsageEvent[]; accounted: boolean } {
  const numbers = app.spec.numberPrices === true;
  const events: UsageEvent[] = [];
  let accounted = false;
  for (const n of runShape(ds, app, ref)) {
    // Containers sum their children, which are listed too: never billed, never needed to tell
    // whether the run recorded usage.
    if (n.type === 'iteration' || n.type === 'loop') continue;
    const u = ownUsage(ds, n);
    if (!u) continue;
    accounted = true;
    if (!billedHere(ds, n, exported)) continue;
    const price = numbers ? new Big(Number(u.price.toFixed(7))).toFixed() : u.price.toFixed(7);
    events.push({
      id: `node:${nodeId(ds, app, ref, n.k)}`,
      occurred_at: iso(createdAt + n.k),
      ...base(ds, app),
      user: user(who),
      conversation_id: conv,
      message_id: msg,
      workflow_run_id: runId(ds, app, ref),
      node_id: n.graphId,
      node_type: n.type === 'other' ? app.spec.unknownNodeType! : n.type,
      provider: provider(u.model?.provider ?? null),
      provider_raw: u.model?.provider ?? null,
      model: u.model?.name ?? 'unknown',
      prompt_tokens: u.prompt,
      completion_tokens: u.completion,
      total_tokens: u.total,
      total_price: price,
      currency: u.currency,
      from_source: null,
      model_source: 'node',
    });
  }
  return { events, accounted };
}

/** Every event the exporter must produce for the window, in no particular order. */
export function* expectedEvents(
  ds: Dataset,
  window: Window,
  opts: ExpectOptions,
): Generator<UsageEvent> {
  for (const item of expectedItems(ds, window, opts)) yield item.event;
}

/**
 * The events of the window with their parent's `created_at` (epoch ms: the run's, or the chat
 * message's), which decides their api-meter day. A workflow run belongs to the window holding its
 * log row's `created_at` (at the run's start from Dify 1.11, at its end before).
 */
export function* expectedItems(
  ds: Dataset,
  window: Window,
  opts: ExpectOptions,
): Generator<{ event: UsageEvent; parentAt: number }> {
  const exported = opts.exported;
  const withParent = function* (events: Iterable<UsageEvent>, sec: number) {
    for (const event of events) yield { event, parentAt: sec * 1000 };
  };
  for (const app of ds.apps) {
    // Agent apps store their messages with empty usage: nothing to export.
    if (app.mode === 'agent') continue;
    if (!exportedApp(app, exported)) continue;
    if (app.mode === 'workflow') {
      for (let r = 0; r < ds.runCount(app); r++) {
        const logged = ds.logTime(app, r);
        if (logged === undefined || !inWindow(logged, window) || ds.runRunning(app, r)) continue;
        yield* withParent(runEvents(ds, app, r, exported), ds.runTime(app, r));
      }
      continue;
    }
    for (let c = 0; c < ds.convCount(app); c++) {
      for (let j = 0; j < ds.msgCount(app, c); j++) {
        const t = ds.msgTime(app, c, j);
        if (!inWindow(t, window)) continue;
        if (app.mode !== 'advanced-chat') {
          yield { event: messageEvent(ds, app, c, j, null, opts), parentAt: t * 1000 };
          continue;
        }
        const ref: RunRef = { kind: 'chat', c, j };
        const nodes = nodeEvents(
          ds,
          app,
          ref,
          t,
          ds.userOf(app, `conv${c}`),
          convId(ds, app, c),
          msgId(ds, app, c, j),
          exported,
        );
        if (nodes.accounted) yield* withParent(nodes.events, t);
        else
          yield {
            event: messageEvent(ds, app, c, j, runId(ds, app, ref), opts),
            parentAt: t * 1000,
          };
      }
    }
  }
}

/** The events of workflow run `r` of `app`, whatever window it belongs to. */
export function runEvents(ds: Dataset, app: SimApp, r: number, exported?: Exported): UsageEvent[] {
  const t = ds.runTime(app, r);
  const ref: RunRef = { kind: 'workflow', r };
  const nodes = nodeEvents(ds, app, ref, t, runUser(ds, app, r), null, null, exported);
  if (nodes.accounted) return nodes.events;
  const total = runTotals(ds, app, ref).total;
  return total > 0 ? [runEvent(ds, app, r, t, total)] : [];
}

function runEvent(ds: Dataset, app: SimApp, r: number, t: number, total: number): UsageEvent {
  return {
    id: `run:${runId(ds, app, { kind: 'workflow', r })}`,
    occurred_at: iso(t),
    ...base(ds, app),
    user: user(runUser(ds, app, r)),
    conversation_id: null,
    message_id: null,
    workflow_run_id: runId(ds, app, { kind: 'workflow', r }),
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

/**
 * Where the watermark may go: the window end. Runs not final do not hold it: they become pending
 * items (SPEC §10), re-checked by later runs.
 */
export function expectedSafeUntil(_ds: Dataset, window: Window): number {
  return window.to;
}

/** The ids of the runs listed in the window that are not final yet (the pending items). */
export function expectedPending(ds: Dataset, window: Window): string[] {
  const out: string[] = [];
  for (const app of ds.apps) {
    if (app.mode !== 'workflow') continue;
    for (let r = 0; r < ds.runCount(app); r++) {
      const logged = ds.logTime(app, r);
      if (logged !== undefined && inWindow(logged, window) && ds.runRunning(app, r))
        out.push(runId(ds, app, { kind: 'workflow', r }));
    }
  }
  return out;
}
