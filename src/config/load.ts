import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { Config, ConfigNeeds, DifyAuth } from './config.js';
import { envSchema, type EnvValues } from './schema.js';
import { readSecret, SECRET_NAMES, type Env } from './secrets.js';
import { URL_NAMES, urlSecrets } from './url-secrets.js';

/** The userinfo and query values of every configured URL: scrubbed like any other secret. */
function urlSecretsOf(env: Env): string[] {
  return URL_NAMES.flatMap((name) => urlSecrets(env[name] ?? ''));
}

export interface ConfigFlags {
  dotenv?: string | undefined;
  stateDir?: string | undefined;
  logLevel?: string | undefined;
}

export interface LoadedConfig {
  config: Config;
  warnings: string[];
}

/**
 * Environment (process over the dotenv file), then flags on top. Files are read relative to `cwd`.
 * A missing default `.env` is fine; a missing `--dotenv` file is a configuration error.
 */
export function mergeEnv(
  env: Env,
  flags: ConfigFlags,
  cwd: string,
): { env: Env; problems: string[] } {
  const path = flags.dotenv ?? `${cwd}/.env`;
  let fromFile: Record<string, string> = {};
  if (flags.dotenv !== undefined || existsSync(path)) {
    try {
      fromFile = parseDotenv(readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      return { env, problems: [`--dotenv: cannot read ${path} (${code})`] };
    }
  }
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(env)) if (value !== undefined) merged[name] = value;
  if (flags.stateDir !== undefined) merged.STATE_DIR = flags.stateDir;
  if (flags.logLevel !== undefined) merged.LOG_LEVEL = flags.logLevel;
  return { env: merged, problems: [] };
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}

type Present = (name: string) => string | undefined;

/** Cross-variable rules, checked on the raw strings so they are reported alongside value errors. */
function checkRules(get: Present, needs: ConfigNeeds, problems: string[]): void {
  const password = get('DIFY_EMAIL') !== undefined || get('DIFY_PASSWORD') !== undefined;
  const adminKey = get('DIFY_API_TOKEN') !== undefined || get('DIFY_WORKSPACE_ID') !== undefined;
  if (password && adminKey) {
    problems.push(
      'DIFY_API_TOKEN: configure exactly one auth mode: DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID, not both',
    );
  } else if (password) {
    if (get('DIFY_EMAIL') === undefined) problems.push('DIFY_EMAIL: required with DIFY_PASSWORD');
    if (get('DIFY_PASSWORD') === undefined)
      problems.push('DIFY_PASSWORD: required with DIFY_EMAIL');
  } else if (adminKey) {
    if (get('DIFY_API_TOKEN') === undefined)
      problems.push('DIFY_API_TOKEN: required with DIFY_WORKSPACE_ID');
    if (get('DIFY_WORKSPACE_ID') === undefined)
      problems.push('DIFY_WORKSPACE_ID: required with DIFY_API_TOKEN');
  } else if (needs.dify) {
    problems.push(
      'DIFY_EMAIL: no Dify credentials: set DIFY_EMAIL + DIFY_PASSWORD, or DIFY_API_TOKEN + DIFY_WORKSPACE_ID',
    );
  }
  if (needs.dify && get('DIFY_API_URL') === undefined) problems.push('DIFY_API_URL: required');
  if (needs.external && get('EXTERNAL_API_URL') === undefined)
    problems.push('EXTERNAL_API_URL: required');
  if (get('STATE_URL') !== undefined && get('LOCK_URL') !== undefined)
    problems.push(
      'LOCK_URL: not with STATE_URL (the PostgreSQL store of STATE_URL holds the lock too); unset one',
    );
  const server =
    get('STATE_URL') !== undefined
      ? 'STATE_URL'
      : get('LOCK_URL') !== undefined
        ? 'LOCK_URL'
        : undefined;
  if (server !== undefined) {
    // The lock and store keys come from these (SPEC §10a), so every command needs them.
    if (!needs.dify && get('DIFY_API_URL') === undefined)
      problems.push(`DIFY_API_URL: required with ${server} (the lock key is derived from it)`);
    if (!needs.external && get('EXTERNAL_API_URL') === undefined)
      problems.push(`EXTERNAL_API_URL: required with ${server} (the lock key is derived from it)`);
    // Without an identity the key names another, empty exporter: `spool ls` would show nothing
    // and `state migrate` would file the state where the exporter never looks.
    if (!needs.dify && !password && !adminKey)
      problems.push(
        `DIFY_EMAIL: required with ${server}, or DIFY_WORKSPACE_ID (the lock key is derived from it)`,
      );
  }
  if (get('EXPORT_FORMAT') === 'api-meter' && get('API_METER_TENANT_ID') === undefined) {
    problems.push('API_METER_TENANT_ID: required with EXPORT_FORMAT=api-meter');
  }
}

function authOf(v: EnvValues): DifyAuth | undefined {
  if (v.DIFY_EMAIL !== undefined && v.DIFY_PASSWORD !== undefined) {
    return { mode: 'password', email: v.DIFY_EMAIL, password: v.DIFY_PASSWORD };
  }
  if (v.DIFY_API_TOKEN !== undefined && v.DIFY_WORKSPACE_ID !== undefined) {
    return { mode: 'admin-key', token: v.DIFY_API_TOKEN, workspaceId: v.DIFY_WORKSPACE_ID };
  }
  return undefined;
}

/**
 * Validates everything at once: every problem becomes one `VARIABLE: problem` line of a single
 * ConfigError (exit 78). Values that are set are always checked; required ones only when the
 * command needs them (`spool ls` works without Dify credentials).
 */
export function loadConfig(
  rawEnv: Env,
  flags: ConfigFlags,
  needs: ConfigNeeds,
  cwd: string = process.cwd(),
): LoadedConfig {
  const merged = mergeEnv(rawEnv, flags, cwd);
  const problems = [...merged.problems];
  const env: Record<string, string | undefined> = { ...merged.env };
  for (const name of SECRET_NAMES) {
    const read = readSecret(merged.env, name);
    if (read.problem !== undefined) problems.push(`${name}_FILE: ${read.problem}`);
    env[name] = read.value;
  }
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) problems.push(...formatIssues(parsed.error.issues));
  checkRules(
    (name) => {
      const value = env[name]?.trim();
      return value === undefined || value === '' ? undefined : value;
    },
    needs,
    problems,
  );
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const v = parsed.data;
  const auth = authOf(v);

  const warnings: string[] = [];
  for (const [name, url] of [
    ['DIFY_API_URL', v.DIFY_API_URL],
    ['EXTERNAL_API_URL', v.EXTERNAL_API_URL],
  ] as const) {
    if (url === undefined) continue;
    const u = new URL(url);
    if (u.protocol === 'http:' && !isLoopback(u.hostname)) {
      warnings.push(`${name} uses http:// to ${u.host}: credentials and data travel unencrypted`);
    }
  }
  const secrets = [
    v.DIFY_PASSWORD,
    v.DIFY_API_TOKEN,
    v.EXTERNAL_API_TOKEN,
    ...urlSecretsOf(env),
    // Whole, besides their userinfo and query (in urlSecretsOf above).
    v.LOCK_URL,
    v.STATE_URL,
  ].filter((s): s is string => s !== undefined && s.length > 0);
  const stateDir = v.STATE_DIR ?? rawEnv.STATE_DIRECTORY?.split(':')[0] ?? `${cwd}/data`;
  const config: Config = {
    difyApiUrl: v.DIFY_API_URL?.replace(/\/+$/, ''),
    difyAuth: auth,
    difyPasswordEncoding: v.DIFY_PASSWORD_ENCODING,
    difyApps: v.DIFY_APPS,
    difyExcludeApps: v.DIFY_EXCLUDE_APPS ?? [],
    difyModelSource: v.DIFY_MODEL_SOURCE,
    difyExcludeConsole: v.DIFY_EXCLUDE_CONSOLE,
    difyConcurrency: v.DIFY_CONCURRENCY,
    externalApiUrl: v.EXTERNAL_API_URL,
    externalApiToken: v.EXTERNAL_API_TOKEN,
    exportFormat: v.EXPORT_FORMAT,
    apiMeterTenantId: v.API_METER_TENANT_ID,
    exportTimezone: v.EXPORT_TIMEZONE,
    stateDir,
    initialSince: v.INITIAL_SINCE,
    settleDelayMs: v.SETTLE_DELAY,
    batchSize: v.BATCH_SIZE,
    httpTimeoutMs: v.HTTP_TIMEOUT,
    maxRetry: v.MAX_RETRY,
    retryMaxDelayMs: v.RETRY_MAX_DELAY,
    maxRetryAfterMs: v.MAX_RETRY_AFTER,
    spoolMaxAgeMs: v.SPOOL_MAX_AGE,
    spoolMaxBytes: v.SPOOL_MAX_BYTES,
    maxRuntimeMs: v.MAX_RUNTIME,
    gracefulShutdownMs: v.GRACEFUL_SHUTDOWN_TIMEOUT,
    pendingMaxAgeMs: v.PENDING_MAX_AGE,
    progressIntervalMs: v.PROGRESS_INTERVAL,
    logLevel: v.LOG_LEVEL,
    metricsFile: v.METRICS_FILE,
    lockUrl: v.LOCK_URL,
    stateUrl: v.STATE_URL,
    stateLockTtlMs: v.STATE_LOCK_TTL,
    statePgSchema: v.STATE_PG_SCHEMA,
    secrets,
  };
  return { config, warnings };
}

/**
 * Every secret value reachable from the environment, from any of its sources, so that even the
 * message of an invalid configuration cannot print one.
 */
export function secretCandidates(rawEnv: Env, flags: ConfigFlags, cwd: string): string[] {
  const { env } = mergeEnv(rawEnv, flags, cwd);
  const values: string[] = [];
  for (const name of SECRET_NAMES) {
    const fromVar = env[name];
    if (fromVar) values.push(fromVar);
    const read = readSecret(env, name);
    if (read.value !== undefined) values.push(read.value);
  }
  values.push(...urlSecretsOf(env));
  return values;
}
