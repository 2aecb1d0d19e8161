import type { Config } from '../config/config.js';
import { DifyExportError } from '../errors.js';
import type { Logger } from '../log.js';
import {
  describeLockServer,
  lockKey,
  lockServerUrl,
  lockServerVar,
  remoteLock,
} from '../lock/index.js';
import { serverKindOf } from '../lock/server-url.js';
import type { CheckLine } from './line.js';

/**
 * Reads `maxmemory-policy` from INFO (CONFIG is often disabled on managed Redis): any policy but
 * noeviction may evict the lock key under memory pressure, and then two runs could both hold it.
 */
export async function redisEvictionWarning(url: string): Promise<string | undefined> {
  const { connectRedis } = await import('../lock/redis.js');
  const client = await connectRedis(url);
  try {
    const info = await client.info('memory');
    const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
    if (policy === undefined || policy === 'noeviction') return undefined;
    return `maxmemory-policy is ${policy}: Redis may evict the lock key under memory pressure (set noeviction, or use a Redis instance of its own)`;
  } finally {
    client.destroy();
  }
}

/** `check` with LOCK_URL or STATE_URL: proves a lock round trip (take and release a probe key). */
export async function checkLockServer(config: Config, log: Logger): Promise<CheckLine | undefined> {
  const url = lockServerUrl(config);
  const lock = await remoteLock(config);
  if (url === undefined || lock === undefined) return undefined;
  const name = 'lock server';
  const where = describeLockServer(config)!;
  try {
    const guard = await lock.tryAcquire(`${lockKey(config)}:check`);
    await guard?.release();
    let detail = `lock round trip on ${where}${guard ? ` (fencing ${guard.fencing})` : ' (the probe key is held by another check)'}`;
    if (serverKindOf(url) === 'redis') {
      const warning = await redisEvictionWarning(url);
      if (warning !== undefined) {
        log.warn({ server: where }, warning);
        detail += `; warning: ${warning}`;
      }
    }
    return { ok: true, name, detail };
  } catch (error) {
    return {
      ok: false,
      name,
      detail: (error as Error).message,
      // A schema of a newer dify-export is 78 here as in every command; anything else the server.
      exit: error instanceof DifyExportError && error.exit === 'CONFIG' ? 'CONFIG' : 'UNAVAILABLE',
      hint: `check the server, the URL (${lockServerVar(config)}) and the network`,
    };
  }
}
