import { encodeApiMeterBody } from '../encode/api-meter.js';
import type { ExportFormat } from '../encode/batch.js';

export interface BodyPart {
  body: string;
  eventCount: number;
}

interface ApiMeterBody {
  tenant_id: string;
  export_metadata: { exporter_version: string; export_timestamp: string };
  records: unknown[];
}

/**
 * The two halves of a request body the receiver refused as too large (413, SPEC §8): the same
 * events (or rollup records) with their ids, re-encoded as two bodies, so each half gets its own
 * idempotency key. Undefined when the body holds fewer than two items.
 */
export function splitBody(format: ExportFormat, body: string): [BodyPart, BodyPart] | undefined {
  if (format === 'cloudevents') {
    const events = JSON.parse(body) as unknown[];
    if (!Array.isArray(events) || events.length < 2) return undefined;
    // JSON.parse then JSON.stringify keeps key order and the encoder's bytes for each event.
    const encode = (part: unknown[]): BodyPart => ({
      body: `[${part.map((e) => JSON.stringify(e)).join(',')}]`,
      eventCount: part.length,
    });
    const mid = Math.ceil(events.length / 2);
    return [encode(events.slice(0, mid)), encode(events.slice(mid))];
  }
  const parsed = JSON.parse(body) as ApiMeterBody;
  const records = parsed.records;
  if (!Array.isArray(records) || records.length < 2) return undefined;
  const meta = {
    tenantId: parsed.tenant_id,
    exporterVersion: parsed.export_metadata.exporter_version,
    exportTimestamp: parsed.export_metadata.export_timestamp,
  };
  const encode = (part: unknown[]): BodyPart => ({
    body: encodeApiMeterBody(part as Parameters<typeof encodeApiMeterBody>[0], meta),
    eventCount: part.length,
  });
  const mid = Math.ceil(records.length / 2);
  return [encode(records.slice(0, mid)), encode(records.slice(mid))];
}
