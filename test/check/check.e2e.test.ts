import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';

let dify: DifySim;
let receiver: ReceiverSim;
let env: Record<string, string>;

beforeAll(async () => {
  dify = await startDifySim({
    timezone: 'Asia/Shanghai',
    data: {
      seed: 7,
      start: Date.parse('2026-11-01T00:00:00Z'),
      end: Date.parse('2026-11-02T00:00:00Z'),
      apps: [
        { mode: 'chat', conversations: 2 },
        { mode: 'workflow', runs: 2 },
      ],
    },
  });
  receiver = await startReceiverSim();
  env = {
    DIFY_API_URL: dify.url,
    DIFY_EMAIL: dify.email,
    DIFY_PASSWORD: dify.password,
    EXTERNAL_API_URL: receiver.url,
    EXTERNAL_API_TOKEN: 'receiver-token-5f1e',
    STATE_DIR: join(mkdtempSync(join(tmpdir(), 'dify-export-check-')), 'state'),
    RETRY_MAX_DELAY: '20ms',
  };
});

afterAll(async () => {
  await dify.close();
  await receiver.close();
});

describe('dify-export check against the simulators', () => {
  it('passes every check and POSTs nothing', async () => {
    const r = await runBin(['check'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      '✓ configuration: valid',
      `✓ Dify login: console login accepted by ${dify.url}`,
      `✓ Dify workspace: ${dify.workspaceId}`,
      '✓ Dify account timezone: Asia/Shanghai',
      '✓ Dify apps: 2 in the workspace, 2 exported',
      `✓ external API: TCP connection to ${new URL(receiver.url).host} (nothing sent)`,
      `✓ state directory: ${env.STATE_DIR} is writable`,
    ]);
    expect(receiver.requests).toHaveLength(0);
  });

  it('marks the login line ✗ and exits 77 on a wrong password, still running the other checks', async () => {
    const r = await runBin(['check'], { env: { ...env, DIFY_PASSWORD: 'wrong-password-9a' } });
    expect(r.code).toBe(77);
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^✗ Dify login: .+\(hint: .+\)$/);
    expect(lines.at(-2)).toMatch(/^✓ external API/);
    expect(lines.at(-1)).toMatch(/^✓ state directory/);
    expect(r.stdout + r.stderr).not.toContain('wrong-password-9a');
  });

  it('names apps in DIFY_APPS that the workspace does not have (78)', async () => {
    const r = await runBin(['check'], { env: { ...env, DIFY_APPS: 'no-such-app' } });
    expect(r.code).toBe(78);
    expect(r.stdout).toContain(
      '✗ Dify apps: DIFY_APPS names apps the workspace does not have: no-such-app',
    );
  });

  it('exits 69 when the external API cannot be reached', async () => {
    const r = await runBin(['check'], {
      env: { ...env, EXTERNAL_API_URL: 'http://127.0.0.1:1/x' },
    });
    expect(r.code).toBe(69);
    expect(r.stdout).toMatch(/✗ external API: cannot connect to 127\.0\.0\.1:1: ECONNREFUSED/);
  });
});
