import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { displayUrl, urlSecrets } from '../../src/config/url-secrets.js';
import { ConfigError } from '../../src/errors.js';
import { runBin } from '../helpers/cli.js';

const cwd = mkdtempSync(join(tmpdir(), 'dify-export-urls-'));
const SECRETS = ['Pa55-S3cret', 'QK-S3cretKey'];
const BAD_URLS = {
  DIFY_API_URL: 'https://admin:Pa55-S3cret@dify.example.com:99999',
  DIFY_EMAIL: 'ops@example.com',
  DIFY_PASSWORD: 'pw-from-env',
  EXTERNAL_API_URL: 'https://meter.example.com:70000/v1?api_key=QK-S3cretKey',
};

describe('URL userinfo and query strings are secrets', () => {
  it('finds the userinfo, the password and every query value, even in a URL that does not parse', () => {
    expect(urlSecrets(BAD_URLS.DIFY_API_URL)).toEqual(
      expect.arrayContaining(['admin:Pa55-S3cret', 'Pa55-S3cret']),
    );
    expect(urlSecrets(BAD_URLS.EXTERNAL_API_URL)).toEqual(
      expect.arrayContaining(['api_key=QK-S3cretKey', 'QK-S3cretKey']),
    );
    expect(urlSecrets('https://meter.example.com/v1')).toEqual([]);
  });

  it('displays a URL without userinfo and query string', () => {
    expect(displayUrl(BAD_URLS.DIFY_API_URL)).toBe('https://dify.example.com:99999');
    expect(displayUrl(BAD_URLS.EXTERNAL_API_URL)).toBe('https://meter.example.com:70000/v1?…');
    expect(displayUrl('not a url ?x=QK-S3cretKey')).not.toContain('QK-S3cretKey');
  });

  it('the configuration error names the variable without the secret parts', () => {
    let problems: readonly string[] = [];
    try {
      loadConfig(BAD_URLS, {}, { dify: true, external: true }, cwd);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.find((p) => p.startsWith('DIFY_API_URL:'))).toContain('dify.example.com:99999');
    for (const s of SECRETS) expect(problems.join('\n')).not.toContain(s);
  });

  it('a valid URL with a query string: its values are scrubbed secrets of the run', () => {
    const { config } = loadConfig(
      {
        ...BAD_URLS,
        DIFY_API_URL: 'https://dify.example.com',
        EXTERNAL_API_URL: 'https://m.example.com/v1?api_key=QK-S3cretKey',
      },
      {},
      { dify: true, external: true },
      cwd,
    );
    expect(config.secrets).toContain('QK-S3cretKey');
  });

  for (const cmd of ['export', 'check']) {
    it(`${cmd}: exit 78 and neither the password nor the key on stdout or stderr`, async () => {
      const r = await runBin([cmd], {
        env: {
          ...BAD_URLS,
          STATE_DIR: mkdtempSync(join(tmpdir(), 'dify-export-urls-')),
          LOG_LEVEL: 'debug',
        },
        cwd,
      });
      expect(r.code).toBe(78);
      expect(r.stdout + r.stderr).toContain('dify.example.com:99999');
      for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
    });
  }
});
