import Big from 'big.js';
import type { DifyApi } from '../dify/api.js';
import { localMinute } from '../time/zone.js';
import { difyReadsMinute, readDifyDays } from './dify-stats.js';
import { consoleMinutes, type ExportCell } from './tally.js';

const MINUTE = 60_000;

/** Probes left for the whole run (`--max-probes`). */
export class ProbeBudget {
  used = 0;
  constructor(readonly max: number) {}
  take(): boolean {
    if (this.used >= this.max) return false;
    this.used += 1;
    return true;
  }
}

/** What the probes proved about an app-day's console messages. */
export interface ConsoleFinding {
  /** Console usage Dify's statistics count (Explore; all console traffic on 1.7–1.8). */
  counted: { tokens: number; price: Big };
  /** Console usage they leave out (the debugger, from 1.9.0). */
  left: { tokens: number; price: Big };
  /** Console usage of minutes not probed (cap reached, or a minute Dify cannot address). */
  notProbed: { tokens: number; price: Big; minutes: number };
  /** Minutes whose probe matched no split of their console messages. */
  inconsistent: { tokens: number; price: Big; minutes: number };
  probes: number;
}

/** Whether some of `values` add up to `target` (a few messages per minute: a bitset is plenty). */
export function subsetSums(values: readonly number[], target: number): boolean {
  if (target < 0) return false;
  let reach = new Set<number>([0]);
  for (const v of values) {
    const next = new Set(reach);
    for (const r of reach) if (r + v <= target) next.add(r + v);
    reach = next;
    if (reach.size > 200_000) return target <= values.reduce((a, b) => a + b, 0);
  }
  return reach.has(target);
}

const zero = () => ({ tokens: 0, price: new Big(0) });

/**
 * Asks Dify's statistics about each minute that holds console messages: `start` = the minute,
 * `end` = the next one. Dify's count for the minute, against what was exported for it, tells how
 * much of the minute's console usage its statistics leave out. Messages of one minute cannot be
 * told apart; the split must still be one some of them add up to.
 */
export async function probeConsole(
  get: DifyApi['get'],
  cell: ExportCell,
  timeZone: string,
  budget: ProbeBudget,
): Promise<ConsoleFinding> {
  const f: ConsoleFinding = {
    counted: zero(),
    left: zero(),
    notProbed: { ...zero(), minutes: 0 },
    inconsistent: { ...zero(), minutes: 0 },
    probes: 0,
  };
  for (const [m, minute] of consoleMinutes(cell)) {
    const consoleTokens = minute.console.reduce((a, b) => a + b, 0);
    const start = localMinute(m, timeZone);
    // In the repeated hour of a DST change Dify reads the minute as the later instant.
    if (difyReadsMinute(start, timeZone) !== m || !budget.take()) {
      f.notProbed.tokens += consoleTokens;
      f.notProbed.price = f.notProbed.price.plus(minute.consolePrice);
      f.notProbed.minutes += 1;
      continue;
    }
    f.probes += 1;
    const days = await readDifyDays(
      get,
      cell.appId,
      'messages',
      { from: m, to: m + MINUTE },
      timeZone,
    );
    const dify = days.get(cell.day) ?? { tokens: 0, price: null };
    const apiTokens = minute.tokens - consoleTokens;
    const counted = dify.tokens - apiTokens;
    const left = consoleTokens - counted;
    if (counted < 0 || left < 0 || !subsetSums(minute.console, left)) {
      f.inconsistent.tokens += consoleTokens;
      f.inconsistent.price = f.inconsistent.price.plus(minute.consolePrice);
      f.inconsistent.minutes += 1;
      continue;
    }
    const apiPrice = minute.price.minus(minute.consolePrice);
    const countedPrice = (dify.price ?? new Big(0)).minus(apiPrice);
    f.counted.tokens += counted;
    f.counted.price = f.counted.price.plus(countedPrice);
    f.left.tokens += left;
    f.left.price = f.left.price.plus(minute.consolePrice.minus(countedPrice));
  }
  return f;
}
