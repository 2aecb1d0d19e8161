import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingReceiver {
  url: string;
  /** POSTs received, whatever was answered. */
  requests: number;
  /** Accepted events de-duplicated on (source, id). */
  keys: Set<string>;
  /** Accepted events that had been accepted before. */
  duplicates: number;
  /** What to answer; 200 accepts the batch. */
  status: number;
  /** Milliseconds before each answer (a receiver across a network); 0 answers at once. */
  latencyMs: number;
  close(): Promise<void>;
}

/**
 * The receiver simulator's accounting (de-duplication on source + id) without its request log:
 * at a million events the simulator's kept bodies and parsed events would cost the bench process
 * gigabytes and garbage-collection time that the CLI under measurement would then compete with.
 */
export async function startCountingReceiver(status = 200): Promise<CountingReceiver> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      rec.requests += 1;
      const answer = rec.status;
      if (answer >= 200 && answer < 300) {
        const events = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          source: string;
          id: string;
        }[];
        for (const e of events) {
          const key = `${e.source} ${e.id}`;
          if (rec.keys.has(key)) rec.duplicates += 1;
          else rec.keys.add(key);
        }
      }
      const reply = (): void => {
        res.writeHead(answer, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: answer }));
      };
      if (rec.latencyMs > 0) setTimeout(reply, rec.latencyMs);
      else reply();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rec: CountingReceiver = {
    url: `http://127.0.0.1:${port}/events`,
    requests: 0,
    keys: new Set(),
    duplicates: 0,
    status,
    latencyMs: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
  return rec;
}
