import pg from 'pg';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { startPostgres, startRedis } from './servers.js';

describe('test servers (real PostgreSQL and Redis on unix sockets)', () => {
  it('PostgreSQL starts in a temp dir, answers SQL and stops', async () => {
    const server = await startPostgres();
    try {
      expect(server.url).toContain(encodeURIComponent(server.dir));
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const { rows } = await client.query<{ one: number; dir: string; fsync: string }>(
        "select 1 as one, current_setting('unix_socket_directories') as dir, current_setting('fsync') as fsync",
      );
      await client.end();
      // fsync off unless asked for (the bench's store comparison asks: startPostgres({ fsync: true })).
      expect(rows[0]).toEqual({ one: 1, dir: server.dir, fsync: 'off' });
    } finally {
      await server.stop();
    }
    const late = new pg.Client({ connectionString: server.url });
    await expect(late.connect()).rejects.toThrow();
  });

  it('Redis starts on a unix socket, answers and stops', async () => {
    const server = await startRedis();
    try {
      const client = createClient({ url: server.url });
      await client.connect();
      await client.set('k', 'v');
      expect(await client.get('k')).toBe('v');
      const info = await client.info('server');
      expect(info).toMatch(/tcp_port:0/);
      client.destroy();
    } finally {
      await server.stop();
    }
  });
});
