import { spawn } from 'node:child_process';
import { BIN } from './build.js';
import { shippedNodeFlags } from './shipped-flags.js';

export interface CliRun {
  args: readonly string[];
  code: number | null;
  stdout: string;
  /** Parsed JSON log lines of stderr; the last one is the run summary. */
  logs: Record<string, unknown>[];
  /** Lines of stderr that are not JSON (usage errors). */
  otherStderr: string[];
  wallMs: number;
  /** CPU time of the CLI process (user + system), from a probe loaded with `--import`. */
  cpuMs: number | null;
}

/**
 * Prints the process's CPU time as a last stderr line at exit. On a shared machine wall time
 * depends on the neighbours; CPU time per event does much less.
 */
const CPU_PROBE =
  'data:text/javascript,process.on("exit",()=>process.stderr.write(JSON.stringify({bench_cpu_us:process.cpuUsage()})+"\\n"))';

/**
 * Spawns the built CLI the way it ships (the bin's shebang flags, then `nodeArgs`, which win) with
 * only `env` (plus PATH): nothing from the caller's environment or a
 * `.env` in the working directory leaks into a measured or narrated run.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
  nodeArgs: readonly string[] = [],
  probeCpu = false,
): Promise<CliRun> {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [
      ...(probeCpu ? ['--import', CPU_PROBE] : []),
      ...shippedNodeFlags(BIN),
      ...nodeArgs,
      BIN,
      ...args,
    ],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const logs: Record<string, unknown>[] = [];
      const otherStderr: string[] = [];
      for (const line of Buffer.concat(err).toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          otherStderr.push(line);
        }
      }
      const probe = logs.find((l) => 'bench_cpu_us' in l)?.bench_cpu_us as
        { user: number; system: number } | undefined;
      resolve({
        args,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        logs: logs.filter((l) => !('bench_cpu_us' in l)),
        otherStderr,
        wallMs,
        cpuMs: probe ? Math.round((probe.user + probe.system) / 1000) : null,
      });
    });
  });
}

/** The `run finished` line every run ends with (SPEC §3). */
export function summaryOf(run: CliRun): Record<string, unknown> | undefined {
  return run.logs.findLast((l) => l.msg === 'run finished');
}
