import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { z } from 'zod';
import { leaseGuard } from './lease.js';
import { describeServerUrl } from './server-url.js';
import {
  TryOnceLock,
  type Attempt,
  heldError,
  LockError,
  type LockConfig,
  type LockGuard,
  type RenewalOptions,
} from './types.js';

export interface RedisLockOptions extends RenewalOptions {
  url: string;
  pid?: number;
  host?: string;
  connectTimeoutMs?: number;
}

// Compare-and-extend and compare-and-delete: only the holder of the exact value renews or releases.
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const DELETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) else return 0 end`;

const valueSchema = z.object({
  token: z.string(),
  pid: z.number(),
  host: z.string(),
  since: z.string(),
});

function unreachable(url: string, cause: unknown): LockError {
  const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
  return new LockError(
    'backend_error',
    `the lock server ${describeServerUrl(url)} is unreachable (${reason})`,
    { hint: 'check the server, the URL and the network; nothing was changed', cause },
  );
}

/** Opens a client that never reconnects by itself (a lost connection is a lost lock). */
export async function connectRedis(url: string, connectTimeoutMs = 10_000) {
  const client = createClient({
    url,
    socket: { reconnectStrategy: false, connectTimeout: connectTimeoutMs },
  });
  client.on('error', () => undefined); // reported through the guard's lost signal
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw unreachable(url, error);
  }
  return client;
}

type Client = Awaited<ReturnType<typeof connectRedis>>;

/**
 * The Redis lock of SPEC §10a: `SET key value NX PX ttl`, renewed every TTL/3 by compare-and-extend,
 * released by compare-and-delete (never a plain DEL); the fencing number comes from INCR. A
 * killed holder's key expires after the TTL.
 */
export class RedisLock extends TryOnceLock {
  readonly #opts: RedisLockOptions;

  constructor(opts: RedisLockOptions, config: LockConfig) {
    super(config);
    this.#opts = opts;
  }

  protected async attempt(key: string): Promise<Attempt> {
    const client = await connectRedis(this.#opts.url, this.#opts.connectTimeoutMs);
    const token = randomUUID();
    const value = JSON.stringify({
      token,
      pid: this.#opts.pid ?? process.pid,
      host: this.#opts.host ?? hostname(),
      since: new Date().toISOString(),
    });
    try {
      const sentAt = performance.now();
      const set = await client.set(key, value, {
        condition: 'NX',
        expiration: { type: 'PX', value: this.config.ttlMs },
      });
      if (set !== 'OK') {
        const current = await client.get(key);
        client.destroy();
        let holder;
        try {
          const parsed = valueSchema.safeParse(JSON.parse(current ?? ''));
          holder = parsed.success ? parsed.data : undefined;
        } catch {
          holder = undefined;
        }
        return { held: heldError(key, holder) };
      }
      const fencing = await client.incr(`${key}:fencing`);
      return { guard: this.#guard(client, key, token, value, { fencing, sentAt }) };
    } catch (error) {
      client.destroy();
      throw unreachable(this.#opts.url, error);
    }
  }

  #guard(
    client: Client,
    key: string,
    token: string,
    value: string,
    { fencing, sentAt }: { fencing: number; sentAt: number },
  ): LockGuard {
    const ttl = this.config.ttlMs;
    return leaseGuard({ key, token, fencing, sentAt }, ttl, this.#opts.renewEveryMs, {
      renew: async () => {
        const r = await client.eval(EXTEND, { keys: [key], arguments: [value, String(ttl)] });
        if (r !== 1) throw new Error('the key expired or names another holder');
      },
      check: async () => {
        if ((await client.get(key)) !== value) throw new Error('the key names another holder');
      },
      release: async (lost) => {
        // A lost lease is not asked for (the server may not answer): its key expires by itself.
        if (!lost)
          await client.eval(DELETE, { keys: [key], arguments: [value] }).catch(() => undefined);
        client.destroy();
      },
      watch: (lose) => {
        client.on('error', (error: unknown) => {
          lose('the lock server connection failed', error);
        });
        client.on('end', () => {
          lose('the lock server connection ended');
        });
      },
    });
  }
}
