import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/dify-export.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The JSON log lines of stderr, parsed. */
  logs: Record<string, unknown>[];
  ms: number;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  /** Called with the child as soon as it is spawned (to send it signals). */
  onStart?: (child: ChildProcess) => void;
}

/** The JSON log lines of stderr, parsed. */
export function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * What a spawned CLI inherits of the test process's clock: the libfaketime variables, when the suite
 * runs under `faketime` (README, Contributing: proving it passes on a future date). Empty otherwise,
 * so the CLI and the test always read the same clock.
 */
export function clockEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && (name === 'LD_PRELOAD' || name.startsWith('FAKETIME')))
      out[name] = value;
  return out;
}

/** Spawns the built CLI (`npm test` builds first) with a clean environment plus `env`. */
export function runBin(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { PATH: process.env.PATH, ...clockEnv(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    options.onStart?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr, logs: logLines(stderr), ms: Date.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}
