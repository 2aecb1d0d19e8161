import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/deliver/split.js';
import { encodeApiMeterBody } from '../../src/encode/api-meter.js';
import { encodeCloudEventsBatch } from '../../src/encode/cloudevents.js';
import { idempotencyKeyOf } from '../../src/encode/batch.js';
import { usageEvent } from '../commands/helpers.js';

const events = Array.from({ length: 5 }, (_, i) => usageEvent(i));

describe('splitting a body in halves', () => {
  it('cloudevents: the same events, byte for byte, in two bodies with their own keys', () => {
    const body = encodeCloudEventsBatch(events.slice(0, 5), 'src');
    const [a, b] = splitBody('cloudevents', body)!;
    expect(a.body).toBe(encodeCloudEventsBatch(events.slice(0, 3), 'src'));
    expect(b.body).toBe(encodeCloudEventsBatch(events.slice(3, 5), 'src'));
    expect([a.eventCount, b.eventCount]).toEqual([3, 2]);
    expect(idempotencyKeyOf(a.body)).not.toBe(idempotencyKeyOf(body));
    expect(splitBody('cloudevents', encodeCloudEventsBatch(events.slice(0, 1), 'src'))).toBe(
      undefined,
    );
  });

  it('api-meter: the records split, the envelope kept', () => {
    const meta = { tenantId: 't', exporterVersion: '1', exportTimestamp: '2026-11-20T00:00:00Z' };
    const records = [1, 2, 3].map((i) => ({
      usage_date: `2026-11-0${i}`,
      metadata: { source_event_id: `r${i}` },
    }));
    const body = encodeApiMeterBody(records as never, meta);
    const [a, b] = splitBody('api-meter', body)!;
    expect(a.body).toBe(encodeApiMeterBody(records.slice(0, 2) as never, meta));
    expect(b.body).toBe(encodeApiMeterBody(records.slice(2) as never, meta));
  });
});
