import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, type EncodedBatch } from '../../src/encode/batch.js';
import { DifyExportError } from '../../src/errors.js';
import { ident } from '../../src/lock/pg-schema.js';
import { PgLock } from '../../src/lock/postgres.js';
import type { LockGuard } from '../../src/lock/types.js';
import { nodeFs } from '../../src/spool/fs.js';
import { EMPTY_STATE, type ExportState } from '../../src/state/state-file.js';
import { FileStore } from '../../src/store/file.js';
import { PgStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../commands/helpers.js';
import { failureOf } from '../helpers/failure.js';
import { startPostgres, type TestServer } from '../helpers/servers.js';

/**
 * One contract for both stores (SPEC §9, §10, §10a): state round trip, spool write / list / move /
 * expire / quarantine, and what one exporter sees of another. The PostgreSQL store runs against a
 * real server; its fencing and failures have their own cases below.
 */
const NOW = Date.parse('2026-11-20T12:00:00Z');
const clock = { now: () => NOW };
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

let server: TestServer;
const SCHEMA = 'store_contract';
const TTL = 30_000;

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

interface Made {
  store: Store;
  /** Takes the exporter's lock, as commands do before writing. */
  lock(): Promise<LockGuard | undefined>;
  /** Changes a stored body behind the store's back (a damaged disk, a hand edit). */
  tamper(id: string, state: string): Promise<void>;
}

interface Backend {
  name: string;
  make(key: string): Promise<Made>;
}

const fileDirs = new Map<string, string>();
const backends: Backend[] = [
  {
    name: 'file',
    make: async (key) => {
      // One directory per exporter: that is how the file store keeps exporters apart.
      let dir = fileDirs.get(key);
      if (dir === undefined) {
        dir = await tempDir();
        fileDirs.set(key, dir);
      }
      const store = new FileStore({ fs: nodeFs, stateDir: dir, clock, random });
      return {
        store,
        lock: () => Promise.resolve(undefined),
        tamper: async (id, state) => {
          const path = join(dir, 'spool', state, `${id}.json`);
          const json = JSON.parse(await fsp.readFile(path, 'utf8')) as { body: string };
          json.body = json.body.replace('"', '"x');
          await fsp.writeFile(path, JSON.stringify(json));
        },
      };
    },
  },
  {
    name: 'postgres',
    make: (key) => {
      const store = new PgStore({ url: server.url, schema: SCHEMA, key, clock, random });
      return Promise.resolve({
        store,
        lock: async () => {
          const guard = await new PgLock(
            { url: server.url, schema: SCHEMA },
            { ttlMs: TTL },
          ).acquire(key);
          store.useLock(guard);
          return guard;
        },
        tamper: async (id, state) => {
          await sql(
            `UPDATE ${ident(SCHEMA)}.spool SET body = replace(body, '"', '"x') WHERE key = $1 AND id = $2 AND state = $3`,
            [key, id, state],
          );
        },
      });
    },
  },
];

async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

function batch(n: number): EncodedBatch {
  const body = JSON.stringify(
    Array.from({ length: n }, (_, i) => ({ id: `evt-${String(i)}`, tokens: i })),
  );
  return {
    format: 'cloudevents',
    contentType: 'application/cloudevents-batch+json',
    body,
    eventCount: n,
    window: { from: '2026-11-20T10:00:00.000Z', to: '2026-11-20T11:00:00.000Z' },
  };
}

const STATE: ExportState = {
  ...EMPTY_STATE,
  source: { dify_url: 'https://dify.example', workspace_id: 'ws-1' },
  target: sha256Hex('https://meter.example/v1/events'),
  format: 'cloudevents',
  watermark: '2026-11-20T11:00:00.000Z',
  pending: [
    {
      app_id: 'app-1',
      kind: 'workflow',
      id: 'run-1',
      parent_created_at: '2026-11-20T10:30:00.000Z',
      first_seen: '2026-11-20T11:00:00.000Z',
    },
  ],
};

let keys = 0;
const newKey = () => `dify-export:contract-${String((keys += 1))}`;

describe.each(backends)('store contract: $name', (backend) => {
  async function opened(key = newKey()) {
    const made = await backend.make(key);
    await made.store.open();
    const guard = await made.lock();
    return { ...made, guard, key };
  }

  it('has no state before the first run, then reads back exactly what was written', async () => {
    const { store, guard } = await opened();
    try {
      expect(await store.readState()).toBeUndefined();
      await store.writeState(STATE, 'one');
      expect(await store.readState()).toEqual(STATE);
      const later = { ...STATE, watermark: '2026-11-20T12:00:00.000Z', pending: [] };
      await store.writeState(later, 'two');
      expect(await store.readState()).toEqual(later);
    } finally {
      await guard?.release();
      await store.close();
    }
  });

  it('writes, lists, reads, moves and removes batches; counts only queued and held bytes as live', async () => {
    const { store, guard } = await opened();
    const { spool } = store;
    try {
      const a = spool.draft(batch(3), 'https://meter.example/v1/events');
      const b = spool.draft(batch(5), 'https://meter.example/v1/events');
      const c = spool.draft(batch(1), 'https://meter.example/v1/events');
      await spool.write(a, 'queued');
      await spool.write(b, 'queued');
      await spool.write(c, 'held');
      expect(await spool.ids('queued')).toEqual([a.id, b.id].sort());
      const listed = await spool.list();
      expect(listed.map((e) => [e.id, e.state, e.event_count])).toEqual(
        [
          [a.id, 'queued', 3],
          [b.id, 'queued', 5],
          [c.id, 'held', 1],
        ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
      );
      const read = await spool.read(a.id, 'queued');
      expect(read.ok).toBe(true);
      if (read.ok === true) expect(read.file).toEqual(a);
      const live = listed.reduce((n, e) => n + e.bytes, 0);
      expect(await spool.liveBytes()).toBe(live);
      // A retry's bookkeeping, then expiry: the batch keeps its body and key.
      const updated = await spool.update(a, 'queued', { attempts: 2, last_status: 503 });
      await spool.move(a.id, 'queued', 'expired');
      expect(await spool.ids('expired')).toEqual([a.id]);
      expect(await spool.read(a.id, 'queued')).toEqual({ ok: 'missing' });
      const expired = await spool.read(a.id, 'expired');
      expect(expired.ok === true && expired.file).toEqual(updated);
      expect(await spool.liveBytes()).toBe(live - listed.find((e) => e.id === a.id)!.bytes);
      expect((await spool.list('expired')).map((e) => e.attempts)).toEqual([2]);
      const shown = JSON.parse((await spool.text(a.id, 'expired'))!) as { body: string };
      expect(shown.body).toBe(a.body);
      await spool.remove(b.id, 'queued');
      await spool.remove(b.id, 'queued'); // already gone: nothing to do
      expect(await spool.ids('queued')).toEqual([]);
    } finally {
      await guard?.release();
      await store.close();
    }
  });

  it('reads a damaged batch as not ok (checksum), so it is quarantined to corrupt', async () => {
    const made = await opened();
    const { store, guard } = made;
    const { spool } = store;
    try {
      const a = spool.draft(batch(2), 'https://meter.example/v1/events');
      await spool.write(a, 'queued');
      await made.tamper(a.id, 'queued');
      const read = await spool.read(a.id, 'queued');
      expect(read).toEqual({ ok: false, reason: 'body checksum mismatch' });
      await spool.move(a.id, 'queued', 'corrupt');
      expect(await spool.ids('corrupt')).toEqual([a.id]);
      expect(await spool.ids('queued')).toEqual([]);
    } finally {
      await guard?.release();
      await store.close();
    }
  });

  it('keeps exporters apart: another exporter sees none of this one’s state or batches', async () => {
    const one = await opened();
    const other = await opened();
    try {
      await one.store.writeState(STATE, 'one');
      await one.store.spool.write(
        one.store.spool.draft(batch(1), 'https://meter.example/v1/events'),
        'queued',
      );
      expect(await other.store.readState()).toBeUndefined();
      expect(await other.store.spool.list()).toEqual([]);
      expect(await other.store.spool.liveBytes()).toBe(0);
    } finally {
      await one.guard?.release();
      await other.guard?.release();
      await Promise.all([one.store.close(), other.store.close()]);
    }
  });
});

describe('PostgreSQL store: fencing and failures', () => {
  const make = (key: string) =>
    new PgStore({ url: server.url, schema: SCHEMA, key, clock, random });
  const lockOf = (ttlMs = TTL, renewEveryMs?: number) =>
    new PgLock(
      { url: server.url, schema: SCHEMA, ...(renewEveryMs === undefined ? {} : { renewEveryMs }) },
      { ttlMs },
    );

  it('a run whose lease was taken over writes nothing: state and spool writes fail with LOCK_LOST (75)', async () => {
    const key = newKey();
    const old = make(key);
    // The old holder renews nothing (a stopped process): its lease lapses after 600 ms.
    const oldGuard = await lockOf(600, 60_000).acquire(key);
    old.useLock(oldGuard);
    await old.writeState(STATE, 'old');
    const pending = old.spool.draft(batch(1), 'https://meter.example/v1/events');
    await old.spool.write(pending, 'queued');
    await new Promise((r) => setTimeout(r, 900));
    const next = make(key);
    const newGuard = await lockOf().acquire(key);
    expect(newGuard.fencing).toBeGreaterThan(oldGuard.fencing);
    next.useLock(newGuard);
    const newer = { ...STATE, watermark: '2026-11-20T12:00:00.000Z' };
    await next.writeState(newer, 'new');
    try {
      const stale = { ...STATE, watermark: '2026-11-20T10:00:00.000Z' };
      for (const write of [
        () => old.writeState(stale, 'old'),
        () => old.spool.write(old.spool.draft(batch(1), 'https://x.example'), 'queued'),
        () => old.spool.move(pending.id, 'queued', 'expired'),
        () => old.spool.remove(pending.id, 'queued'),
      ]) {
        const error = await failureOf(write());
        expect(error).toBeInstanceOf(DifyExportError);
        expect(error.code).toBe('LOCK_LOST');
        expect(error.exitCode).toBe(75);
      }
      expect(await next.readState()).toEqual(newer);
      expect(await next.spool.ids('queued')).toEqual([pending.id]);
      expect(await next.spool.ids('expired')).toEqual([]);
    } finally {
      await oldGuard.release();
      await newGuard.release();
      await Promise.all([old.close(), next.close()]);
    }
  });

  it('the fencing check comes last in each write: a lease row that names a newer fencing number refuses the commit, and nothing of the write is left', async () => {
    const key = newKey();
    const store = make(key);
    const guard = await lockOf().acquire(key);
    store.useLock(guard);
    try {
      await store.writeState(STATE, 'one');
      // Another run's takeover, as the row shows it; this run's lease is not lost locally.
      await sql(`UPDATE ${ident(SCHEMA)}.lock_lease SET fencing = fencing + 1 WHERE key = $1`, [
        key,
      ]);
      const late = store.spool.draft(batch(1), 'https://meter.example/v1/events');
      for (const write of [
        () => store.writeState({ ...STATE, watermark: '2026-11-20T12:00:00.000Z' }, 'two'),
        () => store.spool.write(late, 'queued'),
      ]) {
        const error = await failureOf(write());
        expect(error.code).toBe('LOCK_LOST');
        expect(error.exitCode).toBe(75);
      }
      const again = make(key);
      expect(await again.readState()).toEqual(STATE);
      expect(await again.spool.ids('queued')).toEqual([]);
      await again.close();
    } finally {
      await guard.release();
      await store.close();
    }
  });

  it('refuses a write without the lock (a bug, never a silent unfenced write)', async () => {
    const store = make(newKey());
    try {
      await expect(store.writeState(STATE, 'x')).rejects.toThrow(/without the lock/);
    } finally {
      await store.close();
    }
  });

  it('a write that cannot commit (connection gone) is 74 and leaves nothing behind', async () => {
    const key = newKey();
    const store = make(key);
    const guard = await lockOf().acquire(key);
    store.useLock(guard);
    try {
      await store.writeState(STATE, 'one');
      await sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dify-export store'`,
      );
      const error = await failureOf(
        store.writeState({ ...STATE, watermark: '2026-11-20T12:00:00.000Z' }, 'two'),
      );
      expect(error.code).toBe('STORE_WRITE');
      expect(error.exitCode).toBe(74);
      const again = make(key);
      expect(await again.readState()).toEqual(STATE);
      await again.close();
    } finally {
      await guard.release();
      await store.close();
    }
  });

  it('an unreachable server is 69 and names it without its secrets', async () => {
    const dir = await tempDir();
    const store = new PgStore({
      url: `postgres://exporter:s3cret-pw@localhost/db?host=${encodeURIComponent(dir)}&password=other-secret`,
      schema: SCHEMA,
      key: newKey(),
      clock,
      random,
      connectTimeoutMs: 2_000,
    });
    const error = await failureOf(store.readState());
    expect(error.exitCode).toBe(69);
    expect(error.message).toContain('postgres://localhost/db');
    expect(error.message).not.toMatch(/s3cret|other-secret|exporter/);
    await store.close();
  });

  it('two writes at once (batches in flight, a progress save) never share a transaction: one that fails takes nothing of the other with it', async () => {
    const key = newKey();
    const store = make(key);
    const guard = await lockOf().acquire(key);
    store.useLock(guard);
    try {
      const a = store.spool.draft(batch(1), 'https://meter.example/v1/events');
      // The move fails (no such batch) and rolls back; the write beside it must still commit.
      const [moved, written] = await Promise.allSettled([
        store.spool.move('01KB0000000000000000000000', 'queued', 'expired'),
        store.spool.write(a, 'queued'),
      ]);
      expect(moved.status).toBe('rejected');
      expect(written.status).toBe('fulfilled');
      expect(await store.spool.ids('queued')).toEqual([a.id]);
      const again = make(key);
      expect(await again.spool.ids('queued')).toEqual([a.id]);
      await again.close();
    } finally {
      await guard.release();
      await store.close();
    }
  });

  it('a read that fails during a run (connection gone) is 69, the state server unreachable, not a bug (70)', async () => {
    const key = newKey();
    const store = make(key);
    try {
      await store.open();
      await sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dify-export store'`,
      );
      await new Promise((r) => setTimeout(r, 100));
      for (const read of [
        () => store.readState(),
        () => store.spool.ids('queued'),
        () => store.spool.list(),
        () => store.spool.read('01KB0000000000000000000000', 'queued'),
        () => store.spool.liveBytes(),
      ]) {
        const error = await failureOf(read());
        expect(error).toBeInstanceOf(DifyExportError);
        expect(error.exitCode).toBe(69);
      }
    } finally {
      await store.close();
    }
  });

  it('a command starting while a run is inside a write does not wait for it: no DDL, no table lock, once the tables are there', async () => {
    const key = newKey();
    const first = make(key);
    await first.open(); // the tables exist
    await first.close();
    const running = new pg.Client({ connectionString: server.url });
    await running.connect();
    const other = make(newKey());
    try {
      // A run inside a write (or stopped there): its transaction holds the spool table.
      await running.query('BEGIN');
      await running.query(
        `INSERT INTO ${ident(SCHEMA)}.spool VALUES ($1, 'x', 'queued', '{}', 'b', 1, 1, now())`,
        [key],
      );
      const read = other.spool.list().then(() => 'read');
      const late = new Promise((r) => {
        setTimeout(() => {
          r('still waiting after 5 s');
        }, 5_000);
      });
      expect(await Promise.race([read, late])).toBe('read');
    } finally {
      await running.query('ROLLBACK');
      await running.end();
      await other.close();
    }
  });

  it('creates its tables once, upgrading a lock-only (version 1) schema, and refuses a newer one (78)', async () => {
    const schema = 'store_upgrade';
    await sql(`CREATE SCHEMA ${schema}`);
    await sql(`CREATE TABLE ${schema}.meta (name text PRIMARY KEY, value text NOT NULL)`);
    await sql(`INSERT INTO ${schema}.meta VALUES ('schema_version', '1')`);
    const store = new PgStore({ url: server.url, schema, key: newKey(), clock, random });
    expect(await store.readState()).toBeUndefined();
    await store.close();
    const version = await sql(`SELECT value FROM ${schema}.meta WHERE name = 'schema_version'`);
    expect(version.rows).toEqual([{ value: '2' }]);
    await sql(`UPDATE ${schema}.meta SET value = '3' WHERE name = 'schema_version'`);
    const newer = new PgStore({ url: server.url, schema, key: newKey(), clock, random });
    const error = await failureOf(newer.readState());
    expect(error.exitCode).toBe(78);
    expect(error.message).toMatch(/newer dify-export/);
    await newer.close();
  });
});
