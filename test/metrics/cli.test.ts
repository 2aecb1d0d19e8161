import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockEnv } from '../helpers/cli.js';
import { valueOf } from './prom-text.js';
import { expectEverySeries } from './spec-series.js';

// Spawns the built CLI (`npm test` builds before vitest; build first when running vitest by hand).
const BIN = resolve(import.meta.dirname, '../../bin/dify-export.js');
const PASSWORD = 'metrics-test-secret-7f3a9c';

interface Result {
  code: number | null;
  stderr: string;
  logs: Record<string, unknown>[];
}

function run(args: string[], env: Record<string, string>, cwd: string): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...clockEnv(), ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const logs = stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      done({ code, stderr, logs });
    });
  });
}

/** A loopback port nothing listens on, so every request fails fast with ECONNREFUSED. */
function closedPort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        done(port);
      });
    });
  });
}

let dir: string;
let env: Record<string, string>;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dify-export-metrics-cli-'));
  const port = await closedPort();
  env = {
    DIFY_API_URL: `http://127.0.0.1:${port}`,
    DIFY_EMAIL: 'ops@example.com',
    DIFY_PASSWORD: PASSWORD,
    EXTERNAL_API_URL: `http://127.0.0.1:${port}/events`,
    STATE_DIR: join(dir, 'state'),
    MAX_RETRY: '0',
    HTTP_TIMEOUT: '2s',
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('METRICS_FILE written by the real binary', () => {
  it('is written after a failed export, with its exit code, and no secret', async () => {
    const metrics = join(dir, 'dify-export.prom');
    const result = await run(['export'], { ...env, METRICS_FILE: metrics }, dir);
    expect(result.code).not.toBe(0);
    const text = await readFile(metrics, 'utf8');
    const f = expectEverySeries(text);
    expect(valueOf(f, 'dify_export_last_exit_code')).toBe(result.code);
    expect(valueOf(f, 'dify_export_last_success_timestamp_seconds')).toBe(0);
    expect(result.logs.at(-1)).toMatchObject({ msg: 'run finished', exit_code: result.code });
    expect(text + result.stderr).not.toContain(PASSWORD);
  });

  it('does not change the exit code when it cannot be written, and warns', async () => {
    const without = await run(['export'], env, dir);
    const metrics = join(dir, 'no-such-dir', 'dify-export.prom');
    const withBroken = await run(['export'], { ...env, METRICS_FILE: metrics }, dir);
    expect(withBroken.code).toBe(without.code);
    expect(withBroken.logs).toContainEqual(
      expect.objectContaining({ level: 'warn', path: metrics, error: 'ENOENT' }),
    );
    expect(withBroken.logs.at(-1)).toMatchObject({ msg: 'run finished' });
  });

  it('is left alone by commands that are not an export pass', async () => {
    const metrics = join(dir, 'dify-export.prom');
    await run(['spool', 'ls'], { STATE_DIR: env.STATE_DIR ?? '', METRICS_FILE: metrics }, dir);
    await run(['export', '--dry-run'], { ...env, METRICS_FILE: metrics }, dir);
    expect(existsSync(metrics)).toBe(false);
  });
});
