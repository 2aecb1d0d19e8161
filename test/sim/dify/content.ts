import Big from 'big.js';
import type { Dataset, SimApp, SimUser } from './dataset.js';
import { hash32, Kind } from './ids.js';

/** JSON bodies of Dify items, shaped as DIFY-API.md §2 documents them (console, 1.14.1). */

export interface Model {
  provider: string;
  name: string;
  prompt: string;
  completion: string;
  currency: string;
}

export const MODELS: readonly Model[] = [
  {
    provider: 'langgenius/openai/openai',
    name: 'gpt-4o-mini',
    prompt: '0.15',
    completion: '0.60',
    currency: 'USD',
  },
  {
    provider: 'langgenius/anthropic/anthropic',
    name: 'claude-3-5-sonnet-20241022',
    prompt: '3',
    completion: '15',
    currency: 'USD',
  },
  {
    provider: 'langgenius/tongyi/tongyi',
    name: 'qwen-max',
    prompt: '2.4',
    completion: '9.6',
    currency: 'RMB',
  },
];
type Json = Record<string, unknown>;

function price(tokens: number, unit: string): Big {
  return new Big(tokens).times(unit).times('0.000001').round(7, Big.roundHalfUp);
}

/** Decimal strings as Dify writes them, or JSON numbers for apps that model older rows. */
export function money(value: Big, numbers: boolean): string | number {
  return numbers ? Number(value.toFixed(7)) : value.toFixed(7);
}

/** LLMUsage (graphon 0.3.1); prices are Decimals rendered as strings. */
export function llmUsage(prompt: number, completion: number, model: Model, numbers: boolean): Json {
  const p = price(prompt, model.prompt);
  const c = price(completion, model.completion);
  return {
    prompt_tokens: prompt,
    prompt_unit_price: model.prompt,
    prompt_price_unit: '0.000001',
    prompt_price: money(p, numbers),
    completion_tokens: completion,
    completion_unit_price: model.completion,
    completion_price_unit: '0.000001',
    completion_price: money(c, numbers),
    total_tokens: prompt + completion,
    total_price: money(p.plus(c), numbers),
    currency: model.currency,
    latency: 1.204,
    time_to_first_token: 0.41,
    time_to_generate: 0.79,
  };
}

export function appModel(_ds: Dataset, app: SimApp): Model | null {
  if (app.spec.model === null) return null;
  const base = MODELS[app.index % 2]!;
  return app.spec.model ? { ...base, ...app.spec.model } : base;
}

/** A workflow run: of a workflow app (run r), of a chatflow message (c, j) or a debugger run. */
export type RunRef =
  | { kind: 'workflow'; r: number }
  | { kind: 'chat'; c: number; j: number }
  | { kind: 'debug'; r: number };

export function runId(ds: Dataset, app: SimApp, ref: RunRef): string {
  const a = app.index;
  if (ref.kind === 'workflow') return ds.id({ kind: Kind.run, app: a, i: ref.r, sub: 0, k: 0 });
  if (ref.kind === 'debug') return ds.id({ kind: Kind.debugRun, app: a, i: ref.r, sub: 0, k: 0 });
  return ds.id({ kind: Kind.chatRun, app: a, i: ref.c, sub: ref.j, k: 0 });
}

function refKey(ref: RunRef): string {
  return ref.kind === 'chat' ? `c${ref.c}.${ref.j}` : `${ref.kind[0]!}${ref.r}`;
}

export type NodeType =
  | 'start'
  | 'llm'
  | 'knowledge-retrieval'
  | 'tool'
  | 'iteration'
  | 'loop'
  | 'end'
  /** A node type newer than the exporter (`SimAppSpec.unknownNodeType`), recording usage. */
  | 'other';

export interface NodeSpec {
  /** Position of the execution in the run (also its id's `k`). */
  k: number;
  type: NodeType;
  /** The graph's node id (children of a container share theirs across rounds). */
  graphId: string;
  model?: Model;
  prompt?: number;
  completion?: number;
  /** process_data without usage (newer Dify truncates it); tokens only in outputs.usage. */
  truncated?: boolean;
  /** execution_metadata without price (older rows); price only in the usage. */
  noMetaPrice?: boolean;
  /** The innermost iteration or loop the node runs in, and the round. */
  parent?: { type: 'iteration' | 'loop'; k: number; graphId: string; index: number };
  /** A knowledge retrieval whose router / metadata filter called a model (`prompt`/`completion`). */
  router?: boolean;
  /** A tool node: its provider, and the usage it reports where the era records it. */
  tool?: { providerType: 'workflow' | 'mcp' | 'builtin'; providerId: string; tokens: number };
}

/**
 * The node layout of a run: start, maybe a knowledge retrieval, 1–2 LLM nodes, maybe an iteration,
 * a loop holding a nested iteration, workflow-tool, MCP and builtin tool nodes, end. A few runs have
 * no model node at all, and some call a workflow tool only.
 */
export function runShape(ds: Dataset, app: SimApp, ref: RunRef): NodeSpec[] {
  const key = refKey(ref);
  const h = (name: string): number => hash32(ds.seed, name, app.index, key);
  const u = h('shape') % 100;
  const nodes: NodeSpec[] = [];
  const add = (n: Omit<NodeSpec, 'k'>): NodeSpec => {
    const spec = { ...n, k: nodes.length };
    nodes.push(spec);
    return spec;
  };
  const llm = (graphId: string, parent?: NodeSpec['parent']): void => {
    const k = nodes.length;
    const [prompt, completion] = ds.tokens(app.index, key, k);
    add({
      type: 'llm',
      graphId,
      model: MODELS[hash32(ds.seed, 'model', app.index, key, k) % MODELS.length]!,
      prompt,
      completion,
      truncated: hash32(ds.seed, 'trunc', app.index, key, k) % 10 < 3,
      noMetaPrice: hash32(ds.seed, 'nometa', app.index, key, k) % 10 < 2,
      ...(parent ? { parent } : {}),
    });
  };
  const iteration = (graphId: string, rounds: number, parent?: NodeSpec['parent']): void => {
    const c = add({ type: 'iteration', graphId, ...(parent ? { parent } : {}) });
    for (let i = 0; i < rounds; i++)
      llm(`${graphId}-llm`, { type: 'iteration', k: c.k, graphId, index: i });
  };
  // Workflow apps that are not tools themselves call the tool apps (never themselves).
  const tools = app.spec.workflowTool === true ? [] : ds.toolApps().filter((t) => t !== app);
  const workflowTool = (): void => {
    const tool = tools[h('which-tool') % tools.length]!;
    add({
      type: 'tool',
      graphId: 'tool-workflow',
      tool: {
        providerType: 'workflow',
        providerId: ds.toolProviderId(tool),
        tokens: innerRunTokens(ds, tool, h('inner-run')),
      },
    });
  };
  add({ type: 'start', graphId: 'start' });
  if (u < 12) {
    add({ type: 'end', graphId: 'end' });
    return nodes;
  }
  if (u < 20 && tools.length > 0) {
    workflowTool();
    add({ type: 'end', graphId: 'end' });
    return nodes;
  }
  if (h('kr') % 4 === 0) {
    const k = nodes.length;
    const [prompt, completion] = ds.tokens(app.index, key, k);
    const router = h('router') % 2 === 0;
    add({
      type: 'knowledge-retrieval',
      graphId: 'knowledge-retrieval',
      router,
      ...(router ? { prompt: Math.ceil(prompt / 10), completion: Math.ceil(completion / 10) } : {}),
    });
  }
  const llms = u < 55 ? 1 : 2;
  for (let n = 0; n < llms; n++) llm(`llm-${n}`);
  if (app.spec.unknownNodeType !== undefined) {
    const [prompt, completion] = ds.tokens(app.index, key, nodes.length);
    add({ type: 'other', graphId: 'other', prompt, completion });
  }
  if (h('iteration') % 5 === 0) iteration('iteration', 2 + (h('rounds') % 2));
  if (h('loop') % 7 === 0) {
    const loop = add({ type: 'loop', graphId: 'loop' });
    for (let i = 0; i < 2; i++) {
      const parent = { type: 'loop' as const, k: loop.k, graphId: 'loop', index: i };
      llm('loop-llm', parent);
      iteration('loop-iteration', 2, parent);
    }
  }
  if (tools.length > 0 && h('wt') % 4 === 0) workflowTool();
  if (h('mcp') % 6 === 0)
    add({
      type: 'tool',
      graphId: 'tool-mcp',
      tool: { providerType: 'mcp', providerId: 'mcp-server-1', tokens: 10 + (h('mcp-t') % 500) },
    });
  if (h('builtin') % 5 === 1)
    add({
      type: 'tool',
      graphId: 'tool-builtin',
      tool: { providerType: 'builtin', providerId: 'langgenius/time/time', tokens: 0 },
    });
  add({ type: 'end', graphId: 'end' });
  return nodes;
}

/** The tokens of the tool app's run that a workflow-tool call stands for. */
function innerRunTokens(ds: Dataset, tool: SimApp, pick: number): number {
  const runs = ds.baseRunCount(tool);
  if (runs === 0) return 100 + (pick % 900);
  return runTotals(ds, tool, { kind: 'workflow', r: pick % runs }).total;
}

/** Usage a node records as its own (not a sum of others), in this Dify era; undefined when none. */
export interface OwnUsage {
  prompt: number | null;
  completion: number | null;
  total: number;
  price: Big;
  currency: string;
  /** The model, where the node names it (`process_data.model_*`). */
  model: Model | null;
}

/** MCP servers report tokens; the simulator prices them at this unit (per million tokens). */
const MCP_UNIT = '0.5';

export function ownUsage(ds: Dataset, n: NodeSpec): OwnUsage | undefined {
  const profile = ds.profile;
  if (n.type === 'llm')
    return {
      prompt: n.prompt!,
      completion: n.completion!,
      total: n.prompt! + n.completion!,
      price: price(n.prompt!, n.model!.prompt).plus(price(n.completion!, n.model!.completion)),
      currency: n.model!.currency,
      model: n.model!,
    };
  if (
    (n.type === 'knowledge-retrieval' && n.router && profile.knowledgeRetrievalUsage) ||
    n.type === 'other'
  ) {
    const m = MODELS[0]!;
    return {
      prompt: n.prompt!,
      completion: n.completion!,
      total: n.prompt! + n.completion!,
      price: price(n.prompt!, m.prompt).plus(price(n.completion!, m.completion)),
      currency: m.currency,
      model: null,
    };
  }
  if (n.type !== 'tool' || !n.tool || n.tool.tokens <= 0) return undefined;
  if (n.tool.providerType === 'workflow' && profile.workflowToolUsage)
    return {
      prompt: null,
      completion: null,
      total: n.tool.tokens,
      price: new Big(0),
      currency: 'USD',
      model: null,
    };
  if (n.tool.providerType === 'mcp' && profile.mcpToolUsage)
    return {
      prompt: null,
      completion: null,
      total: n.tool.tokens,
      price: price(n.tool.tokens, MCP_UNIT),
      currency: 'USD',
      model: null,
    };
  return undefined;
}

/** What an iteration or loop row sums: the own usage of everything that ran inside it. */
function containerSum(ds: Dataset, shape: readonly NodeSpec[], c: NodeSpec): OwnUsage {
  let total = 0;
  let sum = new Big(0);
  for (const n of shape) {
    if (n.parent?.k !== c.k) continue;
    const u =
      n.type === 'iteration' || n.type === 'loop' ? containerSum(ds, shape, n) : ownUsage(ds, n);
    if (!u) continue;
    total += u.total;
    sum = sum.plus(u.price);
  }
  return { prompt: null, completion: null, total, price: sum, currency: 'USD', model: null };
}

export function nodeId(ds: Dataset, app: SimApp, ref: RunRef, k: number): string {
  const a = app.index;
  if (ref.kind === 'chat') return ds.id({ kind: Kind.chatNode, app: a, i: ref.c, sub: ref.j, k });
  return ds.id({ kind: Kind.node, app: a, i: ref.r, sub: ref.kind === 'debug' ? 1 : 0, k });
}

function creator(user: SimUser): Json {
  return user.role === 'account'
    ? {
        created_by_role: 'account',
        created_by_account: { id: user.id, name: 'Admin', email: 'admin@example.com' },
        created_by_end_user: null,
      }
    : {
        created_by_role: 'end_user',
        created_by_account: null,
        created_by_end_user: {
          id: user.id,
          type: 'service-api',
          is_anonymous: false,
          session_id: user.session,
        },
      };
}

function parentKeys(n: NodeSpec): Json {
  if (!n.parent) return {};
  return n.parent.type === 'iteration'
    ? { iteration_id: n.parent.graphId, iteration_index: n.parent.index }
    : { loop_id: n.parent.graphId, loop_index: n.parent.index };
}

const EMPTY_USAGE = (numbers: boolean): Json => ({
  ...llmUsage(0, 0, MODELS[0]!, numbers),
  latency: 0,
  time_to_first_token: null,
  time_to_generate: null,
});

export function nodeExecutions(
  ds: Dataset,
  app: SimApp,
  ref: RunRef,
  createdAt: number,
  running: boolean,
  user: SimUser,
): Json[] {
  const shape = runShape(ds, app, ref);
  const profile = ds.profile;
  const numbers = app.spec.numberPrices === true;
  return shape.map((n, idx) => {
    const last = idx === shape.length - 1;
    const status = running && last ? 'running' : 'succeeded';
    let processData: Json | null = null;
    let outputs: Json | null = {};
    let meta: Json | null = null;
    const own = ownUsage(ds, n);
    if (n.type === 'llm') {
      const usage = llmUsage(n.prompt!, n.completion!, n.model!, numbers);
      processData = {
        model_mode: 'chat',
        model_provider: n.model!.provider,
        model_name: n.model!.name,
        finish_reason: 'stop',
      };
      if (!n.truncated)
        processData = { ...processData, prompts: [{ role: 'user', text: '…' }], usage };
      outputs = { text: 'ok', reasoning_content: '', usage, finish_reason: 'stop' };
      meta = { total_tokens: usage.total_tokens };
      if (!n.noMetaPrice)
        meta = { ...meta, total_price: usage.total_price, currency: usage.currency };
    } else if (n.type === 'knowledge-retrieval') {
      outputs = { result: [] };
      if (profile.knowledgeRetrievalUsage) {
        // From 1.9.2 the node always records its (router / metadata-filter) usage, often empty.
        const usage = own
          ? llmUsage(own.prompt!, own.completion!, MODELS[0]!, numbers)
          : EMPTY_USAGE(numbers);
        processData = { usage };
        meta = {
          total_tokens: usage.total_tokens,
          total_price: usage.total_price,
          currency: 'USD',
        };
      } else processData = {};
    } else if (n.type === 'other') {
      const usage = llmUsage(own!.prompt!, own!.completion!, MODELS[0]!, numbers);
      processData = { usage };
      meta = { total_tokens: usage.total_tokens, total_price: usage.total_price, currency: 'USD' };
    } else if (n.type === 'iteration' || n.type === 'loop') {
      const sum = containerSum(ds, shape, n);
      outputs = { output: [] };
      meta = { total_tokens: sum.total };
      if (profile.containerSumsHavePrice)
        meta = { ...meta, total_price: money(sum.price, numbers), currency: sum.currency };
    } else if (n.type === 'tool') {
      outputs = { text: '', files: [], json: [{ data: [] }] };
      meta = {
        tool_info: {
          provider_type: n.tool!.providerType,
          provider_id: n.tool!.providerId,
          plugin_unique_identifier: null,
        },
      };
      if (own)
        meta = {
          ...meta,
          total_tokens: own.total,
          total_price: money(own.price, numbers),
          currency: own.currency,
        };
    }
    if (n.parent) meta = { ...meta, ...parentKeys(n) };
    return {
      id: nodeId(ds, app, ref, n.k),
      index: idx + 1,
      predecessor_node_id: idx === 0 ? null : shape[idx - 1]!.graphId,
      node_id: n.graphId,
      node_type: n.type === 'other' ? app.spec.unknownNodeType : n.type,
      title: n.type.toUpperCase(),
      inputs: {},
      process_data: processData,
      outputs: status === 'running' ? null : outputs,
      status,
      error: null,
      elapsed_time: 0.5,
      execution_metadata: meta,
      extras: {},
      created_at: createdAt + n.k,
      ...creator(user),
      finished_at: status === 'running' ? null : createdAt + n.k + 1,
      inputs_truncated: false,
      outputs_truncated: false,
      process_data_truncated: n.truncated === true,
    };
  });
}

/**
 * What Dify stores as the run's (and a chatflow message's) totals: the sum of the usage its nodes
 * record as their own, plus — on 1.9.x–1.10.0 — the iteration and loop sums again (Dify #28405).
 * prompt/completion/price count the LLM nodes only (what a chatflow message's usage holds).
 */
export function runTotals(
  ds: Dataset,
  app: SimApp,
  ref: RunRef,
): { prompt: number; completion: number; total: number; price: Big; hasLlm: boolean } {
  let prompt = 0;
  let completion = 0;
  let total = 0;
  let sum = new Big(0);
  let hasLlm = false;
  const shape = runShape(ds, app, ref);
  for (const n of shape) {
    if (n.type === 'iteration' || n.type === 'loop') {
      if (ds.profile.runTotalOvercountsIterations) total += containerSum(ds, shape, n).total;
      continue;
    }
    const u = ownUsage(ds, n);
    if (!u) continue;
    total += u.total;
    if (n.type !== 'llm') continue;
    hasLlm = true;
    prompt += u.prompt!;
    completion += u.completion!;
    sum = sum.plus(u.price);
  }
  if (total === 0)
    total =
      hash32(ds.seed, 'fallback', app.index, refKey(ref)) % 3 === 0
        ? 0
        : 100 + (hash32(ds.seed, 'ft', refKey(ref)) % 900);
  return { prompt, completion, total, price: sum, hasLlm };
}
