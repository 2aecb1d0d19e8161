export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export type DifyAuth =
  | { mode: 'password'; email: string; password: string }
  | { mode: 'admin-key'; token: string; workspaceId: string };

/** The validated configuration every command receives (SPEC §4). Durations are milliseconds. */
export interface Config {
  /** Without trailing slash; undefined only for commands that do not talk to Dify. */
  difyApiUrl: string | undefined;
  difyAuth: DifyAuth | undefined;
  difyPasswordEncoding: 'auto' | 'base64' | 'plain';
  /** Ids to include; undefined means every app. */
  difyApps: readonly string[] | undefined;
  difyExcludeApps: readonly string[];
  /**
   * The model of chat and agent-chat usage when Dify's conversation list lacks it (1.7–1.13):
   * `app` = the app's current model (no extra request), `conversation` = the conversation detail
   * (exact, one GET per conversation, which marks it read in Dify).
   */
  difyModelSource: 'app' | 'conversation';
  /** Drop all usage Dify marks `from_source: console` (debugger and Explore). */
  difyExcludeConsole: boolean;
  difyConcurrency: number;
  /** Used exactly as given; undefined only for commands that do not deliver. */
  externalApiUrl: string | undefined;
  externalApiToken: string | undefined;
  exportFormat: 'cloudevents' | 'api-meter';
  apiMeterTenantId: string | undefined;
  exportTimezone: string;
  stateDir: string;
  /** A `<time>` expression (SPEC §2), resolved at run time. */
  initialSince: string;
  settleDelayMs: number;
  batchSize: number;
  httpTimeoutMs: number;
  maxRetry: number;
  retryMaxDelayMs: number;
  maxRetryAfterMs: number;
  spoolMaxAgeMs: number;
  spoolMaxBytes: number;
  maxRuntimeMs: number;
  gracefulShutdownMs: number;
  /** A non-final Dify run pending longer than this (from its parent's created_at) is given up. */
  pendingMaxAgeMs: number;
  /** Period of the progress line on long runs. */
  progressIntervalMs: number;
  logLevel: LogLevel;
  metricsFile: string | undefined;
  /** `postgres://…`, `redis://…`, `rediss://…` or `unix://…` (Redis socket): only the lock there; a secret. */
  lockUrl: string | undefined;
  /** `postgres://…`: state, spool and lock in PostgreSQL (SPEC §10a); a secret. Unset → STATE_DIR. */
  stateUrl: string | undefined;
  stateLockTtlMs: number;
  statePgSchema: string;
  /** Secret values, so the logger can scrub them wherever they might appear. */
  secrets: readonly string[];
}

/** What a command needs configured beyond the common settings. */
export interface ConfigNeeds {
  dify: boolean;
  external: boolean;
}
