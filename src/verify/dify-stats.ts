import Big from 'big.js';
import { z } from 'zod';
import type { DifyApi } from '../dify/api.js';
import { price } from '../dify/schemas.js';
import { localMinute, offsetAt } from '../time/zone.js';

/**
 * Dify's daily token statistics (`controllers/console/app/statistic.py` and
 * `workflow_statistic.py`, 1.7.0–1.15.0): `start`/`end` are `YYYY-MM-DD HH:MM` in the account's
 * zone, `start` inclusive, `end` exclusive; rows are local days that have data, ascending.
 * Messages: `SUM(message_tokens) + SUM(answer_tokens)` and `SUM(total_price)` of every currency,
 * labelled `USD`, debugger traffic left out from 1.9.0. Workflows: `SUM(total_tokens)` of runs
 * triggered from `app-run`, no price.
 */

const count = z.union([z.number(), z.string().regex(/^\d+$/)]).nullish();

const tokenCosts = z.object({
  data: z.array(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      token_count: count,
      total_price: price.optional(),
      currency: z.string().nullish(),
    }),
  ),
});

export interface DifyDay {
  tokens: number;
  /** null for workflow apps (no price) or when every message's price was null. */
  price: Big | null;
}

export type StatsKind = 'messages' | 'workflow';

export const MESSAGE_MODES: ReadonlySet<string> = new Set([
  'chat',
  'agent-chat',
  'advanced-chat',
  'completion',
]);

export function statsKind(mode: string): StatsKind | undefined {
  if (mode === 'workflow') return 'workflow';
  return MESSAGE_MODES.has(mode) ? 'messages' : undefined;
}

/** The instant Dify reads a local minute as: an ambiguous one is standard time (the later instant). */
export function difyReadsMinute(text: string, timeZone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const offsets = new Set([
    offsetAt(naive - 86_400_000, timeZone),
    offsetAt(naive + 86_400_000, timeZone),
  ]);
  const valid = [...offsets].map((o) => naive - o).filter((t) => localMinute(t, timeZone) === text);
  return valid.length > 0 ? Math.max(...valid) : undefined;
}

/** Reads one app's token statistics for `[from, to)` (both whole minutes), by local day. */
export async function readDifyDays(
  get: DifyApi['get'],
  appId: string,
  kind: StatsKind,
  range: { from: number; to: number },
  timeZone: string,
): Promise<Map<string, DifyDay>> {
  const path =
    kind === 'workflow'
      ? `apps/${appId}/workflow/statistics/token-costs`
      : `apps/${appId}/statistics/token-costs`;
  const body = await get(path, tokenCosts, {
    start: localMinute(range.from, timeZone),
    end: localMinute(range.to, timeZone),
  });
  const days = new Map<string, DifyDay>();
  for (const row of body.data) {
    const p = kind === 'workflow' ? null : (row.total_price ?? null);
    days.set(row.date, {
      tokens: Number(row.token_count ?? 0),
      price: p === null ? null : new Big(p),
    });
  }
  return days;
}
