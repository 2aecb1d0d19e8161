import { randomUUID } from 'node:crypto';
import type * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import {
  acquireWithRetries,
  heldError,
  LockError,
  lockLost,
  type DistributedLock,
  type LockConfig,
  type LockGuard,
} from './types.js';

/** The file-system calls of the file lock; tests pass a facade that pauses one of them. */
export type LockFs = Pick<typeof fsp, 'open' | 'readFile' | 'rename' | 'unlink' | 'stat' | 'link'>;

const holderSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  started_at: z.string(),
  token: z.string().optional(),
});
type HolderInfo = z.infer<typeof holderSchema>;

export interface FileLockDeps {
  fs: LockFs;
  /** Directory of the lock file; the key is the file name. */
  dir: string;
  clock: Clock;
  pid?: number;
  host?: string;
  /** Whether a pid is alive on this host; injectable for tests. */
  isAlive?: (pid: number) => boolean;
  /** When this process started, on `clock`'s time line (default: now − process uptime). */
  processStartedAt?: number;
  newToken?: () => string;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A lock file without content is a run killed between create and write; after this long it is debris.
const EMPTY_LOCK_GRACE_MS = 60_000;

/** What a contender read and judged: the content and the inode it came from. */
interface Seen {
  text: string;
  ino: number;
  holder: HolderInfo | undefined;
  stale: boolean;
}

/**
 * `STATE_DIR/lock` (SPEC §10): created exclusively, holding pid, host, start time and a token. A
 * stale lock is taken over atomically: it is renamed to a name of our own, the moved file is
 * checked to be the one judged stale (else it is put back), and only then is ours created with
 * O_EXCL. `ttlMs` is the age after which any lock is stale (2 × MAX_RUNTIME).
 */
export class FileLock implements DistributedLock {
  readonly #deps: FileLockDeps;
  readonly #config: LockConfig;
  readonly #host: string;
  readonly #pid: number;
  readonly #processStartedAt: number;

  constructor(deps: FileLockDeps, config: LockConfig) {
    this.#deps = deps;
    this.#config = config;
    this.#host = deps.host ?? hostname();
    this.#pid = deps.pid ?? process.pid;
    this.#processStartedAt =
      deps.processStartedAt ?? deps.clock.now() - Math.ceil(process.uptime() * 1000);
  }

  acquire(key: string): Promise<LockGuard> {
    return acquireWithRetries(this.#config, () => this.#attempt(key));
  }

  async tryAcquire(key: string): Promise<LockGuard | null> {
    const result = await this.#attempt(key);
    return 'guard' in result ? result.guard : null;
  }

  async close(): Promise<void> {
    // Nothing kept open.
  }

  async #attempt(key: string): Promise<{ guard: LockGuard } | { held: LockError }> {
    const path = join(this.#deps.dir, key);
    const token = (this.#deps.newToken ?? randomUUID)();
    for (let tries = 0; tries < 3; tries += 1) {
      const created = await this.#create(path, token);
      if (created !== undefined) return { guard: this.#guard(key, path, token, created) };
      const seen = await this.#judge(path);
      if (seen === undefined) continue; // gone meanwhile: try to create again
      if (!seen.stale) return { held: heldError(key, this.#holderOf(seen)) };
      if (!(await this.#takeOver(path, seen, token))) {
        // Someone else moved or replaced it first: whatever is there now is judged afresh.
        continue;
      }
    }
    const seen = await this.#judge(path);
    return { held: heldError(key, seen && this.#holderOf(seen), ', just taken again') };
  }

  #holderOf(seen: Seen) {
    return seen.holder
      ? { pid: seen.holder.pid, host: seen.holder.host, since: seen.holder.started_at }
      : undefined;
  }

  /** O_EXCL create with our content; the inode of the new file, or undefined when it exists. */
  async #create(path: string, token: string): Promise<number | undefined> {
    const info: HolderInfo = {
      pid: this.#pid,
      host: this.#host,
      started_at: new Date(this.#deps.clock.now()).toISOString(),
      token,
    };
    let handle;
    try {
      handle = await this.#deps.fs.open(path, 'wx', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return undefined;
      // A directory we cannot write is the state directory's problem (73), as before the interface.
      throw new DifyExportError(
        'LOCK_IO',
        'CANTCREAT',
        `cannot create ${path} (${code ?? 'unknown'})`,
        {
          cause: error,
        },
      );
    }
    try {
      await handle.writeFile(`${JSON.stringify(info)}\n`, 'utf8');
      await handle.sync();
      return (await handle.stat()).ino;
    } finally {
      await handle.close();
    }
  }

  /** Reads the lock there and decides whether it is stale; undefined when there is none. */
  async #judge(path: string): Promise<Seen | undefined> {
    const { fs, clock } = this.#deps;
    let text: string;
    let ino: number;
    let mtimeMs: number;
    try {
      text = await fs.readFile(path, 'utf8');
      const st = await fs.stat(path);
      ino = st.ino;
      mtimeMs = st.mtimeMs;
    } catch {
      return undefined;
    }
    const now = clock.now();
    let parsed;
    try {
      parsed = holderSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success)
      return { text, ino, holder: undefined, stale: now - mtimeMs > EMPTY_LOCK_GRACE_MS };
    const holder = parsed.data;
    const started = Date.parse(holder.started_at);
    return { text, ino, holder, stale: this.#isStale(holder, started, now) };
  }

  #isStale(holder: HolderInfo, started: number, now: number): boolean {
    if (holder.host === this.#host) {
      // Our own pid but older than this process: a restarted container (node is PID 1 again).
      if (holder.pid === this.#pid) return started < this.#processStartedAt;
      if (!(this.#deps.isAlive ?? pidAlive)(holder.pid)) return true;
    }
    // A run on another host cannot be checked; MAX_RUNTIME bounds every run, so twice that is safe.
    return now - started > this.#config.ttlMs;
  }

  /**
   * Moves the stale lock aside under a unique name and checks it is the file judged stale. When a
   * live lock was moved instead (another contender took over in between), it is put back.
   */
  async #takeOver(path: string, seen: Seen, token: string): Promise<boolean> {
    const { fs } = this.#deps;
    const aside = `${path}.stale.${token}`;
    try {
      await fs.rename(path, aside);
    } catch {
      return false; // already moved by another contender
    }
    let same = false;
    try {
      const [text, st] = await Promise.all([fs.readFile(aside, 'utf8'), fs.stat(aside)]);
      same = text === seen.text && st.ino === seen.ino;
    } catch {
      same = false;
    }
    if (!same) {
      // link fails when a third lock appeared meanwhile: that one then stands, ours is not made.
      await fs.link(aside, path).catch(() => undefined);
    }
    await fs.unlink(aside).catch(() => undefined);
    return same;
  }

  #guard(key: string, path: string, token: string, ino: number): LockGuard {
    const controller = new AbortController();
    const stillOurs = async (): Promise<boolean> => {
      try {
        const [text, st] = await Promise.all([
          this.#deps.fs.readFile(path, 'utf8'),
          this.#deps.fs.stat(path),
        ]);
        return st.ino === ino && holderSchema.safeParse(JSON.parse(text)).data?.token === token;
      } catch {
        return false;
      }
    };
    return {
      key,
      token,
      fencing: 0,
      lost: controller.signal,
      verify: async () => {
        if (await stillOurs()) return;
        const error = lockLost(key, `${path} no longer names this run`);
        controller.abort(error);
        throw error;
      },
      release: async () => {
        if (!(await stillOurs())) return;
        // Moved aside first, so a lock created by someone else between check and removal survives.
        const aside = `${path}.release.${token}`;
        try {
          await this.#deps.fs.rename(path, aside);
        } catch {
          return;
        }
        const st = await this.#deps.fs.stat(aside).catch(() => undefined);
        if (st !== undefined && st.ino !== ino)
          await this.#deps.fs.link(aside, path).catch(() => undefined);
        await this.#deps.fs.unlink(aside).catch(() => undefined);
      },
    };
  }
}
