import type { Config } from '../config/config.js';
import type { Clock } from '../context.js';
import { DifyExportError } from '../errors.js';
import {
  fullJitterDelay,
  isRetryableStatus,
  parseRetryAfter,
  RETRY_AFTER_STATUSES,
} from '../http/backoff.js';
import { createClient, isRedirect, MAX_TIMER_MS, redirectTarget } from '../http/client.js';
import type { Logger } from '../log.js';
import { Limiter } from './limiter.js';

export interface HttpDeps {
  difyUrl: string;
  config: Pick<
    Config,
    'httpTimeoutMs' | 'maxRetry' | 'retryMaxDelayMs' | 'maxRetryAfterMs' | 'difyConcurrency'
  >;
  log: Logger;
  clock: Clock;
  random: () => number;
  /** Aborted on SIGTERM/MAX_RUNTIME: no new request starts; in-flight ones finish. */
  stop: AbortSignal;
  /** The current stream's signal, aborted when nobody waits for the answers any more. */
  cancel: () => AbortSignal;
  /** The session's headers (token or cookies and CSRF), read as each attempt starts. */
  sessionHeaders?: () => Record<string, string>;
}

export interface DifyRequest {
  method: 'GET' | 'POST';
  /** Relative to `/console/api/`, no leading slash. */
  path: string;
  searchParams?: Record<string, string>;
  json?: unknown;
  headers?: Record<string, string>;
  /** Send the session's current headers (set by a hook when the attempt starts, not before). */
  session?: boolean;
}

export interface DifyResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type DifyHttp = (request: DifyRequest) => Promise<DifyResponse>;

export function interrupted(): DifyExportError {
  return new DifyExportError('INTERRUPTED', 'TEMPFAIL', 'stopped before Dify was read completely', {
    hint: 'the next run picks up from the watermark',
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.name === 'TimeoutError' ? 'timed out' : error.message}${cause}`;
}

async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await new Promise<void>((resolve) => {
    // A longer timer would fire after 1 ms: a retry earlier than Retry-After asked.
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** A login rate limit is not cured by retrying within seconds (it counts failed passwords). */
function isLoginLimit(res: DifyResponse): boolean {
  return res.status === 429 && res.text.includes('"email_code_login_limit"');
}

/** A redirect means DIFY_API_URL is not Dify's base URL (a proxy, an SSO page): never followed. */
function redirected(target: string, res: DifyResponse, base: string): DifyExportError {
  const location = redirectTarget(res.headers.get('location'), base);
  return new DifyExportError(
    'DIFY_REDIRECT',
    'UNAVAILABLE',
    `Dify redirected ${target}: HTTP ${res.status} to ${location}`,
    {
      hint: `set DIFY_API_URL to Dify's own base URL (the server points to ${location}); redirects are not followed`,
    },
  );
}

/**
 * The Dify console client (SPEC §8) on ky: at most DIFY_CONCURRENCY requests in flight across the
 * whole run, keep-alive (Node's fetch pools connections), a timeout per attempt, retries with
 * full-jitter backoff on network errors, 408, 425, 429 and 5xx but 501, and `Retry-After` honoured
 * on 408/429/503 whatever the body (Cloudflare answers 429 with an HTML page).
 */
export function createDifyHttp(deps: HttpDeps): DifyHttp {
  const { config, log, clock, random } = deps;
  const base = `${deps.difyUrl}/console/api/`;
  const client = createClient({
    baseUrl: base,
    timeoutMs: config.httpTimeoutMs,
    headers: { accept: 'application/json' },
    hooks: {
      beforeRequest: [
        (request, options) => {
          // Read now, not when the caller queued the request: a renewal may have happened while
          // it waited for a slot or a backoff, and CSRF is checked on every request since 1.9.2.
          if (options.context.session !== true || deps.sessionHeaders === undefined) return;
          for (const [name, value] of Object.entries(deps.sessionHeaders()))
            request.headers.set(name, value);
        },
      ],
    },
  });
  const limiter = new Limiter(config.difyConcurrency);

  async function attempt(req: DifyRequest): Promise<DifyResponse> {
    return limiter.run(async () => {
      if (deps.stop.aborted || deps.cancel().aborted) throw interrupted();
      const query = req.searchParams ? `?${new URLSearchParams(req.searchParams).toString()}` : '';
      return client({
        method: req.method,
        path: req.path + query,
        ...(req.json === undefined
          ? req.headers && { headers: req.headers }
          : {
              headers: { ...req.headers, 'content-type': 'application/json' },
              body: JSON.stringify(req.json),
            }),
        ...(req.session === true ? { context: { session: true } } : {}),
        signal: deps.cancel(),
      });
    });
  }

  return async function send(req: DifyRequest): Promise<DifyResponse> {
    const target = `${req.method} ${req.path}`;
    for (let n = 0; ; n++) {
      let res: DifyResponse | undefined;
      let failure: unknown;
      try {
        res = await attempt(req);
      } catch (error) {
        if (error instanceof DifyExportError) throw error;
        if (deps.cancel().aborted || deps.stop.aborted) throw interrupted();
        failure = error;
      }
      if (res && isRedirect(res.status)) throw redirected(target, res, base);
      if (res && (!isRetryableStatus(res.status, 'dify') || isLoginLimit(res))) return res;
      const what = res ? `HTTP ${res.status}` : describe(failure);
      let delay = fullJitterDelay(n, config.retryMaxDelayMs, random);
      const retryAfter =
        res && RETRY_AFTER_STATUSES.has(res.status)
          ? parseRetryAfter(res.headers.get('retry-after'), clock.now())
          : undefined;
      if (retryAfter !== undefined && retryAfter > config.maxRetryAfterMs) {
        throw new DifyExportError(
          'DIFY_UNAVAILABLE',
          'UNAVAILABLE',
          `Dify is unavailable: ${target}: ${what}, Retry-After ${Math.ceil(retryAfter / 1000)}s exceeds MAX_RETRY_AFTER`,
          { hint: 'Dify asks to wait longer than MAX_RETRY_AFTER; the next run tries again' },
        );
      }
      if (n >= config.maxRetry) {
        throw new DifyExportError(
          'DIFY_UNAVAILABLE',
          'UNAVAILABLE',
          `Dify is unreachable: ${target}: ${what} (${n + 1} attempts)`,
          {
            hint: 'check DIFY_API_URL and that Dify is up; the next run tries again',
            cause: failure,
          },
        );
      }
      if (retryAfter !== undefined) delay = Math.max(delay, retryAfter);
      log.warn(
        { request: target, error: what, attempt: n + 1, retry_in_ms: delay },
        'Dify request failed, retrying',
      );
      await sleep(delay, AbortSignal.any([deps.stop, deps.cancel()]));
      if (deps.stop.aborted || deps.cancel().aborted) throw interrupted();
    }
  };
}
