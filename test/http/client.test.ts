import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, redirectTarget } from '../../src/http/client.js';

let server: Server;
let base: string;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/console/api/hang') return; // never answers
    if (req.url === '/console/api/stall-body') {
      // Headers at once, then half a body and nothing more.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"data":');
      return;
    }
    if (req.url === '/console/api/slow-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
      setTimeout(() => res.end('1}'), 100);
      return;
    }
    if (req.url === '/console/api/moved') {
      res.writeHead(302, { location: 'https://user:pw@sso.example.com/login?next=%2Fapps#x' });
      res.end('see elsewhere');
      return;
    }
    if (req.url?.startsWith('/console/api/echo')) {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
        res.setHeader('retry-after', '3');
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            url: req.url,
            method: req.method,
            body,
            h: req.headers['x-t'],
            d: req.headers['x-default'],
          }),
        );
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

const live = (): AbortSignal => new AbortController().signal;

describe('the HTTP client (ky, one attempt)', () => {
  it('sends method, path with query, headers and body; returns status, text and headers', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 5_000, headers: { 'x-default': 'd' } });
    const res = await send({
      method: 'POST',
      path: 'echo?x=1',
      headers: { 'x-t': 'v' },
      body: '{"a":1}',
      signal: live(),
    });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toEqual({
      url: '/console/api/echo?x=1',
      method: 'POST',
      body: '{"a":1}',
      h: 'v',
      d: 'd',
    });
    expect(res.headers.get('Retry-After')).toBe('3');
    expect(res.headers.get('x-missing')).toBeNull();
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('an HTTP_TIMEOUT longer than a timer can wait (30 days) still sends', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 30 * 86_400_000 });
    expect((await send({ method: 'GET', path: 'echo', signal: live() })).status).toBe(201);
    // A timer beyond 2^31 ms would fire after 1 ms and cut a body that takes 100 ms.
    expect((await send({ method: 'GET', path: 'slow-body', signal: live() })).text).toBe(
      '{"data":1}',
    );
  });

  it('gives up after HTTP_TIMEOUT when no headers come, with a TimeoutError', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 100 });
    const error = await send({ method: 'GET', path: 'hang', signal: live() }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('HTTP_TIMEOUT covers the body too: headers in time, the body never completes', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 300 });
    const started = performance.now();
    const error = await send({ method: 'GET', path: 'stall-body', signal: live() }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).name).toBe('TimeoutError');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops a request when its signal aborts, and at once when it is already aborted', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = send({ method: 'GET', path: 'hang', signal: controller.signal });
    setImmediate(() => {
      controller.abort(new Error('run stopped'));
    });
    await expect(pending).rejects.toThrow('run stopped');
    await expect(
      send({ method: 'GET', path: 'hang', signal: AbortSignal.abort() }),
    ).rejects.toThrow();
  });

  it('leaves no listener on the caller’s signal once the attempt is over', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 200 });
    const run = new AbortController();
    for (let i = 0; i < 20; i++) await send({ method: 'GET', path: 'echo', signal: run.signal });
    await send({ method: 'GET', path: 'hang', signal: run.signal }).catch(() => undefined);
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
  });

  it('does not follow a redirect: the 3xx is the answer, one request sent', async () => {
    const send = createClient({ baseUrl: base, timeoutMs: 5_000 });
    const before = seen.length;
    const res = await send({ method: 'GET', path: 'moved', signal: live() });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('sso.example.com');
    expect(seen.slice(before)).toEqual(['/console/api/moved']);
  });
});

describe('the redirect target shown to the operator', () => {
  it.each([
    ['https://user:pw@sso.example.com/login?next=%2Fapps#x', 'https://sso.example.com/login'],
    ['/v2/events?api_key=QK-secret', 'https://meter.example.com/v2/events'],
    [null, '(no Location header)'],
    ['http://[bad', '(an invalid Location header)'],
  ])('%s → %s', (location, shown) => {
    expect(redirectTarget(location, 'https://meter.example.com/v1/events?k=1')).toBe(shown);
  });
});
