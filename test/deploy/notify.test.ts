import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../deploy/systemd/dify-export-notify');

// Stand-ins for systemctl (answers like `systemctl show --value`) and curl (records what it got),
// so the hook runs for real without systemd or a network.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dify-export-notify-'));
  const tool = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  tool(
    'systemctl',
    'case "$*" in *Result*) echo "${FAKE_RESULT:-exit-code}";; *ExecMainStatus*) echo "${FAKE_STATUS:-65}";; esac',
  );
  tool('curl', `printf '%s\\n' "$@" > "${dir}/curl.args"; cat > "${dir}/curl.body"`);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function notify(env: Record<string, string>) {
  return spawnSync('/bin/sh', [SCRIPT, 'dify-export.service'], {
    encoding: 'utf8',
    env: { PATH: `${dir}${delimiter}${process.env.PATH ?? ''}`, ...env },
  });
}

describe('the OnFailure= notify script', () => {
  it('logs which unit failed, how, and where to look', () => {
    const out = notify({});
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(
      /^dify-export\.service failed on \S+ \(exit-code, exit status 65\): journalctl -u dify-export\.service\n$/,
    );
    expect(existsSync(join(dir, 'curl.body'))).toBe(false);
  });

  it('POSTs valid JSON to NOTIFY_URL, escaping quotes and backslashes', () => {
    const out = notify({
      NOTIFY_URL: 'https://hooks.example.com/T0/B0',
      FAKE_RESULT: 'odd "result" \\ here',
    });
    expect(out.status).toBe(0);
    const body = JSON.parse(readFileSync(join(dir, 'curl.body'), 'utf8')) as { text: string };
    expect(body.text).toContain('(odd "result" \\ here, exit status 65)');
    const args = readFileSync(join(dir, 'curl.args'), 'utf8').split('\n');
    expect(args).toContain('https://hooks.example.com/T0/B0');
    expect(args).toContain('Content-Type: application/json');
    expect(args).toContain('--fail');
  });
});
