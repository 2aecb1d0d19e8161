import { spawn, spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../commands/helpers.js';

const LOCK_JS = fileURLToPath(new URL('../../dist/state/lock.js', import.meta.url));

// One contender: waits for the start file, tries the lock, and while holding it appends its
// interval to a shared log (so overlaps are visible), then releases. A failure goes to stderr.
const CONTENDER = `
const { acquireLock } = await import(process.env.LOCK_JS);
const fs = await import('node:fs/promises');
const dir = process.env.DIR;
while (!(await fs.stat(dir + '/go').then(() => true, () => false))) await new Promise((r) => setTimeout(r, 2));
try {
  const lock = await acquireLock({ fs, stateDir: dir, clock: { now: () => Date.now() }, maxRuntimeMs: 900000 });
  const from = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, 150));
  await fs.appendFile(dir + '/held.log', process.pid + ' ' + from + ' ' + process.hrtime.bigint() + '\\n');
  await lock.release();
  process.exit(0);
} catch (e) { process.stderr.write(String(e?.stack ?? e) + '\\n'); process.exit(e.exitCode ?? 70); }
`;

describe('stale lock takeover between spawned processes (smoke)', () => {
  it('several runs starting together after a crash: the holders never overlap', async () => {
    const dir = await tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    await fsp.writeFile(
      join(dir, 'lock'),
      JSON.stringify({
        pid: Number(dead.stdout.toString()),
        host: hostname(),
        started_at: new Date().toISOString(),
      }),
    );
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ['--input-type=module', '-e', CONTENDER], {
        env: { PATH: process.env.PATH, LOCK_JS, DIR: dir },
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    const stderr = children.map(() => '');
    children.forEach((c, i) =>
      c.stderr.on('data', (d: Buffer) => {
        stderr[i] = `${stderr[i] ?? ''}${d.toString()}`;
      }),
    );
    const codes = children.map(
      (c) =>
        new Promise<number | null>((resolve) =>
          c.on('close', (code) => {
            resolve(code);
          }),
        ),
    );
    await new Promise((r) => setTimeout(r, 300));
    await fsp.writeFile(join(dir, 'go'), '');
    const exits = await Promise.all(codes);
    const why = `exits ${JSON.stringify(exits)}; stderr ${JSON.stringify(stderr)}`;
    expect(
      exits.every((c) => c === 0 || c === 75),
      why,
    ).toBe(true);
    expect(exits.filter((c) => c === 0).length, why).toBeGreaterThanOrEqual(1);
    const log = await fsp.readFile(join(dir, 'held.log'), 'utf8');
    const held = log
      .trim()
      .split('\n')
      .map((l) => l.split(' ').map(BigInt))
      .sort((a, b) => (a[1]! < b[1]! ? -1 : 1));
    expect(held.length, why).toBe(exits.filter((c) => c === 0).length);
    // Each holder (pid, from, to on the monotonic clock) starts after the previous one ended.
    for (let i = 1; i < held.length; i += 1)
      expect(held[i]![1]! > held[i - 1]![2]!, `holders overlap:\n${log}`).toBe(true);
    expect((await fsp.readdir(dir)).sort()).toEqual(['go', 'held.log']);
  });
});
