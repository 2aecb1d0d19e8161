import { z } from 'zod';
import { parseBytes, parseDuration } from './duration.js';
import { isValidTimeZone } from '../time/zone.js';
import { parseTimeExpr, TIME_HELP } from '../time/parse.js';
import { displayUrl } from './url-secrets.js';

const blankToUndefined = (v: unknown): unknown =>
  typeof v === 'string' && v.trim() === '' ? undefined : v;

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, got "${String(issue.input)}"`,
  });
}

const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

function duration(def: string, minMs = 0) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(def)
      .transform((s, ctx) => {
        const ms = parseDuration(s);
        if (ms === undefined || ms < minMs) {
          ctx.addIssue({
            code: 'custom',
            message: `expected a duration such as 30s, 15m, 2h, 7d or plain seconds${minMs > 0 ? ` (at least ${minMs / 1000}s)` : ''}, got "${s}"`,
          });
          return z.NEVER;
        }
        return ms;
      }),
  );
}

function integer(def: number, min: number, max: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .default(String(def))
      .transform((s, ctx) => {
        const n = /^\d+$/.test(s.trim()) ? Number(s) : NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
          ctx.addIssue({
            code: 'custom',
            message: `expected an integer from ${min} to ${max}, got "${s}"`,
          });
          return z.NEVER;
        }
        return n;
      }),
  );
}

const httpUrl = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      // Never the raw text: its userinfo or query string may hold a password or key.
      ctx.addIssue({ code: 'custom', message: `expected an http(s) URL, got "${displayUrl(s)}"` });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `expected an http(s) URL, got protocol "${url.protocol}"`,
      });
    }
    if (url.username || url.password) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not contain credentials; use the token variables',
      });
    }
  });

/**
 * A lock or state server URL (SPEC §10a). It is a secret: no message repeats it. `unix://` is a
 * Redis unix socket; PostgreSQL takes its socket directory as `?host=`.
 */
function serverUrl(kinds: readonly ('postgres' | 'redis')[]) {
  const schemes = kinds.flatMap((k) =>
    k === 'postgres' ? ['postgres:', 'postgresql:'] : ['redis:', 'rediss:', 'unix:'],
  );
  return z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(s)?.[0].toLowerCase();
      let parses = true;
      try {
        if (scheme !== 'unix:') new URL(s);
      } catch {
        parses = false;
      }
      if (!parses || scheme === undefined || !schemes.includes(scheme)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a ${schemes.map((x) => `${x}//`).join(' or ')} URL (value not shown: it may hold a password)`,
        });
      }
    });
}

const idList = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((s) =>
      s === undefined
        ? undefined
        : s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
    ),
);

/** Every variable of SPEC §4, as strings in, typed values out. Secrets are resolved before this. */
export const envSchema = z.object({
  DIFY_API_URL: z.preprocess(blankToUndefined, httpUrl.optional()),
  DIFY_EMAIL: optionalString,
  DIFY_PASSWORD: optionalString,
  DIFY_API_TOKEN: optionalString,
  DIFY_WORKSPACE_ID: optionalString,
  DIFY_PASSWORD_ENCODING: z.preprocess(
    blankToUndefined,
    oneOf(['auto', 'base64', 'plain']).default('auto'),
  ),
  DIFY_APPS: idList,
  DIFY_EXCLUDE_APPS: idList,
  DIFY_MODEL_SOURCE: z.preprocess(blankToUndefined, oneOf(['app', 'conversation']).default('app')),
  DIFY_EXCLUDE_CONSOLE: z.preprocess(
    blankToUndefined,
    oneOf(['0', '1', 'false', 'true'])
      .default('0')
      .transform((v) => v === '1' || v === 'true'),
  ),
  DIFY_CONCURRENCY: integer(4, 1, 32),
  EXTERNAL_API_URL: z.preprocess(blankToUndefined, httpUrl.optional()),
  EXTERNAL_API_TOKEN: optionalString,
  EXPORT_FORMAT: z.preprocess(
    blankToUndefined,
    oneOf(['cloudevents', 'api-meter']).default('cloudevents'),
  ),
  API_METER_TENANT_ID: z.preprocess(
    blankToUndefined,
    z.uuid({ error: (issue) => `expected a UUID, got "${String(issue.input)}"` }).optional(),
  ),
  EXPORT_TIMEZONE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('UTC')
      .refine(isValidTimeZone, {
        error: (issue) =>
          `unknown IANA time zone "${String(issue.input)}" (expected e.g. UTC or Europe/Berlin)`,
      }),
  ),
  STATE_DIR: optionalString,
  INITIAL_SINCE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('30d')
      .refine((s) => parseTimeExpr(s) !== undefined, {
        error: (issue) => `expected ${TIME_HELP}, got "${String(issue.input)}"`,
      }),
  ),
  SETTLE_DELAY: duration('15m'),
  BATCH_SIZE: integer(100, 1, 1000),
  HTTP_TIMEOUT: duration('30s', 1000),
  MAX_RETRY: integer(3, 0, 20),
  RETRY_MAX_DELAY: duration('30s'),
  MAX_RETRY_AFTER: duration('120s'),
  SPOOL_MAX_AGE: duration('7d', 60_000),
  SPOOL_MAX_BYTES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('1GiB')
      .transform((s, ctx) => {
        const n = parseBytes(s);
        if (n === undefined || n < 1) {
          ctx.addIssue({
            code: 'custom',
            message: `expected a size such as 1GiB, 500MB or plain bytes, got "${s}"`,
          });
          return z.NEVER;
        }
        return n;
      }),
  ),
  MAX_RUNTIME: duration('15m', 1000),
  GRACEFUL_SHUTDOWN_TIMEOUT: duration('30s'),
  PENDING_MAX_AGE: duration('10d', 60_000),
  PROGRESS_INTERVAL: duration('30s', 1000),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? (blankToUndefined(v) as string | undefined)?.toLowerCase() : v),
    oneOf(['error', 'warn', 'info', 'debug']).default('info'),
  ),
  METRICS_FILE: optionalString,
  STATE_URL: z.preprocess(blankToUndefined, serverUrl(['postgres']).optional()),
  LOCK_URL: z.preprocess(blankToUndefined, serverUrl(['postgres', 'redis']).optional()),
  STATE_LOCK_TTL: duration('60s', 3000),
  STATE_PG_SCHEMA: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default('dify_export')
      .refine((s) => /^[a-z_][a-z0-9_]{0,62}$/.test(s), {
        error: (issue) =>
          `expected a lower-case PostgreSQL identifier (letters, digits, _), got "${String(issue.input)}"`,
      }),
  ),
});

export type EnvValues = z.output<typeof envSchema>;
