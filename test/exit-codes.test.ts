import { describe, expect, it } from 'vitest';
import { EXIT_CODES, ExitCode, exitName, worstExit } from '../src/exit-codes.js';

describe('exit codes (SPEC §3)', () => {
  it.each([
    ['CONFIG', 78],
    ['USAGE', 64],
    ['NOPERM', 77],
    ['CANTCREAT', 73],
    ['IOERR', 74],
    ['SOFTWARE', 70],
    ['DATAERR', 65],
    ['UNAVAILABLE', 69],
    ['TEMPFAIL', 75],
    ['OK', 0],
  ] as const)('%s is %i', (name, code) => {
    expect(ExitCode[name]).toBe(code);
    expect(exitName(code)).toBe(name);
  });

  it('lists the codes in precedence order', () => {
    expect(EXIT_CODES.map((e) => e.code)).toEqual([78, 64, 77, 73, 74, 70, 65, 69, 75, 0]);
  });

  it.each([
    [[], 0],
    [[0, 0], 0],
    [[75, 65], 65],
    [[69, 65], 65],
    [[75, 69], 69],
    [[65, 77], 77],
    [[74, 70], 74],
    [[0, 75], 75],
    [[78, 64], 78],
  ] as const)('worst of %j is %i', (codes, expected) => {
    expect(worstExit(...codes)).toBe(expected);
  });

  it('never uses 1, systemd codes 200-243 or signal codes', () => {
    for (const { code } of EXIT_CODES) {
      expect(code).not.toBe(1);
      expect(code >= 200 && code <= 243).toBe(false);
      expect(code).toBeLessThan(128);
    }
  });
});
