import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgLock } from '../../src/lock/postgres.js';
import { startPostgres, type TestServer } from '../helpers/servers.js';

// The lock's connection carries renewals (a timer), checks (before each state write) and the
// release; they meet. pg 8 warns when a query is sent while another runs, and pg 9 refuses it.
let server: TestServer;
beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe('PostgreSQL lock connection', () => {
  it('sends one statement at a time: renewals, checks and the release never overlap', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => {
      warnings.push(w.message);
    };
    process.on('warning', onWarning);
    try {
      const lock = new PgLock(
        { url: server.url, schema: 'serial_lock', renewEveryMs: 2 },
        { ttlMs: 30_000 },
      );
      const guard = await lock.acquire('dify-export:serial');
      const until = Date.now() + 600;
      let checks = 0;
      while (Date.now() < until) {
        await Promise.all([guard.verify(), guard.verify()]);
        checks += 2;
      }
      await guard.release();
      expect(checks).toBeGreaterThan(10);
      expect(guard.lost.aborted).toBe(false);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((m) => m.includes('already executing a query'))).toEqual([]);
  });
});
