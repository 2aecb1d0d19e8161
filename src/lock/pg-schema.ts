import type pg from 'pg';

/**
 * Version of the tables below, kept in `<schema>.meta`; a newer one is refused (78). 1: the lock
 * (LOCK_URL); 2: state and spool (STATE_URL), added beside it, so a version 1 schema is upgraded.
 */
export const PG_SCHEMA_VERSION = 2;

/** Quotes an identifier for SQL (the schema name comes from STATE_PG_SCHEMA). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates the lock's and the store's tables on first use (SPEC §10a), under a transaction-level advisory lock so
 * that two first runs do not race on CREATE … IF NOT EXISTS. Returns the stored schema version.
 */
export async function ensurePgSchema(client: pg.ClientBase, schema: string): Promise<number> {
  const s = ident(schema);
  // Once they are there (this version or a newer one), nothing is created: the DDL would wait behind
  // any run inside a write (CREATE INDEX IF NOT EXISTS locks the table before it looks), and a
  // newer schema is not this build's to touch.
  const stored = await storedVersion(client, s);
  if (stored !== undefined && stored >= PG_SCHEMA_VERSION) return stored;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dify-export ddl ${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.meta (name text PRIMARY KEY, value text NOT NULL)`,
    );
    await client.query(
      `INSERT INTO ${s}.meta (name, value) VALUES ('schema_version', $1) ON CONFLICT (name) DO NOTHING`,
      [String(PG_SCHEMA_VERSION)],
    );
    await client.query(`CREATE SEQUENCE IF NOT EXISTS ${s}.fencing_seq`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.lock_lease (
        key text PRIMARY KEY,
        token text NOT NULL,
        backend_pid integer NOT NULL,
        fencing bigint NOT NULL,
        expires_at timestamptz NOT NULL,
        holder_host text NOT NULL,
        holder_pid integer NOT NULL,
        acquired_at timestamptz NOT NULL
      )`,
    );
    // One row per exporter key: the same JSON document as state.json.
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.state (
        key text PRIMARY KEY,
        document text NOT NULL,
        fencing bigint NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
    );
    // One row per batch: the spool file's metadata and its body, apart so listing skips bodies.
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.spool (
        key text NOT NULL,
        id text NOT NULL,
        state text NOT NULL CHECK (state IN ('queued', 'held', 'rejected', 'corrupt', 'expired')),
        meta jsonb NOT NULL,
        body text NOT NULL,
        bytes integer NOT NULL,
        fencing bigint NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (key, id)
      )`,
    );
    await client.query(`CREATE INDEX IF NOT EXISTS spool_by_state ON ${s}.spool (key, state, id)`);
    await client.query(
      `UPDATE ${s}.meta SET value = $1 WHERE name = 'schema_version' AND value::int < $1::int`,
      [String(PG_SCHEMA_VERSION)],
    );
    const { rows } = await client.query<{ value: string }>(
      `SELECT value FROM ${s}.meta WHERE name = 'schema_version'`,
    );
    await client.query('COMMIT');
    return Number(rows[0]?.value ?? PG_SCHEMA_VERSION);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The schema version in `<schema>.meta`; undefined while the schema or the table is missing. */
async function storedVersion(client: pg.ClientBase, s: string): Promise<number | undefined> {
  try {
    const { rows } = await client.query<{ value: string }>(
      `SELECT value FROM ${s}.meta WHERE name = 'schema_version'`,
    );
    return rows[0] === undefined ? undefined : Number(rows[0].value);
  } catch (error) {
    // invalid_schema_name, undefined_table: the first use, created by the caller.
    if (['3F000', '42P01'].includes((error as { code?: string }).code ?? '')) return undefined;
    throw error;
  }
}
