/**
 * Diagnostic: client CPU per GET on loopback for the shipped client (`src/http/client.ts`: ky,
 * an AbortController per attempt, the body read under HTTP_TIMEOUT), bare `fetch`, and a bare
 * `node:http` keep-alive agent as the floor. The server runs in a child process so that this
 * process's CPU time is the client's alone; it also counts the TCP connections each client
 * opened (connection reuse: Node's fetch keeps them alive without an undici Agent of our own).
 *   tsx bench/probe/http-cost.ts [requests] [bodyBytes]
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createClient } from '../../src/http/client.js';

const total = Number(process.argv[2] ?? 5000);
const bodyBytes = Number(process.argv[3] ?? 6000);
const CONCURRENCY = 4;

const serverSource = `
const body = JSON.stringify({ data: 'x'.repeat(${bodyBytes}), has_more: false });
let opened = 0;
let used = new Set();
const s = require('node:http').createServer((req, res) => {
  if (req.url === '/connections') {
    res.end(JSON.stringify({ opened, used: used.size }));
    opened = 0;
    used = new Set();
    return;
  }
  used.add(req.socket);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});
s.on('connection', () => { opened += 1; });
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
const client = createClient({ baseUrl: `${base}/`, timeoutMs: 30_000, headers });
const viaClient = async (path: string): Promise<string> =>
  (await client({ method: 'GET', path: `${path}?page=1`, signal: stop.signal })).text;
const viaFetch = async (path: string): Promise<string> =>
  (await fetch(`${base}/${path}?page=1`, { headers })).text();

async function measure(name: string, get: (path: string) => Promise<string>): Promise<void> {
  for (let i = 0; i < 200; i++) await get('warm');
  await fetch(`${base}/connections`); // resets the counts
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
  const wall = performance.now() - started;
  const sockets = JSON.parse(await (await fetch(`${base}/connections`)).text()) as {
    opened: number;
    used: number;
  };
  process.stdout.write(
    `${JSON.stringify({ client: name, requests: total, concurrency: CONCURRENCY, body_bytes: bodyBytes, cpu_ms_per_request: Number((ms / total).toFixed(3)), requests_per_s: Math.round(total / (wall / 1000)), tcp_opened: sockets.opened, tcp_used: sockets.used })}\n`,
  );
}

await measure('node:http keep-alive', viaHttp);
await measure('fetch', viaFetch);
await measure('ky (src/http/client.ts)', viaClient);
agent.destroy();
server.kill();
