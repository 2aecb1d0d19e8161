import { describe, expect, it } from 'vitest';
import { parsePromText, valueOf } from './prom-text.js';

// The checks on the metrics file are only as good as this reader, so it must be able to say no.
describe('strict Prometheus text reader (test helper)', () => {
  it('reads HELP, TYPE, labels with escapes, special values and timestamps', () => {
    const families = parsePromText(
      [
        '# HELP a_total Things, with a \\\\ backslash.',
        '# TYPE a_total counter',
        'a_total{kind="x\\"y",zone="eu"} 3 1700000000000',
        'a_total{kind="z"} +Inf',
        'b NaN',
        'c -1.5e3',
        '',
      ].join('\n'),
    );
    expect(families.get('a_total')?.type).toBe('counter');
    expect(valueOf(families, 'a_total', { kind: 'x"y', zone: 'eu' })).toBe(3);
    expect(valueOf(families, 'a_total', { kind: 'z' })).toBe(Infinity);
    expect(valueOf(families, 'b')).toBeNaN();
    expect(valueOf(families, 'c')).toBe(-1500);
  });

  it.each([
    ['a missing final newline', 'a 1'],
    ['a duplicate series', 'a{x="1"} 1\na{x="1"} 2\n'],
    ['a value that is not a number', 'a one\n'],
    ['a TYPE after the samples', 'a 1\n# TYPE a gauge\n'],
    ['an unknown type', '# TYPE a gauge2\na 1\n'],
    ['a second HELP', '# HELP a x\n# HELP a y\na 1\n'],
    ['samples of a family split apart', 'a{x="1"} 1\nb 1\na{x="2"} 1\n'],
    ['an unquoted label value', 'a{x=1} 1\n'],
    ['a bad metric name', '1a 1\n'],
    ['a bad escape', 'a{x="\\t"} 1\n'],
    ['a trailing token', 'a 1 2 3\n'],
  ])('rejects %s', (_what, text) => {
    expect(() => parsePromText(text)).toThrow();
  });

  it('reports a missing series', () => {
    expect(() => valueOf(parsePromText('a 1\n'), 'a', { x: '1' })).toThrow(/missing/);
  });
});
