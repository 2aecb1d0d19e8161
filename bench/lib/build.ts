import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `BENCH_BIN` measures another build (a patched copy, another branch) against the same scenarios. */
export const BIN = process.env.BENCH_BIN ?? join(ROOT, 'bin', 'dify-export.js');

function newestMtime(dir: string, suffix: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, suffix));
    else if (entry.name.endsWith(suffix)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `dist/` is missing or older than some file of `src/`. */
export function buildIsStale(): boolean {
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist', 'main.js')).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(
    newestMtime(join(ROOT, 'src'), '.ts'),
    statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs,
  );
  return sources > built;
}

/**
 * Runs the real build when needed, so a fresh clone after `npm ci` works without a build step and
 * a stale `dist/` never gets measured. A non-incremental tsc rewrites every output, so the mtime
 * of `dist/main.js` is the time of the last build.
 */
export function ensureBuilt(log: (line: string) => void = () => undefined): void {
  if (process.env.BENCH_BIN !== undefined || !buildIsStale()) return;
  log('building dist/ (tsc -p tsconfig.build.json) …');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`build failed (tsc exit ${String(r.status)})`);
}
