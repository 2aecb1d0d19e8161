import { afterEach, describe, expect, it } from 'vitest';
import { startDifySim, type DifySim, type SimAuthOptions } from './index.js';

/** The simulator must behave as DIFY-API.md describes Dify, not as our client happens to call it. */

const DATA = {
  seed: 9,
  start: Date.parse('2026-11-01T00:00:00Z'),
  end: Date.parse('2026-11-05T00:00:00Z'),
};
let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(auth: SimAuthOptions = {}): Promise<DifySim> {
  sim = await startDifySim({
    auth,
    data: {
      ...DATA,
      apps: [
        { mode: 'chat', conversations: 130, messagesPerConversation: 3 },
        { mode: 'workflow', runs: 50, debuggerRuns: 4 },
      ],
    },
  });
  return sim;
}

const api = (s: DifySim, path: string, init: RequestInit = {}) =>
  fetch(`${s.url}/console/api/${path}`, init);
const b64 = (s: string) => Buffer.from(s).toString('base64');

async function cookieLogin(s: DifySim) {
  const res = await api(s, 'login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: s.email, password: b64(s.password) }),
  });
  const jar = new Map(
    res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
  );
  return { res, jar, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
}

describe('Dify simulator: auth', () => {
  it('cookie login sets three cookies and no tokens in the body; GET needs the CSRF header too', async () => {
    const s = await start();
    const { res, jar, cookie } = await cookieLogin(s);
    expect(await res.json()).toEqual({ result: 'success' });
    expect([...jar.keys()].sort()).toEqual(['access_token', 'csrf_token', 'refresh_token']);
    const noCsrf = await api(s, 'apps', { headers: { cookie } });
    expect(noCsrf.status).toBe(401);
    expect(noCsrf.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    expect(await noCsrf.json()).toEqual({
      code: 'unauthorized',
      message: 'CSRF token is missing or invalid.',
      status: 401,
    });
    const bearerOnly = await api(s, 'apps', {
      headers: { authorization: `Bearer ${jar.get('access_token')!}` },
    });
    expect(bearerOnly.status).toBe(401);
    const ok = await api(s, 'apps', {
      headers: { cookie, 'x-csrf-token': jar.get('csrf_token')! },
    });
    expect(ok.status).toBe(200);
  });

  it('secure mode prefixes every cookie with __Host-', async () => {
    const s = await start({ secure: true });
    const { jar, res } = await cookieLogin(s);
    expect([...jar.keys()].sort()).toEqual([
      '__Host-access_token',
      '__Host-csrf_token',
      '__Host-refresh_token',
    ]);
    expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it('refresh rotates: the old refresh token is invalid after use', async () => {
    const s = await start();
    const { jar } = await cookieLogin(s);
    const cookie = `refresh_token=${jar.get('refresh_token')!}`;
    expect((await api(s, 'refresh-token', { method: 'POST', headers: { cookie } })).status).toBe(
      200,
    );
    const again = await api(s, 'refresh-token', { method: 'POST', headers: { cookie } });
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ result: 'fail', message: 'Invalid refresh token' });
  });

  it('legacy mode returns tokens in the body; a plain password is rejected when base64 is expected', async () => {
    const s = await start({ mode: 'legacy' });
    const plain = await api(s, 'login', {
      method: 'POST',
      body: JSON.stringify({ email: s.email, password: s.password }),
    });
    expect(plain.status).toBe(401);
    expect(await plain.json()).toMatchObject({ code: 'authentication_failed' });
    const res = await api(s, 'login', {
      method: 'POST',
      body: JSON.stringify({ email: s.email, password: b64(s.password) }),
    });
    const body = (await res.json()) as { data: { access_token: string } };
    expect(
      (
        await api(s, 'workspaces', {
          headers: { authorization: `Bearer ${body.data.access_token}` },
        })
      ).status,
    ).toBe(200);
  });

  it('an access token expires after N requests with "Token has expired."', async () => {
    const s = await start({ tokenExpiresAfter: 2 });
    const { jar, cookie } = await cookieLogin(s);
    const headers = { cookie, 'x-csrf-token': jar.get('csrf_token')! };
    expect((await api(s, 'workspaces', { headers })).status).toBe(200);
    expect((await api(s, 'workspaces', { headers })).status).toBe(200);
    const third = await api(s, 'workspaces', { headers });
    expect(await third.json()).toEqual({
      code: 'unauthorized',
      message: 'Token has expired.',
      status: 401,
    });
  });

  it('admin key works without CSRF, but fails CSRF when cookies are sent too (#39871)', async () => {
    const s = await start({ adminKey: 'k-123456' });
    const headers = { authorization: 'Bearer k-123456', 'x-workspace-id': s.workspaceId };
    expect((await api(s, 'apps', { headers })).status).toBe(200);
    const { cookie } = await cookieLogin(s);
    const both = await api(s, 'apps', { headers: { ...headers, cookie } });
    expect(await both.json()).toMatchObject({ message: 'CSRF token is missing or invalid.' });
  });
});

describe('Dify simulator: data', () => {
  async function authed(s: DifySim) {
    const { jar, cookie } = await cookieLogin(s);
    return async (path: string) => {
      const res = await api(s, path, {
        headers: { cookie, 'x-csrf-token': jar.get('csrf_token')! },
      });
      return {
        status: res.status,
        body: (await res.json()) as Record<string, unknown> & {
          data: Record<string, unknown>[];
          has_more: boolean;
        },
      };
    };
  }

  it('page-based paging: has_more = total > page*limit; limit over 100 is 400 invalid_param', async () => {
    const s = await start();
    const get = await authed(s);
    const app = s.apps[0]!.id;
    const p2 = await get(`apps/${app}/chat-conversations?page=2&limit=100`);
    expect(p2.body).toMatchObject({ page: 2, limit: 100, total: 130, has_more: false });
    expect(p2.body.data).toHaveLength(30);
    const big = await get(`apps/${app}/chat-conversations?limit=101`);
    expect(big.status).toBe(400);
    expect(big.body.code).toBe('invalid_param');
  });

  it('chat-messages: cursor by first_id, each page oldest → newest', async () => {
    const s = await start();
    const get = await authed(s);
    const app = s.apps[0]!.id;
    const conv = (await get(`apps/${app}/chat-conversations?limit=1`)).body.data[0]!.id as string;
    const newest = await get(`apps/${app}/chat-messages?conversation_id=${conv}&limit=2`);
    const times = newest.body.data.map((m) => m.created_at as number);
    expect(times[0]!).toBeLessThan(times[1]!);
    expect(newest.body.has_more).toBe(true);
    const older = await get(
      `apps/${app}/chat-messages?conversation_id=${conv}&limit=2&first_id=${newest.body.data[0]!.id as string}`,
    );
    expect(older.body.data).toHaveLength(1);
    expect(older.body.has_more).toBe(false);
    expect((await get(`apps/${app}/chat-messages?conversation_id=nope`)).status).toBe(404);
  });

  it('workflow-runs default to debugger runs; production runs need triggered_from=app-run', async () => {
    const s = await start();
    const get = await authed(s);
    const app = s.apps[1]!.id;
    expect((await get(`apps/${app}/workflow-runs?limit=100`)).body.data).toHaveLength(4);
    const prod = await get(`apps/${app}/workflow-runs?limit=30&triggered_from=app-run`);
    expect(prod.body.data).toHaveLength(30);
    const next = await get(
      `apps/${app}/workflow-runs?limit=30&triggered_from=app-run&last_id=${prod.body.data[29]!.id as string}`,
    );
    expect(next.body.data).toHaveLength(20);
    expect(next.body.has_more).toBe(false);
    expect((await get(`apps/${app}/workflow-app-logs?limit=100`)).body.total).toBe(50);
  });

  it('workflow-app-logs bounds are inclusive; node executions come created_at ascending', async () => {
    const s = await start();
    const get = await authed(s);
    const app = s.apps[1]!.id;
    const all = (await get(`apps/${app}/workflow-app-logs?limit=100`)).body.data;
    const t = all[10]!.created_at as number;
    const iso = new Date(t * 1000).toISOString();
    const exact = await get(
      `apps/${app}/workflow-app-logs?created_at__after=${iso}&created_at__before=${iso}`,
    );
    expect(exact.body.data.map((l) => l.id)).toEqual([all[10]!.id]);
    const run = (all[10]!.workflow_run as { id: string }).id;
    const nodes = (await get(`apps/${app}/workflow-runs/${run}/node-executions`)).body.data;
    const created = nodes.map((n) => n.created_at as number);
    expect([...created].sort((a, b) => a - b)).toEqual(created);
    expect(
      (await get(`apps/${app}/workflow-runs/00000000-0000-4000-8000-000000000000/node-executions`))
        .body.data,
    ).toEqual([]);
    expect((await get(`apps/${s.apps[0]!.id}/workflow-app-logs`)).status).toBe(404);
  });

  it('chat-conversations: start is read in the account timezone and applies to the sort field', async () => {
    const s = await start();
    const get = await authed(s);
    const app = s.apps[0]!.id;
    const all = (await get(`apps/${app}/chat-conversations?limit=100&page=1`)).body.data;
    const updated = all[5]!.updated_at as number;
    const minute = new Date(updated * 1000).toISOString().slice(0, 16).replace('T', ' ');
    const since = await get(
      `apps/${app}/chat-conversations?limit=100&start=${encodeURIComponent(minute)}`,
    );
    for (const c of since.body.data)
      expect(c.updated_at as number).toBeGreaterThanOrEqual(Math.floor(updated / 60) * 60);
    expect((await get(`apps/${app}/chat-conversations?start=yesterday`)).status).toBe(400);
  });

  it('the expected totals come lazily from the seed, identical on every call', async () => {
    const s = await start();
    const w = { from: DATA.start, to: DATA.end };
    expect(s.expectedEvents(w)).toEqual(s.expectedEvents(w));
    let n = 0;
    for (const _ of s.expectedEventStream(w)) n++;
    expect(n).toBe(s.expectedEvents(w).length);
  });
});
