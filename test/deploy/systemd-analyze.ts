import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where systemd-analyze is, or undefined. The tests that need it fail (not skip) without it:
 * `.ci/run` installs the `systemd` package so CI always checks the units.
 */
export function findSystemdAnalyze(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'systemd-analyze');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function analyze(
  bin: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
