/**
 * Diagnostic for the AbortSignal leak (nodejs/node #54614, #55351): many requests sharing one
 * long-lived run signal, through the shipped client (an AbortController per attempt, its listener
 * removed after) and through ky given the run signal directly (ky combines it with its own by
 * `AbortSignal.any`). Prints the live heap after a full GC, and the RSS, every `step` requests.
 *   node --expose-gc --max-old-space-size=128 --max-semi-space-size=4 --import tsx \
 *     bench/probe/signal-heap.ts [requests] [step]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import ky from 'ky';
import { createClient } from '../../src/http/client.js';

const total = Number(process.argv[2] ?? 40_000);
const step = Number(process.argv[3] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

const server = createServer((_req, res) => {
  res.end('{"data":[],"has_more":false}');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
const run = new AbortController();

const shipped = createClient({ baseUrl: base, timeoutMs: 30_000 });
const direct = ky.create({ prefixUrl: base, timeout: 30_000, retry: 0, throwHttpErrors: false });
const variants: Record<string, () => Promise<unknown>> = {
  'shipped client (own controller per attempt)': () =>
    shipped({ method: 'GET', path: 'x', signal: run.signal }),
  'ky given the run signal': async () => (await direct('x', { signal: run.signal })).text(),
};

for (const [name, get] of Object.entries(variants)) {
  const heap: number[] = [];
  const rss: number[] = [];
  for (let done = 0; done <= total; done += step) {
    gc();
    const usage = process.memoryUsage();
    heap.push(Math.round(usage.heapUsed / 1e5) / 10);
    rss.push(Math.round(usage.rss / 1e5) / 10);
    if (done === total) break;
    for (let i = 0; i < step; i += 4) await Promise.all([get(), get(), get(), get()]);
  }
  process.stdout.write(
    `${JSON.stringify({ variant: name, requests_per_step: step, heap_used_mb: heap, rss_mb: rss })}\n`,
  );
}
server.close();
