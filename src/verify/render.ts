import Big from 'big.js';
import type { Explanation, VerifyRow } from './reconcile.js';

/** One JSON object per app-day (`--json`): both sides, the difference and its explanations. */
export function rowJson(row: VerifyRow): string {
  return JSON.stringify({
    app_id: row.app.id,
    app_name: row.app.name,
    app_mode: row.app.mode,
    day: row.day,
    status: row.status,
    exported: row.exported,
    dify: row.dify,
    delta: row.delta,
    flags: row.flags,
    explanations: row.explanations,
    probes: row.probes,
  });
}

const W = { app: 15, day: 10, num: 10, delta: 9, cost: 17, difyCost: 10 } as const;

function cut(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

const right = (text: string, width: number): string => text.padStart(width);

/** Prices to 4 places in the table (the JSON keeps them exact). */
function money(value: string, currency?: string): string {
  const v = new Big(value).toFixed(4);
  return currency === undefined ? v : `${v} ${currency}`;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

function explanationText(e: Explanation): string {
  const cost = e.cost === null || new Big(e.cost).eq(0) ? '' : `, cost ${e.cost}`;
  return `    ${e.code}: ${signed(e.tokens)} tokens${cost}`;
}

const STATUS = { match: 'ok', explained: 'explained', unexplained: 'UNEXPLAINED' } as const;

const HEADER = [
  cut('APP', W.app),
  cut('DAY', W.day),
  right('EXPORTED', W.num),
  right('DIFY', W.num),
  right('Δ', W.delta),
  cut('EXPORTED COST', W.cost),
  cut('DIFY COST', W.difyCost),
  'STATUS',
].join(' ');

/**
 * The human table (at most 100 columns): one line per app-day, a line per further currency, then
 * one indented line per explanation. Δ is Dify − exported.
 */
export function table(rows: readonly VerifyRow[]): string[] {
  const lines = [HEADER];
  for (const row of rows) {
    const costs = Object.entries(row.exported.cost).map(([c, v]) => money(v, c));
    const status = STATUS[row.status] + (row.flags.length > 0 ? '*' : '');
    lines.push(
      [
        cut(row.app.name, W.app),
        cut(row.day, W.day),
        right(String(row.exported.tokens), W.num),
        right(String(row.dify.tokens), W.num),
        right(signed(row.delta.tokens), W.delta),
        cut(costs[0] ?? '-', W.cost),
        cut(row.dify.cost === null ? '-' : money(row.dify.cost), W.difyCost),
        status,
      ].join(' '),
    );
    const pad = ' '.repeat(W.app + W.day + 2 * W.num + W.delta + 5);
    for (const more of costs.slice(1)) lines.push(`${pad}${more}`);
    for (const e of row.explanations) lines.push(explanationText(e));
    for (const f of row.flags)
      lines.push(`    * ${f}: Dify adds prices of every currency and labels the sum USD`);
  }
  return lines;
}

export function footer(rows: readonly VerifyRow[], probes: { used: number; max: number }): string {
  const differ = rows.filter((r) => r.status !== 'match').length;
  const unexplained = rows.filter((r) => r.status === 'unexplained').length;
  return `-- ${rows.length} app-days, ${differ} with a difference, ${unexplained} unexplained; ${probes.used} console probes (max ${probes.max})`;
}
