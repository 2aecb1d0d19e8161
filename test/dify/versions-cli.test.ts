import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { DIFY_VERSIONS, startDifySim, type DifySim } from '../sim/dify/index.js';
import { DATA, expectedCloudEvents, printedCloudEvents } from './helpers.js';

/** One spawned end-to-end export per Dify era (the delivery tests run on the newest era only). */

const WINDOW = { from: Date.parse('2026-11-02T00:00:00Z'), to: Date.parse('2026-11-09T00:00:00Z') };

let sim: DifySim | undefined;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dify-export-versions-'));
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('export --dry-run (spawned CLI) on every Dify era', () => {
  it.each(DIFY_VERSIONS)('Dify %s: prints exactly the expected usage and exits 0', async (v) => {
    // The simulator and the CLI share the real clock (nothing here is injected).
    sim = await startDifySim({
      difyVersion: v,
      data: {
        seed: 37,
        ...DATA,
        apps: [
          { mode: 'workflow', runs: 40 },
          { mode: 'workflow', name: 'tool app', runs: 8, workflowTool: true },
          { mode: 'advanced-chat', conversations: 8 },
          { mode: 'chat', conversations: 8 },
          { mode: 'completion', conversations: 8 },
        ],
      },
    });
    const r = await runBin(
      [
        'export',
        '--dry-run',
        '--since',
        new Date(WINDOW.from).toISOString(),
        '--until',
        new Date(WINDOW.to).toISOString(),
      ],
      {
        cwd: dir,
        env: {
          STATE_DIR: join(dir, 'state'),
          DIFY_API_URL: sim.url,
          DIFY_EMAIL: sim.email,
          DIFY_PASSWORD: sim.password,
          DIFY_PASSWORD_ENCODING: sim.profile.passwordBase64 ? 'base64' : 'plain',
        },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const expected = expectedCloudEvents(sim, WINDOW);
    expect(expected.length).toBeGreaterThan(50);
    expect(printedCloudEvents(r.stdout.trim().split('\n'))).toEqual(expected);
  });
});
