import Big from 'big.js';
import type { DifyApi } from '../dify/api.js';
import { startOfLocalDay } from '../time/zone.js';
import type { DifyDay, StatsKind } from './dify-stats.js';
import { probeConsole, type ProbeBudget } from './probe.js';
import { chatflowWorkflowTools, reconcileRuns } from './runs.js';
import type { ExportCell } from './tally.js';

/** Explanation codes (docs/verify.md). Sizes are signed parts of Dify − exported. */
export type Code =
  | 'debugger'
  | 'console_excluded'
  | 'console_not_probed'
  | 'pending'
  | 'trigger_run'
  | 'iteration_overcount'
  | 'workflow_tool'
  | 'unexplained';

export interface Explanation {
  code: Code;
  tokens: number;
  /** Price part (message apps), exact decimal string; null when not known or not priced. */
  cost: string | null;
}

export interface AppRef {
  id: string;
  name: string;
  mode: string;
}

export interface VerifyRow {
  app: AppRef;
  day: string;
  exported: {
    events: number;
    tokens: number;
    total_tokens_extra: number;
    cost: Record<string, string>;
    excluded_console_tokens: number;
  };
  dify: { tokens: number; cost: string | null; currency: string | null };
  delta: { tokens: number; cost: string | null };
  flags: 'mixed_currencies'[];
  explanations: Explanation[];
  status: 'match' | 'explained' | 'unexplained';
  probes: number;
}

export interface ReconcileDeps {
  get: DifyApi['get'];
  timeZone: string;
  excludeConsole: boolean;
  budget: ProbeBudget;
  window: { from: number; to: number };
  readStartedAt: number;
}

const sumCost = (cost: Map<string, Big>): Big =>
  [...cost.values()].reduce((a, b) => a.plus(b), new Big(0));

/** Compares one app-day and explains its difference, reading Dify again only where it differs. */
export async function reconcile(
  deps: ReconcileDeps,
  app: AppRef,
  kind: StatsKind,
  cell: ExportCell,
  dify: DifyDay | undefined,
): Promise<VerifyRow> {
  const theirs = dify ?? { tokens: 0, price: null };
  const gap = theirs.tokens - cell.tokens;
  const exportedPrice = sumCost(cell.cost);
  const priceGap = kind === 'messages' ? (theirs.price ?? new Big(0)).minus(exportedPrice) : null;
  const explanations: Explanation[] = [];
  let probes = 0;
  let residual = gap;
  let residualPrice = priceGap;

  // Chatflow console conversations are Explore only (Dify's list leaves the debugger's out), and
  // what DIFY_EXCLUDE_CONSOLE dropped of them is known exactly: Dify counts all of it.
  const chatflowConsole = app.mode === 'advanced-chat' && deps.excludeConsole;
  if (chatflowConsole && cell.excludedConsole.tokens !== 0) {
    const excl = cell.excludedConsole;
    explanations.push({
      code: 'console_excluded',
      tokens: excl.tokens,
      cost: excl.price.toFixed(),
    });
    residual -= excl.tokens;
    residualPrice = residualPrice?.minus(excl.price) ?? null;
  }

  const differs = residual !== 0 || !(residualPrice ?? new Big(0)).eq(0);
  if (kind === 'messages' && !chatflowConsole && differs) {
    const f = await probeConsole(deps.get, cell, deps.timeZone, deps.budget);
    probes = f.probes;
    // Without DIFY_EXCLUDE_CONSOLE the export holds every console message and Dify's statistics
    // lack what they leave out; with it, the export holds none and Dify has what it counts.
    const part = deps.excludeConsole
      ? f.counted
      : { tokens: -f.left.tokens, price: f.left.price.neg() };
    if (part.tokens !== 0 || !part.price.eq(0)) {
      explanations.push({
        code: deps.excludeConsole ? 'console_excluded' : 'debugger',
        tokens: part.tokens,
        cost: part.price.toFixed(),
      });
      residual -= part.tokens;
      residualPrice = residualPrice?.minus(part.price) ?? null;
    }
    const np = f.notProbed;
    const sign = deps.excludeConsole ? 1 : -1;
    const within = (r: number, max: number): boolean =>
      sign > 0 ? r >= 0 && r <= max : r <= 0 && -r <= max;
    const priceWithin =
      residualPrice === null ||
      (sign > 0
        ? residualPrice.gte(0) && residualPrice.lte(np.price)
        : residualPrice.lte(0) && residualPrice.neg().lte(np.price));
    if (
      np.minutes > 0 &&
      (residual !== 0 || !(residualPrice ?? new Big(0)).eq(0)) &&
      within(residual, np.tokens) &&
      priceWithin
    ) {
      explanations.push({
        code: 'console_not_probed',
        tokens: residual,
        cost: residualPrice?.toFixed() ?? null,
      });
      residual = 0;
      residualPrice = residualPrice === null ? null : new Big(0);
    }
  }

  // Only a surplus on Dify's side can be a workflow tool's usage counted in its own app.
  if (app.mode === 'advanced-chat' && residual > 0 && cell.runs.size > 0) {
    const tools = await chatflowWorkflowTools(deps.get, cell);
    const priceMatches = residualPrice === null || residualPrice.eq(tools.price);
    if (tools.tokens !== 0 && tools.tokens === residual && priceMatches) {
      explanations.push({
        code: 'workflow_tool',
        tokens: tools.tokens,
        cost: tools.price.toFixed(),
      });
      residual = 0;
      residualPrice = residualPrice === null ? null : new Big(0);
    }
  }

  if (kind === 'workflow' && gap !== 0) {
    const day = {
      from: Math.max(deps.window.from, startOfLocalDay(cell.day, deps.timeZone)),
      to: Math.min(deps.window.to, startOfLocalDay(cell.day, deps.timeZone, 1)),
    };
    const runs = await reconcileRuns(deps.get, cell, day, gap, deps.readStartedAt);
    for (const [code, tokens] of runs.parts) explanations.push({ code, tokens, cost: null });
    residual = runs.residual;
  }

  if (residual !== 0 || (residualPrice !== null && !residualPrice.eq(0)))
    explanations.push({
      code: 'unexplained',
      tokens: residual,
      cost: residualPrice?.toFixed() ?? null,
    });

  const currencies = [...cell.cost.keys()];
  const mixed =
    kind === 'messages' &&
    (currencies.length > 1 || (currencies.length === 1 && currencies[0] !== 'USD'));
  const status = explanations.some((e) => e.code === 'unexplained')
    ? 'unexplained'
    : explanations.length > 0
      ? 'explained'
      : 'match';
  return {
    app,
    day: cell.day,
    exported: {
      events: cell.events,
      tokens: cell.tokens,
      total_tokens_extra: cell.totalExtra,
      cost: Object.fromEntries(
        [...cell.cost.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([c, v]) => [c, v.toFixed()]),
      ),
      excluded_console_tokens: cell.excludedConsole.tokens,
    },
    dify: {
      tokens: theirs.tokens,
      cost: kind === 'messages' ? (theirs.price?.toFixed() ?? null) : null,
      currency: kind === 'messages' && dify ? 'USD' : null,
    },
    delta: { tokens: gap, cost: priceGap?.toFixed() ?? null },
    flags: mixed ? ['mixed_currencies'] : [],
    explanations,
    status,
    probes,
  };
}
