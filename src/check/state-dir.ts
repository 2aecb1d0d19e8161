import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
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
