import type pg from 'pg';

/** Version of the tables below, kept in `<schema>.meta`; a newer one is refused (78). */
export const PG_SCHEMA_VERSION = 1;

/** Quotes an identifier for SQL (the schema name comes from STATE_PG_SCHEMA). */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates the lock's tables on first use (SPEC §10a), under a transaction-level advisory lock so
 * that two first runs do not race on CREATE … IF NOT EXISTS. Returns the stored schema version.
 */
export async function ensurePgSchema(client: pg.ClientBase, schema: string): Promise<number> {
  const s = ident(schema);
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
