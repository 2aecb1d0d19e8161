import { describe, expect, it } from 'vitest';
import { formatDuration, parseBytes, parseDuration } from '../../src/config/duration.js';
import { parseTimeExpr, resolveTime } from '../../src/time/parse.js';
import { fromZoned, localDate, localMinute, startOfLocalDay } from '../../src/time/zone.js';

describe('durations and sizes', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['7d', 604_800_000],
    ['120', 120_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
  ])('%s → %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'x', '5x', '-5', '2 minutes', '1w'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([
    ['1GiB', 1024 ** 3],
    ['500MB', 500e6],
    ['64K', 65_536],
    ['1024', 1024],
    ['2mib', 2 * 1024 ** 2],
  ])('%s → %i bytes', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes);
  });

  it.each(['lots', '1PB', '-1', ''])('rejects size %j', (text) => {
    expect(parseBytes(text)).toBeUndefined();
  });

  it('formats durations for messages', () => {
    expect([
      formatDuration(900_000),
      formatDuration(90_000),
      formatDuration(7 * 86_400_000),
    ]).toEqual(['15m', '90s', '7d']);
  });
});

describe('<time> arguments (SPEC §2)', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it.each([
    ['2026-11-01', 'UTC', '2026-11-01T00:00:00.000Z'],
    ['2026-11-01', 'Europe/Berlin', '2026-10-31T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Berlin', '2026-06-30T22:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-11-02T10:00:00Z', 'Asia/Tokyo', '2026-11-02T10:00:00.000Z'],
    ['2026-11-02T10:00:00+02:00', 'UTC', '2026-11-02T08:00:00.000Z'],
    ['2026-11-02T10:00:00.5-0130', 'UTC', '2026-11-02T11:30:00.500Z'],
    ['90m', 'UTC', '2026-11-23T10:30:00.000Z'],
    ['36h', 'UTC', '2026-11-22T00:00:00.000Z'],
    ['7d', 'Asia/Tokyo', '2026-11-16T12:00:00.000Z'],
  ])('%s in %s → %s', (text, tz, iso) => {
    const expr = parseTimeExpr(text);
    expect(expr).toBeDefined();
    expect(new Date(resolveTime(expr!, now, tz)).toISOString()).toBe(iso);
  });

  it.each([
    'yesterday',
    '2026-13-01',
    '2026-02-30',
    '2026-11-01T10:00',
    '2026-11-01 10:00Z',
    '10',
    '5w',
    '',
  ])('rejects %j', (text) => {
    expect(parseTimeExpr(text)).toBeUndefined();
  });
});

describe('wall-clock arithmetic', () => {
  it('takes the earlier reading of an ambiguous local time (clocks turned back)', () => {
    // Europe/Berlin 2026-10-25 02:30 happens twice: 00:30Z (CEST) and 01:30Z (CET).
    const t = fromZoned(
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 },
      'Europe/Berlin',
    );
    expect(new Date(t).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shifts a local time that does not exist forward by the gap', () => {
    // Europe/Berlin 2026-03-29 02:30 does not exist; 03:30 CEST = 01:30Z.
    const t = fromZoned(
      { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 },
      'Europe/Berlin',
    );
    expect(new Date(t).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('formats minutes and dates in a zone', () => {
    const t = Date.parse('2026-11-23T23:59:59Z');
    expect(localMinute(t, 'Asia/Shanghai')).toBe('2026-11-24 07:59');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDate(t, 'UTC')).toBe('2026-11-23');
  });

  it('finds the start of local days across a DST change', () => {
    expect(new Date(startOfLocalDay('2026-10-25', 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
    expect(new Date(startOfLocalDay('2026-10-25', 'Europe/Berlin', 1)).toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });
});
