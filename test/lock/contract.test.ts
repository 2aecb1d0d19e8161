import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileLock } from '../../src/lock/file.js';
import { PgLock } from '../../src/lock/postgres.js';
import { RedisLock } from '../../src/lock/redis.js';
import type { DistributedLock, LockGuard } from '../../src/lock/types.js';
import { tempDir } from '../commands/helpers.js';
import { startPostgres, startRedis, type TestServer } from '../helpers/servers.js';

/**
 * One contract for every lock backend (SPEC §10a): exclusion, renewal, takeover of an expired lease,
 * fencing, release only by the holder. The remote backends run against real servers.
 */
interface MakeOptions {
  ttlMs: number;
  /** Above the TTL: the holder behaves as a stopped process that renews nothing. */
  renewEveryMs?: number;
  maxRetries?: number;
  retryIntervalMs?: number;
  /** File lock only: the instant this contender sees (its clock). */
  now?: number;
  host?: string;
}

interface Backend {
  name: string;
  /** Whether the lease is renewed while held (the file lock has no lease: it ages from its start). */
  renews: boolean;
  fences: boolean;
  make(o: MakeOptions): DistributedLock;
  /** Lets an un-renewed lease made with `make` expire. */
  expire(ttlMs: number): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let pgServer: TestServer;
let redisServer: TestServer;
let fileDir: string;

beforeAll(async () => {
  [pgServer, redisServer, fileDir] = await Promise.all([startPostgres(), startRedis(), tempDir()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([pgServer?.stop(), redisServer?.stop()]);
});

const FILE_NOW = Date.parse('2026-11-20T12:00:00Z');

const backends: Backend[] = [
  {
    name: 'file',
    renews: false,
    fences: false,
    make: (o) =>
      new FileLock(
        {
          fs: fsp,
          dir: fileDir,
          clock: { now: () => o.now ?? FILE_NOW },
          // Other hosts: liveness is judged by age alone, as on a shared STATE_DIR.
          host: o.host ?? 'host-a',
          processStartedAt: FILE_NOW - 60_000,
        },
        { ttlMs: o.ttlMs, maxRetries: o.maxRetries ?? 0, retryIntervalMs: o.retryIntervalMs ?? 10 },
      ),
    expire: () => Promise.resolve(),
  },
  {
    name: 'postgres',
    renews: true,
    fences: true,
    make: (o) =>
      new PgLock(
        {
          url: pgServer.url,
          schema: 'lock_contract',
          ...(o.renewEveryMs === undefined ? {} : { renewEveryMs: o.renewEveryMs }),
        },
        { ttlMs: o.ttlMs, maxRetries: o.maxRetries ?? 0, retryIntervalMs: o.retryIntervalMs ?? 10 },
      ),
    expire: (ttl) => sleep(ttl + 300),
  },
  {
    name: 'redis',
    renews: true,
    fences: true,
    make: (o) =>
      new RedisLock(
        {
          url: redisServer.url,
          ...(o.renewEveryMs === undefined ? {} : { renewEveryMs: o.renewEveryMs }),
        },
        { ttlMs: o.ttlMs, maxRetries: o.maxRetries ?? 0, retryIntervalMs: o.retryIntervalMs ?? 10 },
      ),
    expire: (ttl) => sleep(ttl + 300),
  },
];

describe.each(backends)('lock contract: $name', (backend) => {
  const held: LockGuard[] = [];
  afterAll(async () => {
    for (const g of held) await g.release();
  });
  const key = () => `k-${randomUUID()}`;
  const TTL = 60_000;

  it('excludes: a second contender gets already_locked (75), and the lock after release', async () => {
    const k = key();
    const a = await backend.make({ ttlMs: TTL }).acquire(k);
    expect(a.key).toBe(k);
    expect(a.token).toMatch(/\S{8,}/);
    expect(await backend.make({ ttlMs: TTL, host: 'host-b' }).tryAcquire(k)).toBeNull();
    await expect(backend.make({ ttlMs: TTL, host: 'host-b' }).acquire(k)).rejects.toMatchObject({
      kind: 'already_locked',
      exitCode: 75,
      message: expect.stringMatching(/another run holds the lock \(pid \d+ on /) as unknown,
    });
    await expect(
      backend.make({ ttlMs: TTL, host: 'host-b', maxRetries: 2, retryIntervalMs: 20 }).acquire(k),
    ).rejects.toMatchObject({ kind: 'timeout', exitCode: 75 });
    await a.verify();
    expect(a.lost.aborted).toBe(false);
    await a.release();
    const b = await backend.make({ ttlMs: TTL, host: 'host-b' }).acquire(k);
    await b.release();
  });

  it('a waiting acquire gets the lock once the holder releases it', async () => {
    const k = key();
    const a = await backend.make({ ttlMs: TTL }).acquire(k);
    const waiting = backend
      .make({ ttlMs: TTL, host: 'host-b', maxRetries: 100, retryIntervalMs: 30 })
      .acquire(k);
    await sleep(150);
    await a.release();
    const b = await waiting;
    await b.verify();
    await b.release();
  });

  // The file lock has no lease to renew (it ages from its start) and no fencing number.
  if (backend.renews)
    it('renews: held well past its TTL while the holder lives', async () => {
      const k = key();
      const ttl = 1_500;
      const a = await backend.make({ ttlMs: ttl }).acquire(k);
      held.push(a);
      await sleep(3 * ttl);
      expect(a.lost.aborted).toBe(false);
      await a.verify();
      expect(await backend.make({ ttlMs: ttl, host: 'host-b' }).tryAcquire(k)).toBeNull();
      await a.release();
    });

  it('an expired holder is taken over; it can no longer verify, and its release leaves the new holder', async () => {
    const k = key();
    const ttl = 1_200;
    const a = await backend.make({ ttlMs: ttl, renewEveryMs: 1_000_000 }).acquire(k);
    await backend.expire(ttl);
    const b = await backend
      .make({ ttlMs: ttl, host: 'host-b', now: FILE_NOW + ttl + 1 })
      .acquire(k);
    held.push(b);
    if (backend.fences) expect(b.fencing).toBeGreaterThan(a.fencing);
    await expect(a.verify()).rejects.toMatchObject({ code: 'LOCK_LOST', exitCode: 75 });
    expect(a.lost.aborted).toBe(true);
    await a.release();
    await b.verify();
    expect(await backend.make({ ttlMs: TTL, host: 'host-c' }).tryAcquire(k)).toBeNull();
  });

  if (backend.fences)
    it('fencing numbers grow with every acquisition', async () => {
      const k = key();
      const seen: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const g = await backend.make({ ttlMs: TTL }).acquire(k);
        seen.push(g.fencing);
        await g.release();
      }
      expect(seen[1]).toBeGreaterThan(seen[0]!);
      expect(seen[2]).toBeGreaterThan(seen[1]!);
    });
});

describe('lock servers that cannot be reached', () => {
  it('PostgreSQL: backend_error → 69, naming the server without its credentials', async () => {
    const url = 'postgres://exporter:S3cretPw@localhost/db?host=/nonexistent-dir&sslmode=disable';
    const lock = new PgLock({ url, schema: 'x', connectTimeoutMs: 2_000 }, { ttlMs: 1_000 });
    const error = (await lock.acquire('k').catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ kind: 'backend_error', exitCode: 69 });
    expect(error.message).toContain('postgres://localhost/db');
    expect(error.message).not.toMatch(/S3cret|exporter|nonexistent/);
  });

  it('Redis: backend_error → 69, naming the server without its credentials', async () => {
    const url = 'unix://:S3cretPw@/nonexistent-dir/redis.sock';
    const lock = new RedisLock({ url, connectTimeoutMs: 2_000 }, { ttlMs: 1_000 });
    const error = (await lock.acquire('k').catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ kind: 'backend_error', exitCode: 69 });
    expect(error.message).toContain('unix:///nonexistent-dir/redis.sock');
    expect(error.message).not.toMatch(/S3cret/);
  });

  it('PostgreSQL: a schema written by a newer version is refused (78)', async () => {
    const schema = 'lock_newer';
    const lock = new PgLock({ url: pgServer.url, schema }, { ttlMs: 5_000 });
    await (await lock.acquire('k')).release();
    const client = new pg.Client({ connectionString: pgServer.url });
    await client.connect();
    await client.query(`UPDATE ${schema}.meta SET value = '99' WHERE name = 'schema_version'`);
    await client.end();
    await expect(lock.acquire('k')).rejects.toMatchObject({
      code: 'LOCK_SCHEMA_NEWER',
      exitCode: 78,
    });
  });
});
