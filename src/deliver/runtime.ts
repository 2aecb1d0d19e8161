import type { RunContext } from '../context.js';
import { DifyExportError } from '../errors.js';
import { nodeFs, type DurableFs } from '../spool/fs.js';
import { Spool } from '../spool/store.js';
import { acquireLock, type Lock, type LockDeps } from '../state/lock.js';
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

export function openSpool(ctx: RunContext, deps: DeliveryDeps): Spool {
  return new Spool({
    stateDir: ctx.config.stateDir,
    fs: deps.fs,
    clock: ctx.clock,
    random: ctx.random,
  });
}

export async function takeLock(ctx: RunContext, deps: DeliveryDeps): Promise<Lock> {
  return acquireLock({
    fs: deps.fs,
    stateDir: ctx.config.stateDir,
    clock: ctx.clock,
    maxRuntimeMs: ctx.config.maxRuntimeMs,
    ...deps.lock,
  });
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
  spool: Spool,
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
