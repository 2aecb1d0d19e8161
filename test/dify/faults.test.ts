import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runExportDryRun } from '../../src/commands/export-dry-run.js';
import type { Config } from '../../src/config/config.js';
import { openUsageSession } from '../../src/dify/index.js';
import { DifyExportError } from '../../src/errors.js';
import { startDifySim, type DifySim, type DifySimOptions } from '../sim/dify/index.js';
import {
  DATA,
  dryRunInvocation,
  expectedCloudEvents,
  NOW,
  printedCloudEvents,
  simConfig,
  testContext,
} from './helpers.js';

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const WINDOW = { from: DATA.start, to: DATA.end };
const MIXED = [
  { mode: 'chat', conversations: 12, messagesPerConversation: 3 },
  { mode: 'advanced-chat', conversations: 8 },
  { mode: 'workflow', runs: 15 },
] as const;

async function start(options: Partial<DifySimOptions> = {}): Promise<DifySim> {
  sim = await startDifySim({
    now: () => NOW,
    data: { seed: 21, ...DATA, apps: MIXED.map((a) => ({ ...a })) },
    ...options,
  });
  return sim;
}

async function dryRun(s: DifySim, overrides: Partial<Config> = {}) {
  const run = testContext(simConfig(s, overrides));
  const report = await runExportDryRun(dryRunInvocation(WINDOW), run.ctx).catch(
    (error: unknown) => error,
  );
  return { ...run, report };
}

function exitOf(result: unknown): number | undefined {
  if (result instanceof DifyExportError) return result.exitCode;
  return (result as { exitCode?: number }).exitCode;
}

describe('sessions and credentials', () => {
  it.each([
    ['cookie', {}],
    ['legacy', { mode: 'legacy' as const }],
  ])('survives an access token that expires every 5 requests (%s mode)', async (_name, auth) => {
    const s = await start({ auth: { ...auth, tokenExpiresAfter: 5 } });
    const { stdout, report } = await dryRun(s, { difyConcurrency: 4 });
    expect(exitOf(report)).toBe(0);
    expect(printedCloudEvents(stdout)).toEqual(expectedCloudEvents(s, WINDOW));
    expect(s.stats.byEndpoint.refresh).toBeGreaterThan(3);
    // Concurrent requests that meet the expiry share one refresh: rotation never fails, no new login.
    expect(s.stats.log.filter((r) => r.endpoint === 'refresh' && r.status !== 200)).toEqual([]);
    expect(s.stats.byEndpoint.login).toBe(1);
  });

  it('wrong credentials exit 77 without printing anything or leaking the password', async () => {
    const s = await start();
    const { stdout, logLines, report } = await dryRun(s, {
      difyAuth: { mode: 'password', email: s.email, password: 'wrong-password-123' },
      secrets: ['wrong-password-123'],
    });
    expect(exitOf(report)).toBe(77);
    expect((report as Error).message).toMatch(/rejected the email or password/);
    expect(stdout).toEqual([]);
    // auto: base64 first, then plain once.
    expect(s.stats.byEndpoint.login).toBe(2);
    expect(logLines.join('')).not.toContain('wrong-password-123');
  });

  it('DIFY_PASSWORD_ENCODING=auto falls back to a plain password on Dify before 1.11.2 and reports it', async () => {
    const s = await start({ auth: { passwordBase64: false } });
    const { ctx } = testContext(simConfig(s));
    const session = await openUsageSession(ctx);
    expect(session.passwordEncoding).toBe('plain');
    expect(s.stats.byEndpoint.login).toBe(2);
  });

  it('a remembered encoding is tried first (one login request)', async () => {
    const s = await start({ auth: { passwordBase64: false } });
    const { ctx } = testContext(simConfig(s));
    const session = await openUsageSession({ ...ctx, rememberedPasswordEncoding: 'plain' });
    expect(session.passwordEncoding).toBe('plain');
    expect(s.stats.byEndpoint.login).toBe(1);
  });

  it('understands 1.7.x, which answers a wrong password with 400 email_or_password_mismatch', async () => {
    const s = await start({
      auth: { passwordBase64: false, legacyPasswordErrors: true, mode: 'legacy' },
    });
    const { ctx } = testContext(simConfig(s));
    const session = await openUsageSession(ctx);
    expect(session.passwordEncoding).toBe('plain');
  });

  it('a rejected admin API key exits 77', async () => {
    const s = await start({ auth: { adminKey: 'the-real-admin-key' } });
    const { report } = await dryRun(s, {
      difyAuth: { mode: 'admin-key', token: 'not-the-admin-key', workspaceId: s.workspaceId },
    });
    expect(exitOf(report)).toBe(77);
    expect(s.stats.byEndpoint.workspaces).toBe(1);
  });
});

describe('an unreliable Dify', () => {
  it('exits 69 when Dify answers 5xx to every attempt, after MAX_RETRY retries', async () => {
    const s = await start({ faults: { status5xx: { every: 1, status: 502 } } });
    const { report, stdout } = await dryRun(s, { maxRetry: 2 });
    expect(exitOf(report)).toBe(69);
    expect(s.stats.total).toBe(3);
    expect(stdout).toEqual([]);
  });

  it('exits 69 when nothing listens at DIFY_API_URL', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => {
          resolve(p);
        });
      });
    });
    const s = await start();
    const { report } = await dryRun(s, { difyApiUrl: `http://127.0.0.1:${port}`, maxRetry: 1 });
    expect(exitOf(report)).toBe(69);
    expect((report as Error).message).toMatch(/unreachable: POST login/);
  });

  it('waits out an HTML 429 (Cloudflare) with Retry-After before trying again', async () => {
    const s = await start({
      now: Date.now,
      faults: { rateLimit: { first: 1, html: true, retryAfter: 1, endpoints: ['apps'] } },
    });
    const { report, stdout } = await dryRun(s);
    expect(exitOf(report)).toBe(0);
    expect(printedCloudEvents(stdout)).toEqual(expectedCloudEvents(s, WINDOW));
    const apps = s.stats.log.filter(
      (r) => r.endpoint === 'apps' && !r.query.includes('mode=agent'),
    );
    expect(apps.map((r) => r.status)).toEqual([429, 200]);
    expect(apps[1]!.at - apps[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('a Retry-After beyond MAX_RETRY_AFTER stops at once with 69', async () => {
    const s = await start({
      faults: { rateLimit: { first: 1, retryAfter: 600, endpoints: ['apps'] } },
    });
    const { report } = await dryRun(s, { maxRetryAfterMs: 60_000 });
    expect(exitOf(report)).toBe(69);
    expect(s.stats.byEndpoint.apps).toBe(1);
  });

  it('a huge Retry-After (9999999999999 s) stops at once with 69, no crash', async () => {
    const s = await start({
      faults: { rateLimit: { first: 1, retryAfter: 9_999_999_999_999, endpoints: ['apps'] } },
    });
    const { report } = await dryRun(s, { maxRetryAfterMs: 60_000 });
    expect(exitOf(report)).toBe(69);
    expect((report as Error).message).toMatch(/exceeds MAX_RETRY_AFTER/);
    expect(s.stats.byEndpoint.apps).toBe(1);
  });

  it('a redirect is not followed: exit 69 after one request, the Location scrubbed in the hint', async () => {
    const seen: string[] = [];
    const redirector = createHttpServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(302, {
        location: 'https://admin:Pa55-S3cret@sso.example.com/login?token=QK-S3cret',
      });
      res.end();
    });
    await new Promise<void>((r) => redirector.listen(0, '127.0.0.1', r));
    try {
      const s = await start();
      const port = (redirector.address() as { port: number }).port;
      const { report } = await dryRun(s, { difyApiUrl: `http://127.0.0.1:${port}` });
      expect(exitOf(report)).toBe(69);
      expect(seen).toEqual(['POST /console/api/login']);
      const { message, hint } = report as DifyExportError;
      expect(hint).toContain('https://sso.example.com/login');
      expect(`${message} ${hint}`).not.toMatch(/S3cret|token=/);
    } finally {
      redirector.closeAllConnections();
      await new Promise((r) => redirector.close(r));
    }
  });

  it('survives JSON 429 without Retry-After, 5xx and connection resets, and still reads every page once', async () => {
    const s = await start({
      faults: {
        rateLimit: { every: 17 },
        status5xx: { every: 13, status: 503 },
        reset: { every: 23 },
      },
    });
    const { report, stdout, logs } = await dryRun(s, { maxRetry: 8 });
    // The warnings say which request gave up, should this ever fail on a loaded machine.
    const warnings = JSON.stringify(logs().filter((l) => l.level !== 'info')).slice(-3000);
    expect(exitOf(report), warnings).toBe(0);
    expect(printedCloudEvents(stdout)).toEqual(expectedCloudEvents(s, WINDOW));
    const ok = s.stats.log.filter((r) => r.status === 200).map((r) => `${r.path}${r.query}`);
    expect(new Set(ok).size).toBe(ok.length);
    expect(s.stats.faults).toBeGreaterThan(5);
  });

  it('keeps at most DIFY_CONCURRENCY requests in flight', async () => {
    const s = await start({ faults: { latencyMs: 15 } });
    const { report } = await dryRun(s, { difyConcurrency: 3 });
    expect(exitOf(report)).toBe(0);
    expect(s.stats.maxInFlight).toBe(3);
  });
});

describe('data that fails validation', () => {
  it('skips only the app whose data is invalid: the others print, exit 65, the message names the field', async () => {
    const s = await start();
    const bad = s.apps[0]!;
    s.faults.schemaViolation = { appId: bad.id, endpoint: 'chat-messages' };
    const { report, stdout, logs } = await dryRun(s);
    expect(exitOf(report)).toBe(65);
    const printed = printedCloudEvents(stdout);
    const others = expectedCloudEvents(s, WINDOW).filter(
      (e) => (e.data as { app_id: string }).app_id !== bad.id,
    );
    expect(printed.filter((e) => (e.data as { app_id: string }).app_id !== bad.id)).toEqual(others);
    const error = logs().find((l) => l.app_id === bad.id && l.level === 'error');
    expect(error?.msg).toMatch(/chat-messages: field data\.0\.created_at/);
  });

  it('a body that is not JSON fails its app with 65', async () => {
    const s = await start();
    s.faults.malformed = { appId: s.apps[2]!.id, endpoint: 'workflow-app-logs' };
    const { report, stdout, logs } = await dryRun(s);
    expect(exitOf(report)).toBe(65);
    expect(
      printedCloudEvents(stdout).some(
        (e) => (e.data as { app_id: string }).app_id === s.apps[0]!.id,
      ),
    ).toBe(true);
    expect(logs().some((l) => /workflow-app-logs: the body is not JSON/.test(String(l.msg)))).toBe(
      true,
    );
  });

  it('a failed app keeps the watermark at the window start', async () => {
    const s = await start();
    s.faults.schemaViolation = { appId: s.apps[1]!.id, endpoint: 'node-executions' };
    const { ctx } = testContext(simConfig(s));
    const session = await openUsageSession(ctx);
    let n = 0;
    for await (const _ of session.events(WINDOW)) n++;
    expect(n).toBeGreaterThan(0);
    expect(session.outcome().safeUntil).toBe(WINDOW.from);
    expect(session.outcome().failedApps.map((f) => f.appId)).toEqual([s.apps[1]!.id]);
  });
});

describe('stopping', () => {
  it('a signal stops the reading: no new request starts and the run exits 75', async () => {
    const s = await start({ faults: { latencyMs: 5 } });
    const controller = new AbortController();
    const run = testContext(simConfig(s), controller.signal);
    const lines: string[] = [];
    let atAbort = 0;
    run.ctx.stdout = (line) => {
      lines.push(line);
      if (lines.length === 5) {
        atAbort = s.stats.total;
        controller.abort(new Error('received SIGTERM'));
      }
    };
    const result = await runExportDryRun(dryRunInvocation(WINDOW), run.ctx).catch(
      (e: unknown) => e,
    );
    expect(exitOf(result)).toBe(75);
    await new Promise((r) => setTimeout(r, 50));
    // Only requests already on their way when the signal came may still arrive.
    expect(s.stats.total).toBeLessThanOrEqual(atAbort + 4);
    expect(lines.length).toBeLessThan(expectedCloudEvents(s, WINDOW).length);
  });

  it('a DIFY_API_URL that is not Dify exits 69 with a hint', async () => {
    const s = await start();
    const { report } = await dryRun(s, { difyApiUrl: `${s.url}/somewhere-else` });
    expect(exitOf(report)).toBe(69);
    expect((report as DifyExportError).hint).toMatch(/DIFY_API_URL/);
  });
});
