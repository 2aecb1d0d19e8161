import { describe, expect, it } from 'vitest';
import type { VerifyRow } from '../../src/verify/reconcile.js';
import { footer, table } from '../../src/verify/render.js';

const row = (over: Partial<VerifyRow>): VerifyRow => ({
  app: { id: 'a1', name: 'An app whose name is much longer than the column', mode: 'chat' },
  day: '2026-11-03',
  exported: {
    events: 3,
    tokens: 1_234_567_890,
    total_tokens_extra: 0,
    cost: { RMB: '1234567.1234567', USD: '0.0001234' },
    excluded_console_tokens: 0,
  },
  dify: { tokens: 1_234_560_000, cost: '1234567.1235801', currency: 'USD' },
  delta: { tokens: -7890, cost: '0' },
  flags: ['mixed_currencies'],
  explanations: [
    { code: 'iteration_overcount', tokens: -7000, cost: null },
    { code: 'unexplained', tokens: -890, cost: '-0.0000001' },
  ],
  status: 'unexplained',
  probes: 0,
  ...over,
});

describe('the verify table', () => {
  it('fits 100 columns with long names, large numbers, several currencies and explanations', () => {
    const lines = table([row({}), row({ status: 'match', explanations: [], flags: [] })]);
    for (const line of lines)
      expect(Array.from(new Intl.Segmenter().segment(line)).length).toBeLessThanOrEqual(100);
    expect(lines.join('\n')).toMatchInlineSnapshot(`
      "APP             DAY          EXPORTED       DIFY         Δ EXPORTED COST     DIFY COST  STATUS
      An app whose n… 2026-11-03 1234567890 1234560000     -7890 1234567.1235 RMB  1234567.1… UNEXPLAINED*
                                                                 0.0001 USD
          iteration_overcount: -7000 tokens
          unexplained: -890 tokens, cost -0.0000001
          * mixed_currencies: Dify adds prices of every currency and labels the sum USD
      An app whose n… 2026-11-03 1234567890 1234560000     -7890 1234567.1235 RMB  1234567.1… ok
                                                                 0.0001 USD"
    `);
  });

  it('ends with a summary line', () => {
    expect(footer([row({})], { used: 3, max: 200 })).toBe(
      '-- 1 app-days, 1 with a difference, 1 unexplained; 3 console probes (max 200)',
    );
  });
});
