import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { verifyWindow } from '../../src/verify/window.js';

const NOW = Date.parse('2026-11-20T12:00:30Z');
const iso = (w: { from: number; to: number }) => [
  new Date(w.from).toISOString(),
  new Date(w.to).toISOString(),
];

describe('the verify window', () => {
  it('defaults to the last 7 complete days of the account zone', () => {
    const w = verifyWindow({ now: NOW, timeZone: 'Asia/Shanghai', settleDelayMs: 300_000 });
    // 20:00:30 on Nov 20 in Shanghai: today began at 16:00Z the day before.
    expect(iso(w)).toEqual(['2026-11-12T16:00:00.000Z', '2026-11-19T16:00:00.000Z']);
    expect(w.settleCut).toBe(false);
  });

  it('reads bare dates in the account zone, across a DST change', () => {
    const w = verifyWindow({
      since: { kind: 'date', date: '2026-10-24' },
      until: { kind: 'date', date: '2026-10-26' },
      now: NOW,
      timeZone: 'Europe/Berlin',
      settleDelayMs: 0,
    });
    expect(iso(w)).toEqual(['2026-10-23T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
  });

  it('moves both ends inward to whole minutes (Dify reads start and end to the minute)', () => {
    const w = verifyWindow({
      since: { kind: 'instant', ms: Date.parse('2026-11-10T10:00:30Z') },
      until: { kind: 'instant', ms: Date.parse('2026-11-11T10:00:30Z') },
      now: NOW,
      timeZone: 'UTC',
      settleDelayMs: 0,
    });
    expect(iso(w)).toEqual(['2026-11-10T10:01:00.000Z', '2026-11-11T10:00:00.000Z']);
  });

  it('never ends inside SETTLE_DELAY, and says so', () => {
    const justAfterMidnight = Date.parse('2026-11-20T00:02:00Z');
    const w = verifyWindow({ now: justAfterMidnight, timeZone: 'UTC', settleDelayMs: 300_000 });
    expect(iso(w)).toEqual(['2026-11-13T00:00:00.000Z', '2026-11-19T23:57:00.000Z']);
    expect(w.settleCut).toBe(true);
  });

  it('refuses an empty window as a usage error', () => {
    expect(() =>
      verifyWindow({
        since: { kind: 'ago', ms: 60_000 },
        now: NOW,
        timeZone: 'UTC',
        settleDelayMs: 300_000,
      }),
    ).toThrow(UsageError);
  });
});
