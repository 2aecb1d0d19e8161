import Big from 'big.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiMeterRecord } from '../../src/encode/api-meter.js';
import { harness, type Harness } from './export-fixture.js';
import { fakeSession, usageEvent } from './helpers.js';

const TENANT = '6f1c1c1e-1111-4111-8111-111111111111';
let h: Harness;

afterEach(async () => {
  await h.close();
});

// 11-18 and 11-19 are complete when the run happens on 11-20 at noon; 11-20 is not.
const prices = ['0.1', '0.2', '0.0000001', '3.14159265', '0.00000005'];
const events = [
  ...prices.map((p, i) =>
    usageEvent(i, { occurred_at: `2026-11-18T0${i}:00:00.000Z`, total_price: p }),
  ),
  ...prices.map((p, i) =>
    usageEvent(10 + i, {
      occurred_at: `2026-11-19T1${i}:00:00.000Z`,
      total_price: p,
      model: 'claude',
    }),
  ),
  usageEvent(99, { occurred_at: '2026-11-20T05:00:00.000Z', total_price: '7' }),
];

function records(h: Harness): ApiMeterRecord[] {
  return h.receiver.requests.flatMap(
    (r) => (JSON.parse(r.body.toString()) as { records: ApiMeterRecord[] }).records,
  );
}

describe('export with EXPORT_FORMAT=api-meter', () => {
  it('sends complete days only, with totals equal to the exact sum of their events', async () => {
    h = await harness({ exportFormat: 'api-meter', apiMeterTenantId: TENANT });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    const sent = records(h);
    expect(sent.map((r) => r.usage_date).sort()).toEqual(['2026-11-18', '2026-11-19']);
    const exact = prices
      .reduce((s, p) => s.plus(p), new Big(0))
      .round(7)
      .toFixed(7);
    for (const r of sent) {
      expect(r.cost_actual).toBe(exact);
      expect(r.request_count).toBe(5);
    }
    expect(report.watermarkAfter).toBe('2026-11-20T00:00:00.000Z');
    const body = JSON.parse(h.receiver.requests[0]!.body.toString()) as { tenant_id: string };
    expect(body.tenant_id).toBe(TENANT);
    expect(h.receiver.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('the day still open is sent by the run after it completes, once', async () => {
    h = await harness({ exportFormat: 'api-meter', apiMeterTenantId: TENANT });
    await h.exportWith(fakeSession(events));
    h.nextRun(86_400_000);
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    const sent = records(h);
    expect(sent.map((r) => r.usage_date).sort()).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(sent.find((r) => r.usage_date === '2026-11-20')).toMatchObject({
      cost_actual: '7.0000000',
      request_count: 1,
    });
    expect(report.watermarkAfter).toBe('2026-11-21T00:00:00.000Z');
  });

  it('a day holding an item that is not final waits, and the watermark stops before it', async () => {
    h = await harness({ exportFormat: 'api-meter', apiMeterTenantId: TENANT });
    const report = await h.exportWith(
      fakeSession(events, { safeUntil: () => Date.parse('2026-11-19T12:00:00Z') }),
    );
    expect(records(h).map((r) => r.usage_date)).toEqual(['2026-11-18']);
    expect(report.watermarkAfter).toBe('2026-11-19T00:00:00.000Z');
  });
});
