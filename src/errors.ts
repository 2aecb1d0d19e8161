import { ExitCode, type ExitName } from './exit-codes.js';

export interface ErrorOptions {
  hint?: string | undefined;
  cause?: unknown;
}

/**
 * The one error base class. `code` is a stable machine-readable string, `exit` names the row of
 * the exit-code table, `hint` tells the operator what to do. Messages must never carry secrets.
 */
export class DifyExportError extends Error {
  override name = 'DifyExportError';
  readonly code: string;
  readonly exit: ExitName;
  readonly hint: string | undefined;

  constructor(code: string, exit: ExitName, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.exit = exit;
    this.hint = options.hint;
  }

  get exitCode(): number {
    return ExitCode[this.exit];
  }
}

export class ConfigError extends DifyExportError {
  override name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options: ErrorOptions = {}) {
    super('CONFIG_INVALID', 'CONFIG', ['invalid configuration:', ...problems].join('\n  '), {
      hint: 'fix the variables listed (see docs/configuration.md)',
      ...options,
    });
    this.problems = problems;
  }
}

export class UsageError extends DifyExportError {
  override name = 'UsageError';

  constructor(message: string, options: ErrorOptions = {}) {
    super('USAGE', 'USAGE', message, { hint: 'see dify-export --help', ...options });
  }
}

/** Maps anything thrown to an exit code: ours carry it, anything else is a bug (70). */
export function exitCodeOf(error: unknown): number {
  return error instanceof DifyExportError ? error.exitCode : ExitCode.SOFTWARE;
}
