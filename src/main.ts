import { readFileSync } from 'node:fs';

/**
 * The process boundary: the only module that reads argv/env and installs signal handlers.
 * Heavy modules load lazily so `--version` stays as fast as Node's own start-up (SPEC §14).
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const controller = new AbortController();
  let signals = 0;
  let onSecondSignal: (() => void) | undefined;
  const onSignal = (name: NodeJS.Signals): void => {
    signals += 1;
    if (signals === 1) {
      controller.abort(new Error(`received ${name}`));
    } else {
      onSecondSignal?.();
      process.exit(75);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const { runCli } = await import('./entry.js');
  try {
    return await runCli(argv, env, {
      version,
      controller,
      cwd: process.cwd(),
      stdinIsTTY: process.stdin.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      onSecondSignal: (fn) => {
        onSecondSignal = fn;
      },
    });
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
