/**
 * Diagnostic for the throughput target: client CPU per GET on loopback for the HTTP stacks the
 * CLI could use — ky as `src/dify/http.ts` configures it (timeout, signal), bare `fetch`, and
 * `node:http` with a keep-alive agent. The server runs in a child process so that this
 * process's CPU time is the client's alone.
 *   tsx bench/probe/http-cost.ts [requests] [bodyBytes]
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import ky from 'ky';

const total = Number(process.argv[2] ?? 5000);
const bodyBytes = Number(process.argv[3] ?? 6000);
const CONCURRENCY = 4;

const serverSource = `
const body = JSON.stringify({ data: 'x'.repeat(${bodyBytes}), has_more: false });
const s = require('node:http').createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});
s.keepAliveTimeout = 30000;
s.listen(0, '127.0.0.1', () => process.stdout.write(String(s.address().port) + '\\n'));
`;
const server = spawn(process.execPath, ['-e', serverSource], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<string>((resolve) => {
  server.stdout.once('data', (d: Buffer) => {
    resolve(d.toString().trim());
  });
});
const base = `http://127.0.0.1:${port}`;
const headers = { authorization: 'Bearer x'.repeat(20), 'x-csrf-token': 'y'.repeat(40) };

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const viaHttp = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const req = request(`${base}/${path}`, { agent, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
const stop = new AbortController();
const client = ky.create({ prefixUrl: base, timeout: 30_000, retry: 0, throwHttpErrors: false });
const viaKy = async (path: string): Promise<string> =>
  (await client(path, { headers, signal: stop.signal, searchParams: { page: '1' } })).text();
const viaFetch = async (path: string): Promise<string> =>
  (await fetch(`${base}/${path}?page=1`, { headers, signal: stop.signal })).text();

async function measure(name: string, get: (path: string) => Promise<string>): Promise<void> {
  for (let i = 0; i < 200; i++) await get('warm');
  const cpu = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        next += 1;
        JSON.parse(await get('console/api/apps/x/chat-messages'));
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  process.stdout.write(
    `${JSON.stringify({ client: name, requests: total, body_bytes: bodyBytes, cpu_ms_per_request: Number((ms / total).toFixed(3)), requests_per_s: Math.round(total / ((performance.now() - started) / 1000)) })}\n`,
  );
}

await measure('node:http keep-alive', viaHttp);
await measure('fetch', viaFetch);
await measure('ky (as src/dify/http.ts)', viaKy);
agent.destroy();
server.kill();
