import type { ChildProcess } from 'node:child_process';
import { runBin, type CliResult } from '../helpers/cli.js';

export { BIN, type CliResult } from '../helpers/cli.js';

/** Spawns the built CLI with only the given environment, in `cwd`. */
export function spawnCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  onStart?: (child: ChildProcess) => void,
): Promise<CliResult> {
  return runBin(args, { env, cwd, ...(onStart ? { onStart } : {}) });
}
