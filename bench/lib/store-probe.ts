import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/** The store a scenario runs on: STATE_DIR (a temp dir), or a PostgreSQL given by STATE_URL. */
export type StoreUnderTest = { kind: 'file' } | { kind: 'postgres'; url: string };

/** The schema the exporter uses when STATE_PG_SCHEMA is unset. */
const SCHEMA = 'dify_export';

/** What the bench reads of a store beside the CLI, never through it. */
export interface SpoolProbe {
  /** Batches in the `queued` state. */
  queued(): Promise<number>;
  /** The batches' sizes as files, and what the spool takes on disk. */
  sizes(): Promise<{ logical: number; disk: number }>;
  /** WAL bytes written since `start` (a `pg_current_wal_lsn()`). */
  walSince(start: string): Promise<number>;
  settings(): Promise<{ fsync: string; synchronous_commit: string } | null>;
  close(): Promise<void>;
}

/** Files and blocks under a directory, the directories' own blocks included (as `du` counts). */
async function diskUsage(dir: string): Promise<{ logical: number; disk: number }> {
  let logical = 0;
  let disk = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await diskUsage(path);
      logical += sub.logical;
      disk += sub.disk;
    } else {
      const st = await lstat(path);
      logical += st.size;
      disk += st.blocks * 512;
    }
  }
  disk += (await lstat(dir)).blocks * 512;
  return { logical, disk };
}

function fileProbe(stateDir: string): SpoolProbe {
  const spool = join(stateDir, 'spool');
  return {
    queued: async () => (await readdir(join(spool, 'queued'))).length,
    sizes: () => diskUsage(spool),
    walSince: () => Promise.resolve(0),
    settings: () => Promise.resolve(null),
    close: () => Promise.resolve(),
  };
}

async function pgProbe(url: string): Promise<SpoolProbe> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []): Promise<string> => {
    const { rows } = await client.query<{ v: string | null }>(sql, params);
    return rows[0]?.v ?? '0';
  };
  return {
    queued: async () =>
      Number(await one(`SELECT count(*) AS v FROM ${SCHEMA}.spool WHERE state = 'queued'`)),
    sizes: async () => ({
      logical: Number(await one(`SELECT sum(bytes) AS v FROM ${SCHEMA}.spool`)),
      // Heap, TOAST and indexes: what the table takes in the data directory.
      disk: Number(await one(`SELECT pg_total_relation_size('${SCHEMA}.spool') AS v`)),
    }),
    walSince: async (start) =>
      Number(await one('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS v', [start])),
    settings: async () => ({
      fsync: await one(`SELECT current_setting('fsync') AS v`),
      synchronous_commit: await one(`SELECT current_setting('synchronous_commit') AS v`),
    }),
    close: () => client.end(),
  };
}

export function openSpoolProbe(store: StoreUnderTest, stateDir: string): Promise<SpoolProbe> {
  return store.kind === 'postgres' ? pgProbe(store.url) : Promise.resolve(fileProbe(stateDir));
}

/** The server's WAL position now, to count what a run writes from here. */
export async function walPosition(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>('SELECT pg_current_wal_lsn()::text AS v');
    return rows[0]?.v ?? '0/0';
  } finally {
    await client.end();
  }
}
