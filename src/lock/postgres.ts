import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DifyExportError } from '../errors.js';
import { ensurePgSchema, ident, PG_SCHEMA_VERSION } from './pg-schema.js';
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

export interface PgLockOptions extends RenewalOptions {
  url: string;
  /** Schema of the lease table (STATE_PG_SCHEMA). */
  schema: string;
  pid?: number;
  host?: string;
  connectTimeoutMs?: number;
  /** How long a contender waits for a terminated holder's session to end. */
  takeoverWaitMs?: number;
}

/** 64-bit advisory lock id of a key, as the decimal string PostgreSQL takes for bigint. */
function advisoryId(schema: string, key: string): string {
  return createHash('sha256').update(`${schema}\0${key}`).digest().readBigInt64BE(0).toString();
}

export function pgUnreachable(url: string, what: string, cause: unknown): LockError {
  const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
  return new LockError(
    'backend_error',
    `${what} ${describeServerUrl(url)} is unreachable (${withoutUser(url, reason)})`,
    {
      hint: 'check the server, the URL and the network; nothing was changed',
      cause: cause instanceof Error ? new Error(withoutUser(url, cause.message)) : cause,
    },
  );
}

/**
 * A client for the URL. Building one parses the URL and reads the files it names (`sslrootcert`…):
 * what fails here is the URL itself (a password with a stray `%`, a missing file), so 78, named
 * without its secret parts, never the bug (70) an escaped exception would be.
 */
export function pgClient(
  url: string,
  what: string,
  config: Omit<pg.ClientConfig, 'connectionString'>,
): pg.Client {
  try {
    return new pg.Client({ ...config, connectionString: url });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DifyExportError(
      'SERVER_URL',
      'CONFIG',
      `${what} URL ${describeServerUrl(url)} cannot be used (${withoutUser(url, reason)})`,
      {
        hint: 'check the URL: percent-encode @ : / % in the password, and the files its query names must exist',
      },
    );
  }
}

/**
 * Queries sent one at a time on one connection: a lock's renewals (a timer), checks (before each
 * state write) and release meet, and pg warns of overlapping queries (pg 9 refuses them).
 */
export function serialQueries(
  client: pg.Client,
): <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>> {
  let tail: Promise<unknown> = Promise.resolve();
  return <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
    const run = tail.then(() => client.query<R>(text, values));
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * A connected client with the tables of STATE_PG_SCHEMA in place (created on first use): 69 naming
 * the server when it cannot be reached, 78 when the schema was written by a newer dify-export.
 */
export async function connectPg(opts: {
  url: string;
  schema: string;
  /** `the lock server` or `the state server`, for messages. */
  what: string;
  newerCode: string;
  config: Omit<pg.ClientConfig, 'connectionString'>;
}): Promise<pg.Client> {
  const client = pgClient(opts.url, opts.what, opts.config);
  // A failure after connecting surfaces through the caller (next statement, or the lock's lost
  // signal); never as an unhandled event.
  client.on('error', () => undefined);
  let version: number;
  try {
    await client.connect();
    version = await ensurePgSchema(client, opts.schema);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw pgUnreachable(opts.url, opts.what, error);
  }
  if (version > PG_SCHEMA_VERSION) {
    await client.end().catch(() => undefined);
    throw new DifyExportError(
      opts.newerCode,
      'CONFIG',
      `schema ${opts.schema} on ${describeServerUrl(opts.url)} is of version ${version}, written by a newer dify-export (this build knows ${PG_SCHEMA_VERSION})`,
      { hint: 'upgrade dify-export, or set STATE_PG_SCHEMA to a schema of its own' },
    );
  }
  return client;
}

/**
 * The URL's user name is userinfo, a secret (SPEC §4), but the server names it when it refuses it
 * (`role "…" does not exist`, `password authentication failed for user "…"`).
 */
function withoutUser(url: string, text: string): string {
  const user = /^[a-z][a-z0-9+.-]*:\/\/([^:@/?#]+)(?::[^@/?#]*)?@/i.exec(url)?.[1];
  if (user === undefined) return text;
  let name = user;
  try {
    name = decodeURIComponent(user);
  } catch {
    // Not percent-encoded after all.
  }
  // The server quotes it: only that is replaced, so a short name cannot mangle the message.
  return [name, user].reduce((out, n) => out.split(`"${n}"`).join('"[REDACTED]"'), text);
}

interface LeaseRow {
  token: string;
  backend_pid: number;
  holder_host: string;
  holder_pid: number;
  acquired_at: Date;
  expired: boolean;
}

/**
 * The PostgreSQL lock of SPEC §10a: a session advisory lock held on a dedicated connection, plus a
 * lease row (token, backend pid, fencing number from a sequence, expiry by the database clock)
 * renewed every TTL/3. A contender that finds the lease expired — a stopped holder — ends that
 * session with pg_terminate_backend and takes over; a killed holder's session ends by itself.
 */
export class PgLock extends TryOnceLock {
  readonly #opts: PgLockOptions;
  readonly #lease: string;
  readonly #seq: string;

  constructor(opts: PgLockOptions, config: LockConfig) {
    super(config);
    this.#opts = opts;
    this.#lease = `${ident(opts.schema)}.lock_lease`;
    this.#seq = `${ident(opts.schema)}.fencing_seq`;
  }

  #connect(): Promise<pg.Client> {
    return connectPg({
      url: this.#opts.url,
      schema: this.#opts.schema,
      what: 'the lock server',
      newerCode: 'LOCK_SCHEMA_NEWER',
      config: {
        connectionTimeoutMillis: this.#opts.connectTimeoutMs ?? 10_000,
        application_name: 'dify-export lock',
      },
    });
  }

  protected async attempt(key: string): Promise<Attempt> {
    const client = await this.#connect();
    const id = advisoryId(this.#opts.schema, key);
    try {
      if (await this.#tryLock(client, id)) return { guard: await this.#take(client, key, id) };
      const { rows } = await client.query<LeaseRow>(
        `SELECT token, backend_pid, holder_host, holder_pid, acquired_at,
                expires_at < now() AS expired
           FROM ${this.#lease} WHERE key = $1`,
        [key],
      );
      const lease = rows[0];
      const holder = lease && {
        pid: lease.holder_pid,
        host: lease.holder_host,
        since: lease.acquired_at.toISOString(),
      };
      if (lease?.expired) {
        // A holder that stopped renewing: end its session, then its advisory lock is free.
        await client.query('SELECT pg_terminate_backend($1)', [lease.backend_pid]);
        const until = Date.now() + (this.#opts.takeoverWaitMs ?? 5_000);
        while (Date.now() < until) {
          if (await this.#tryLock(client, id)) return { guard: await this.#take(client, key, id) };
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      await client.end().catch(() => undefined);
      return { held: heldError(key, holder, lease?.expired ? ', lease expired' : '') };
    } catch (error) {
      await client.end().catch(() => undefined);
      if (error instanceof DifyExportError) throw error;
      throw pgUnreachable(this.#opts.url, 'the lock server', error);
    }
  }

  async #tryLock(client: pg.Client, id: string): Promise<boolean> {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      id,
    ]);
    return rows[0]?.ok === true;
  }

  async #take(client: pg.Client, key: string, id: string): Promise<LockGuard> {
    const token = randomUUID();
    const ttl = this.config.ttlMs;
    const sentAt = performance.now();
    const { rows } = await client.query<{ fencing: string }>(
      `INSERT INTO ${this.#lease}
         (key, token, backend_pid, fencing, expires_at, holder_host, holder_pid, acquired_at)
       VALUES ($1, $2, pg_backend_pid(), nextval('${this.#seq}'),
               now() + $3 * interval '1 millisecond', $4, $5, now())
       ON CONFLICT (key) DO UPDATE SET token = EXCLUDED.token, backend_pid = EXCLUDED.backend_pid,
         fencing = EXCLUDED.fencing, expires_at = EXCLUDED.expires_at,
         holder_host = EXCLUDED.holder_host, holder_pid = EXCLUDED.holder_pid,
         acquired_at = EXCLUDED.acquired_at
       RETURNING fencing`,
      [key, token, ttl, this.#opts.host ?? hostname(), this.#opts.pid ?? process.pid],
    );
    const fencing = Number(rows[0]!.fencing);
    const query = serialQueries(client);
    return leaseGuard({ key, token, fencing, sentAt }, ttl, this.#opts.renewEveryMs, {
      renew: async () => {
        const r = await query(
          `UPDATE ${this.#lease} SET expires_at = now() + $3 * interval '1 millisecond'
            WHERE key = $1 AND token = $2 AND backend_pid = pg_backend_pid()`,
          [key, token, ttl],
        );
        if (r.rowCount !== 1) throw new Error('the lease names another holder');
      },
      check: async () => {
        const r = await query(
          `SELECT 1 FROM ${this.#lease}
            WHERE key = $1 AND token = $2 AND backend_pid = pg_backend_pid() AND expires_at > now()`,
          [key, token],
        );
        if (r.rowCount !== 1) throw new Error('the lease expired or names another holder');
      },
      release: async (lost) => {
        if (lost) {
          // The server may not answer (the lease was lost when a renewal went unanswered): the
          // session is dropped, which frees the advisory lock, without asking anything of it.
          client.connection.stream.destroy();
          return;
        }
        try {
          await query(`DELETE FROM ${this.#lease} WHERE key = $1 AND token = $2`, [key, token]);
          await query('SELECT pg_advisory_unlock($1)', [id]);
        } catch {
          // A connection that is gone holds nothing any more.
        }
        // The lock is free from here: the connection closes without holding up the caller (a
        // server's goodbye takes milliseconds; the run's 'lock released' follows the release).
        void client.end().catch(() => undefined);
      },
      watch: (lose) => {
        client.on('error', (error) => {
          lose('the lock server connection failed', error);
        });
        client.on('end', () => {
          lose('the lock server connection ended');
        });
      },
    });
  }
}
