import type { SpoolStateName } from './cli.js';
import type { ProgressCounters } from './commands/progress-line.js';
import type { Config } from './config/config.js';
import type { Logger } from './log.js';
import type { Redactor } from './redact.js';

export interface Clock {
  now(): number;
}

/** Everything a command may use from the outside world; only main.ts builds one. */
export interface RunContext {
  config: Config;
  log: Logger;
  redactor: Redactor;
  clock: Clock;
  /** Uniform in [0, 1): backoff jitter, ids. */
  random: () => number;
  /** Aborted on the first SIGTERM/SIGINT or when MAX_RUNTIME is reached: start nothing new. */
  signal: AbortSignal;
  /** Writes one line (a newline is added) to stdout. */
  stdout: (line: string) => void;
  /**
   * On a terminal with the human log form: draws one status line in place (undefined clears it).
   * Absent otherwise: progress goes to the log.
   */
  status?: (line: string | undefined) => void;
  /** Whether stdin is an interactive terminal (for confirmations). */
  stdinIsTTY: boolean;
  /** Asks a yes/no question on the terminal. */
  confirm: (question: string) => Promise<boolean>;
  version: string;
  /**
   * Where a command shows what it has done so far: a second signal exits at once and prints the
   * summary line from it (SPEC §3: every run ends with one).
   */
  progress?: { current?: () => Omit<RunReport, 'exitCode'> };
}

/** What every command returns; main.ts turns it into the summary log line and the exit code. */
export interface RunReport {
  exitCode: number;
  events?: { fetched: number; delivered: number; spooled: number; rejected: number };
  watermarkBefore?: string | null;
  watermarkAfter?: string | null;
  spoolDepth?: number;
  spoolOldestAgeSeconds?: number | null;
  /**
   * Batches per spool state at the end of the run (SPEC §9), for the metrics file; a state left out
   * counts as 0. Leave the whole field out when the run did not look at the spool.
   */
  spoolBatches?: Partial<Record<SpoolStateName, number>>;
  /** Selected apps whose usage Dify does not record (Agent apps, Dify 1.15+). */
  appsWithoutUsage?: number;
  /** The last progress counters of an export (SPEC §11), for the metrics file. */
  progress?: ProgressCounters;
  /** Non-final Dify runs remembered in the state after the run (SPEC §10). */
  pendingItems?: number;
  /** Pending runs given up in this run (older than PENDING_MAX_AGE). */
  pendingGivenUp?: number;
}
