import Big from 'big.js';
import { localDate } from '../../../src/time/zone.js';
import type { RunRef } from './content.js';
import type { Dataset, SimApp } from './dataset.js';
import { parseLocalMinute } from './dify-time.js';
import { hash32 } from './ids.js';
import { messageItem, runItem, runNodes } from './items.js';
import type { DifyProfile } from './profiles.js';
import { error, type Reply } from './routes.js';

/**
 * `statistics/token-costs` and `workflow/statistics/token-costs` (Dify's `statistic.py` and
 * `workflow_statistic.py`, 1.7.0–1.15.0), computed from the simulator's own rows: the message and
 * run columns Dify sums, never the exporter's code.
 */

type Json = Record<string, unknown>;

/**
 * Dify's `invoke_from`, never serialized: whether a console conversation comes from the app's
 * debugger or from Explore. Advanced-chat lists drop debugger conversations, so the simulated
 * chatflow console traffic is Explore only.
 */
export function isDebuggerConversation(ds: Dataset, app: SimApp, c: number): boolean {
  if (app.mode === 'advanced-chat' || app.mode === 'workflow') return false;
  if (ds.userOf(app, `conv${c}`).role !== 'account') return false;
  const share = app.spec.debuggerShare ?? 0.5;
  return hash32(ds.seed, 'invoke_from', app.index, c) % 1000 < share * 1000;
}

/** `start`/`end` as `parse_time_range` reads them; a Reply when Dify answers 400. */
function range(q: URLSearchParams, tz: string): { start?: number; end?: number } | Reply {
  const out: { start?: number; end?: number } = {};
  for (const name of ['start', 'end'] as const) {
    const raw = q.get(name);
    if (raw === null || raw === '') continue;
    const t = parseLocalMinute(raw, tz);
    if (t === undefined) return error(400, 'bad_request', `Invalid ${name} time format: ${raw}`);
    out[name] = t;
  }
  if (out.start !== undefined && out.end !== undefined && out.start > out.end)
    return error(400, 'bad_request', 'start must be earlier than or equal to end');
  return out;
}

const inside = (sec: number, r: { start?: number; end?: number }): boolean =>
  (r.start === undefined || sec * 1000 >= r.start) && (r.end === undefined || sec * 1000 < r.end);

/** A node's price as its own usage carries it (what Dify adds into the run's `llm_usage`). */
function nodePrice(node: Json): Big | undefined {
  const meta = node.execution_metadata as Json | null;
  const pd = node.process_data as Json | null;
  const out = node.outputs as Json | null;
  const raw =
    meta?.total_price ??
    (pd?.usage as Json | undefined)?.total_price ??
    (out?.usage as Json | undefined)?.total_price;
  return raw === undefined || raw === null ? undefined : new Big(raw as string | number);
}

/** A node's own LLM usage split, if it has one (`process_data.usage`, else `outputs.usage`). */
function nodeSplit(node: Json): number | undefined {
  const pd = node.process_data as Json | null;
  const out = node.outputs as Json | null;
  const u = (pd?.usage ?? out?.usage) as Json | undefined | null;
  if (!u || typeof u.prompt_tokens !== 'number') return undefined;
  return u.prompt_tokens + ((u.completion_tokens as number | undefined) ?? 0);
}

const CONTAINERS = new Set(['iteration', 'loop']);

/**
 * The `messages` columns Dify sums: `message_tokens + answer_tokens` and `total_price`. A chatflow
 * message's are its run's `llm_usage`, to which every node with usage adds once (an iteration or
 * loop adds its children's sum: the children are counted, the container is not). A workflow tool
 * adds a usage built from the inner run's total alone (`workflow_as_tool/tool.py` 1.9.2:127-152):
 * no prompt or completion tokens, its price.
 */
function messageColumns(
  ds: Dataset,
  app: SimApp,
  c: number,
  j: number,
  item: Json,
): { tokens: number; price: Big | null } {
  if (app.mode === 'advanced-chat' && item.workflow_run_id) {
    let used = false;
    let tokens = 0;
    let price: Big | null = null;
    for (const node of runNodes(ds, app, { kind: 'chat', c, j } satisfies RunRef)) {
      if (CONTAINERS.has(node.node_type as string)) continue;
      const split = nodeSplit(node);
      const meta = node.execution_metadata as Json | null;
      if (split === undefined && !((meta?.total_tokens as number | undefined) ?? 0)) continue;
      used = true;
      tokens += split ?? 0;
      const p = nodePrice(node);
      if (p) price = (price ?? new Big(0)).plus(p);
    }
    if (used) return { tokens, price };
  }
  const usage = (item.metadata as Json).usage as Json | null;
  const raw = usage?.total_price;
  return {
    tokens: (item.message_tokens as number) + (item.answer_tokens as number),
    price: raw === undefined || raw === null ? null : new Big(raw as string | number),
  };
}

interface Day {
  tokens: number;
  price: Big | null;
}

function rows(days: Map<string, Day>, withPrice: boolean): Json[] {
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, d]) =>
      withPrice
        ? {
            date,
            token_count: d.tokens,
            // SUM over Numeric(10, 7), rendered by Flask's JSON provider as a decimal string.
            total_price: d.price === null ? null : d.price.toFixed(7),
            // Dify adds prices of every currency and labels the sum USD.
            currency: 'USD',
          }
        : { date, token_count: d.tokens },
    );
}

function add(days: Map<string, Day>, date: string, tokens: number, price: Big | null): void {
  const d = days.get(date) ?? { tokens: 0, price: null };
  d.tokens += tokens;
  if (price) d.price = (d.price ?? new Big(0)).plus(price);
  days.set(date, d);
}

/** `GET apps/<id>/statistics/token-costs`: messages by local day, debugger left out from 1.9.0. */
export function tokenCosts(
  ds: Dataset,
  app: SimApp,
  q: URLSearchParams,
  tz: string,
  profile: DifyProfile,
): Reply {
  const r = range(q, tz);
  if ('status' in r) return r;
  const days = new Map<string, Day>();
  if (app.mode !== 'workflow') {
    for (let c = 0; c < ds.convCount(app); c++) {
      if (profile.statsExcludeDebugger && isDebuggerConversation(ds, app, c)) continue;
      for (let j = 0; j < ds.msgCount(app, c); j++) {
        const at = ds.msgTime(app, c, j);
        if (!inside(at, r)) continue;
        const cols = messageColumns(ds, app, c, j, messageItem(ds, app, c, j));
        add(days, localDate(at * 1000, tz), cols.tokens, cols.price);
      }
    }
  }
  return { status: 200, body: { data: rows(days, true) } };
}

/**
 * `GET apps/<id>/workflow/statistics/token-costs`: `SUM(workflow_runs.total_tokens)` of runs
 * triggered from `app-run` (debugger runs never count), by the run's local day, tokens only.
 */
export function workflowTokenCosts(
  ds: Dataset,
  app: SimApp,
  q: URLSearchParams,
  tz: string,
): Reply {
  const r = range(q, tz);
  if ('status' in r) return r;
  const days = new Map<string, Day>();
  if (app.mode === 'workflow') {
    for (let run = 0; run < ds.runCount(app); run++) {
      const at = ds.runTime(app, run);
      if (!inside(at, r)) continue;
      // Older Dify writes a run's totals when it ends; until then its row counts nothing.
      const unwritten = ds.runRunning(app, run) && ds.logTime(app, run) === undefined;
      const total = unwritten
        ? 0
        : (runItem(ds, app, { kind: 'workflow', r: run }).total_tokens as number);
      add(days, localDate(at * 1000, tz), total, null);
    }
  }
  return { status: 200, body: { data: rows(days, false) } };
}
