import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { LogLevel } from './config/config.js';
import { parseTimeExpr, TIME_HELP, type TimeExpr } from './time/parse.js';

export const SPOOL_STATES = ['queued', 'held', 'rejected', 'corrupt', 'expired'] as const;
export type SpoolStateName = (typeof SPOOL_STATES)[number];

export interface GlobalOptions {
  dotenv?: string;
  stateDir?: string;
  logLevel?: LogLevel;
}

export type Invocation = { globals: GlobalOptions } & (
  | { command: 'export'; since?: TimeExpr; until?: TimeExpr; dryRun: boolean; resend: boolean }
  | { command: 'resend'; ids: string[]; dryRun: boolean }
  | { command: 'spool ls'; json: boolean; state?: SpoolStateName }
  | { command: 'spool show'; id: string }
  | { command: 'spool rm'; ids: string[]; yes: boolean }
  | { command: 'spool requeue'; ids: string[] }
  | { command: 'check' }
  | { command: 'state show' }
  | { command: 'state migrate'; to?: string }
  | {
      command: 'verify';
      since?: TimeExpr;
      until?: TimeExpr;
      apps: string[];
      json: boolean;
      maxProbes: number;
    }
);

export type CommandName = Invocation['command'];

export type ParseResult = { kind: 'run'; invocation: Invocation } | { kind: 'exit'; code: number };

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

function timeArg(value: string): TimeExpr {
  const expr = parseTimeExpr(value);
  if (!expr) throw new InvalidArgumentError(`expected ${TIME_HELP}.`);
  return expr;
}

function countArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return Number(value);
}

const ULID_LIKE = /^[0-9A-HJKMNP-TV-Z]{26}$/i;
function batchId(value: string, previous: string[] | undefined): string[] {
  if (!ULID_LIKE.test(value))
    throw new InvalidArgumentError('expected a batch id as listed by `spool ls`.');
  return [...(previous ?? []), value.toUpperCase()];
}

/** Builds the commander program. Actions only record what was asked; main.ts does the work. */
function buildProgram(version: string, output: CliOutput, onRun: (i: Invocation) => void): Command {
  const program = new Command('dify-export')
    .description(
      'Export the LLM usage of a Dify workspace to a metering or billing API: nothing lost, nothing counted twice.',
    )
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .option('--dotenv <path>', 'read variables from this file (default: ./.env when it exists)')
    .option('--state-dir <dir>', 'state, lock and spool directory (overrides STATE_DIR)')
    .addOption(
      new Option('--log-level <level>', 'log level (overrides LOG_LEVEL)').choices([
        'error',
        'warn',
        'info',
        'debug',
      ]),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 OK, 64 usage, 65 data error, 69 unavailable, 70 bug, 73 cannot create,\n74 I/O error, 75 try again later, 77 no permission, 78 configuration. See the README.',
    )
    .showSuggestionAfterError(true)
    .exitOverride();

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('export')
    .description(
      'one pass: resend due spooled batches, export everything new since the watermark, advance it',
    )
    .option('--since <time>', `start of an explicit window (backfill): ${TIME_HELP}`, timeArg)
    .option('--until <time>', 'end (exclusive) of an explicit window', timeArg)
    .option(
      '--dry-run',
      "fetch and encode, print the request bodies' JSON objects, send and record nothing",
      false,
    )
    .option('--no-resend', 'skip resending spooled batches')
    .action((opts: { since?: TimeExpr; until?: TimeExpr; dryRun: boolean; resend: boolean }) => {
      onRun({ command: 'export', globals: globals(), ...opts });
    });

  program
    .command('resend')
    .description(
      'send queued batches now, oldest first, ignoring their backoff (or only the given ids)',
    )
    .argument('[id...]', 'batch ids (any state but corrupt)')
    .option('--dry-run', 'list what would be sent, send nothing', false)
    .action((ids: string[], opts: { dryRun: boolean }) => {
      const parsed = ids.reduce<string[]>((acc, id) => batchId(id, acc), []);
      onRun({ command: 'resend', globals: globals(), ids: parsed, dryRun: opts.dryRun });
    });

  const spool = program
    .command('spool')
    .description('inspect and manage the spool of undelivered batches');
  spool
    .command('ls')
    .description('list spooled batches (all states, or one)')
    .option('--json', 'JSON Lines, one batch per line', false)
    .addOption(new Option('--state <state>', 'only batches in this state').choices(SPOOL_STATES))
    .action((opts: { json: boolean; state?: SpoolStateName }) => {
      onRun({ command: 'spool ls', globals: globals(), ...opts });
    });
  spool
    .command('show')
    .description("print one batch's metadata and its decoded events")
    .argument('<id>', 'batch id')
    .action((id: string) => {
      onRun({ command: 'spool show', globals: globals(), id: batchId(id, [])[0]! });
    });
  spool
    .command('rm')
    .description('delete batches (asks first unless --yes)')
    .argument('<id...>', 'batch ids', batchId)
    .option('-y, --yes', 'do not ask; required when stdin is not a terminal', false)
    .action((ids: string[], opts: { yes: boolean }) => {
      onRun({ command: 'spool rm', globals: globals(), ids, yes: opts.yes });
    });
  spool
    .command('requeue')
    .description('move rejected, held or expired batches back to queued, due now')
    .argument('<id...>', 'batch ids', batchId)
    .action((ids: string[]) => {
      onRun({ command: 'spool requeue', globals: globals(), ids });
    });

  program
    .command('check')
    .description(
      'validate config, log in to Dify, reach the external API (no POST), check the state directory',
    )
    .action(() => {
      onRun({ command: 'check', globals: globals() });
    });

  const state = program
    .command('state')
    .description('inspect the export state, or move it to PostgreSQL');
  state
    .command('show')
    .description('print the watermark, the source identity and the last run summary')
    .action(() => {
      onRun({ command: 'state show', globals: globals() });
    });
  state
    .command('migrate')
    .description(
      'copy the state and spool of STATE_DIR into PostgreSQL (idempotent; STATE_DIR is left as it was, marked migrated)',
    )
    .option(
      '--to <postgres-url>',
      'the PostgreSQL store (default: STATE_URL; prefer STATE_URL or STATE_URL_FILE: arguments are visible to other users)',
    )
    .action((opts: { to?: string }) => {
      onRun({ command: 'state migrate', globals: globals(), ...opts });
    });

  program
    .command('verify')
    .description(
      "compare what export reads with Dify's own token statistics per app and day, and explain each difference (read only)",
    )
    .option(
      '--since <time>',
      `start (default: 7 complete days ago, account zone): ${TIME_HELP}`,
      timeArg,
    )
    .option(
      '--until <time>',
      'end, exclusive (default: the start of today in the account zone)',
      timeArg,
    )
    .option('--app <id...>', 'only these apps')
    .option('--json', 'one JSON object per app-day', false)
    .option('--max-probes <n>', 'console minute probes at most (default 200)', countArg, 200)
    .action(
      (opts: {
        since?: TimeExpr;
        until?: TimeExpr;
        app?: string[];
        json: boolean;
        maxProbes: number;
      }) => {
        const { app, ...rest } = opts;
        onRun({ command: 'verify', globals: globals(), apps: app ?? [], ...rest });
      },
    );

  configureOutput(program, output);
  return program;
}

/** Every command writes its own usage line after an error, so the message points at the right one. */
function configureOutput(cmd: Command, output: CliOutput): void {
  cmd.exitOverride().configureOutput({
    writeOut: output.out,
    writeErr: output.err,
    outputError: (text, write) => {
      const path: string[] = [];
      for (let c: Command | null = cmd; c; c = c.parent) path.unshift(c.name());
      write(`${text.trimEnd()}\nusage: ${path.join(' ')} ${cmd.usage()}\n`);
    },
  });
  for (const sub of cmd.commands) configureOutput(sub, output);
}

/** argv (without node and script) → what to run, or the exit code after help/version/usage output. */
export async function parseArgv(
  argv: readonly string[],
  version: string,
  output: CliOutput,
): Promise<ParseResult> {
  let invocation: Invocation | undefined;
  const program = buildProgram(version, output, (i) => {
    invocation = i;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      // Thrown from an action (batch ids of `resend`), after commander's own checks.
      output.err(`error: ${error.message}\nusage: dify-export resend [options] [id...]\n`);
      return { kind: 'exit', code: 64 };
    }
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return { kind: 'exit', code: ok ? 0 : 64 };
    }
    throw error;
  }
  if (!invocation) {
    output.err(program.helpInformation());
    return { kind: 'exit', code: 64 };
  }
  return { kind: 'run', invocation };
}

/** The invocation of one command, e.g. `InvocationOf<'export'>`. */
export type InvocationOf<C extends CommandName> = Extract<Invocation, { command: C }>;
