import { createHash } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { RunContext } from '../context.js';
import { describeServerUrl, serverKindOf } from './server-url.js';
import type { DistributedLock, LockGuard } from './types.js';

export type { DistributedLock, LockConfig, LockGuard } from './types.js';
export { LockError } from './types.js';

/**
 * Where the lock lives: the lock server of LOCK_URL, the PostgreSQL store of STATE_URL (which
 * holds the lock too), or undefined for the file lock.
 */
export function lockServerUrl(config: Config): string | undefined {
  return config.lockUrl ?? config.stateUrl;
}

/** The variable that names the lock server, for hints. */
export function lockServerVar(config: Config): 'LOCK_URL' | 'STATE_URL' {
  return config.lockUrl !== undefined ? 'LOCK_URL' : 'STATE_URL';
}

/**
 * The key of a remote lock, from configuration only (so `resend`, `spool` and `state` work while
 * Dify is down): Dify URL origin, DIFY_EMAIL or DIFY_WORKSPACE_ID, target hash, format. One server
 * can hold several exporters.
 */
export function lockKey(config: Config): string {
  const origin = config.difyApiUrl === undefined ? '' : new URL(config.difyApiUrl).origin;
  const who =
    config.difyAuth?.mode === 'password'
      ? config.difyAuth.email
      : config.difyAuth?.mode === 'admin-key'
        ? config.difyAuth.workspaceId
        : '';
  const target =
    config.externalApiUrl === undefined
      ? ''
      : createHash('sha256').update(config.externalApiUrl).digest('hex');
  const id = createHash('sha256')
    .update([origin, who, target, config.exportFormat].join('\n'))
    .digest('hex');
  return `dify-export:${id.slice(0, 32)}`;
}

/**
 * The PostgreSQL or Redis lock of the configuration; undefined when the file lock is used. The
 * clients are loaded only then: they would slow the start of every run (and `--version`).
 */
export async function remoteLock(config: Config): Promise<DistributedLock | undefined> {
  const url = lockServerUrl(config);
  if (url === undefined) return undefined;
  const lockConfig = { ttlMs: config.stateLockTtlMs };
  if (serverKindOf(url) === 'postgres') {
    const { PgLock } = await import('./postgres.js');
    return new PgLock({ url, schema: config.statePgSchema }, lockConfig);
  }
  const { RedisLock } = await import('./redis.js');
  return new RedisLock({ url }, lockConfig);
}

export function describeLockServer(config: Config): string | undefined {
  const url = lockServerUrl(config);
  return url === undefined ? undefined : describeServerUrl(url);
}

/** The run's lock as commands hold it; `remote` says whether its lease can be lost. */
export type RunLock = LockGuard & { remote: boolean };

/**
 * The run's context with the lock's loss folded into its stop signal: a run that loses a remote
 * lock stops as on SIGTERM (exit 75) and writes no more state (SPEC §10a).
 */
export function lockedContext(ctx: RunContext, lock: RunLock): RunContext {
  if (!lock.remote) return ctx;
  lock.lost.addEventListener(
    'abort',
    () => {
      const error = lock.lost.reason as Error & { code?: string; hint?: string };
      ctx.log.error({ code: error.code, exit_code: 75, hint: error.hint }, error.message);
    },
    { once: true },
  );
  return { ...ctx, signal: AbortSignal.any([ctx.signal, lock.lost]) };
}
