import http from 'node:http';
import https from 'node:https';

/** The headers of a Dify answer: only what the client reads (Retry-After, Set-Cookie). */
export interface ResponseHeaders {
  get(name: string): string | null;
  getSetCookie(): string[];
}

export interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

export interface RawRequest {
  method: 'GET' | 'POST';
  /** Relative to the transport's base, no leading slash, query string included. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export type Transport = (request: RawRequest) => Promise<RawResponse>;

function headersOf(raw: http.IncomingHttpHeaders): ResponseHeaders {
  return {
    get(name) {
      const v = raw[name.toLowerCase()];
      if (v === undefined) return null;
      return Array.isArray(v) ? v.join(', ') : v;
    },
    getSetCookie() {
      return raw['set-cookie'] ?? [];
    },
  };
}

export class TransportTimeout extends Error {
  override name = 'TimeoutError';
}

/**
 * One Dify request over node:http with a keep-alive agent. Measured (bench, 0 ms latency) ky on
 * Node's fetch cost about 0.9 ms of CPU per request (Request/Headers/AbortSignal objects, web
 * streams); this path about a third of that, and Dify listings are many small requests. Redirects
 * are not followed (as `redirect: 'manual'` before): a redirect means a wrong DIFY_API_URL.
 */
export function createTransport(baseUrl: string, maxSockets: number, timeoutMs: number): Transport {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const secure = base.protocol === 'https:';
  const lib = secure ? https : http;
  const agent = new lib.Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' });
  const prefix = base.pathname;
  const port = base.port === '' ? undefined : Number(base.port);
  const hostname = base.hostname.replace(/^\[|\]$/g, '');

  return (req) =>
    new Promise<RawResponse>((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
      if (req.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        headers['content-length'] = String(Buffer.byteLength(req.body));
      }
      const request = lib.request({
        agent,
        method: req.method,
        hostname,
        ...(port !== undefined ? { port } : {}),
        path: prefix + req.path,
        headers,
        ...(base.username !== '' ? { auth: `${base.username}:${base.password}` } : {}),
      });
      let settled = false;
      const finish = (error: unknown, value?: RawResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.signal.removeEventListener('abort', onAbort);
        if (value) resolve(value);
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      const onAbort = (): void => {
        request.destroy(new Error('aborted'));
      };
      // One timer per attempt covers connect, headers and body, like fetch's timeout did.
      const timer = setTimeout(() => {
        request.destroy(new TransportTimeout(`timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      req.signal.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error) => {
        finish(error);
      });
      request.on('response', (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('error', (error) => {
          finish(error);
        });
        res.on('close', () => {
          if (!res.complete)
            finish(new Error('the connection closed before the answer was complete'));
        });
        res.on('end', () => {
          finish(undefined, { status: res.statusCode ?? 0, headers: headersOf(res.headers), text });
        });
      });
      if (req.signal.aborted) onAbort();
      request.end(req.body);
    });
}
