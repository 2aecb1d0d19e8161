import type { SpoolEntry } from './listing.js';

/** `spool ls --json`: one object per line, stable snake_case fields (SPEC §2). */
export function entryJson(e: SpoolEntry): string {
  return JSON.stringify({
    id: e.id,
    state: e.state,
    event_count: e.event_count,
    bytes: e.bytes,
    created_at: e.created_at,
    attempts: e.attempts,
    next_attempt_at: e.next_attempt_at,
    last_status: e.last_status,
    last_error: e.last_error,
    format: e.format,
    window: e.window,
    requeued_at: e.requeued_at,
  });
}

const HEAD = [
  'ID',
  'STATE',
  'EVENTS',
  'SIZE',
  'CREATED',
  'ATTEMPTS',
  'NEXT ATTEMPT',
  'LAST STATUS/ERROR',
];

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function shortTime(value: string | null): string {
  return value === null ? '-' : value.replace(/\.\d{3}Z$/, 'Z');
}

function lastOutcome(e: SpoolEntry): string {
  const error = e.last_error === null ? '' : e.last_error.replace(/\s+/g, ' ').slice(0, 60);
  if (e.last_status === null) return error || '-';
  return error ? `${e.last_status} ${error}` : String(e.last_status);
}

/** The human table, aligned in columns, then the footer. */
export function spoolTable(entries: readonly SpoolEntry[]): string[] {
  if (entries.length === 0) return ['Spool is empty'];
  const rows = entries.map((e) => [
    e.id,
    e.state,
    e.event_count === null ? '?' : String(e.event_count),
    kib(e.bytes),
    shortTime(e.created_at),
    e.attempts === null ? '?' : String(e.attempts),
    e.state === 'queued' ? shortTime(e.next_attempt_at) : '-',
    lastOutcome(e),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  return [line(HEAD), ...rows.map(line), `-- ${entries.length} batches, ${kib(total)}`];
}
