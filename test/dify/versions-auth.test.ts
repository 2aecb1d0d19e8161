import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openUsageSession } from '../../src/dify/index.js';
import { DifyExportError } from '../../src/errors.js';
import { runBin } from '../helpers/cli.js';
import { DIFY_VERSIONS, startDifySim, type DifySim, type DifyVersion } from '../sim/dify/index.js';
import { DATA, NOW, simConfig, testContext } from './helpers.js';

let sim: DifySim | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const data = { seed: 5, ...DATA, apps: [{ mode: 'chat' as const, conversations: 3 }] };

async function login(s: DifySim, overrides = {}) {
  const { ctx, logLines } = testContext(simConfig(s, overrides));
  try {
    const session = await openUsageSession(ctx);
    return { session, error: undefined, logLines };
  } catch (error) {
    return { session: undefined, error: error as DifyExportError, logLines };
  }
}

describe('login on every Dify era', () => {
  it.each(DIFY_VERSIONS)('%s: auto encoding logs in', async (v: DifyVersion) => {
    sim = await startDifySim({ difyVersion: v, data, now: () => NOW });
    const { session, error } = await login(sim);
    expect(error).toBeUndefined();
    expect(session?.passwordEncoding).toBe(sim.profile.passwordBase64 ? 'base64' : 'plain');
  });

  it('1.7–1.8: a Base64 password without a digit fails validation (400 invalid_param); auto falls back to plain', async () => {
    sim = await startDifySim({ difyVersion: '1.7.x', data, now: () => NOW });
    expect(Buffer.from(sim.password).toString('base64')).not.toMatch(/\d/);
    const { session, error } = await login(sim);
    expect(error).toBeUndefined();
    expect(session?.passwordEncoding).toBe('plain');
    const logins = sim.stats.log.filter((r) => r.endpoint === 'login').map((r) => r.status);
    expect(logins).toEqual([400, 200]);
  });

  it('1.7–1.8: an explicit base64 encoding refused as a parameter says what Dify checks', async () => {
    sim = await startDifySim({ difyVersion: '1.7.x', data, now: () => NOW });
    const { error } = await login(sim, { difyPasswordEncoding: 'base64' });
    expect(error).toBeInstanceOf(DifyExportError);
    expect(error?.exitCode).toBe(77);
    expect(error?.message).toMatch(/invalid_param/);
    expect(error?.hint).toMatch(/letters and digits/);
  });

  it('1.7–1.8: an unknown email answers 200 with a reset token, which never reaches a message or log', async () => {
    sim = await startDifySim({ difyVersion: '1.7.x', data, now: () => NOW });
    const { error, logLines } = await login(sim, {
      difyAuth: { mode: 'password', email: 'nobody@example.com', password: sim.password },
    });
    expect(error?.exitCode).toBe(77);
    expect(error?.message).toBe('Dify knows no account with DIFY_EMAIL');
    const tokens = sim.issuedTokens;
    expect(tokens.length).toBeGreaterThan(0);
    const printed = [error?.message, error?.hint, ...logLines].join('\n');
    for (const t of tokens) expect(printed).not.toContain(t);
  });
});

describe('admin API key on every Dify era', () => {
  const KEY = 'admin-key-0123456789';

  it.each(DIFY_VERSIONS)('%s', async (v: DifyVersion) => {
    sim = await startDifySim({ difyVersion: v, data, auth: { adminKey: KEY }, now: () => NOW });
    const s = sim;
    const { error } = await login(s, {
      difyAuth: { mode: 'admin-key', token: KEY, workspaceId: s.workspaceId },
      secrets: [KEY],
    });
    // Cookie-era Dify before 1.11.0 checks CSRF even for the key; legacy Dify has no CSRF at all.
    if (s.profile.legacyLogin || s.profile.adminKeyBypassesCsrf) expect(error).toBeUndefined();
    else {
      expect(error?.exitCode).toBe(77);
      expect(error?.message).toBe(
        'the admin API key needs Dify ≥ 1.11; use DIFY_EMAIL/DIFY_PASSWORD',
      );
    }
  });

  it('1.10.0: the spawned CLI exits 77 with that message on one line, without the key', async () => {
    sim = await startDifySim({ difyVersion: '1.10.0', data, auth: { adminKey: KEY } });
    dir = await mkdtemp(join(tmpdir(), 'dify-export-admin-'));
    const r = await runBin(['export', '--dry-run', '--since', '1d'], {
      cwd: dir,
      env: {
        STATE_DIR: join(dir, 'state'),
        DIFY_API_URL: sim.url,
        DIFY_API_TOKEN: KEY,
        DIFY_WORKSPACE_ID: sim.workspaceId,
      },
    });
    expect(r.code).toBe(77);
    const error = r.logs.find((l) => l.level === 'error');
    expect(error?.msg).toMatch(
      /the admin API key needs Dify ≥ 1\.11; use DIFY_EMAIL\/DIFY_PASSWORD/,
    );
    expect(r.stderr).not.toContain(KEY);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
