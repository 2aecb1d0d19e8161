import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/spool/fs.js';
import { acquireLock, type LockDeps } from '../../src/state/lock.js';
import { tempDir } from '../commands/helpers.js';

const NOW = Date.parse('2026-11-20T12:00:00Z');

async function deps(over: Partial<LockDeps> = {}): Promise<LockDeps> {
  return {
    fs: nodeFs,
    stateDir: await tempDir(),
    clock: { now: () => NOW },
    maxRuntimeMs: 15 * 60_000,
    ...over,
  };
}

async function plant(dir: string, holder: object): Promise<void> {
  await fsp.writeFile(join(dir, 'lock'), JSON.stringify(holder));
}

describe('the run lock (SPEC §10)', () => {
  it('is created exclusively with pid, host and start time, and released', async () => {
    const d = await deps();
    const lock = await acquireLock(d);
    const info = JSON.parse(await fsp.readFile(join(d.stateDir, 'lock'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(info).toEqual({
      pid: process.pid,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    await lock.release();
    await expect(fsp.stat(join(d.stateDir, 'lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('held by a live run: exit 75 naming the holder', async () => {
    const d = await deps();
    await acquireLock(d);
    await expect(acquireLock(d)).rejects.toMatchObject({
      exitCode: 75,
      message: expect.stringMatching(
        /another run holds the lock \(pid \d+ on .+ since /,
      ) as unknown,
    });
  });

  it('stale when its pid is gone on this host', async () => {
    const d = await deps({ isAlive: () => false });
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const lock = await acquireLock(d);
    await lock.release();
  });

  it('not stale when the pid is gone but the holder is on another host and young', async () => {
    const d = await deps({ isAlive: () => false });
    await plant(d.stateDir, {
      pid: 999_999,
      host: 'elsewhere',
      started_at: new Date(NOW - 60_000).toISOString(),
    });
    await expect(acquireLock(d)).rejects.toMatchObject({ exitCode: 75 });
  });

  it('stale when older than 2 × MAX_RUNTIME, whatever the host', async () => {
    const d = await deps({ isAlive: () => true });
    await plant(d.stateDir, {
      pid: 1,
      host: 'elsewhere',
      started_at: new Date(NOW - 31 * 60_000).toISOString(),
    });
    await (await acquireLock(d)).release();
  });

  it('a real dead child pid makes the lock stale', async () => {
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(child.stdout.toString());
    const d = await deps();
    await plant(d.stateDir, {
      pid: deadPid,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    await (await acquireLock(d)).release();
  });

  it('an empty lock file is debris only after a minute', async () => {
    const d = await deps({ clock: { now: () => Date.now() } });
    await fsp.writeFile(join(d.stateDir, 'lock'), '');
    await expect(acquireLock(d)).rejects.toMatchObject({ exitCode: 75 });
    const old = new Date(Date.now() - 120_000);
    await fsp.utimes(join(d.stateDir, 'lock'), old, old);
    await (await acquireLock(d)).release();
  });
});
