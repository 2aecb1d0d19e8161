import { describe, expect, it } from 'vitest';
import { nextWatermark, resolveWindow } from '../../src/commands/window.js';
import { UsageError } from '../../src/errors.js';

const now = Date.parse('2026-11-23T12:00:00Z');
const config = {
  initialSince: '30d',
  settleDelayMs: 15 * 60_000,
  exportTimezone: 'Europe/Berlin',
  exportFormat: 'cloudevents' as const,
};
const iso = (w: { from: number; to: number }): [string, string] => [
  new Date(w.from).toISOString(),
  new Date(w.to).toISOString(),
];

describe('the export window', () => {
  it('runs from the watermark to now − SETTLE_DELAY', () => {
    const w = resolveWindow({ watermark: Date.parse('2026-11-23T10:00:00Z'), config, now });
    expect(iso(w)).toEqual(['2026-11-23T10:00:00.000Z', '2026-11-23T11:45:00.000Z']);
  });

  it('starts at INITIAL_SINCE without a watermark, and at --since when given', () => {
    expect(iso(resolveWindow({ watermark: undefined, config, now }))[0]).toBe(
      '2026-10-24T12:00:00.000Z',
    );
    const since = { kind: 'date' as const, date: '2026-11-20' };
    expect(iso(resolveWindow({ since, watermark: now, config, now }))[0]).toBe(
      '2026-11-19T23:00:00.000Z',
    );
  });

  it('is empty, not inverted, when the watermark is past now − SETTLE_DELAY', () => {
    const w = resolveWindow({ watermark: now - 60_000, config, now });
    expect(w.to).toBe(w.from);
  });

  it('refuses --since at or after --until (64)', () => {
    const at = { kind: 'instant' as const, ms: now - 3_600_000 };
    expect(() =>
      resolveWindow({ since: at, until: at, watermark: undefined, config, now }),
    ).toThrow(UsageError);
  });

  it('is cut to whole local days for api-meter', () => {
    const w = resolveWindow({
      watermark: Date.parse('2026-11-20T10:00:00Z'),
      config: { ...config, exportFormat: 'api-meter' },
      now,
    });
    expect(iso(w)).toEqual(['2026-11-19T23:00:00.000Z', '2026-11-22T23:00:00.000Z']);
  });
});

describe('the watermark rule', () => {
  const window = { from: 100, to: 200 };
  it.each([
    ['first run: moves to what was reached', undefined, window, 150, 150],
    ['moves forward', 100, window, 200, 200],
    ['never moves backwards', 180, window, 150, 180],
    ['a backfill starting after it leaves it alone', 50, window, 200, 50],
    ['a backfill starting at or before it moves it', 100, { from: 20, to: 300 }, 300, 300],
  ])('%s', (_name, current, w, reached, expected) => {
    expect(nextWatermark(current, w, reached)).toBe(expected);
  });
});
