import { describe, expect, it } from 'vitest';
import { DailyRollup, encodeApiMeterBody, sourceEventId } from '../../src/encode/api-meter.js';
import { sha256Hex } from '../../src/encode/batch.js';
import { cutToDays } from '../../src/encode/day-window.js';
import { usageEvent } from '../commands/helpers.js';

const day = (d: string, h = 0): string => `${d}T${String(h).padStart(2, '0')}:30:00.000Z`;

describe('api-meter daily rollup (SPEC §7)', () => {
  it('sums per (day, provider, model, currency) exactly, cost rounded to 7 places', () => {
    const r = new DailyRollup('ws-1', 'UTC');
    r.add(usageEvent(1, { occurred_at: day('2026-11-01', 1), total_price: '0.1' }));
    r.add(usageEvent(2, { occurred_at: day('2026-11-01', 2), total_price: '0.2' }));
    r.add(
      usageEvent(3, {
        occurred_at: day('2026-11-01', 3),
        total_price: '0.00000004',
        prompt_tokens: null,
        completion_tokens: null,
        total_tokens: 7,
      }),
    );
    r.add(
      usageEvent(4, { occurred_at: day('2026-11-01', 4), model: 'gpt-4o-mini', total_price: '1' }),
    );
    const [main, mini] = r
      .records(Date.parse('2026-11-02T00:00:00Z'))
      .sort((a, b) => a.model.localeCompare(b.model));
    expect(main).toMatchObject({
      usage_date: '2026-11-01',
      provider: 'openai',
      model: 'gpt-4o',
      input_tokens: 11 + 12,
      output_tokens: 10,
      total_tokens: 16 + 17 + 7,
      request_count: 3,
      cost_actual: '0.3000000',
      currency: 'USD',
    });
    expect(mini).toMatchObject({
      model: 'gpt-4o-mini',
      request_count: 1,
      cost_actual: '1.0000000',
    });
  });

  it('source_event_id is dify-<date>-<first 16 hex of sha256(workspace|date|provider|model|currency)>', () => {
    const expected = `dify-2026-11-01-${sha256Hex('ws-1|2026-11-01|openai|gpt-4o|USD').slice(0, 16)}`;
    expect(sourceEventId('ws-1', '2026-11-01', 'openai', 'gpt-4o', 'USD')).toBe(expected);
    const r = new DailyRollup('ws-1', 'UTC');
    r.add(usageEvent(1, { occurred_at: day('2026-11-01') }));
    expect(r.records(Date.parse('2026-11-02T00:00:00Z'))[0]!.metadata).toEqual({
      source_system: 'dify',
      source_event_id: expected,
      aggregation_method: 'daily_sum',
    });
  });

  it('a day is only emitted once it is complete', () => {
    const r = new DailyRollup('ws-1', 'UTC');
    r.add(usageEvent(1, { occurred_at: day('2026-11-01', 10) }));
    r.add(usageEvent(2, { occurred_at: day('2026-11-02', 10) }));
    expect(r.records(Date.parse('2026-11-02T12:00:00Z')).map((x) => x.usage_date)).toEqual([
      '2026-11-01',
    ]);
    expect(r.records(Date.parse('2026-11-03T00:00:00Z'))).toHaveLength(2);
  });

  it('days are local days of EXPORT_TIMEZONE', () => {
    const r = new DailyRollup('ws-1', 'Asia/Tokyo');
    r.add(usageEvent(1, { occurred_at: '2026-11-01T16:00:00.000Z' }));
    expect(r.records(Date.parse('2026-11-03T00:00:00Z'))[0]!.usage_date).toBe('2026-11-02');
  });

  it('the window is cut to whole local days', () => {
    const w = cutToDays(
      { from: Date.parse('2026-11-01T13:00:00Z'), to: Date.parse('2026-11-04T12:00:00Z') },
      'Europe/Berlin',
    );
    expect(new Date(w.from).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(new Date(w.to).toISOString()).toBe('2026-11-03T23:00:00.000Z');
    const none = cutToDays(
      { from: Date.parse('2026-11-01T01:00:00Z'), to: Date.parse('2026-11-01T20:00:00Z') },
      'UTC',
    );
    expect(none.to).toBe(none.from);
  });

  it('the same records encode to the same bytes', () => {
    const build = (): string => {
      const r = new DailyRollup('ws-1', 'UTC');
      for (let i = 0; i < 50; i += 1)
        r.add(
          usageEvent(i, {
            occurred_at: day(`2026-11-0${String(1 + (i % 3))}`),
            model: `m${i % 4}`,
          }),
        );
      return encodeApiMeterBody(r.records(Date.parse('2026-11-05T00:00:00Z')), {
        tenantId: '6f1c1c1e-1111-4111-8111-111111111111',
        exporterVersion: '1.0.0',
        exportTimestamp: '2026-11-05T00:00:00.000Z',
      });
    };
    const body = build();
    expect(build()).toBe(body);
    const parsed = JSON.parse(body) as {
      export_metadata: { date_range: unknown; aggregation_period: string };
    };
    expect(parsed.export_metadata).toMatchObject({
      aggregation_period: 'daily',
      date_range: { start: '2026-11-01', end: '2026-11-03' },
    });
  });
});
