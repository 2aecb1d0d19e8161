import { createHash } from 'node:crypto';
import type { PathLike } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/spool/fs.js';
import { acquireLock, fileLock, LOCK_FILE, type LockDeps } from '../../src/state/lock.js';
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
      token: expect.any(String) as unknown,
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
    // Its age from the test's clock, not the kernel's (they may differ: faketime).
    const young = new Date(Date.now() - 10_000);
    await fsp.utimes(join(d.stateDir, 'lock'), young, young);
    await expect(acquireLock(d)).rejects.toMatchObject({ exitCode: 75 });
    const old = new Date(Date.now() - 120_000);
    await fsp.utimes(join(d.stateDir, 'lock'), old, old);
    await (await acquireLock(d)).release();
  });

  it('a lock naming our own pid and host but older than this process is stale (restarted container)', async () => {
    const d = await deps({ processStartedAt: NOW - 1_000 });
    await plant(d.stateDir, {
      pid: process.pid,
      host: hostname(),
      started_at: new Date(NOW - 60_000).toISOString(),
    });
    await (await acquireLock(d)).release();
  });

  it('a lock naming our own pid created after this process started is live', async () => {
    const d = await deps({ processStartedAt: NOW - 120_000 });
    await plant(d.stateDir, {
      pid: process.pid,
      host: hostname(),
      started_at: new Date(NOW - 60_000).toISOString(),
    });
    await expect(acquireLock(d)).rejects.toMatchObject({ exitCode: 75 });
  });

  it('release removes only a lock that still names this run', async () => {
    const d = await deps();
    const lock = await acquireLock(d);
    const other = { pid: 4242, host: 'elsewhere', started_at: new Date(NOW).toISOString() };
    await fsp.unlink(join(d.stateDir, 'lock'));
    await plant(d.stateDir, other);
    await lock.release();
    expect(JSON.parse(await fsp.readFile(join(d.stateDir, 'lock'), 'utf8'))).toEqual(other);
  });

  it('stale takeover is atomic: a contender paused between its read and its takeover does not take a live lock', async () => {
    // B reads the dead holder's lock and is paused there; A takes the stale lock over meanwhile.
    const d = await deps();
    const path = join(d.stateDir, 'lock');
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const isAlive = (pid: number) => pid !== 999_999;
    let resumeB!: () => void;
    const gate = new Promise<void>((r) => (resumeB = r));
    let bRead!: () => void;
    const bHasRead = new Promise<void>((r) => (bRead = r));
    let paused = false;
    const pausingFs = {
      ...fsp,
      readFile: (async (p: string, o: BufferEncoding) => {
        const text = await fsp.readFile(p, o);
        if (p === path && !paused) {
          paused = true;
          bRead();
          await gate;
        }
        return text;
      }) as typeof fsp.readFile,
    };
    const b = acquireLock({ ...d, fs: pausingFs, pid: 2002, isAlive });
    await bHasRead;
    const a = await acquireLock({ ...d, pid: 1001, isAlive });
    resumeB();
    await expect(b).rejects.toMatchObject({ exitCode: 75 });
    const holder = JSON.parse(await fsp.readFile(path, 'utf8')) as { pid: number };
    expect(holder.pid).toBe(1001);
    expect(await fsp.readdir(d.stateDir)).toEqual(['lock']);
    await a.release();
    await expect(fsp.stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a contender whose stale judgement is out of date never moves a live lock away (no two holders)', async () => {
    // B judges the dead holder's lock stale and is paused; A takes it over and holds. B resumes:
    // were it to move A's lock aside, C (arriving then) would find no lock and create one, A's
    // could not be put back, and A and C would both hold the lock.
    const d = await deps();
    const path = join(d.stateDir, LOCK_FILE);
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const isAlive = (pid: number) => pid !== 999_999;
    const signal = () => {
      let open!: () => void;
      const p = new Promise<void>((r) => (open = r));
      return { p, open };
    };
    const judged = signal();
    const resumeJudged = signal();
    const moved = signal();
    const resumeMoved = signal();
    let pausedJudge = false;
    let pausedMove = false;
    const bFs = {
      ...fsp,
      stat: (async (p: string) => {
        const st = await fsp.stat(p);
        if (p === path && !pausedJudge) {
          pausedJudge = true;
          judged.open();
          await resumeJudged.p;
        }
        return st;
      }) as typeof fsp.stat,
      rename: (async (from: PathLike, to: PathLike) => {
        await fsp.rename(from, to);
        if (from === path && !pausedMove) {
          pausedMove = true;
          moved.open();
          await resumeMoved.p;
        }
      }) as typeof fsp.rename,
    };
    const b = fileLock({ ...d, fs: bFs, pid: 2002, isAlive })
      .acquire(LOCK_FILE)
      .then(
        () => 'held' as const,
        (e: unknown) => (e as { exitCode?: number }).exitCode,
      );
    await judged.p;
    const a = await fileLock({ ...d, pid: 1001, isAlive }).acquire(LOCK_FILE);
    resumeJudged.open();
    await Promise.race([moved.p, b]);
    const c = await fileLock({ ...d, pid: 3003, isAlive })
      .acquire(LOCK_FILE)
      .then(
        () => 'held' as const,
        (e: unknown) => (e as { exitCode?: number }).exitCode,
      );
    resumeMoved.open();
    expect(await b).toBe(75);
    expect(c).toBe(75);
    await a.verify();
    expect((JSON.parse(await fsp.readFile(path, 'utf8')) as { pid: number }).pid).toBe(1001);
    expect(await fsp.readdir(d.stateDir)).toEqual([LOCK_FILE]);
    await a.release();
    expect(await fsp.readdir(d.stateDir)).toEqual([]);
  });

  // The claim a contender takes before removing a lock file: lock.takeover.<inode>-<content hash>.<n>.
  async function claimPath(dir: string, n: number): Promise<string> {
    const path = join(dir, LOCK_FILE);
    const text = await fsp.readFile(path, 'utf8');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    return `${path}.takeover.${(await fsp.stat(path)).ino}-${hash}.${n}`;
  }

  it('a takeover claim left by a contender that died does not block the takeover; no debris stays', async () => {
    const d = await deps({ isAlive: (pid) => pid !== 999_999 && pid !== 999_998 });
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const dead = { pid: 999_998, host: hostname(), started_at: new Date(NOW).toISOString() };
    await fsp.writeFile(await claimPath(d.stateDir, 1), JSON.stringify(dead));
    const lock = await acquireLock(d);
    expect(await fsp.readdir(d.stateDir)).toEqual([LOCK_FILE]);
    await lock.release();
    expect(await fsp.readdir(d.stateDir)).toEqual([]);
  });

  it('a takeover claim held by a live contender is left to it: 75, nothing removed', async () => {
    const d = await deps({ isAlive: (pid) => pid !== 999_999 });
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const live = { pid: 4242, host: hostname(), started_at: new Date(NOW).toISOString() };
    const claim = await claimPath(d.stateDir, 1);
    await fsp.writeFile(claim, JSON.stringify(live));
    await expect(acquireLock(d)).rejects.toMatchObject({ exitCode: 75 });
    expect((await fsp.readdir(d.stateDir)).sort()).toEqual([
      LOCK_FILE,
      claim.slice(d.stateDir.length + 1),
    ]);
  });

  it('two contenders judging the same stale lock: exactly one takes it over', async () => {
    const d = await deps();
    await plant(d.stateDir, {
      pid: 999_999,
      host: hostname(),
      started_at: new Date(NOW).toISOString(),
    });
    const isAlive = (pid: number) => pid !== 999_999;
    // Both read the stale lock before either moves it.
    let arrived = 0;
    let release!: () => void;
    const both = new Promise<void>((r) => (release = r));
    const barrierFs = {
      ...fsp,
      readFile: (async (p: string, o: BufferEncoding) => {
        const text = await fsp.readFile(p, o);
        if (p === join(d.stateDir, 'lock') && arrived < 2) {
          arrived += 1;
          if (arrived === 2) release();
          await both;
        }
        return text;
      }) as typeof fsp.readFile,
    };
    const results = await Promise.allSettled([
      acquireLock({ ...d, fs: barrierFs, pid: 1001, isAlive }),
      acquireLock({ ...d, fs: barrierFs, pid: 2002, isAlive }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    const holder = JSON.parse(await fsp.readFile(join(d.stateDir, 'lock'), 'utf8')) as {
      pid: number;
    };
    expect(holder.pid).toBe(winner === 0 ? 1001 : 2002);
  });
});
