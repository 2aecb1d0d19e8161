import { writeSync } from 'node:fs';
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config/config.js';
import { prettyLine } from './log-pretty.js';
import { Redactor } from './redact.js';

export type { Logger };

export interface LogOptions {
  level: LogLevel;
  runId: string;
  cmd: string;
  redactor: Redactor;
  /** Where finished lines go; stderr (fd 2) by default, written synchronously. */
  write?: (line: string) => void;
  /** Human-readable lines instead of JSON (for a terminal). */
  pretty?: boolean;
}

const REDACT_PATHS = [
  'password',
  'token',
  'access_token',
  'refresh_token',
  'csrf_token',
  'authorization',
  'cookie',
  'headers.authorization',
  'headers.Authorization',
  'headers.cookie',
  'headers.Cookie',
  'headers["set-cookie"]',
  'headers["x-csrf-token"]',
  '*.password',
  '*.token',
  '*.authorization',
  '*.cookie',
];

/**
 * pino JSON Lines on stderr. Writes are synchronous so a killed process loses no line, and every
 * line passes the redactor, which catches secrets inside messages, URLs and stack traces that
 * key-based redaction cannot see.
 */
export function createLogger(options: LogOptions): Logger {
  const write = options.write ?? ((line: string) => writeSync(2, line));
  const destination = {
    write(chunk: string): void {
      const line = options.redactor.scrub(chunk);
      write(options.pretty === true ? prettyLine(line) : line);
    },
  };
  return pino(
    {
      level: options.level,
      base: { run_id: options.runId, cmd: options.cmd },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: Redactor.MASK },
    },
    destination,
  );
}
