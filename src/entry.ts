import { writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgv, type Invocation } from './cli.js';
import type { ConfigNeeds } from './config/config.js';
import { loadConfig, secretCandidates } from './config/load.js';
import { urlSecrets } from './config/url-secrets.js';
import type { RunContext, RunReport } from './context.js';
import { ConfigError, DifyExportError, exitCodeOf } from './errors.js';
import { ExitCode, exitName } from './exit-codes.js';
import { createLogger, type Logger } from './log.js';
import { Redactor } from './redact.js';
import { runCommand } from './commands/index.js';

export interface EntryOptions {
  version: string;
  controller: AbortController;
  cwd: string;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Registers what to do (log a last line) when a second signal forces an immediate exit. */
  onSecondSignal: (fn: () => void) => void;
}

function needsOf(inv: Invocation): ConfigNeeds {
  switch (inv.command) {
    case 'export':
      return { dify: true, external: !inv.dryRun };
    case 'check':
      return { dify: true, external: true };
    case 'verify':
      return { dify: true, external: false };
    case 'resend':
      return { dify: false, external: true };
    default:
      return { dify: false, external: false };
  }
}

const writeOut = (text: string): void => {
  writeSync(1, text);
};
const writeErr = (text: string): void => {
  writeSync(2, text);
};

function logError(log: Logger, error: unknown): void {
  if (error instanceof DifyExportError) {
    const fields: Record<string, unknown> = { code: error.code, exit_code: error.exitCode };
    if (error.hint !== undefined) fields.hint = error.hint;
    if (error instanceof ConfigError) fields.problems = error.problems;
    if (error.cause instanceof Error) fields.cause = error.cause.message;
    log.error(fields, error.message);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  log.error(
    { code: 'UNEXPECTED', exit_code: ExitCode.SOFTWARE },
    `unexpected error (a bug): ${message}`,
  );
  if (error instanceof Error)
    log.debug({ stack: error.stack }, 'stack trace of the unexpected error');
}

/** Parses, configures, runs one command and logs the summary line; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  opts: EntryOptions,
): Promise<number> {
  const started = Date.now();
  const parsed = await parseArgv(argv, opts.version, { out: writeOut, err: writeErr });
  if (parsed.kind === 'exit') return parsed.code;
  const inv = parsed.invocation;
  const redactor = new Redactor();
  const runId = randomUUID();

  for (const secret of secretCandidates(env, inv.globals, opts.cwd)) redactor.add(secret);
  // `state migrate --to` takes a URL on the command line: a secret like STATE_URL.
  if (inv.command === 'state migrate' && inv.to !== undefined)
    for (const secret of [inv.to, ...urlSecrets(inv.to)]) redactor.add(secret);
  let loaded;
  try {
    loaded = loadConfig(env, inv.globals, needsOf(inv), opts.cwd);
  } catch (error) {
    const log = createLogger({
      level: 'info',
      runId,
      cmd: inv.command,
      redactor,
      pretty: opts.stderrIsTTY,
    });
    logError(log, error);
    if (inv.command === 'check' && error instanceof ConfigError) {
      for (const problem of error.problems)
        writeOut(redactor.scrub(`✗ configuration: ${problem}\n`));
    }
    const exitCode = exitCodeOf(error);
    summary(log, { exitCode }, started);
    return exitCode;
  }
  const { config, warnings } = loaded;
  for (const secret of config.secrets) redactor.add(secret);
  // On a terminal, a log line first erases the status line and then draws it again below.
  let statusLine: string | undefined;
  const log = createLogger({
    level: config.logLevel,
    runId,
    cmd: inv.command,
    redactor,
    pretty: opts.stderrIsTTY,
    write: (line) => {
      writeErr(statusLine === undefined ? line : `\r\x1b[2K${line}${statusLine}`);
    },
  });
  for (const warning of warnings) log.warn(warning);

  const deadline = setTimeout(() => {
    opts.controller.abort(new Error(`MAX_RUNTIME (${config.maxRuntimeMs / 1000}s) reached`));
  }, config.maxRuntimeMs);
  deadline.unref();
  opts.controller.signal.addEventListener('abort', () => {
    log.warn(
      { reason: (opts.controller.signal.reason as Error).message },
      'stopping: no new work is started',
    );
  });
  const progress: NonNullable<RunContext['progress']> = {};
  opts.onSecondSignal(() => {
    log.error(
      { exit_code: ExitCode.TEMPFAIL, exit_name: 'TEMPFAIL' },
      'second signal: exiting now without waiting for requests in flight',
    );
    // What is known at this instant; what was in flight is in the spool or re-read next run.
    summary(log, { ...progress.current?.(), exitCode: ExitCode.TEMPFAIL }, started);
  });

  const ctx: RunContext = {
    config,
    log,
    redactor,
    clock: { now: () => Date.now() },
    random: Math.random,
    signal: opts.controller.signal,
    // stdout carries `check` lines, `spool ls` error texts and `spool show` bodies: scrubbed too.
    stdout: (line) => {
      writeOut(redactor.scrub(`${line}\n`));
    },
    stdinIsTTY: opts.stdinIsTTY,
    ...(opts.stderrIsTTY
      ? {
          status: (line: string | undefined) => {
            statusLine = line === undefined ? undefined : redactor.scrub(line);
            writeErr(`\r\x1b[2K${statusLine ?? ''}`);
          },
        }
      : {}),
    confirm: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
      } finally {
        rl.close();
      }
    },
    version: opts.version,
    progress,
  };

  let report: RunReport;
  try {
    report = await runCommand(inv, ctx);
  } catch (error) {
    logError(log, error);
    report = { exitCode: exitCodeOf(error) };
  } finally {
    clearTimeout(deadline);
  }
  if (config.metricsFile !== undefined) {
    // Loaded only when configured; written before the summary, which stays the last line.
    const metrics = await import('./metrics/record.js');
    if (metrics.recordsMetrics(inv)) {
      const times = { startedMs: started, finishedMs: Date.now() };
      await metrics.recordMetrics(config.metricsFile, report, times, log);
    }
  }
  summary(log, report, started);
  return report.exitCode;
}

function summary(log: Logger, report: RunReport, started: number): void {
  // The summary is the last line of every run, whatever LOG_LEVEL filters out.
  const out = log.isLevelEnabled('info') ? log : log.child({}, { level: 'info' });
  out.info(
    {
      exit_code: report.exitCode,
      exit_name: exitName(report.exitCode),
      events: report.events ?? null,
      watermark_before: report.watermarkBefore ?? null,
      watermark_after: report.watermarkAfter ?? null,
      spool_depth: report.spoolDepth ?? null,
      spool_oldest_age_seconds: report.spoolOldestAgeSeconds ?? null,
      duration_ms: Date.now() - started,
      // Peak resident memory of this run, for capacity planning and the benchmark.
      max_rss_bytes: process.resourceUsage().maxRSS * 1024,
    },
    'run finished',
  );
}
