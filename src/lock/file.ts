import { createHash, randomUUID } from 'node:crypto';
import type * as fsp from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import {
  TryOnceLock,
  type Attempt,
  heldError,
  lockLost,
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

// Claims on one lock file beyond this many, all left by dead claimants, are not tried further.
const MAX_CLAIMS = 8;

/** What a contender read and judged: the content and the inode it came from. */
interface Seen {
  text: string;
  ino: number;
  holder: HolderInfo | undefined;
  stale: boolean;
}

/** A lock file as created: its content and inode. */
interface Made {
  text: string;
  ino: number;
}

/**
 * `STATE_DIR/lock` (SPEC §10): created exclusively, holding pid, host, start time and a token.
 * `ttlMs` is the age after which any lock is stale (2 × MAX_RUNTIME).
 *
 * A lock file is removed (stale takeover, or release) only under a claim on that very file:
 * `lock.takeover.<inode>-<hash of content>.<n>`, created with O_EXCL. Inside the claim the file is
 * read again and removed only if it is still the one judged (same inode and content) and still
 * stale (or still ours). No one else can remove that file meanwhile (they would need the same
 * claim) and no one can create `lock` while it exists, so what is removed is what was judged.
 * Moving `lock` aside without a claim is not safe: a contender whose judgement is out of date
 * moves a live lock just created by another, and while it is away a third creates one, so the
 * live one cannot be put back and two runs hold the lock. A claim left by a dead contender is
 * judged like a lock (pid gone, or empty for a minute); the next claim number is then taken.
 * Afterwards ours is created with O_EXCL like any contender's.
 */
export class FileLock extends TryOnceLock {
  readonly #deps: FileLockDeps;
  readonly #host: string;
  readonly #pid: number;
  readonly #processStartedAt: number;

  constructor(deps: FileLockDeps, config: LockConfig) {
    super(config);
    this.#deps = deps;
    this.#host = deps.host ?? hostname();
    this.#pid = deps.pid ?? process.pid;
    this.#processStartedAt =
      deps.processStartedAt ?? deps.clock.now() - Math.ceil(process.uptime() * 1000);
  }

  protected async attempt(key: string): Promise<Attempt> {
    const path = join(this.#deps.dir, key);
    const token = (this.#deps.newToken ?? randomUUID)();
    for (let tries = 0, rounds = 0; tries < 3 && rounds < 10; rounds += 1) {
      const created = await this.#create(path, token);
      if (created !== undefined) return { guard: this.#guard(key, path, token, created) };
      const seen = await this.#judge(path);
      if (seen === undefined) {
        tries += 1; // gone meanwhile: try to create again
        continue;
      }
      if (!seen.stale) return { held: heldError(key, this.#holderOf(seen)) };
      // Removed: the next create decides (not counted as a try, so it is made).
      // Not removed: someone else is removing or replaced it; whatever is there is judged afresh.
      if (!(await this.#removeIf(path, seen, token, 'stale', (now) => now.stale))) tries += 1;
    }
    const seen = await this.#judge(path);
    return { held: heldError(key, seen && this.#holderOf(seen), ', just taken again') };
  }

  #holderOf(seen: Seen) {
    return seen.holder
      ? { pid: seen.holder.pid, host: seen.holder.host, since: seen.holder.started_at }
      : undefined;
  }

  /** O_EXCL create with our content; what was made, or undefined when the file exists. */
  async #create(path: string, token: string): Promise<Made | undefined> {
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
    const text = `${JSON.stringify(info)}\n`;
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      return { text, ino: (await handle.stat()).ino };
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
    return now - started > this.config.ttlMs;
  }

  /**
   * Removes the lock file at `path` if it is still the file `seen` (same inode and content) and
   * `still` holds for it, under a claim on that file (see the class comment). False when it was
   * not removed: changed or gone meanwhile, or another live contender holds the claim.
   */
  async #removeIf(
    path: string,
    seen: Made,
    token: string,
    label: string,
    still: (now: Seen) => boolean,
  ): Promise<boolean> {
    const { fs } = this.#deps;
    const id = `${seen.ino}-${createHash('sha256').update(seen.text).digest('hex').slice(0, 16)}`;
    const claims: string[] = [];
    let ours = false;
    for (let n = 1; n <= MAX_CLAIMS && !ours; n += 1) {
      const claim = `${path}.takeover.${id}.${n}`;
      if ((await this.#create(claim, token)) !== undefined) ours = true;
      else {
        const other = await this.#judge(claim);
        // Finished meanwhile (the file is removed or kept), or a live contender is at it.
        if (other === undefined || !other.stale) break;
      }
      claims.push(claim);
    }
    if (!ours) return false;
    try {
      const now = await this.#judge(path);
      if (now === undefined || now.ino !== seen.ino || now.text !== seen.text || !still(now))
        return false;
      const aside = `${path}.${label}.${token}`;
      await fs.rename(path, aside);
      // Under the claim it cannot be another file. Should it be, it is put back, and never
      // removed: if it cannot be put back it stays aside, and its holder's verify() fails.
      const [text, st] = await Promise.all([fs.readFile(aside, 'utf8'), fs.stat(aside)]).catch(
        () => [undefined, undefined] as const,
      );
      if (text !== seen.text || st?.ino !== seen.ino) {
        if (
          await fs.link(aside, path).then(
            () => true,
            () => false,
          )
        )
          await fs.unlink(aside).catch(() => undefined);
        return false;
      }
      await fs.unlink(aside).catch(() => undefined);
      return true;
    } catch {
      return false;
    } finally {
      // Ours and the dead claimants' before it: the file they were for is gone or not stale.
      for (const claim of claims.reverse()) await fs.unlink(claim).catch(() => undefined);
    }
  }

  #guard(key: string, path: string, token: string, made: Made): LockGuard {
    const controller = new AbortController();
    const stillOurs = async (): Promise<boolean> => {
      try {
        const [text, st] = await Promise.all([
          this.#deps.fs.readFile(path, 'utf8'),
          this.#deps.fs.stat(path),
        ]);
        return st.ino === made.ino && text === made.text;
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
        // Under the claim on our file (same inode and content: ours), so a takeover of it (were it
        // judged stale) and this release cannot both act, and no one else's lock is removed.
        await this.#removeIf(path, made, token, 'release', () => true).catch(() => false);
      },
    };
  }
}
