import ky, { type Hooks } from 'ky';

/** One HTTP exchange, read whole: the status, the headers and the body as text. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpCall {
  method: 'GET' | 'POST';
  /** Relative to the client's base URL, no leading slash, query string included. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Handed to the hooks as `options.context`. */
  context?: Record<string, unknown>;
  /** Aborts the attempt (the run's or the stream's signal); left as it was found. */
  signal: AbortSignal;
}

export type HttpClient = (call: HttpCall) => Promise<HttpAnswer>;

export interface ClientOptions {
  baseUrl: string;
  /** HTTP_TIMEOUT: one attempt, connection, headers and body together. */
  timeoutMs: number;
  headers?: Record<string, string>;
  hooks?: Hooks;
}

/** The longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;

/** The body did not arrive within what HTTP_TIMEOUT left after the headers. */
export class BodyTimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * One ky instance per API (SPEC §8). The retry loop is ours (`retry: 0`: ky's cannot stop and
 * spool on a long Retry-After, and reads the real clock), every status comes back as data
 * (`throwHttpErrors: false`), and redirects are answers, never followed: a 3xx means a wrong URL.
 *
 * Each attempt gets an AbortController of its own, tied to the caller's signal by a listener
 * removed when the attempt ends. Handing the long-lived run signal to ky directly would let
 * `AbortSignal.any` (which ky uses to add its timeout) hang one dependant signal per request on it
 * for the whole run (nodejs/node #54614, #55351). ky's `timeout` ends when the headers arrive;
 * the body gets what is left of HTTP_TIMEOUT.
 */
export function createClient(options: ClientOptions): HttpClient {
  // ky refuses a longer timeout, and Node runs a longer timer after 1 ms.
  const timeoutMs = Math.min(options.timeoutMs, MAX_TIMER_MS);
  const client = ky.create({
    prefixUrl: options.baseUrl,
    timeout: timeoutMs,
    retry: { limit: 0 },
    throwHttpErrors: false,
    redirect: 'manual',
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
  });

  return async (call) => {
    const own = new AbortController();
    const forward = (): void => {
      own.abort(call.signal.reason);
    };
    if (call.signal.aborted) forward();
    else call.signal.addEventListener('abort', forward, { once: true });
    let bodyTimer: NodeJS.Timeout | undefined;
    try {
      const started = performance.now();
      // Only what the call has: every option given here is merged into the instance's per request.
      const response = await client(call.path, {
        method: call.method,
        ...(call.headers !== undefined && !isEmpty(call.headers) ? { headers: call.headers } : {}),
        ...(call.body !== undefined ? { body: call.body } : {}),
        ...(call.context !== undefined ? { context: call.context } : {}),
        signal: own.signal,
      });
      const left = timeoutMs - (performance.now() - started);
      bodyTimer = setTimeout(
        () => {
          own.abort(new BodyTimeoutError(`no complete answer within ${timeoutMs} ms`));
        },
        Math.max(0, left),
      );
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } finally {
      clearTimeout(bodyTimer);
      call.signal.removeEventListener('abort', forward);
    }
  };
}

function isEmpty(record: Record<string, string>): boolean {
  for (const _ in record) return false;
  return true;
}

/** A redirect's target for a message: resolved, without userinfo, query or fragment. */
export function redirectTarget(location: string | null, base: string): string {
  if (location === null || location === '') return '(no Location header)';
  try {
    const url = new URL(location, base);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return '(an invalid Location header)';
  }
}

/** Final 3xx answers: fetch follows none of them here (`redirect: 'manual'`). */
export function isRedirect(status: number): boolean {
  return status >= 300 && status <= 399;
}
