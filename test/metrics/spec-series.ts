import { expect } from 'vitest';
import { parsePromText, valueOf, type PromFamily } from './prom-text.js';

/** Every series SPEC §11 names, with the label values the brief fixes. */
export const SPEC_SERIES: readonly [string, Record<string, string>][] = [
  ['dify_export_last_run_timestamp_seconds', {}],
  ['dify_export_last_success_timestamp_seconds', {}],
  ['dify_export_last_exit_code', {}],
  ['dify_export_run_duration_seconds', {}],
  ...['fetched', 'delivered', 'spooled', 'rejected'].map(
    (outcome) => ['dify_export_events', { outcome }] as [string, Record<string, string>],
  ),
  ...['queued', 'held', 'rejected', 'corrupt', 'expired'].map(
    (state) => ['dify_export_spool_batches', { state }] as [string, Record<string, string>],
  ),
  ['dify_export_spool_oldest_age_seconds', {}],
  ['dify_export_watermark_timestamp_seconds', {}],
  // Issue 8 item 7: Agent apps (Dify 1.15+) record no usage; a metric as well as the warning.
  ['dify_export_apps_without_usage', {}],
  ['dify_export_pending_items', {}],
  ['dify_export_pending_given_up', {}],
  ['dify_export_dify_requests', {}],
  ['dify_export_apps', { state: 'total' }],
  ['dify_export_apps', { state: 'done' }],
];

/** Parses strictly, checks every SPEC series is there once with HELP and TYPE, returns the families. */
export function expectEverySeries(text: string): Map<string, PromFamily> {
  const families = parsePromText(text);
  for (const [name, labels] of SPEC_SERIES) {
    const family = families.get(name);
    expect(family?.help, `${name} HELP`).toMatch(/\S/);
    expect(family?.type, `${name} TYPE`).toBe('gauge');
    expect(Number.isFinite(valueOf(families, name, labels)), `${name} finite`).toBe(true);
  }
  const total = [...families.values()].reduce((n, f) => n + f.samples.length, 0);
  expect(total).toBe(SPEC_SERIES.length);
  return families;
}
