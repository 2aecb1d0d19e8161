import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';
import { DifyExportError } from '../errors.js';

/**
 * The file-system calls the spool and state make. Production passes `node:fs/promises`; tests pass
 * a facade that fails a chosen call, to prove a full or broken disk ends in exit 74 without loss.
 */
export type DurableFs = Pick<
  typeof fsp,
  'mkdir' | 'open' | 'rename' | 'unlink' | 'readdir' | 'readFile' | 'stat' | 'chmod'
>;

export const nodeFs: DurableFs = fsp;

function ioError(action: string, path: string, cause: unknown): DifyExportError {
  const code = (cause as NodeJS.ErrnoException).code ?? 'EIO';
  return new DifyExportError('SPOOL_IO', 'IOERR', `${action} failed: ${path} (${code})`, {
    hint: 'check free space, permissions and the health of the STATE_DIR file system',
    cause,
  });
}

/** fsync of a directory makes a rename or unlink inside it durable (POSIX leaves it in memory). */
export async function syncDir(fs: DurableFs, dir: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    throw ioError('fsync of directory', dir, error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The write protocol of SPEC §9: temp file in the same file system → fsync → rename → fsync of the
 * directory. Only then is the content durable. A failing descriptor is closed and never written
 * again (fsync after EIO may report success on lost pages), so every failure is exit 74.
 */
export async function writeDurable(
  fs: DurableFs,
  tmpPath: string,
  finalPath: string,
  content: string,
): Promise<void> {
  let handle;
  try {
    handle = await fs.open(tmpPath, 'wx', 0o600);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(tmpPath).catch(() => undefined);
    throw ioError('write', tmpPath, error);
  }
  try {
    await handle.close();
    await fs.rename(tmpPath, finalPath);
  } catch (error) {
    await fs.unlink(tmpPath).catch(() => undefined);
    throw ioError('rename', finalPath, error);
  }
  await syncDir(fs, dirname(finalPath));
}

/** A state change: rename, then fsync of both directories. */
export async function moveDurable(fs: DurableFs, from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    throw ioError('rename', `${from} → ${to}`, error);
  }
  await syncDir(fs, dirname(to));
  if (dirname(from) !== dirname(to)) await syncDir(fs, dirname(from));
}

export async function removeDurable(fs: DurableFs, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw ioError('unlink', path, error);
  }
  await syncDir(fs, dirname(path));
}

/**
 * Creates a directory (0700) or fails with exit 73. `tighten` also fixes the mode of an existing
 * one: right for our spool directories, wrong for a STATE_DIR the operator made (it may be `.`).
 */
export async function ensureDir(fs: DurableFs, dir: string, tighten = true): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const st = await fs.stat(dir);
    if (!st.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    // mkdir's mode is filtered by the umask and does not touch existing directories.
    if (tighten && (st.mode & 0o777) !== 0o700) await fs.chmod(dir, 0o700);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new DifyExportError(
      'STATE_DIR',
      'CANTCREAT',
      `cannot create directory ${dir} (${code})`,
      {
        hint: 'STATE_DIR must be a writable directory (check the path, owner and mount)',
        cause: error,
      },
    );
  }
}
