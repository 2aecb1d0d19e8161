import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

const ALL = { dify: true, external: true };
const BASE = {
  DIFY_API_URL: 'http://127.0.0.1:5001/',
  DIFY_EMAIL: 'ops@example.com',
  DIFY_PASSWORD: 'pw-from-env',
  EXTERNAL_API_URL: 'http://127.0.0.1:8080/ingest',
};
const cwd = mkdtempSync(join(tmpdir(), 'dify-export-config-'));

function problems(env: Record<string, string>, needs = ALL): readonly string[] {
  try {
    loadConfig(env, {}, needs, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).exitCode).toBe(78);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a configuration error');
}

describe('defaults', () => {
  it('fills every SPEC §4 default', () => {
    const { config, warnings } = loadConfig(BASE, {}, ALL, cwd);
    expect(config).toMatchObject({
      difyApiUrl: 'http://127.0.0.1:5001',
      difyAuth: { mode: 'password', email: 'ops@example.com', password: 'pw-from-env' },
      difyPasswordEncoding: 'auto',
      difyApps: undefined,
      difyExcludeApps: [],
      difyConcurrency: 4,
      externalApiUrl: 'http://127.0.0.1:8080/ingest',
      externalApiToken: undefined,
      exportFormat: 'cloudevents',
      exportTimezone: 'UTC',
      stateDir: `${cwd}/data`,
      initialSince: '30d',
      settleDelayMs: 15 * 60_000,
      batchSize: 100,
      httpTimeoutMs: 30_000,
      maxRetry: 3,
      retryMaxDelayMs: 30_000,
      maxRetryAfterMs: 120_000,
      spoolMaxAgeMs: 7 * 86_400_000,
      spoolMaxBytes: 1024 ** 3,
      maxRuntimeMs: 15 * 60_000,
      gracefulShutdownMs: 30_000,
      logLevel: 'info',
      metricsFile: undefined,
    });
    expect(warnings).toEqual([]);
  });

  it('parses lists, sizes and durations', () => {
    const { config } = loadConfig(
      {
        ...BASE,
        DIFY_APPS: 'a, b,,c',
        DIFY_EXCLUDE_APPS: 'x',
        SPOOL_MAX_BYTES: '500MB',
        SETTLE_DELAY: '90',
      },
      {},
      ALL,
      cwd,
    );
    expect(config.difyApps).toEqual(['a', 'b', 'c']);
    expect(config.difyExcludeApps).toEqual(['x']);
    expect(config.spoolMaxBytes).toBe(500e6);
    expect(config.settleDelayMs).toBe(90_000);
  });

  it('uses $STATE_DIRECTORY (systemd) when STATE_DIR is unset, and STATE_DIR over it', () => {
    expect(
      loadConfig({ ...BASE, STATE_DIRECTORY: '/var/lib/dify-export' }, {}, ALL, cwd).config
        .stateDir,
    ).toBe('/var/lib/dify-export');
    expect(
      loadConfig({ ...BASE, STATE_DIRECTORY: '/var/lib/x', STATE_DIR: '/srv/s' }, {}, ALL, cwd)
        .config.stateDir,
    ).toBe('/srv/s');
  });

  it('accepts the admin-key mode', () => {
    const env = { DIFY_API_URL: BASE.DIFY_API_URL, EXTERNAL_API_URL: BASE.EXTERNAL_API_URL };
    const { config } = loadConfig(
      { ...env, DIFY_API_TOKEN: 'adm-key', DIFY_WORKSPACE_ID: 'ws-1' },
      {},
      ALL,
      cwd,
    );
    expect(config.difyAuth).toEqual({ mode: 'admin-key', token: 'adm-key', workspaceId: 'ws-1' });
  });
});

describe('each bad value gets its own line', () => {
  it.each([
    ['DIFY_API_URL', 'ftp://x', 'DIFY_API_URL: expected an http(s) URL, got protocol "ftp:"'],
    [
      'DIFY_API_URL',
      'https://u:p@dify.example.com',
      'DIFY_API_URL: must not contain credentials; use the token variables',
    ],
    [
      'DIFY_PASSWORD_ENCODING',
      'rot13',
      'DIFY_PASSWORD_ENCODING: expected one of auto, base64, plain, got "rot13"',
    ],
    ['DIFY_CONCURRENCY', '0', 'DIFY_CONCURRENCY: expected an integer from 1 to 32, got "0"'],
    ['DIFY_CONCURRENCY', '33', 'DIFY_CONCURRENCY: expected an integer from 1 to 32, got "33"'],
    ['EXTERNAL_API_URL', 'not a url', 'EXTERNAL_API_URL: expected an http(s) URL, got "not a url"'],
    ['EXPORT_FORMAT', 'csv', 'EXPORT_FORMAT: expected one of cloudevents, api-meter, got "csv"'],
    ['API_METER_TENANT_ID', 'abc', 'API_METER_TENANT_ID: expected a UUID, got "abc"'],
    [
      'EXPORT_TIMEZONE',
      'Mars/Olympus',
      'EXPORT_TIMEZONE: unknown IANA time zone "Mars/Olympus" (expected e.g. UTC or Europe/Berlin)',
    ],
    [
      'INITIAL_SINCE',
      'yesterday',
      'INITIAL_SINCE: expected a date (2026-11-01, midnight in EXPORT_TIMEZONE), a date-time with Z or an offset, or a duration back from now (90m, 36h, 7d), got "yesterday"',
    ],
    [
      'SETTLE_DELAY',
      '5x',
      'SETTLE_DELAY: expected a duration such as 30s, 15m, 2h, 7d or plain seconds, got "5x"',
    ],
    ['BATCH_SIZE', '1001', 'BATCH_SIZE: expected an integer from 1 to 1000, got "1001"'],
    ['BATCH_SIZE', '1.5', 'BATCH_SIZE: expected an integer from 1 to 1000, got "1.5"'],
    [
      'HTTP_TIMEOUT',
      '0s',
      'HTTP_TIMEOUT: expected a duration such as 30s, 15m, 2h, 7d or plain seconds (at least 1s), got "0s"',
    ],
    ['MAX_RETRY', '-1', 'MAX_RETRY: expected an integer from 0 to 20, got "-1"'],
    [
      'RETRY_MAX_DELAY',
      'soon',
      'RETRY_MAX_DELAY: expected a duration such as 30s, 15m, 2h, 7d or plain seconds, got "soon"',
    ],
    [
      'MAX_RETRY_AFTER',
      '2 minutes',
      'MAX_RETRY_AFTER: expected a duration such as 30s, 15m, 2h, 7d or plain seconds, got "2 minutes"',
    ],
    [
      'SPOOL_MAX_AGE',
      '10s',
      'SPOOL_MAX_AGE: expected a duration such as 30s, 15m, 2h, 7d or plain seconds (at least 60s), got "10s"',
    ],
    [
      'SPOOL_MAX_BYTES',
      'lots',
      'SPOOL_MAX_BYTES: expected a size such as 1GiB, 500MB or plain bytes, got "lots"',
    ],
    [
      'MAX_RUNTIME',
      'forever',
      'MAX_RUNTIME: expected a duration such as 30s, 15m, 2h, 7d or plain seconds (at least 1s), got "forever"',
    ],
    [
      'GRACEFUL_SHUTDOWN_TIMEOUT',
      '-5',
      'GRACEFUL_SHUTDOWN_TIMEOUT: expected a duration such as 30s, 15m, 2h, 7d or plain seconds, got "-5"',
    ],
    ['LOG_LEVEL', 'trace', 'LOG_LEVEL: expected one of error, warn, info, debug, got "trace"'],
  ])('%s=%s', (name, value, line) => {
    expect(problems({ ...BASE, [name]: value })).toEqual([line]);
  });

  it('reports every problem at once', () => {
    expect(
      problems({ DIFY_CONCURRENCY: 'many', EXPORT_FORMAT: 'api-meter', LOG_LEVEL: 'loud' }),
    ).toEqual([
      'DIFY_CONCURRENCY: expected an integer from 1 to 32, got "many"',
      'LOG_LEVEL: expected one of error, warn, info, debug, got "loud"',
      'DIFY_EMAIL: no Dify credentials: set DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID',
      'DIFY_API_URL: required',
      'EXTERNAL_API_URL: required',
      'API_METER_TENANT_ID: required with EXPORT_FORMAT=api-meter',
    ]);
  });

  it('renders one VARIABLE: problem per line in the message', () => {
    try {
      loadConfig({}, {}, ALL, cwd);
    } catch (error) {
      expect((error as Error).message.split('\n')).toEqual([
        'invalid configuration:',
        '  DIFY_EMAIL: no Dify credentials: set DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID',
        '  DIFY_API_URL: required',
        '  EXTERNAL_API_URL: required',
      ]);
      return;
    }
    throw new Error('expected a configuration error');
  });
});

describe('auth modes', () => {
  const urls = { DIFY_API_URL: BASE.DIFY_API_URL, EXTERNAL_API_URL: BASE.EXTERNAL_API_URL };
  it.each([
    [
      'both modes',
      {
        ...urls,
        DIFY_EMAIL: 'a@b.c',
        DIFY_PASSWORD: 'p',
        DIFY_API_TOKEN: 't',
        DIFY_WORKSPACE_ID: 'w',
      },
      [
        'DIFY_API_TOKEN: configure exactly one auth mode: DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID, not both',
      ],
    ],
    [
      'neither mode',
      urls,
      [
        'DIFY_EMAIL: no Dify credentials: set DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID',
      ],
    ],
    [
      'email without password',
      { ...urls, DIFY_EMAIL: 'a@b.c' },
      ['DIFY_PASSWORD: required with DIFY_EMAIL'],
    ],
    [
      'password without email',
      { ...urls, DIFY_PASSWORD: 'p' },
      ['DIFY_EMAIL: required with DIFY_PASSWORD'],
    ],
    [
      'token without workspace',
      { ...urls, DIFY_API_TOKEN: 't' },
      ['DIFY_WORKSPACE_ID: required with DIFY_API_TOKEN'],
    ],
    [
      'workspace without token',
      { ...urls, DIFY_WORKSPACE_ID: 'w' },
      ['DIFY_API_TOKEN: required with DIFY_WORKSPACE_ID'],
    ],
  ])('%s', (_name, env, expected) => {
    expect(problems(env)).toEqual(expected);
  });

  it('needs no Dify or external settings for spool and state commands', () => {
    expect(
      loadConfig({}, { stateDir: '/s' }, { dify: false, external: false }, cwd).config.stateDir,
    ).toBe('/s');
  });

  it('still checks values that are set when they are not needed', () => {
    expect(problems({ DIFY_API_URL: 'nope' }, { dify: false, external: false })).toEqual([
      'DIFY_API_URL: expected an http(s) URL, got "nope"',
    ]);
  });
});

describe('secrets: credentials directory, then <NAME>_FILE, then the variable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dify-export-secrets-'));
  const credDir = join(dir, 'creds');
  mkdirSync(credDir);
  writeFileSync(join(credDir, 'DIFY_PASSWORD'), 'pw-from-credentials\n');
  writeFileSync(join(dir, 'pw-file'), 'pw-from-file\n');
  writeFileSync(join(dir, 'token-file'), 'tok-from-file\r\n');

  it.each([
    ['variable only', {}, 'pw-from-env'],
    ['_FILE over the variable', { DIFY_PASSWORD_FILE: join(dir, 'pw-file') }, 'pw-from-file'],
    [
      'credentials directory over both',
      { DIFY_PASSWORD_FILE: join(dir, 'pw-file'), CREDENTIALS_DIRECTORY: credDir },
      'pw-from-credentials',
    ],
    [
      'credentials directory without this secret falls through',
      { CREDENTIALS_DIRECTORY: dir },
      'pw-from-env',
    ],
  ])('%s', (_name, extra, expected) => {
    const { config } = loadConfig({ ...BASE, ...extra }, {}, ALL, cwd);
    expect(config.difyAuth).toMatchObject({ password: expected });
    expect(config.secrets).toContain(expected);
  });

  it('strips exactly one trailing newline', () => {
    const { config } = loadConfig(
      { ...BASE, EXTERNAL_API_TOKEN_FILE: join(dir, 'token-file') },
      {},
      ALL,
      cwd,
    );
    expect(config.externalApiToken).toBe('tok-from-file');
  });

  it('reports an unreadable _FILE', () => {
    expect(problems({ ...BASE, DIFY_API_TOKEN_FILE: join(dir, 'missing') })).toEqual([
      `DIFY_API_TOKEN_FILE: cannot read ${join(dir, 'missing')} (ENOENT)`,
    ]);
  });
});

describe('dotenv file and flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dify-export-dotenv-'));
  writeFileSync(
    join(dir, '.env'),
    'DIFY_API_URL=http://127.0.0.1:1\nBATCH_SIZE=7\nLOG_LEVEL=warn\n',
  );
  writeFileSync(join(dir, 'other.env'), 'BATCH_SIZE=9\n');

  it('reads .env from the working directory; the real environment wins', () => {
    const { config } = loadConfig(
      { ...BASE, DIFY_API_URL: undefined, BATCH_SIZE: '5' },
      {},
      ALL,
      dir,
    );
    expect(config.difyApiUrl).toBe('http://127.0.0.1:1');
    expect(config.batchSize).toBe(5);
    expect(config.logLevel).toBe('warn');
  });

  it('reads --dotenv instead of .env; flags win over both', () => {
    const { config } = loadConfig(
      BASE,
      { dotenv: join(dir, 'other.env'), logLevel: 'debug', stateDir: '/flag' },
      ALL,
      dir,
    );
    expect(config.batchSize).toBe(9);
    expect(config.logLevel).toBe('debug');
    expect(config.stateDir).toBe('/flag');
  });

  it('reports a missing --dotenv file', () => {
    expect(() => loadConfig(BASE, { dotenv: join(dir, 'nope.env') }, ALL, dir)).toThrow(
      `--dotenv: cannot read ${join(dir, 'nope.env')} (ENOENT)`,
    );
  });
});

describe('warnings', () => {
  it('warns about http:// to a non-loopback host, not about loopback', () => {
    const { warnings } = loadConfig(
      { ...BASE, DIFY_API_URL: 'http://dify.internal' },
      {},
      ALL,
      cwd,
    );
    expect(warnings).toEqual([
      'DIFY_API_URL uses http:// to dify.internal: credentials and data travel unencrypted',
    ]);
  });
});
