import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logLines, runBin } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('the built CLI', () => {
  it('prints its version', async () => {
    const r = await runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('prints help listing every command', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['export', 'resend', 'spool', 'check', 'state'])
      expect(r.stdout).toContain(cmd);
  });

  it('exits 64 on a usage error with a one-line message and the usage', async () => {
    const r = await runBin(['export', '--since', 'last tuesday']);
    expect(r.code).toBe(64);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: option '--since <time>' argument 'last tuesday' is invalid/),
      'usage: dify-export export [options]',
    ]);
  });

  it('exits 78 listing every configuration problem, and ends with the summary line', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dify-export-e2e-'));
    const r = await runBin(['export'], {
      cwd,
      env: { BATCH_SIZE: '0', EXPORT_TIMEZONE: 'Nowhere/Land' },
    });
    expect(r.code).toBe(78);
    const lines = logLines(r.stderr);
    expect(lines[0]).toMatchObject({
      level: 'error',
      code: 'CONFIG_INVALID',
      exit_code: 78,
      problems: [
        'EXPORT_TIMEZONE: unknown IANA time zone "Nowhere/Land" (expected e.g. UTC or Europe/Berlin)',
        'BATCH_SIZE: expected an integer from 1 to 1000, got "0"',
        'DIFY_EMAIL: no Dify credentials: set DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID',
        'DIFY_API_URL: required',
        'EXTERNAL_API_URL: required',
      ],
    });
    expect(lines.at(-1)).toMatchObject({ msg: 'run finished', exit_code: 78, exit_name: 'CONFIG' });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('secrets never leave the process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dify-export-secret-'));
  const creds = join(dir, 'creds');
  mkdirSync(creds);
  const S = {
    passwordCred: 'Cr3dDirPassw0rd-7f3a',
    passwordEnv: 'EnvPassw0rd-91bd',
    adminToken: 'AdminTok3n-5c2e-from-file',
    externalToken: 'ExtT0ken-from-env-0d4e',
    externalFile: 'ExtT0ken-from-file-aa17',
  };
  writeFileSync(join(creds, 'DIFY_PASSWORD'), `${S.passwordCred}\n`);
  writeFileSync(join(dir, 'admin'), S.adminToken);
  writeFileSync(join(dir, 'ext'), S.externalFile);
  const env = {
    DIFY_API_URL: 'http://127.0.0.1:9',
    DIFY_EMAIL: 'ops@example.com',
    DIFY_PASSWORD: S.passwordEnv,
    CREDENTIALS_DIRECTORY: creds,
    EXTERNAL_API_URL: 'http://127.0.0.1:9/ingest',
    EXTERNAL_API_TOKEN: S.externalToken,
    EXTERNAL_API_TOKEN_FILE: join(dir, 'ext'),
    STATE_DIR: join(dir, 'state'),
    MAX_RETRY: '0',
    HTTP_TIMEOUT: '1s',
    INITIAL_SINCE: '1h',
    SETTLE_DELAY: '0s',
  };

  const cases: [string, string[], Record<string, string>, string?][] = [
    ['export', ['export'], {}],
    ['export --dry-run', ['export', '--dry-run'], {}],
    ['check', ['check'], {}],
    ['resend', ['resend'], {}],
    ['spool ls', ['spool', 'ls'], {}],
    ['state show', ['state', 'show'], {}],
    // Both auth modes at once: a configuration error, with the token taken from a file.
    [
      'config error',
      ['export'],
      { DIFY_API_TOKEN_FILE: join(dir, 'admin'), DIFY_WORKSPACE_ID: 'w' },
    ],
    // A bad value that is itself a secret is echoed by the message: it must be masked.
    [
      'secret echoed by a message',
      ['export'],
      { BATCH_SIZE: S.externalToken },
      'BATCH_SIZE: expected an integer from 1 to 1000, got \\"[REDACTED]\\"',
    ],
  ];

  it.each(cases)('%s at debug level', async (_name, args, extra, masked) => {
    const r = await runBin(['--log-level', 'debug', ...args], {
      env: { ...env, ...extra },
      cwd: dir,
    });
    const output = r.stdout + r.stderr;
    expect(r.stderr.length).toBeGreaterThan(0);
    for (const secret of Object.values(S)) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(logLines(r.stderr).at(-1)).toMatchObject({ msg: 'run finished' });
    if (masked !== undefined) expect(r.stderr).toContain(masked);
  });
});
