import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../../src/time/zone.js';
import { startDifySim, type DifySim, type DifyVersion } from './index.js';
import { messageItem, runItem } from './items.js';
import { isDebuggerConversation } from './stats.js';

/** The statistics endpoints as Dify's statistic.py / workflow_statistic.py compute them. */

let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(version: DifyVersion, timezone = 'UTC'): Promise<DifySim> {
  sim = await startDifySim({
    difyVersion: version,
    timezone,
    auth: { mode: 'legacy' },
    data: {
      seed: 5,
      start: Date.parse('2026-11-01T00:00:00Z'),
      end: Date.parse('2026-11-04T00:00:00Z'),
      apps: [
        { mode: 'chat', conversations: 40, debuggerShare: 0.5 },
        { mode: 'workflow', runs: 9, runningRuns: [8] },
      ],
    },
  });
  return sim;
}

async function get(s: DifySim, path: string, query: Record<string, string> = {}) {
  const login = await fetch(`${s.url}/console/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: s.email, password: s.password }),
  });
  const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
  const res = await fetch(`${s.url}/console/api/${path}?${new URLSearchParams(query).toString()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

type Row = { date: string; token_count: number; total_price?: string | null; currency?: string };

function expectedChatTokens(s: DifySim, tz: string, withDebugger: boolean): Map<string, number> {
  const app = s.dataset.apps[0]!;
  const out = new Map<string, number>();
  for (let c = 0; c < s.dataset.convCount(app); c++) {
    if (!withDebugger && isDebuggerConversation(s.dataset, app, c)) continue;
    for (let j = 0; j < s.dataset.msgCount(app, c); j++) {
      const m = messageItem(s.dataset, app, c, j);
      const day = localDate((m.created_at as number) * 1000, tz);
      out.set(
        day,
        (out.get(day) ?? 0) + (m.message_tokens as number) + (m.answer_tokens as number),
      );
    }
  }
  return out;
}

describe('Dify simulator: token-costs', () => {
  it.each([
    ['1.7.x', true],
    ['1.9.2', false],
  ] as const)('%s: message tokens by local day, debugger counted: %s', async (version, debug) => {
    const s = await start(version, 'America/Los_Angeles');
    const app = s.apps[0]!;
    const { status, body } = await get(s, `apps/${app.id}/statistics/token-costs`, {
      start: '2026-10-01 00:00',
      end: '2026-12-01 00:00',
    });
    expect(status).toBe(200);
    const rows = body.data as Row[];
    const expected = expectedChatTokens(s, 'America/Los_Angeles', debug);
    expect(rows.map((r) => [r.date, r.token_count])).toEqual([...expected.entries()].sort());
    for (const r of rows) {
      expect(r.currency).toBe('USD');
      expect(r.total_price).toMatch(/^\d+\.\d{7}$/);
    }
  });

  it('workflow token-costs: run totals of app runs by local day, no price', async () => {
    const s = await start('1.9.1');
    const app = s.apps[1]!;
    const { body } = await get(s, `apps/${app.id}/workflow/statistics/token-costs`);
    const rows = body.data as Row[];
    let total = 0;
    const wf = s.dataset.apps[1]!;
    for (let r = 0; r < 9; r++) {
      // A run still running whose log row is written at its end (≤ 1.10) has no totals yet.
      if (s.dataset.runRunning(wf, r) && s.dataset.logTime(wf, r) === undefined) continue;
      total += runItem(s.dataset, wf, { kind: 'workflow', r }).total_tokens as number;
    }
    expect(rows.reduce((n, r) => n + r.token_count, 0)).toBe(total);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['date', 'token_count']);
  });

  it('start is inclusive, end exclusive, both to the minute; bad input is a 400', async () => {
    const s = await start('1.9.1');
    const app = s.apps[0]!;
    const path = `apps/${app.id}/statistics/token-costs`;
    const none = await get(s, path, { start: '2026-11-02 00:00', end: '2026-11-02 00:00' });
    expect(none.body.data).toEqual([]);
    const bad = await get(s, path, { start: '2026-11-02' });
    expect(bad.status).toBe(400);
    const inverted = await get(s, path, { start: '2026-11-03 00:00', end: '2026-11-02 00:00' });
    expect(inverted.status).toBe(400);
  });
});
