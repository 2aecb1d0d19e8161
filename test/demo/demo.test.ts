import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // The same entry `npm run demo` runs (tsx), without npm's own start-up cost.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
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

describe('npm run demo', () => {
  it('runs export (spools), spool ls, resend, spool ls, state show and ends with every expected event delivered once', async () => {
    const r = await runDemo();
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
  });
});
