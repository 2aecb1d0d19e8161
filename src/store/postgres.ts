import pg from 'pg';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import { ident } from '../lock/pg-schema.js';
import { connectPg, pgUnreachable } from '../lock/postgres.js';
import { describeServerUrl } from '../lock/server-url.js';
import { lockLost, type LockGuard } from '../lock/types.js';
import {
  serialiseSpoolFile,
  spoolFileSchema,
  SPOOL_STATES,
  type SpoolFile,
  type SpoolState,
} from '../spool/format.js';
import { entryOf, type SpoolEntry } from '../spool/listing.js';
import { checkSpoolJson, SpoolStore, type ReadResult } from '../spool/store.js';
import { parseState, type ExportState } from '../state/state-file.js';
import type { Store } from './types.js';

export interface PgStoreOptions {
  url: string;
  schema: string;
  /** The exporter's key (SPEC §10a: from configuration); one database holds several exporters. */
  key: string;
  clock: Clock;
  random: () => number;
  connectTimeoutMs?: number;
  /**
   * The server ends a transaction of this store left open this long (its process stopped inside a
   * write): the lock's TTL. Its row locks (the state row, or the lease row once it was checked)
   * would otherwise hold the next holder's writes, or a takeover, forever.
   */
  idleInTransactionMs?: number;
}

/** A write that did not commit: the batch or state is not durable (74, SPEC §10a). */
function commitFailed(where: string, what: string, cause: unknown): DifyExportError {
  const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
  return new DifyExportError(
    'STORE_WRITE',
    'IOERR',
    `${what} did not commit on ${where} (${reason})`,
    {
      hint: 'check the PostgreSQL server, its disk and the network; what did not commit is fetched or sent again by the next run',
      cause,
    },
  );
}

/** The connection the store's statements go through, opened once per command. */
class Connection {
  readonly #opts: PgStoreOptions;
  readonly where: string;
  #client: pg.Client | undefined;
  #opening: Promise<pg.Client> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #abandoned: Error | undefined;

  constructor(opts: PgStoreOptions) {
    this.#opts = opts;
    this.where = `the PostgreSQL store ${describeServerUrl(opts.url)} (schema ${opts.schema})`;
  }

  /** Connects and creates the tables on first use; an unreachable server is 69 naming it. */
  client(): Promise<pg.Client> {
    this.#opening ??= this.#open();
    return this.#opening;
  }

  async #open(): Promise<pg.Client> {
    const client = await connectPg({
      url: this.#opts.url,
      schema: this.#opts.schema,
      what: 'the state server',
      newerCode: 'STORE_SCHEMA_NEWER',
      config: {
        connectionTimeoutMillis: this.#opts.connectTimeoutMs ?? 10_000,
        application_name: 'dify-export store',
      },
    });
    // Set by a statement, not in the startup packet: a pooler in session mode (PgBouncer) refuses
    // a connection whose startup packet carries a parameter it does not know.
    if (this.#opts.idleInTransactionMs !== undefined)
      try {
        await client.query(`SELECT set_config('idle_in_transaction_session_timeout', $1, false)`, [
          String(this.#opts.idleInTransactionMs),
        ]);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw pgUnreachable(this.#opts.url, 'the state server', error);
      }
    this.#client = client;
    return client;
  }

  /**
   * Runs `body` alone on the connection. One client runs one statement at a time, but two callers'
   * BEGIN … COMMIT would interleave into one transaction (batches in flight, a progress save): a
   * ROLLBACK of one would undo the other's write after it was reported durable, and a statement could
   * run after the other's COMMIT released the lease row, unfenced.
   */
  exclusive<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      if (this.#abandoned !== undefined) throw this.#abandoned;
      return body(await this.client());
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The run lost its lock: what waits on the server (which may not answer: a network cut) fails
   * now, and everything after fails at once with `reason` (LOCK_LOST), a write as a read. The
   * session ends, so a transaction in progress is rolled back by the server.
   */
  abandon(reason: Error): void {
    this.#abandoned ??= reason;
    this.#client?.connection.stream.destroy();
  }

  /** One read; a failure after connecting is the state server gone (69), not a bug. */
  read<T extends pg.QueryResultRow>(text: string, values: unknown[], what: string): Promise<T[]> {
    return this.exclusive(async (client) => {
      try {
        return (await client.query<T>(text, values)).rows;
      } catch (error) {
        if (this.#abandoned !== undefined) throw this.#abandoned;
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new DifyExportError(
          'STORE_READ',
          'UNAVAILABLE',
          `reading ${what} from ${this.where} failed (${reason})`,
          {
            hint: 'check the PostgreSQL server and the network; nothing was changed',
            cause: error,
          },
        );
      }
    });
  }

  async close(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    this.#opening = undefined;
    // An abandoned session is dropped: nothing is asked of a server that may not answer.
    if (this.#abandoned !== undefined) client?.connection.stream.destroy();
    else await client?.end().catch(() => undefined);
  }
}

/**
 * jsonb refuses the character U+0000 (a receiver's error body may hold one, a damaged spool file
 * too), which the file store keeps: metadata is stored with U+FFFD in its place (the body checksum
 * does not cover it).
 */
function jsonbText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replaceAll('\u0000', '\ufffd') : v,
  );
}

/**
 * Runs `body` in one transaction that, before it commits, takes a share lock on the exporter's
 * lease row and commits only when it still carries this run's fencing number: a run whose lease
 * was taken over writes nothing (LOCK_LOST, 75), and a takeover waits until a write that passed
 * the check has committed. The lease row is locked last, for that instant only: the lock's
 * renewals (an UPDATE of that row) never wait for a long write of the run's own (a large
 * `state migrate`), which would otherwise cost it its lease.
 */
async function fencedWrite<T>(
  conn: Connection,
  fence: Fence | undefined,
  what: string,
  body: (client: pg.Client) => Promise<T>,
): Promise<T> {
  if (fence === undefined)
    throw new Error(`${what} without the lock (a bug: take the lock before writing)`);
  return conn.exclusive((client) => fencedTransaction(client, conn.where, fence, what, body));
}

async function fencedTransaction<T>(
  client: pg.Client,
  where: string,
  fence: Fence,
  what: string,
  body: (client: pg.Client) => Promise<T>,
): Promise<T> {
  try {
    await client.query('BEGIN');
    const result = await body(client);
    const { rows } = await client.query<{ fencing: string }>(
      `SELECT fencing FROM ${fence.lease} WHERE key = $1 FOR SHARE`,
      [fence.key],
    );
    const current = rows[0] === undefined ? undefined : Number(rows[0].fencing);
    if (current !== fence.fencing) {
      await client.query('ROLLBACK');
      throw lockLost(
        fence.key,
        current === undefined
          ? 'its lease is gone'
          : `fencing ${fence.fencing} is behind ${current}: another run took the lock over`,
      );
    }
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof DifyExportError) throw error;
    // A write cut off because the lease was taken over (a stopped run's open transaction is ended
    // by the server) is a lost lock (75), not a failed commit (74).
    await fence.verify();
    throw commitFailed(where, what, error);
  }
}

interface Fence {
  key: string;
  fencing: number;
  lease: string;
  /** The lock's own proof that it is still held: throws LOCK_LOST when it is not. */
  verify(): Promise<void>;
}

interface SpoolRow {
  id: string;
  state: SpoolState;
  meta: Record<string, unknown>;
  bytes: number;
}

/** The batches of one exporter in `<schema>.spool`; each change is one committed transaction. */
export class PgSpool extends SpoolStore {
  readonly #conn: Connection;
  readonly #key: string;
  readonly #table: string;
  readonly #fence: () => Fence | undefined;

  constructor(conn: Connection, opts: PgStoreOptions, fence: () => Fence | undefined) {
    super(opts);
    this.#conn = conn;
    this.#key = opts.key;
    this.#table = `${ident(opts.schema)}.spool`;
    this.#fence = fence;
  }

  async open(): Promise<{ staleTempRemoved: number }> {
    await this.#conn.client();
    return { staleTempRemoved: 0 };
  }

  async write(file: SpoolFile, state: SpoolState): Promise<void> {
    const { body, ...meta } = file;
    const bytes = Buffer.byteLength(serialiseSpoolFile(file));
    const fence = this.#fence();
    await fencedWrite(this.#conn, fence, `batch ${file.id}`, (client) =>
      client.query(
        `INSERT INTO ${this.#table} (key, id, state, meta, body, bytes, fencing, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (key, id) DO UPDATE SET state = EXCLUDED.state, meta = EXCLUDED.meta,
           body = EXCLUDED.body, bytes = EXCLUDED.bytes, fencing = EXCLUDED.fencing,
           updated_at = EXCLUDED.updated_at`,
        [this.#key, file.id, state, jsonbText(meta), body, bytes, fence?.fencing],
      ),
    );
  }

  async move(id: string, from: SpoolState, to: SpoolState): Promise<void> {
    const fence = this.#fence();
    await fencedWrite(this.#conn, fence, `batch ${id}`, async (client) => {
      const r = await client.query(
        `UPDATE ${this.#table} SET state = $4, fencing = $5, updated_at = now()
          WHERE key = $1 AND id = $2 AND state = $3`,
        [this.#key, id, from, to, fence?.fencing],
      );
      // As a rename of a file that is not there: the batch moved under us.
      if (r.rowCount !== 1) throw new Error(`batch ${id} is not ${from}`);
    });
  }

  async remove(id: string, state: SpoolState): Promise<void> {
    await fencedWrite(this.#conn, this.#fence(), `removal of batch ${id}`, (client) =>
      client.query(`DELETE FROM ${this.#table} WHERE key = $1 AND id = $2 AND state = $3`, [
        this.#key,
        id,
        state,
      ]),
    );
  }

  async ids(state: SpoolState): Promise<string[]> {
    const rows = await this.#conn.read<{ id: string }>(
      `SELECT id FROM ${this.#table} WHERE key = $1 AND state = $2 ORDER BY id COLLATE "C"`,
      [this.#key, state],
      `the ${state} batches`,
    );
    return rows.map((r) => r.id);
  }

  async #document(
    id: string,
    state: SpoolState,
  ): Promise<{ json: unknown; bytes: number } | undefined> {
    const rows = await this.#conn.read<{
      meta: Record<string, unknown>;
      body: string;
      bytes: number;
    }>(
      `SELECT meta, body, bytes FROM ${this.#table} WHERE key = $1 AND id = $2 AND state = $3`,
      [this.#key, id, state],
      `batch ${id}`,
    );
    const row = rows[0];
    return row === undefined
      ? undefined
      : { json: { ...row.meta, body: row.body }, bytes: row.bytes };
  }

  async read(id: string, state: SpoolState): Promise<ReadResult> {
    const doc = await this.#document(id, state);
    if (doc === undefined) return { ok: 'missing' };
    return checkSpoolJson(doc.json, id, doc.bytes);
  }

  async text(id: string, state: SpoolState): Promise<string | undefined> {
    const doc = await this.#document(id, state);
    if (doc === undefined) return undefined;
    const parsed = spoolFileSchema.safeParse(doc.json);
    return parsed.success ? serialiseSpoolFile(parsed.data) : `${JSON.stringify(doc.json)}\n`;
  }

  async list(only?: SpoolState): Promise<SpoolEntry[]> {
    const rows = await this.#conn.read<SpoolRow>(
      `SELECT id, state, meta, bytes FROM ${this.#table}
        WHERE key = $1 AND ($2::text IS NULL OR state = $2) ORDER BY id COLLATE "C"`,
      [this.#key, only ?? null],
      'the spool',
    );
    return rows
      .filter((r) => (SPOOL_STATES as readonly string[]).includes(r.state))
      .map((r) => entryOf(r.id, r.state, r.bytes, r.meta));
  }

  async liveBytes(): Promise<number> {
    const rows = await this.#conn.read<{ total: string | null }>(
      `SELECT sum(bytes) AS total FROM ${this.#table} WHERE key = $1 AND state IN ('queued', 'held')`,
      [this.#key],
      'the spool size',
    );
    return Number(rows[0]?.total ?? 0);
  }
}

/**
 * State, spool and lock in PostgreSQL (SPEC §10a, `STATE_URL`): tables in `STATE_PG_SCHEMA`, rows
 * keyed by the exporter's key. Every write is one transaction fenced by the run's lock.
 */
export class PgStore implements Store {
  readonly kind = 'postgres';
  readonly where: string;
  readonly spool: PgSpool;
  readonly #conn: Connection;
  readonly #opts: PgStoreOptions;
  #fence: Fence | undefined;

  constructor(opts: PgStoreOptions) {
    this.#opts = opts;
    this.#conn = new Connection(opts);
    this.where = this.#conn.where;
    this.spool = new PgSpool(this.#conn, opts, () => this.#fence);
  }

  get key(): string {
    return this.#opts.key;
  }

  open(): Promise<{ staleTempRemoved: number }> {
    return this.spool.open();
  }

  async readState(): Promise<ExportState | undefined> {
    const rows = await this.#conn.read<{ document: string }>(
      `SELECT document FROM ${ident(this.#opts.schema)}.state WHERE key = $1`,
      [this.#opts.key],
      'the state',
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(row.document);
    } catch {
      json = undefined;
    }
    return parseState(json, `the state in ${this.where}`);
  }

  /** The tag names temp files in the file store; a transaction needs none. */
  async writeState(state: ExportState, _tag?: string): Promise<void> {
    const fence = this.#fence;
    await fencedWrite(this.#conn, fence, 'the state', async (client) => {
      // Never over a state written under a newer lock, even if the lease check were bypassed.
      const r = await client.query(
        `INSERT INTO ${ident(this.#opts.schema)}.state (key, document, fencing, updated_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document,
           fencing = EXCLUDED.fencing, updated_at = EXCLUDED.updated_at
         WHERE ${ident(this.#opts.schema)}.state.fencing <= EXCLUDED.fencing`,
        [this.#opts.key, `${JSON.stringify(state, null, 2)}\n`, fence?.fencing],
      );
      if (r.rowCount !== 1)
        throw lockLost(this.#opts.key, 'the state was written under a newer lock');
    });
  }

  async assertLive(): Promise<void> {
    // The database is the live store by definition.
  }

  useLock(guard: LockGuard): void {
    // A run that lost its lock stops as on SIGTERM (SPEC §10a), but writes nothing more and must
    // not wait on a server that may no longer answer.
    const abandon = (): void => {
      this.#conn.abandon(guard.lost.reason as Error);
    };
    if (guard.lost.aborted) abandon();
    else guard.lost.addEventListener('abort', abandon, { once: true });
    this.#fence = {
      key: guard.key,
      fencing: guard.fencing,
      lease: `${ident(this.#opts.schema)}.lock_lease`,
      verify: () => guard.verify(),
    };
  }

  close(): Promise<void> {
    return this.#conn.close();
  }

  /** What `state migrate` recorded for this exporter (a row of `<schema>.meta`), if it ran. */
  async migration(): Promise<MigrationRecord | undefined> {
    const rows = await this.#conn.read<{ value: string }>(
      `SELECT value FROM ${ident(this.#opts.schema)}.meta WHERE name = $1`,
      [`migrated ${this.#opts.key}`],
      'the migration record',
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    try {
      return JSON.parse(row.value) as MigrationRecord;
    } catch {
      // Unreadable: it matches no STATE_DIR, so a second copy is refused.
      return { at: '(unknown)', fingerprint: '', batches: 0 };
    }
  }

  /**
   * `state migrate`: the state (when there is none yet) and every batch (when its id is not there
   * yet), in one fenced transaction with the record of the migration, so a second migration of
   * the same STATE_DIR changes nothing. Returns how many batches were added and whether the state
   * was.
   */
  async importFileStore(
    state: ExportState | undefined,
    batches: readonly MigratedBatch[],
    record: MigrationRecord,
  ): Promise<{ stateAdded: boolean; batchesAdded: number }> {
    const s = ident(this.#opts.schema);
    const fence = this.#fence;
    return fencedWrite(this.#conn, fence, 'the migration', async (client) => {
      await client.query(
        `INSERT INTO ${s}.meta (name, value) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
        [`migrated ${this.#opts.key}`, JSON.stringify(record)],
      );
      let stateAdded = false;
      if (state !== undefined) {
        const r = await client.query(
          `INSERT INTO ${s}.state (key, document, fencing, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (key) DO NOTHING`,
          [this.#opts.key, `${JSON.stringify(state, null, 2)}\n`, fence?.fencing],
        );
        stateAdded = r.rowCount === 1;
      }
      let batchesAdded = 0;
      for (const b of batches) {
        const r = await client.query(
          `INSERT INTO ${s}.spool (key, id, state, meta, body, bytes, fencing, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (key, id) DO NOTHING`,
          // A damaged file's raw text is its body: a text column refuses U+0000 too.
          [
            this.#opts.key,
            b.id,
            b.state,
            jsonbText(b.meta),
            b.body.replaceAll('\u0000', '\ufffd'),
            b.bytes,
            fence?.fencing,
          ],
        );
        batchesAdded += r.rowCount ?? 0;
      }
      return { stateAdded, batchesAdded };
    });
  }
}

/**
 * Left in `<schema>.meta` by `state migrate`, in the transaction that copies: which STATE_DIR
 * content was copied (a sha256 of its state and batch names), so that a migration whose marker file
 * was never written is not imported twice (batches delivered since would be sent again).
 */
export interface MigrationRecord {
  at: string;
  fingerprint: string;
  batches: number;
}

/** A batch of a file store as `state migrate` carries it: unreadable ones keep their raw text. */
export interface MigratedBatch {
  id: string;
  state: SpoolState;
  meta: Record<string, unknown>;
  body: string;
  bytes: number;
}
