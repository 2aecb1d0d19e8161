import { afterEach, describe, expect, it } from 'vitest';
import { startDifySim, type DifySim, type DifyVersion } from './index.js';

/** The simulator's node executions and workflow tools behave as Dify's source does, per era. */

const DATA = {
  seed: 13,
  start: Date.parse('2026-11-01T00:00:00Z'),
  end: Date.parse('2026-11-05T00:00:00Z'),
};
let sim: DifySim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

type Row = Record<string, unknown> & { execution_metadata: Record<string, unknown> | null };

async function open(v: DifyVersion) {
  sim = await startDifySim({
    difyVersion: v,
    data: {
      ...DATA,
      apps: [
        { mode: 'workflow', runs: 60 },
        { mode: 'workflow', runs: 5, workflowTool: true },
      ],
    },
  });
  const s = sim;
  const password = s.profile.passwordBase64
    ? Buffer.from(s.password).toString('base64')
    : s.password;
  const login = await fetch(`${s.url}/console/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: s.email, password }),
  });
  let headers: Record<string, string>;
  if (s.profile.legacyLogin) {
    const body = (await login.json()) as { data: { access_token: string } };
    headers = { authorization: `Bearer ${body.data.access_token}` };
  } else {
    const jar = new Map(
      login.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
    );
    headers = {
      cookie: [...jar].map(([k, val]) => `${k}=${val}`).join('; '),
      'x-csrf-token': jar.get('csrf_token')!,
    };
  }
  const get = async (path: string) => {
    const res = await fetch(`${s.url}/console/api/${path}`, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const logs = (await get(`apps/${s.apps[0]!.id}/workflow-app-logs?limit=100`)).body.data as {
    workflow_run: { id: string; total_tokens: number };
  }[];
  const runs: { total: number; nodes: Row[] }[] = [];
  for (const l of logs) {
    const r = await get(`apps/${s.apps[0]!.id}/workflow-runs/${l.workflow_run.id}/node-executions`);
    runs.push({ total: l.workflow_run.total_tokens, nodes: r.body.data as Row[] });
  }
  return { s, get, runs };
}

const tokensOf = (n: Row): number =>
  (n.execution_metadata?.total_tokens as number | undefined) ?? 0;
const isContainer = (n: Row): boolean => n.node_type === 'iteration' || n.node_type === 'loop';

describe('Dify simulator: iterations and loops', () => {
  it.each<DifyVersion>(['1.7.x', '1.10.0', '1.10.1'])(
    'Dify %s: children name their innermost container; containers sum them; the run total as Dify keeps it',
    async (v) => {
      const { s, runs } = await open(v);
      let containers = 0;
      for (const { total, nodes } of runs) {
        for (const c of nodes.filter(isContainer)) {
          containers++;
          const key = c.node_type === 'iteration' ? 'iteration_id' : 'loop_id';
          const children = nodes.filter((n) => n.execution_metadata?.[key] === c.node_id);
          expect(children.length).toBeGreaterThan(0);
          expect(
            children.every(
              (n) => typeof n.execution_metadata![key.replace('_id', '_index')] === 'number',
            ),
          ).toBe(true);
          expect('total_price' in c.execution_metadata!).toBe(s.profile.containerSumsHavePrice);
        }
        const leaves = nodes.filter((n) => !isContainer(n)).reduce((a, n) => a + tokensOf(n), 0);
        const sums = nodes.filter(isContainer).reduce((a, n) => a + tokensOf(n), 0);
        if (leaves > 0)
          expect(total).toBe(leaves + (s.profile.runTotalOvercountsIterations ? sums : 0));
      }
      expect(containers).toBeGreaterThan(5);
    },
  );

  it('a loop holding an iteration: the loop sums everything inside, nested iteration included', async () => {
    const { runs } = await open('1.15.0');
    const run = runs.find((r) => r.nodes.some((n) => n.node_type === 'loop'))!;
    const loop = run.nodes.find((n) => n.node_type === 'loop')!;
    const inLoop = run.nodes.filter((n) => n.execution_metadata?.loop_id === 'loop');
    const inner = run.nodes.filter((n) => n.execution_metadata?.iteration_id === 'loop-iteration');
    expect(inLoop.some((n) => n.node_type === 'iteration')).toBe(true);
    const own = (rows: Row[]) =>
      rows.filter((n) => !isContainer(n)).reduce((a, n) => a + tokensOf(n), 0);
    expect(tokensOf(loop)).toBe(own(inLoop) + own(inner));
  });
});

describe('Dify simulator: workflow tools', () => {
  it.each<[DifyVersion, boolean]>([
    ['1.9.1', false],
    ['1.9.2', true],
  ])('Dify %s: a workflow-tool node records the inner run: %s', async (v, records) => {
    const { s, runs } = await open(v);
    const calls = runs.flatMap((r) =>
      r.nodes.filter(
        (n) =>
          (n.execution_metadata?.tool_info as { provider_type?: string } | undefined)
            ?.provider_type === 'workflow',
      ),
    );
    expect(calls.length).toBeGreaterThan(3);
    for (const n of calls) {
      expect(n.execution_metadata!.tool_info).toEqual({
        provider_type: 'workflow',
        provider_id: s.dataset.toolProviderId(s.dataset.apps[1]!),
        plugin_unique_identifier: null,
      });
      expect(tokensOf(n) > 0).toBe(records);
      if (records) expect(n.execution_metadata!.total_price).toBe('0.0000000');
    }
  });

  it('the provider look-up names the tool app; anything unknown is 400 invalid_param', async () => {
    const { s, get } = await open('1.15.0');
    const provider = s.dataset.toolProviderId(s.dataset.apps[1]!);
    const ok = await get(
      `workspaces/current/tool-provider/workflow/get?workflow_tool_id=${provider}`,
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ workflow_tool_id: provider, workflow_app_id: s.apps[1]!.id });
    const byApp = await get(
      `workspaces/current/tool-provider/workflow/get?workflow_app_id=${s.apps[1]!.id}`,
    );
    expect(byApp.body.workflow_tool_id).toBe(provider);
    const unknown = await get(
      `workspaces/current/tool-provider/workflow/get?workflow_tool_id=${s.apps[0]!.id}`,
    );
    expect(unknown).toEqual({
      status: 400,
      body: { code: 'invalid_param', message: 'Tool not found', status: 400 },
    });
    expect((await get('workspaces/current/tool-provider/workflow/get')).status).toBe(400);
  });
});
