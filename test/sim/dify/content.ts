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

export interface NodeSpec {
  k: number;
  type: 'start' | 'llm' | 'knowledge-retrieval' | 'end';
  model?: Model;
  prompt?: number;
  completion?: number;
  /** process_data without usage (newer Dify truncates it); tokens only in outputs.usage. */
  truncated?: boolean;
  /** execution_metadata without price (older rows); price only in the usage. */
  noMetaPrice?: boolean;
  /** Embedding tokens of a knowledge-retrieval node, in execution_metadata only. */
  metaTokens?: number;
}

/** The node layout of a run: start, maybe a knowledge retrieval, 0–2 LLM nodes, end. */
export function runShape(ds: Dataset, app: SimApp, ref: RunRef): NodeSpec[] {
  const key = refKey(ref);
  const u = hash32(ds.seed, 'shape', app.index, key) % 100;
  const nodes: NodeSpec[] = [{ k: 0, type: 'start' }];
  if (u < 12) {
    nodes.push({ k: 1, type: 'end' });
    return nodes;
  }
  if (hash32(ds.seed, 'kr', app.index, key) % 4 === 0)
    nodes.push({ k: nodes.length, type: 'knowledge-retrieval', metaTokens: 20 + (u % 200) });
  const llms = u < 55 ? 1 : 2;
  for (let n = 0; n < llms; n++) {
    const k = nodes.length;
    const [prompt, completion] = ds.tokens(app.index, key, k);
    nodes.push({
      k,
      type: 'llm',
      model: MODELS[hash32(ds.seed, 'model', app.index, key, k) % MODELS.length]!,
      prompt,
      completion,
      truncated: hash32(ds.seed, 'trunc', app.index, key, k) % 10 < 3,
      noMetaPrice: hash32(ds.seed, 'nometa', app.index, key, k) % 10 < 2,
    });
  }
  nodes.push({ k: nodes.length, type: 'end' });
  return nodes;
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

export function nodeExecutions(
  ds: Dataset,
  app: SimApp,
  ref: RunRef,
  createdAt: number,
  running: boolean,
  user: SimUser,
): Json[] {
  const shape = runShape(ds, app, ref);
  const numbers = app.spec.numberPrices === true;
  return shape.map((n, idx) => {
    const last = idx === shape.length - 1;
    const status = running && last ? 'running' : 'succeeded';
    let processData: Json | null = null;
    let outputs: Json | null = {};
    let meta: Json | null = null;
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
      const p = price(n.metaTokens!, '0.02');
      meta = { total_tokens: n.metaTokens, total_price: money(p, numbers), currency: 'USD' };
      outputs = { result: [] };
    }
    return {
      id: nodeId(ds, app, ref, n.k),
      index: idx + 1,
      predecessor_node_id: idx === 0 ? null : `${shape[idx - 1]!.type}-${idx - 1}`,
      node_id: `${n.type}-${idx}`,
      node_type: n.type,
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

/** Sum of the usage a run's nodes carry (what Dify stores as the run's / message's totals). */
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
  for (const n of runShape(ds, app, ref)) {
    if (n.type === 'llm') {
      hasLlm = true;
      prompt += n.prompt!;
      completion += n.completion!;
      total += n.prompt! + n.completion!;
      sum = sum
        .plus(price(n.prompt!, n.model!.prompt))
        .plus(price(n.completion!, n.model!.completion));
    } else if (n.metaTokens !== undefined) {
      total += n.metaTokens;
    }
  }
  if (total === 0)
    total =
      hash32(ds.seed, 'fallback', app.index, refKey(ref)) % 3 === 0
        ? 0
        : 100 + (hash32(ds.seed, 'ft', refKey(ref)) % 900);
  return { prompt, completion, total, price: sum, hasLlm };
}
