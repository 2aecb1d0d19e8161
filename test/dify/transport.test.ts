import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/http/transport.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/console/api/hang') return; // never answers
    if (req.url?.startsWith('/console/api/echo')) {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
        res.setHeader('retry-after', '3');
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ url: req.url, method: req.method, body, h: req.headers['x-t'] }));
      });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/console/api/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('the Dify transport (node:http, keep-alive)', () => {
  it('sends method, path with query, headers and a JSON body; returns status, text and headers', async () => {
    const send = createTransport(base, 2, 5_000);
    const res = await send({
      method: 'POST',
      path: 'echo?x=1',
      headers: { 'x-t': 'v' },
      body: '{"a":1}',
      signal: new AbortController().signal,
    });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toEqual({
      url: '/console/api/echo?x=1',
      method: 'POST',
      body: '{"a":1}',
      h: 'v',
    });
    expect(res.headers.get('Retry-After')).toBe('3');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('gives up after the timeout per attempt with a TimeoutError', async () => {
    const send = createTransport(base, 2, 100);
    const error = await send({
      method: 'GET',
      path: 'hang',
      headers: {},
      signal: new AbortController().signal,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('stops a request when its signal aborts, and at once when it is already aborted', async () => {
    const send = createTransport(base, 2, 60_000);
    const controller = new AbortController();
    const pending = send({ method: 'GET', path: 'hang', headers: {}, signal: controller.signal });
    setImmediate(() => {
      controller.abort();
    });
    await expect(pending).rejects.toThrow('aborted');
    await expect(
      send({ method: 'GET', path: 'hang', headers: {}, signal: AbortSignal.abort() }),
    ).rejects.toThrow('aborted');
  });
});
