import { describe, expect, it } from 'vitest';
import { parseArgv, type ParseResult } from '../../src/cli.js';

const ID = '01JDQ6V1ZKX4N0S8Y2M3T5W7QA';
const ID2 = '01JDQ6V1ZKX4N0S8Y2M3T5W7QB';

async function parse(argv: string[]): Promise<{ result: ParseResult; out: string; err: string }> {
  let out = '';
  let err = '';
  const result = await parseArgv(argv, '1.2.3', {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { result, out, err };
}

describe('argv → invocation', () => {
  it.each([
    [['export'], { command: 'export', dryRun: false, resend: true }],
    [['export', '--dry-run', '--no-resend'], { command: 'export', dryRun: true, resend: false }],
    [
      ['export', '--since', '2026-11-01', '--until', '2026-11-02T00:00:00Z'],
      {
        command: 'export',
        since: { kind: 'date', date: '2026-11-01' },
        until: { kind: 'instant', ms: Date.parse('2026-11-02T00:00:00Z') },
      },
    ],
    [
      ['export', '--since', '36h'],
      { command: 'export', since: { kind: 'ago', ms: 36 * 3_600_000 } },
    ],
    [['resend'], { command: 'resend', ids: [], dryRun: false }],
    [
      ['resend', ID, ID2.toLowerCase(), '--dry-run'],
      { command: 'resend', ids: [ID, ID2], dryRun: true },
    ],
    [['spool', 'ls'], { command: 'spool ls', json: false }],
    [
      ['spool', 'ls', '--json', '--state', 'rejected'],
      { command: 'spool ls', json: true, state: 'rejected' },
    ],
    [['spool', 'show', ID], { command: 'spool show', id: ID }],
    [['spool', 'rm', ID, ID2, '--yes'], { command: 'spool rm', ids: [ID, ID2], yes: true }],
    [['spool', 'rm', ID], { command: 'spool rm', ids: [ID], yes: false }],
    [['spool', 'requeue', ID], { command: 'spool requeue', ids: [ID] }],
    [['check'], { command: 'check' }],
    [['state', 'show'], { command: 'state show' }],
    [['verify'], { command: 'verify', apps: [], json: false, maxProbes: 200 }],
    [
      ['verify', '--since', '2026-11-01', '--app', 'a1', 'a2', '--json', '--max-probes', '0'],
      {
        command: 'verify',
        since: { kind: 'date', date: '2026-11-01' },
        apps: ['a1', 'a2'],
        json: true,
        maxProbes: 0,
      },
    ],
  ])('%j', async (argv, expected) => {
    const { result } = await parse(argv);
    expect(result.kind).toBe('run');
    if (result.kind === 'run') expect(result.invocation).toMatchObject(expected);
  });

  it('takes global options before or after the command', async () => {
    for (const argv of [
      ['--state-dir', '/s', '--dotenv', 'x.env', '--log-level', 'debug', 'state', 'show'],
      ['state', 'show', '--state-dir', '/s', '--dotenv', 'x.env', '--log-level', 'debug'],
    ]) {
      const { result } = await parse(argv);
      expect(result).toMatchObject({
        kind: 'run',
        invocation: {
          command: 'state show',
          globals: { stateDir: '/s', dotenv: 'x.env', logLevel: 'debug' },
        },
      });
    }
  });
});

describe('usage errors exit 64 with a message and the usage of the command', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/, /usage: dify-export/],
    [['export', '--bogus'], /unknown option '--bogus'/, /usage: dify-export export \[options\]/],
    [
      ['export', '--since', 'yesterday'],
      /argument 'yesterday' is invalid/,
      /usage: dify-export export/,
    ],
    [['export', '--since', '2026-02-30'], /is invalid/, /usage: dify-export export/],
    [['export', '--until', '2026-11-01T10:00'], /is invalid/, /usage: dify-export export/],
    [
      ['spool', 'ls', '--state', 'lost'],
      /Allowed choices are queued, held, rejected, corrupt, expired/,
      /usage: dify-export spool ls/,
    ],
    [['spool', 'show'], /missing required argument 'id'/, /usage: dify-export spool show/],
    [['spool', 'rm', 'not-an-id'], /expected a batch id/, /usage: dify-export spool rm/],
    [['resend', 'nope'], /expected a batch id/, /usage: dify-export resend/],
    [
      ['--log-level', 'trace', 'check'],
      /Allowed choices are error, warn, info, debug/,
      /usage: dify-export/,
    ],
    [['spool'], /Usage: dify-export spool/, /ls/],
    [[], /Usage: dify-export/, /export/],
  ])('%j', async (argv, message, usage) => {
    const { result, err } = await parse(argv);
    expect(result).toEqual({ kind: 'exit', code: 64 });
    expect(err).toMatch(message);
    expect(err).toMatch(usage);
  });
});

describe('help and version exit 0', () => {
  it('prints the version', async () => {
    const { result, out } = await parse(['--version']);
    expect(result).toEqual({ kind: 'exit', code: 0 });
    expect(out.trim()).toBe('1.2.3');
  });

  it.each([
    [
      ['--help'],
      ['export', 'resend', 'spool', 'check', 'state', '--dotenv', '--state-dir', '--log-level'],
    ],
    [
      ['export', '--help'],
      ['--since <time>', '--until <time>', '--dry-run', '--no-resend'],
    ],
    [
      ['resend', '--help'],
      ['[id...]', '--dry-run'],
    ],
    [
      ['spool', '--help'],
      ['ls', 'show', 'rm', 'requeue'],
    ],
    [
      ['spool', 'ls', '--help'],
      ['--json', '--state <state>'],
    ],
    [['spool', 'rm', '--help'], ['--yes']],
    [['state', 'show', '--help'], ['watermark']],
    [['check', '--help'], ['no POST']],
  ])('%j', async (argv, words) => {
    const { result, out } = await parse(argv);
    expect(result).toEqual({ kind: 'exit', code: 0 });
    for (const w of words) expect(out).toContain(w);
  });
});
