import { createHash } from 'node:crypto';

export type ExportFormat = 'cloudevents' | 'api-meter';

/** One encoded request body, ready to POST or to spool byte for byte. */
export interface EncodedBatch {
  format: ExportFormat;
  contentType: string;
  body: string;
  eventCount: number;
  /** The export window the batch belongs to, ISO-8601 UTC. */
  window: { from: string; to: string };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * `Idempotency-Key` is a structured-field string (draft-ietf-httpapi-idempotency-key-header), so
 * the double quotes belong to the value. Derived from the body, a re-send carries the same key.
 */
export function idempotencyKeyOf(body: string): string {
  return `"${sha256Hex(body)}"`;
}
