import Big from 'big.js';
import { localDate } from '../time/zone.js';
import type { UsageEvent } from '../usage/event.js';

/** What was exported for one minute of an app-day: the evidence console probes are read against. */
export interface MinuteTally {
  tokens: number;
  price: Big;
  /** Tokens of each console message of the minute (debugger or Explore: Dify does not say which). */
  console: number[];
  consolePrice: Big;
}

/** The exported side of one app × day (the account's zone). */
export interface ExportCell {
  appId: string;
  day: string;
  events: number;
  /** On the statistics' basis: prompt + completion (`message_tokens + answer_tokens`); workflows: totals. */
  tokens: number;
  /** `total_tokens` beyond that basis (e.g. usage without a prompt/completion split), reported apart. */
  totalExtra: number;
  /** Exact price sums per currency (`unknown` when Dify gave none). */
  cost: Map<string, Big>;
  /** Console usage left out by DIFY_EXCLUDE_CONSOLE (never in `tokens`). */
  excludedConsole: { tokens: number; price: Big };
  /** Minutes that hold console messages, plus every minute's totals (only for message apps). */
  minutes: Map<number, MinuteTally>;
  /** Workflow runs (of workflow apps and chatflow messages): exported tokens and node ids. */
  runs: Map<string, { tokens: number; nodeIds: Set<string> }>;
}

const MINUTE = 60_000;

/** The token basis of Dify's statistics for one event of an app of `mode`. */
export function basisTokens(e: UsageEvent): number {
  if (e.app_mode === 'workflow') return e.total_tokens;
  if (e.prompt_tokens === null && e.completion_tokens === null) return 0;
  return (e.prompt_tokens ?? 0) + (e.completion_tokens ?? 0);
}

/** Sums exported events per app × day, keeping the evidence the explanations need. */
export class Tally {
  readonly cells = new Map<string, ExportCell>();

  constructor(private readonly timeZone: string) {}

  cell(appId: string, day: string): ExportCell {
    const key = `${appId}\u0000${day}`;
    let c = this.cells.get(key);
    if (!c) {
      c = {
        appId,
        day,
        events: 0,
        tokens: 0,
        totalExtra: 0,
        cost: new Map(),
        excludedConsole: { tokens: 0, price: new Big(0) },
        minutes: new Map(),
        runs: new Map(),
      };
      this.cells.set(key, c);
    }
    return c;
  }

  /**
   * `excluded`: `export` leaves this event out (DIFY_EXCLUDE_CONSOLE); only its evidence is kept.
   * `parentAt`: the run's or message's `created_at`, which decides the day, as export and Dify's
   * statistics cut it (a node that runs after midnight belongs to its parent's day).
   */
  add(e: UsageEvent, excluded: boolean, parentAt: number = Date.parse(e.occurred_at)): void {
    const at = parentAt;
    const c = this.cell(e.app_id, localDate(at, this.timeZone));
    const tokens = basisTokens(e);
    const price = e.total_price === null ? new Big(0) : new Big(e.total_price);
    const console = e.from_source === 'console';
    if (e.app_mode !== 'workflow') {
      const m = Math.floor(at / MINUTE) * MINUTE;
      const minute = c.minutes.get(m) ?? {
        tokens: 0,
        price: new Big(0),
        console: [],
        consolePrice: new Big(0),
      };
      minute.tokens += tokens;
      minute.price = minute.price.plus(price);
      if (console) {
        minute.console.push(tokens);
        minute.consolePrice = minute.consolePrice.plus(price);
      }
      c.minutes.set(m, minute);
    }
    if (excluded) {
      c.excludedConsole.tokens += tokens;
      c.excludedConsole.price = c.excludedConsole.price.plus(price);
      return;
    }
    c.events += 1;
    c.tokens += tokens;
    c.totalExtra += e.total_tokens - tokens;
    if (e.total_price !== null) {
      const currency = e.currency ?? 'unknown';
      c.cost.set(currency, (c.cost.get(currency) ?? new Big(0)).plus(price));
    }
    if (e.workflow_run_id !== null) {
      const run = c.runs.get(e.workflow_run_id) ?? { tokens: 0, nodeIds: new Set<string>() };
      run.tokens += tokens;
      if (e.id.startsWith('node:')) run.nodeIds.add(e.id.slice('node:'.length));
      c.runs.set(e.workflow_run_id, run);
    }
  }
}

/** Minutes with no console message are only kept as context; this drops nothing else. */
export function consoleMinutes(c: ExportCell): [number, MinuteTally][] {
  return [...c.minutes.entries()].filter(([, m]) => m.console.length > 0).sort(([a], [b]) => a - b);
}
