import Big from 'big.js';
import type { UsageEvent } from '../usage/event.js';
import { localDate, startOfLocalDay } from '../time/zone.js';
import { sha256Hex } from './batch.js';

export const API_METER_CONTENT_TYPE = 'application/json';

export interface ApiMeterRecord {
  usage_date: string;
  provider: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  request_count: number;
  /** Exact decimal sum rounded to 7 places, as a string so no binary float ever touches money. */
  cost_actual: string;
  currency: string | null;
  metadata: { source_system: 'dify'; source_event_id: string; aggregation_method: 'daily_sum' };
}

interface Sums {
  date: string;
  provider: string;
  model: string;
  currency: string | null;
  input: number;
  output: number;
  total: number;
  count: number;
  cost: Big;
  /** Late records only: the ids of the events summed, which make the record's id. */
  ids: string[];
}

export function sourceEventId(
  workspaceId: string,
  date: string,
  provider: string,
  model: string,
  currency: string | null,
): string {
  const digest = sha256Hex([workspaceId, date, provider, model, currency ?? ''].join('|'));
  return `dify-${date}-${digest.slice(0, 16)}`;
}

/**
 * The id of an additional record for a day already sent (SPEC §10): derived from the ids of the late
 * events it sums, so re-sending the same late usage repeats the same id, and it never collides with
 * the day's own record.
 */
export function lateSourceEventId(
  workspaceId: string,
  date: string,
  provider: string,
  model: string,
  currency: string | null,
  eventIds: readonly string[],
): string {
  const digest = sha256Hex(
    [workspaceId, date, provider, model, currency ?? '', 'late', ...[...eventIds].sort()].join('|'),
  );
  return `dify-${date}-${digest.slice(0, 16)}`;
}

/**
 * Daily sums per (local day, provider, model, currency) over the workspace (SPEC §7). The day of an
 * event is the local day of its parent's `created_at` (the run or chat message it belongs to), so
 * a run that crosses midnight counts whole on the day it started. Only running sums are kept, never
 * the events, so memory grows with days × models, not with traffic; a `late` rollup (usage for days
 * already sent, always few) also keeps the event ids that make its records' ids.
 */
export class DailyRollup {
  readonly #sums = new Map<string, Sums>();
  readonly #timeZone: string;
  readonly #workspaceId: string;
  readonly #late: boolean;

  constructor(workspaceId: string, timeZone: string, options: { late?: boolean } = {}) {
    this.#workspaceId = workspaceId;
    this.#timeZone = timeZone;
    this.#late = options.late === true;
  }

  /** Adds an event to the day of `parentAt` (epoch ms; default: the event's own time). */
  add(event: UsageEvent, parentAt: number = Date.parse(event.occurred_at)): void {
    const date = localDate(parentAt, this.#timeZone);
    const key = JSON.stringify([date, event.provider, event.model, event.currency]);
    let sums = this.#sums.get(key);
    if (!sums) {
      sums = {
        date,
        provider: event.provider,
        model: event.model,
        currency: event.currency,
        input: 0,
        output: 0,
        total: 0,
        count: 0,
        cost: new Big(0),
        ids: [],
      };
      this.#sums.set(key, sums);
    }
    sums.input += event.prompt_tokens ?? 0;
    sums.output += event.completion_tokens ?? 0;
    sums.total += event.total_tokens;
    sums.count += 1;
    if (this.#late) sums.ids.push(event.id);
    if (event.total_price !== null) sums.cost = sums.cost.plus(event.total_price);
  }

  /** Records of the days that end at or before `until` (epoch ms), in a stable order. */
  records(until: number): ApiMeterRecord[] {
    const out: ApiMeterRecord[] = [];
    for (const s of this.#sums.values()) {
      if (startOfLocalDay(s.date, this.#timeZone, 1) > until) continue;
      out.push({
        usage_date: s.date,
        provider: s.provider,
        model: s.model,
        input_tokens: s.input,
        output_tokens: s.output,
        total_tokens: s.total,
        request_count: s.count,
        cost_actual: s.cost.round(7, Big.roundHalfUp).toFixed(7),
        currency: s.currency,
        metadata: {
          source_system: 'dify',
          source_event_id: this.#late
            ? lateSourceEventId(this.#workspaceId, s.date, s.provider, s.model, s.currency, s.ids)
            : sourceEventId(this.#workspaceId, s.date, s.provider, s.model, s.currency),
          aggregation_method: 'daily_sum',
        },
      });
    }
    return out.sort((a, b) => (a.metadata.source_event_id < b.metadata.source_event_id ? -1 : 1));
  }
}

export interface ApiMeterMeta {
  tenantId: string;
  exporterVersion: string;
  /** When the export ran, ISO-8601 UTC: passed in so encoding stays pure. */
  exportTimestamp: string;
}

/** One api-meter request body; `date_range` spans the records' days. */
export function encodeApiMeterBody(records: readonly ApiMeterRecord[], meta: ApiMeterMeta): string {
  const dates = records.map((r) => r.usage_date).sort();
  return JSON.stringify({
    tenant_id: meta.tenantId,
    export_metadata: {
      exporter_version: meta.exporterVersion,
      export_timestamp: meta.exportTimestamp,
      aggregation_period: 'daily',
      source_system: 'dify',
      date_range: { start: dates[0] ?? null, end: dates[dates.length - 1] ?? null },
    },
    records,
  });
}
