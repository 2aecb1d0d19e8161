import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/schema.js';
import { EXIT_CODES, ExitCode } from '../../src/exit-codes.js';
import { analyze, findSystemdAnalyze } from './systemd-analyze.js';
import { parseUnitFile, timespanMs, value, values } from './unit-file.js';

const REPO = resolve(import.meta.dirname, '../..');
const UNITS = join(REPO, 'deploy/systemd');
const SHIPPED_EXEC = '/usr/bin/node /opt/dify-export/bin/dify-export.js export';
const SHIPPED_NOTIFY = '/usr/local/libexec/dify-export-notify';
const read = (name: string) => readFileSync(join(UNITS, name), 'utf8');
const service = parseUnitFile(read('dify-export.service'));
const timer = parseUnitFile(read('dify-export.timer'));
const defaults = envSchema.parse({});

const bin = findSystemdAnalyze();
const needBin = (): string => {
  if (bin === undefined)
    throw new Error('systemd-analyze is not installed: run .ci/run, or apt-get install systemd');
  return bin;
};

/**
 * `verify` refuses an ExecStart= binary that does not exist, so the units are checked as installed
 * here: the same files with this machine's node and this checkout's bin/ in place of /usr/bin/node
 * and /opt/dify-export, and the notify script of the OnFailure= hook from this checkout. Nothing
 * else is changed.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dify-export-units-'));
  cpSync(UNITS, dir, { recursive: true });
  const path = join(dir, 'dify-export.service');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(`ExecStart=${SHIPPED_EXEC}\n`);
  writeFileSync(
    path,
    text.replace(
      `ExecStart=${SHIPPED_EXEC}`,
      `ExecStart=${process.execPath} ${join(REPO, 'bin/dify-export.js')} export`,
    ),
  );
  const hook = join(dir, 'dify-export-failure@.service');
  const hookText = readFileSync(hook, 'utf8');
  expect(hookText).toContain(`ExecStart=${SHIPPED_NOTIFY} %i\n`);
  writeFileSync(hook, hookText.replace(SHIPPED_NOTIFY, join(UNITS, 'dify-export-notify')));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The overall exposure `systemd-analyze security` prints, e.g. 1.1. */
function exposure(stdout: string): number {
  const level = /Overall exposure level for dify-export\.service: (\d+(?:\.\d+)?)/.exec(
    stdout,
  )?.[1];
  if (level === undefined) throw new Error(`no overall exposure in:\n${stdout}`);
  return Number(level);
}

/** Output lines about our units: verify reports bad settings as warnings and still exits 0. */
function complaints(out: { stdout: string; stderr: string }): string[] {
  return `${out.stdout}\n${out.stderr}`.split('\n').filter((l) => l.includes('dify-export'));
}

describe('systemd units checked by systemd itself (SPEC §12)', () => {
  it('has systemd-analyze available (CI installs it)', () => {
    expect(bin, 'systemd-analyze missing: .ci/run installs the systemd package').toBeDefined();
  });

  it('passes systemd-analyze verify without a single complaint', () => {
    const out = analyze(needBin(), [
      'verify',
      '--man=no',
      join(dir, 'dify-export.service'),
      join(dir, 'dify-export.timer'),
      join(dir, 'dify-export-failure@dify-export.service.service'),
    ]);
    expect(complaints(out)).toEqual([]);
    expect(out.status).toBe(0);
  });

  it('would notice a broken unit (the check can fail)', () => {
    const broken = join(dir, 'broken', 'dify-export.service');
    cpSync(join(dir, 'dify-export.service'), broken);
    writeFileSync(
      broken,
      readFileSync(broken, 'utf8').replace('TimeoutStopSec=', 'TimeoutStopSecs='),
    );
    expect(complaints(analyze(needBin(), ['verify', '--man=no', broken]))).not.toEqual([]);
  });

  it('rates the service (with the metrics drop-in) at 2.0 or better with security --offline=true', () => {
    const out = analyze(needBin(), [
      'security',
      '--offline=true',
      '--no-pager',
      '--threshold=20',
      join(dir, 'dify-export.service'),
    ]);
    expect(exposure(out.stdout), out.stderr).toBeLessThanOrEqual(2.0);
    expect(out.status).toBe(0);
  });

  it('accepts the timer calendar expression', () => {
    const onCalendar = value(timer, 'Timer', 'OnCalendar') ?? '';
    expect(analyze(needBin(), ['calendar', onCalendar]).status).toBe(0);
  });
});

describe('the service unit (SPEC §12, §3)', () => {
  const get = (key: string) => value(service, 'Service', key);

  it('is a oneshot with a dynamic user, a state directory and the documented ExecStart', () => {
    expect(get('Type')).toBe('oneshot');
    expect(get('DynamicUser')).toBe('yes');
    expect(get('StateDirectory')).toBe('dify-export');
    expect(get('ExecStart')).toBe(SHIPPED_EXEC);
    expect(get('EnvironmentFile')).toBe('/etc/dify-export/dify-export.env');
  });

  it('loads every secret as a credential, with an empty fallback for the unused ones', () => {
    const load = values(service, 'Service', 'LoadCredential');
    const set = values(service, 'Service', 'SetCredential');
    for (const name of ['DIFY_PASSWORD', 'DIFY_API_TOKEN', 'EXTERNAL_API_TOKEN']) {
      expect(load).toContain(`${name}:/etc/dify-export/credentials/${name}`);
      expect(set).toContain(`${name}:\\n`);
    }
  });

  it('outlasts MAX_RUNTIME + GRACEFUL_SHUTDOWN_TIMEOUT, and the grace period after SIGTERM', () => {
    const analyzeBin = needBin();
    expect(timespanMs(analyzeBin, get('TimeoutStartSec') ?? '')).toBeGreaterThan(
      defaults.MAX_RUNTIME + defaults.GRACEFUL_SHUTDOWN_TIMEOUT,
    );
    expect(timespanMs(analyzeBin, get('TimeoutStopSec') ?? '')).toBeGreaterThan(
      defaults.GRACEFUL_SHUTDOWN_TIMEOUT,
    );
    expect(get('KillSignal')).toBe('SIGTERM');
  });

  it('leaves MemoryDenyWriteExecute off for V8 and sandboxes the rest', () => {
    expect(get('MemoryDenyWriteExecute')).toBe('no');
    for (const [key, expected] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectSystem', 'strict'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['CapabilityBoundingSet', ''],
    ] as const)
      expect(get(key), key).toBe(expected);
  });

  it('counts only 0 and 75 (try again later) as success, and documents every exit code', () => {
    expect(values(service, 'Service', 'SuccessExitStatus').join(' ').split(/\s+/)).toEqual([
      String(ExitCode.TEMPFAIL),
    ]);
    const comments = read('dify-export.service');
    for (const { code } of EXIT_CODES) expect(comments).toMatch(new RegExp(`\\b${code}\\b`));
    expect(value(service, 'Unit', 'OnFailure')).toBe('dify-export-failure@%n.service');
  });
});

describe('the optional metrics drop-in', () => {
  const dropIn = parseUnitFile(read('dify-export.service.d/metrics.conf'));
  const setting = (key: string) => value(dropIn, 'Service', key);

  it('writes METRICS_FILE into a directory the sandbox may write and node_exporter may read', () => {
    const metricsFile = /^METRICS_FILE=(.+)$/.exec(setting('Environment') ?? '')?.[1] ?? '';
    expect(dirname(metricsFile)).toBe(setting('ReadWritePaths'));
    expect(metricsFile).not.toMatch(/^\/var\/lib\/(private\/)?dify-export\//);
    expect(setting('SupplementaryGroups')).toBe('dify-export-metrics');
    expect(parseDotenv(read('dify-export.env.example')).METRICS_FILE).toBeUndefined();
  });

  it('keeps the exposure at 2.0 or better without it too', () => {
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    cpSync(join(dir, 'dify-export.service'), join(bare, 'dify-export.service'));
    const out = analyze(needBin(), [
      'security',
      '--offline=true',
      '--no-pager',
      join(bare, 'dify-export.service'),
    ]);
    expect(exposure(out.stdout)).toBeLessThanOrEqual(2.0);
  });
});

describe('the timer unit', () => {
  it('catches up missed runs and spreads the start', () => {
    expect(value(timer, 'Timer', 'Persistent')).toBe('true');
    expect(value(timer, 'Timer', 'OnCalendar')).toBe('hourly');
    const delay = timespanMs(needBin(), value(timer, 'Timer', 'RandomizedDelaySec') ?? '');
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThan(3_600_000 / 2);
    expect(value(timer, 'Timer', 'Unit')).toBe('dify-export.service');
    expect(value(timer, 'Install', 'WantedBy')).toBe('timers.target');
  });
});
