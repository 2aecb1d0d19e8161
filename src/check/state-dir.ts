import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Clock } from '../context.js';
import type { DifyExportError } from '../errors.js';
import { nodeFs } from '../spool/fs.js';
import { openStore } from '../store/index.js';
import type { CheckLine } from './line.js';

/** Creates the state directory if needed and proves a file can be written, synced and removed. */
export async function checkStateDir(dir: string): Promise<CheckLine> {
  const name = 'state directory';
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return {
      ok: false,
      name,
      detail: `cannot create ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      exit: 'CANTCREAT',
      hint: 'set STATE_DIR (or --state-dir) to a directory this user may create',
    };
  }
  const probe = join(dir, `.check-${process.pid}`);
  try {
    const handle = await open(probe, 'wx', 0o600);
    try {
      await handle.writeFile('probe');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await unlink(probe);
    return { ok: true, name, detail: `${dir} is writable` };
  } catch (error) {
    return {
      ok: false,
      name,
      detail: `cannot write in ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      exit: 'IOERR',
      hint: 'check permissions, free space and that the filesystem is not read-only',
    };
  }
}

/**
 * `check` with STATE_URL: connects, creates the tables when needed, and reads this exporter's state
 * and spool (no write: writes need the run's lock). An unreachable server is 69.
 */
export async function checkStateStore(
  config: Config,
  deps: { clock: Clock; random: () => number },
): Promise<CheckLine> {
  const name = 'state store';
  const store = await openStore(config, { ...deps, fs: nodeFs });
  try {
    const state = await store.readState();
    const queued = (await store.spool.ids('queued')).length;
    return {
      ok: true,
      name,
      detail: `${store.where}: watermark ${state?.watermark ?? '(none yet)'}, ${queued} batch(es) queued`,
    };
  } catch (error) {
    const e = error as DifyExportError;
    return {
      ok: false,
      name,
      detail: e.message,
      exit: e.exit ?? 'UNAVAILABLE',
      hint: e.hint ?? 'check the server, the URL (STATE_URL) and the network',
    };
  } finally {
    await store.close();
  }
}
