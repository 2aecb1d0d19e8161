import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { CliResult } from '../commands/cli.js';
import { tempDir } from '../commands/helpers.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';
import { startPostgres, type PgTestServer, type TestServer } from './servers.js';

/**
 * One STATE_URL case (SPEC §10a) for spawned CLIs: a Dify simulator, a receiver, a temp STATE_DIR
 * and a schema of its own on a real PostgreSQL. Shared by the test/store/state-url*.e2e tests.
 */
export const SINCE = '2026-11-01T00:00:00Z';
const DATA = { from: Date.parse('2026-11-02T00:00:00Z'), to: Date.parse('2026-11-05T00:00:00Z') };

export interface StoreCase {
  dify: DifySim;
  receiver: ReceiverSim;
  dir: string;
  schema: string;
  /** The exporter's environment on the file store (STATE_DIR), plus `over`. */
  base(over?: Record<string, string>): Record<string, string>;
  /** The same with STATE_URL on the server. */
  withUrl(over?: Record<string, string>): Record<string, string>;
  /** One statement on the server, for what the store wrote. */
  sql<T extends pg.QueryResultRow>(text: string): Promise<T[]>;
  /** The events of the simulator's data: what the receiver must end up with. */
  expected(): number;
  close(): Promise<void>;
}

export async function startStoreCase(server: TestServer, schema: string): Promise<StoreCase> {
  const dir = await tempDir();
  const receiver = await startReceiverSim();
  const dify = await startDifySim({
    data: {
      seed: 17,
      start: DATA.from,
      end: DATA.to,
      apps: [
        { mode: 'chat', conversations: 10 },
        { mode: 'workflow', runs: 20 },
      ],
    },
  });
  const base = (over: Record<string, string> = {}): Record<string, string> => ({
    DIFY_API_URL: dify.url,
    DIFY_EMAIL: dify.email,
    DIFY_PASSWORD: dify.password,
    EXTERNAL_API_URL: receiver.url,
    STATE_DIR: join(dir, 'state'),
    INITIAL_SINCE: SINCE,
    BATCH_SIZE: '10',
    RETRY_MAX_DELAY: '20ms',
    MAX_RETRY: '0',
    STATE_PG_SCHEMA: schema,
    STATE_LOCK_TTL: '30s',
    ...over,
  });
  return {
    dify,
    receiver,
    dir,
    schema,
    base,
    withUrl: (over = {}) => base({ STATE_URL: server.url, ...over }),
    sql: async <T extends pg.QueryResultRow>(text: string) => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        return (await client.query<T>(text)).rows;
      } finally {
        await client.end();
      }
    },
    expected: () => dify.expectedEvents(DATA).length,
    close: async () => {
      await Promise.all([dify.close(), receiver.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The cases of one test file: one PostgreSQL for the file, one schema (`<prefix><n>`), simulators
 * and STATE_DIR per case, closed after each test. Call at the top level of the file.
 */
export function storeCases(prefix: string): {
  server(): PgTestServer;
  start(): Promise<StoreCase>;
} {
  let server: PgTestServer | undefined;
  let current: StoreCase | undefined;
  let n = 0;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    server?.thaw();
    await current?.close();
    current = undefined;
  });
  return {
    server: () => server!,
    start: async () => (current = await startStoreCase(server!, `${prefix}${String((n += 1))}`)),
  };
}

/** The exit code a spawned CLI must have; its stderr is the message when it does not. */
export function exited(r: CliResult, code = 0): void {
  expect(r.code, r.stderr).toBe(code);
}
