import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(args: readonly string[] = []): Promise<DemoRun> {
  // The same entry `npm run demo` runs (tsx), without npm's own start-up cost.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** The story both stores tell: every step as expected, every event delivered once. */
function expectTheStory(r: DemoRun): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  for (const cmd of ['export', 'spool ls', 'resend', 'state show'])
    expect(r.stdout).toContain(`$ dify-export ${cmd}\n`);
  expect(r.stdout).toContain('→ exit 75 (expected 75) ✓');
  expect(r.stdout).toContain('Spool is empty');
  expect(r.stdout).toMatch(/missing {12}0\n/);
  expect(r.stdout).toMatch(/duplicates {9}0\n/);
  expect(r.stdout).not.toContain('✗');
  expect(r.stdout).toContain('Demo OK');
}

describe('npm run demo', () => {
  it('runs export (spools), spool ls, resend, spool ls, state show and ends with every expected event delivered once', async () => {
    const r = await runDemo();
    expectTheStory(r);
    expect(r.stdout).toMatch(/^ {2}STATE_DIR {10}\S/m);
    expect(r.stdout).not.toContain('STATE_URL');
  });

  // Needs the PostgreSQL store (STATE_URL, SPEC §10a) and PostgreSQL's binaries, as the lock tests do.
  it(
    '--store postgres: the same story with state, spool and lock in PostgreSQL, nothing on disk',
    {
      timeout: 90_000,
    },
    async () => {
      const r = await runDemo(['--store', 'postgres']);
      expectTheStory(r);
      // Named without its userinfo or query; the demo's database password is never printed.
      expect(r.stdout).toMatch(
        /^ {2}STATE_URL {10}postgres:\/\/localhost\/postgres\?… {2}\(no STATE_DIR\)$/m,
      );
      expect(r.stdout).not.toContain('demo-database-password');
      expect(r.stdout).not.toMatch(/^ {2}STATE_DIR/m);
      expect(r.stdout).toMatch(
        /^In PostgreSQL: dify_export\.state 1 row · dify_export\.spool (\d+) rows \(queued \1\)$/m,
      );
      expect(r.stdout).toMatch(/^ {2}dify_export\.state {4}1 row/m);
      expect(r.stdout).toMatch(/^ {2}dify_export\.spool {4}0 rows/m);
      expect(r.stdout).toContain('on disk            nothing: the working directory is empty');
    },
  );

  it('refuses an unknown --store with 64 and one line, before starting anything', async () => {
    const r = await runDemo(['--store', 'mysql']);
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'demo: --store: expected file or postgres, got "mysql" (usage: npm run demo [-- --store file|postgres])\n',
    );
  });
});
