import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import type { DurableFs } from '../spool/fs.js';

const lockSchema = z.object({ pid: z.number().int(), host: z.string(), started_at: z.string() });
type LockInfo = z.infer<typeof lockSchema>;

export interface LockDeps {
  fs: DurableFs;
  stateDir: string;
  clock: Clock;
  maxRuntimeMs: number;
  pid?: number;
  host?: string;
  /** Whether a pid is alive on this host; injectable for tests. */
  isAlive?: (pid: number) => boolean;
}

export interface Lock {
  release(): Promise<void>;
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

async function isStale(
  deps: LockDeps,
  path: string,
  host: string,
): Promise<{ stale: boolean; holder?: LockInfo }> {
  const isAlive = deps.isAlive ?? pidAlive;
  const now = deps.clock.now();
  let text: string;
  try {
    text = await deps.fs.readFile(path, 'utf8');
  } catch {
    return { stale: false };
  }
  let parsed;
  try {
    parsed = lockSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) {
    const st = await deps.fs.stat(path).catch(() => undefined);
    return { stale: st !== undefined && now - st.mtimeMs > EMPTY_LOCK_GRACE_MS };
  }
  const holder = parsed.data;
  const age = now - Date.parse(holder.started_at);
  if (holder.host === host && !isAlive(holder.pid)) return { stale: true, holder };
  // A run on another host cannot be checked; MAX_RUNTIME bounds every run, so twice that is safe.
  if (age > 2 * deps.maxRuntimeMs) return { stale: true, holder };
  return { stale: false, holder };
}

/** Takes `STATE_DIR/lock` exclusively (SPEC §10); a live holder means exit 75. */
export async function acquireLock(deps: LockDeps): Promise<Lock> {
  const path = join(deps.stateDir, 'lock');
  const host = deps.host ?? hostname();
  const info: LockInfo = {
    pid: deps.pid ?? process.pid,
    host,
    started_at: new Date(deps.clock.now()).toISOString(),
  };
  for (let tries = 0; tries < 2; tries += 1) {
    try {
      const handle = await deps.fs.open(path, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(info)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      return {
        release: async () => {
          await deps.fs.unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new DifyExportError(
          'LOCK_IO',
          'CANTCREAT',
          `cannot create ${path} (${code ?? 'unknown'})`,
          { cause: error },
        );
      }
    }
    const { stale, holder } = await isStale(deps, path, host);
    if (!stale) {
      const who = holder ? ` (pid ${holder.pid} on ${holder.host} since ${holder.started_at})` : '';
      throw new DifyExportError('LOCK_HELD', 'TEMPFAIL', `another run holds the lock${who}`, {
        hint: 'wait for it to finish; the lock is released when it exits',
      });
    }
    await deps.fs.unlink(path).catch(() => undefined);
  }
  throw new DifyExportError(
    'LOCK_HELD',
    'TEMPFAIL',
    'another run holds the lock (it was just taken again)',
  );
}
