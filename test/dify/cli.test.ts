import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { DATA, expectedCloudEvents, printedCloudEvents } from './helpers.js';

const WINDOW = { from: Date.parse('2026-11-02T00:00:00Z'), to: Date.parse('2026-11-09T00:00:00Z') };

let sim: DifySim | undefined;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dify-export-cli-'));
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await rm(dir, { recursive: true, force: true });
});

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runBin(args, {
    cwd: dir,
    env: { STATE_DIR: join(dir, 'state'), RETRY_MAX_DELAY: '20ms', ...env },
  });
}

const dryRunArgs = [
  'export',
  '--dry-run',
  '--since',
  new Date(WINDOW.from).toISOString(),
  '--until',
  new Date(WINDOW.to).toISOString(),
];

async function startSim(): Promise<DifySim> {
  sim = await startDifySim({
    auth: { secure: true, tokenExpiresAfter: 25 },
    data: {
      seed: 31,
      ...DATA,
      apps: [
        { mode: 'chat', conversations: 40 },
        { mode: 'advanced-chat', conversations: 15 },
        { mode: 'workflow', runs: 40 },
        { mode: 'completion', conversations: 20 },
      ],
    },
  });
  return sim;
}

const envFor = (s: DifySim, password = s.password): Record<string, string> => ({
  DIFY_API_URL: s.url,
  DIFY_EMAIL: s.email,
  DIFY_PASSWORD: password,
});

describe('dify-export export --dry-run (spawned CLI)', () => {
  it('prints one CloudEvent per line, exactly the expected usage, and exits 0', async () => {
    const s = await startSim();
    const r = await run(dryRunArgs, envFor(s));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(printedCloudEvents(lines)).toEqual(expectedCloudEvents(s, WINDOW));
    const last = JSON.parse(r.stderr.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(last).toMatchObject({ msg: 'run finished', exit_code: 0, exit_name: 'OK' });
    for (const secret of [s.password, ...s.issuedTokens])
      expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('exits 77 on a wrong password, with a one-line message and hint, no stack trace', async () => {
    const s = await startSim();
    const r = await run(dryRunArgs, envFor(s, 'not-the-password'));
    expect(r.code).toBe(77);
    expect(r.stdout).toBe('');
    const error = r.stderr
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.level === 'error');
    expect(error).toMatchObject({ code: 'DIFY_AUTH', exit_code: 77 });
    expect(error?.hint).toMatch(/DIFY_EMAIL/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('not-the-password');
  });

  it('exits 65 when one app sends invalid data, naming the field, and prints the other apps', async () => {
    const s = await startSim();
    s.faults.schemaViolation = { appId: s.apps[2]!.id, endpoint: 'workflow-app-logs' };
    const r = await run(dryRunArgs, envFor(s));
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/workflow-app-logs: field data\.0\.created_at/);
    const appIds = new Set(
      printedCloudEvents(r.stdout.trim().split('\n')).map(
        (e) => (e.data as { app_id: string }).app_id,
      ),
    );
    expect(appIds).toEqual(new Set([s.apps[0]!.id, s.apps[1]!.id, s.apps[3]!.id]));
  });

  it('exits 69 when Dify stays down after MAX_RETRY retries', async () => {
    const s = await startSim();
    s.faults.status5xx = { every: 1, status: 503 };
    const r = await run(dryRunArgs, { ...envFor(s), MAX_RETRY: '2' });
    expect(r.code).toBe(69);
    expect(s.stats.total).toBe(3);
    expect(r.stderr).toMatch(/Dify is unreachable: POST login: HTTP 503 \(3 attempts\)/);
  });
});
