import Big from 'big.js';

interface Row {
  events: number;
  tokens: number;
  cost: Big;
}

/** Usage per app as the metering API would bill it, from the accepted CloudEvents (exact sums). */
export function usageByApp(received: ReadonlyMap<string, unknown>): string[] {
  const rows = new Map<string, Row>();
  for (const value of received.values()) {
    const data = (value as { data?: Record<string, unknown> }).data ?? {};
    const key = `${String(data.app_name)} (${String(data.app_mode)})`;
    const row = rows.get(key) ?? { events: 0, tokens: 0, cost: new Big(0) };
    row.events += 1;
    row.tokens += typeof data.total_tokens === 'number' ? data.total_tokens : 0;
    if (typeof data.total_price === 'string') row.cost = row.cost.plus(data.total_price);
    rows.set(key, row);
  }
  const width = Math.max(...[...rows.keys()].map((k) => k.length), 3);
  const lines = [`${'APP'.padEnd(width)}  EVENTS   TOKENS  COST (USD)`];
  for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(
      `${key.padEnd(width)}  ${String(row.events).padStart(6)}  ${String(row.tokens).padStart(7)}  ${row.cost.toFixed()}`,
    );
  return lines;
}
