import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';

let dify: DifySim;
let env: Record<string, string>;
let stateDir: string;

beforeAll(async () => {
  dify = await startDifySim({
    difyVersion: '1.14.x',
    timezone: 'Europe/Berlin',
    data: {
      seed: 3,
      start: Date.parse('2026-11-01T00:00:00Z'),
      end: Date.parse('2026-11-05T00:00:00Z'),
      apps: [
        {
          mode: 'chat',
          name: 'Support bot with a rather long name',
          conversations: 16,
          debuggerShare: 1,
        },
        { mode: 'workflow', runs: 12 },
        { mode: 'advanced-chat', conversations: 8 },
      ],
    },
  });
  stateDir = join(mkdtempSync(join(tmpdir(), 'dify-export-verify-')), 'state');
  // No EXTERNAL_API_*: verify sends nothing, so it does not need them.
  env = {
    DIFY_API_URL: dify.url,
    DIFY_EMAIL: dify.email,
    DIFY_PASSWORD: dify.password,
    STATE_DIR: stateDir,
    RETRY_MAX_DELAY: '20ms',
  };
});

afterAll(async () => {
  await dify.close();
});

const WINDOW = ['--since', '2026-11-01', '--until', '2026-11-06'];

describe('dify-export verify (spawned)', () => {
  it('prints a table of at most 100 columns, explains the debugger share and exits 0', async () => {
    const r = await runBin(['verify', ...WINDOW], { env });
    expect(r.stderr).not.toContain(dify.password);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^APP\s+DAY\s+EXPORTED\s+DIFY\s+Δ\s+EXPORTED COST\s+DIFY COST\s+STATUS$/,
    );
    for (const line of lines)
      expect(Array.from(new Intl.Segmenter().segment(line)).length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('debugger: -');
    expect(r.stdout).toContain('mixed_currencies');
    expect(lines.at(-1)).toMatch(
      /^-- \d+ app-days, \d+ with a difference, 0 unexplained; \d+ console probes \(max 200\)$/,
    );
    expect(r.logs.at(-1)).toMatchObject({ msg: 'run finished', exit_code: 0 });
    // Read only: no state, no lock, no spool, and nothing but GETs (and the login) reached Dify.
    expect(() => readdirSync(stateDir)).toThrow();
    const writes = dify.stats.log.filter((q) => q.method !== 'GET' && q.endpoint !== 'login');
    expect(writes).toEqual([]);
  });

  it('--json prints one object per app-day with both sides; --app narrows to one app', async () => {
    const chat = dify.apps.find((a) => a.mode === 'chat')!;
    const r = await runBin(['verify', ...WINDOW, '--json', '--app', chat.id], { env });
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { app_id: string; day: string; exported: object; dify: object });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.app_id).toBe(chat.id);
      expect(row).toHaveProperty('exported.tokens');
      expect(row).toHaveProperty('dify.tokens');
    }
    // Berlin days, not UTC ones: the first local day begins at 2026-10-31T23:00Z.
    expect(rows[0]!.day).toBe('2026-11-01');
  });

  it('exits 64 on an unknown --app and on a bad --max-probes', async () => {
    const unknown = await runBin(['verify', ...WINDOW, '--app', 'no-such-app'], { env });
    expect(unknown.code).toBe(64);
    const bad = await runBin(['verify', '--max-probes', 'lots'], { env });
    expect(bad.code).toBe(64);
  });
});
