import type { RunContext } from '../context.js';
import { DifyExportError } from '../errors.js';
import { nodeFs, type DurableFs } from '../spool/fs.js';
import type { SpoolStore } from '../spool/store.js';
import { openStore, type Store } from '../store/index.js';
import { remoteLock, lockKey, type RunLock } from '../lock/index.js';
import { fileLock, LOCK_FILE, type LockDeps } from '../state/lock.js';
import { Dispatcher } from './dispatcher.js';
import { postOnce } from './post.js';
import { graceSignal, realSleep, type Sleep } from './wait.js';

/** The seams of delivery: tests swap the file system (write failures), sleep and lock identity. */
export interface DeliveryDeps {
  fs: DurableFs;
  sleep: Sleep;
  lock?: Partial<Pick<LockDeps, 'pid' | 'host' | 'isAlive'>>;
}

export const defaultDeliveryDeps: DeliveryDeps = { fs: nodeFs, sleep: realSleep };

/** The store of the configuration (STATE_DIR or STATE_URL); the caller closes it. */
export function storeOf(ctx: RunContext, deps: DeliveryDeps): Promise<Store> {
  return openStore(ctx.config, { fs: deps.fs, clock: ctx.clock, random: ctx.random });
}

/** Runs `body` with the store of the configuration, closed afterwards. */
export async function withStore<T>(
  ctx: RunContext,
  deps: DeliveryDeps,
  body: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await storeOf(ctx, deps);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/** Runs `body` with the store opened for writing and the run lock held (spool mutations). */
export function withLockedStore<T>(
  ctx: RunContext,
  deps: DeliveryDeps,
  body: (store: Store) => Promise<T>,
): Promise<T> {
  return withStore(ctx, deps, async (store) => {
    await store.open();
    const lock = await takeLock(ctx, deps, store);
    try {
      return await body(store);
    } finally {
      await lock.release();
    }
  });
}

/**
 * The run lock: on the lock server of LOCK_URL or STATE_URL when set, else `STATE_DIR/lock`. With
 * STATE_URL the store's writes are fenced by it from here on (SPEC §10a).
 */
export async function takeLock(
  ctx: RunContext,
  deps: DeliveryDeps,
  store: Store,
): Promise<RunLock> {
  const lock = await acquireRunLock(ctx, deps, store);
  try {
    await store.assertLive();
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

async function acquireRunLock(ctx: RunContext, deps: DeliveryDeps, store: Store): Promise<RunLock> {
  const remote = await remoteLock(ctx.config);
  if (remote !== undefined) {
    const guard = await remote.acquire(lockKey(ctx.config));
    store.useLock(guard);
    ctx.log.debug({ key: guard.key, fencing: guard.fencing }, 'lock taken');
    const release = guard.release.bind(guard);
    return Object.assign(guard, {
      remote: true,
      release: async () => {
        // Logged before and after: the run writes nothing from the first line on, and the lock
        // may already be another run's before the second (its log is a timeline of the holders).
        ctx.log.debug({ key: guard.key, fencing: guard.fencing }, 'releasing lock');
        await release();
        ctx.log.debug({ key: guard.key, fencing: guard.fencing }, 'lock released');
      },
    });
  }
  const guard = await fileLock({
    fs: deps.fs,
    stateDir: ctx.config.stateDir,
    clock: ctx.clock,
    maxRuntimeMs: ctx.config.maxRuntimeMs,
    ...deps.lock,
  }).acquire(LOCK_FILE);
  return Object.assign(guard, { remote: false });
}

export function externalUrl(ctx: RunContext): string {
  const url = ctx.config.externalApiUrl;
  if (url === undefined) {
    throw new DifyExportError('CONFIG_MISSING', 'CONFIG', 'EXTERNAL_API_URL is required', {
      hint: 'set EXTERNAL_API_URL to the URL batches are POSTed to',
    });
  }
  return url;
}

/** A dispatcher wired to the external API with the run's retry policy, clock and signals. */
export function createDispatcher(
  ctx: RunContext,
  deps: DeliveryDeps,
  spool: SpoolStore,
  started: number,
): Dispatcher {
  const { config } = ctx;
  const target = {
    url: externalUrl(ctx),
    token: config.externalApiToken,
    userAgent: `dify-export/${ctx.version}`,
    timeoutMs: config.httpTimeoutMs,
  };
  return new Dispatcher({
    attempt: {
      post: (request, signal) => postOnce(target, request, signal),
      policy: {
        maxRetry: config.maxRetry,
        retryMaxDelayMs: config.retryMaxDelayMs,
        maxRetryAfterMs: config.maxRetryAfterMs,
        spoolMaxAgeMs: config.spoolMaxAgeMs,
        deadline: started + config.maxRuntimeMs,
      },
      clock: ctx.clock,
      random: ctx.random,
      sleep: deps.sleep,
      stop: ctx.signal,
      cut: graceSignal(ctx.signal, config.gracefulShutdownMs),
    },
    spool,
    target: target.url,
    log: ctx.log,
    clock: ctx.clock,
    random: ctx.random,
    scrub: (text) => ctx.redactor.scrub(text),
  });
}
