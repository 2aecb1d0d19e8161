import type { Config } from '../config/config.js';
import type { Clock } from '../context.js';
import { lockKey } from '../lock/index.js';
import type { DurableFs } from '../spool/fs.js';
import { FileStore } from './file.js';
import type { Store } from './types.js';

export type { Store } from './types.js';

/**
 * The store of the configuration: PostgreSQL when STATE_URL is set, else STATE_DIR. The PostgreSQL
 * client is loaded only then: it would slow the start of every run.
 */
export async function openStore(
  config: Config,
  deps: { fs: DurableFs; clock: Clock; random: () => number },
): Promise<Store> {
  if (config.stateUrl !== undefined) {
    const { PgStore } = await import('./postgres.js');
    return new PgStore({
      url: config.stateUrl,
      schema: config.statePgSchema,
      key: lockKey(config),
      clock: deps.clock,
      random: deps.random,
      idleInTransactionMs: config.stateLockTtlMs,
    });
  }
  return new FileStore({ ...deps, stateDir: config.stateDir });
}
