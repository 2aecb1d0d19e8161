import type { Dataset, SimApp } from './dataset.js';
import { parseIso, parseLocalMinute } from './dify-time.js';
import { Kind } from './ids.js';
import {
  appModelConfig,
  chatDetail,
  completionDetail,
  conversationItem,
  logItem,
  messageItem,
  runDetail,
  runItem,
  runNodes,
} from './items.js';
import type { RunRef } from './content.js';
import type { DifyProfile } from './profiles.js';

export type Reply = { status: number; body: unknown };
type Query = URLSearchParams;

export const error = (status: number, code: string, message: string): Reply => ({
  status,
  body: { code, message, status },
});
const appNotFound = (): Reply => error(404, 'app_not_found', 'App not found.');

function intParam(q: Query, name: string, def: number, max: number): number | Reply {
  const raw = q.get(name);
  if (raw === null || raw === '') return def;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max)
    return {
      status: 400,
      body: {
        code: 'invalid_param',
        message: `1 validation error\n${name}\n  Input should be less than or equal to ${max}`,
        params: name,
        status: 400,
      },
    };
  return n;
}

/** First position in a descending order whose key is below `min` (keys are monotone along the order). */
function cut(order: Int32Array, key: (i: number) => number, keep: (k: number) => boolean): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keep(key(order[mid]!))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offset paging with `has_more = total > page*limit` over the positions [lo, hi) of an order. */
function pageOf(
  order: Int32Array,
  lo: number,
  hi: number,
  q: Query,
  item: (i: number) => unknown,
): Reply {
  const page = intParam(q, 'page', 1, 99999);
  const limit = intParam(q, 'limit', 20, 100);
  if (typeof page !== 'number') return page;
  if (typeof limit !== 'number') return limit;
  const total = Math.max(0, hi - lo);
  const data: unknown[] = [];
  for (let p = lo + (page - 1) * limit; p < Math.min(hi, lo + page * limit); p++)
    data.push(item(order[p]!));
  return { status: 200, body: { page, limit, total, has_more: total > page * limit, data } };
}

/** A `[lo, hi)` slice of a descending order filtered by an inclusive [min, max] on the key. */
function range(
  order: Int32Array,
  key: (i: number) => number,
  min: number | undefined,
  max: number | undefined,
): [number, number] {
  const lo = max === undefined ? 0 : cut(order, key, (k) => k * 1000 > max);
  const hi = min === undefined ? order.length : cut(order, key, (k) => k * 1000 >= min);
  return [lo, Math.max(lo, hi)];
}

function minuteParam(q: Query, name: string, tz: string): number | undefined | Reply {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  const t = parseLocalMinute(raw, tz);
  return t ?? error(400, 'bad_request', `Invalid ${name} time format: ${raw}`);
}

const APP_LIST_MODES = [
  'completion',
  'chat',
  'advanced-chat',
  'workflow',
  'agent-chat',
  'channel',
  'all',
];

/**
 * `GET /apps`. Up to 1.14 newest first by `created_at` (`sort_by` is ignored); 1.15 sorts by
 * `updated_at` desc unless `sort_by` says otherwise, and `mode=all` leaves out Agent apps, which
 * only `mode=agent` lists (older Dify answers that mode 400 invalid_param).
 */
export function apps(ds: Dataset, q: Query, profile: DifyProfile): Reply {
  const mode = q.get('mode') ?? 'all';
  const modes = profile.agentApps ? [...APP_LIST_MODES, 'agent'] : APP_LIST_MODES;
  if (!modes.includes(mode))
    return {
      status: 400,
      body: {
        code: 'invalid_param',
        message: `mode: The value '${mode}' is not a valid choice for 'mode'.`,
        params: 'mode',
        status: 400,
      },
    };
  const listed = ds.apps.filter((a) =>
    a.mode === 'agent' ? profile.agentApps && mode === 'agent' : mode === 'all' || mode === a.mode,
  );
  const sort = profile.appsSortedByUpdatedAt
    ? (q.get('sort_by') ?? 'last_modified')
    : 'recently_created';
  const key = (a: SimApp): number =>
    sort === 'last_modified'
      ? -a.updatedAt
      : sort === 'earliest_created'
        ? a.createdAt
        : -a.createdAt;
  listed.sort((a, b) => key(a) - key(b) || a.index - b.index);
  const order = Int32Array.from(listed.map((a) => a.index));
  const item = (i: number) => {
    const a = ds.apps[i]!;
    return {
      id: a.id,
      name: a.name,
      max_active_requests: null,
      description: '',
      mode: a.mode,
      icon_type: 'emoji',
      icon: '🤖',
      icon_background: '#FFEAD5',
      icon_url: null,
      model_config: appModelConfig(ds, a),
      workflow: null,
      use_icon_as_answer_icon: false,
      created_by: ds.accountId,
      created_at: a.createdAt,
      updated_by: null,
      updated_at: a.updatedAt,
      tags: [],
      access_mode: null,
      author_name: 'Admin',
    };
  };
  return pageOf(order, 0, order.length, q, item);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET workspaces/current/tool-provider/workflow/get?workflow_tool_id=|workflow_app_id=`
 * (`tool_providers.py`, `WorkflowToolManageService._get_workflow_tool`, 1.9.2–1.14.1): the
 * workflow-tool provider and its app; anything not found is a ValueError, i.e. 400 invalid_param.
 */
export function workflowTool(ds: Dataset, q: Query): Reply {
  const toolId = q.get('workflow_tool_id');
  const appId = q.get('workflow_app_id');
  const invalid = (name: string, value: string): Reply => ({
    status: 400,
    body: {
      code: 'invalid_param',
      message: `${value} is not a valid uuid`,
      params: name,
      status: 400,
    },
  });
  let app: SimApp | undefined;
  if (toolId) {
    if (!UUID.test(toolId)) return invalid('workflow_tool_id', toolId);
    const p = ds.parse(toolId);
    app = p?.kind === Kind.toolProvider ? ds.apps[p.app] : undefined;
  } else if (appId) {
    if (!UUID.test(appId)) return invalid('workflow_app_id', appId);
    app = ds.appById(appId);
  } else return error(400, 'invalid_param', 'incorrect workflow_tool_id or workflow_app_id');
  if (app?.mode !== 'workflow' || app.spec.workflowTool !== true || app.spec.toolDeleted)
    return error(400, 'invalid_param', 'Tool not found');
  return {
    status: 200,
    body: {
      name: `tool_${app.index}`,
      label: app.name,
      workflow_tool_id: ds.toolProviderId(app),
      workflow_app_id: app.id,
      icon: { content: '🤖', background: '#FFEAD5' },
      description: 'A workflow published as a tool',
      parameters: [],
      tool: { author: 'Admin', name: `tool_${app.index}`, label: { en_US: app.name }, labels: [] },
      synced: true,
      privacy_policy: '',
    },
  };
}

export function chatConversations(
  ds: Dataset,
  app: SimApp,
  q: Query,
  tz: string,
  profile: DifyProfile,
): Reply {
  if (!['chat', 'agent-chat', 'advanced-chat'].includes(app.mode)) return appNotFound();
  const start = minuteParam(q, 'start', tz);
  const end = minuteParam(q, 'end', tz);
  if (typeof start === 'object') return start;
  if (typeof end === 'object') return end;
  const sort = q.get('sort_by') ?? '-updated_at';
  if (!['created_at', '-created_at', 'updated_at', '-updated_at'].includes(sort))
    return error(400, 'invalid_param', `sort_by: ${sort}`);
  const byUpdated = sort.endsWith('updated_at');
  const key = byUpdated
    ? (c: number) => ds.convUpdated(app, c)
    : (c: number) => ds.convTime(app, c);
  let order = byUpdated ? ds.conversationsByUpdated(app) : ds.conversationsByCreated(app);
  // The date filter applies to the sort field; `end` is inclusive up to second 59 of its minute.
  let [lo, hi] = range(order, key, start, end === undefined ? undefined : end + 59_000);
  if (!sort.startsWith('-')) {
    order = order.slice(lo, hi).reverse();
    [lo, hi] = [0, order.length];
  }
  return pageOf(order, lo, hi, q, (c) => conversationItem(ds, app, c, profile));
}

/** `chat-conversations/<id>` (`conversation_detail_fields`): marks the conversation read. */
export function chatConversation(
  ds: Dataset,
  app: SimApp,
  id: string,
  nowSec: number,
  profile: DifyProfile,
): Reply {
  const p = ds.parse(id);
  if (!['chat', 'agent-chat', 'advanced-chat'].includes(app.mode)) return appNotFound();
  if (
    p?.kind !== Kind.conversation ||
    p.app !== app.index ||
    p.i >= ds.convCount(app) ||
    ds.convDeleted(app, p.i)
  )
    return error(404, 'not_found', 'Conversation Not Exists.');
  ds.readConversation(app, p.i, nowSec, profile.detailBumpsUpdatedAt);
  return { status: 200, body: chatDetail(ds, app, p.i) };
}

export function chatMessages(ds: Dataset, app: SimApp, q: Query): Reply {
  if (!['chat', 'agent-chat', 'advanced-chat'].includes(app.mode)) return appNotFound();
  const limit = intParam(q, 'limit', 20, 100);
  if (typeof limit !== 'number') return limit;
  const conv = ds.parse(q.get('conversation_id') ?? '');
  if (
    conv?.kind !== Kind.conversation ||
    conv.app !== app.index ||
    conv.i >= ds.convCount(app) ||
    ds.convDeleted(app, conv.i)
  )
    return error(404, 'not_found', 'Conversation Not Exists.');
  let end = ds.msgCount(app, conv.i);
  const firstId = q.get('first_id');
  if (firstId) {
    const m = ds.parse(firstId);
    if (m?.kind !== Kind.message || m.app !== app.index || m.i !== conv.i || m.sub >= end)
      return error(404, 'not_found', 'First message not found');
    end = m.sub;
  }
  const begin = Math.max(0, end - limit);
  const data: unknown[] = [];
  // The newest `limit` messages older than first_id, returned oldest → newest.
  for (let j = begin; j < end; j++) data.push(messageItem(ds, app, conv.i, j));
  return { status: 200, body: { limit, has_more: begin > 0, data } };
}

export function completionConversations(
  ds: Dataset,
  app: SimApp,
  q: Query,
  tz: string,
  profile: DifyProfile,
): Reply {
  if (app.mode !== 'completion') return appNotFound();
  const start = minuteParam(q, 'start', tz);
  const end = minuteParam(q, 'end', tz);
  if (typeof start === 'object') return start;
  if (typeof end === 'object') return end;
  const order = ds.conversationsByCreated(app);
  // Completion's end filter is `< end:59` (DIFY-API.md §2.4).
  const [lo, hi] = range(
    order,
    (c) => ds.convTime(app, c),
    start,
    end === undefined ? undefined : end + 58_999,
  );
  return pageOf(order, lo, hi, q, (c) => conversationItem(ds, app, c, profile));
}

export function completionConversation(ds: Dataset, app: SimApp, id: string): Reply {
  const p = ds.parse(id);
  if (app.mode !== 'completion') return appNotFound();
  if (p?.kind !== Kind.conversation || p.app !== app.index || p.i >= ds.convCount(app))
    return error(404, 'not_found', 'Conversation Not Exists.');
  return { status: 200, body: completionDetail(ds, app, p.i) };
}

export function workflowAppLogs(ds: Dataset, app: SimApp, q: Query): Reply {
  if (app.mode !== 'workflow') return appNotFound();
  const bound = (name: string): number | undefined | Reply => {
    const raw = q.get(name);
    if (raw === null || raw === '') return undefined;
    return parseIso(raw) ?? error(400, 'invalid_param', `Invalid isoformat string: '${raw}'`);
  };
  const after = bound('created_at__after');
  const before = bound('created_at__before');
  if (typeof after === 'object') return after;
  if (typeof before === 'object') return before;
  const order = ds.logsByCreated(app);
  const [lo, hi] = range(order, (r) => ds.logTime(app, r)!, after, before);
  return pageOf(order, lo, hi, q, (r) => logItem(ds, app, r));
}

function runRef(ds: Dataset, app: SimApp, id: string): RunRef | undefined {
  const p = ds.parse(id);
  if (!p || p.app !== app.index) return undefined;
  if (p.kind === Kind.run && p.i < ds.runCount(app)) return { kind: 'workflow', r: p.i };
  if (p.kind === Kind.debugRun && p.i < (app.spec.debuggerRuns ?? 0))
    return { kind: 'debug', r: p.i };
  if (p.kind === Kind.chatRun && p.i < ds.convCount(app) && p.sub < ds.msgCount(app, p.i))
    return { kind: 'chat', c: p.i, j: p.sub };
  return undefined;
}

/** Cursor listing; `triggered_from` defaults to `debugging`, so production runs need `app-run`. */
export function workflowRuns(ds: Dataset, app: SimApp, q: Query): Reply {
  if (app.mode !== 'workflow' && app.mode !== 'advanced-chat') return appNotFound();
  const limit = intParam(q, 'limit', 20, 100);
  if (typeof limit !== 'number') return limit;
  const debug = (q.get('triggered_from') ?? 'debugging') === 'debugging';
  const refs: RunRef[] = [];
  if (debug)
    for (let r = (app.spec.debuggerRuns ?? 0) - 1; r >= 0; r--) refs.push({ kind: 'debug', r });
  else if (app.mode === 'workflow')
    for (const r of ds.runsByCreated(app)) refs.push({ kind: 'workflow', r });
  let at = 0;
  const lastId = q.get('last_id');
  if (lastId) {
    const ref = runRef(ds, app, lastId);
    const pos = ref ? refs.findIndex((x) => JSON.stringify(x) === JSON.stringify(ref)) : -1;
    if (pos < 0) return error(400, 'invalid_param', 'Last workflow run not exists');
    at = pos + 1;
  }
  const data = refs.slice(at, at + limit).map((ref) => runItem(ds, app, ref));
  return { status: 200, body: { limit, has_more: at + limit < refs.length, data } };
}

export function workflowRun(ds: Dataset, app: SimApp, id: string): Reply {
  const ref = runRef(ds, app, id);
  return ref
    ? { status: 200, body: runDetail(ds, app, ref) }
    : error(404, 'not_found', 'Workflow run not found');
}

export function nodeExecutions(ds: Dataset, app: SimApp, id: string): Reply {
  if (app.mode !== 'workflow' && app.mode !== 'advanced-chat') return appNotFound();
  const ref = runRef(ds, app, id);
  return { status: 200, body: { data: ref ? runNodes(ds, app, ref) : [] } };
}
