import { createTransport, type Transport } from '../http/transport.js';

export interface PostTarget {
  url: string;
  token: string | undefined;
  userAgent: string;
  timeoutMs: number;
}

export interface PostRequest {
  body: string;
  contentType: string;
  idempotencyKey: string;
}

export type PostResult =
  | { kind: 'response'; status: number; retryAfter: string | null; text: string }
  | { kind: 'network'; error: string };

const ERROR_TEXT_BYTES = 2048;

// One keep-alive transport per target (the dispatcher builds its target once per run).
const transports = new WeakMap<PostTarget, { transport: Transport; path: string }>();

/**
 * The receiver POST goes over the same node:http transport as Dify: measured (bench/one.ts, 0 ms
 * latency) this raised events per CLI CPU-second by about a quarter over ky on Node's fetch, and cut
 * peak RSS by about 20 MB (Request objects, web streams, combined abort signals, loading undici).
 */
function transportOf(target: PostTarget): { transport: Transport; path: string } {
  let entry = transports.get(target);
  if (entry === undefined) {
    const url = new URL(target.url);
    // The config refuses credentials in the URL, so the origin is all the base needs.
    entry = {
      transport: createTransport(`${url.origin}/`, Infinity, target.timeoutMs),
      path: `${url.pathname}${url.search}`.slice(1),
    };
    transports.set(target, entry);
  }
  return entry;
}

/** One attempt, no retry (the loop is ours, SPEC §8). Never throws for HTTP or network failures. */
export async function postOnce(
  target: PostTarget,
  request: PostRequest,
  signal: AbortSignal,
): Promise<PostResult> {
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'idempotency-key': request.idempotencyKey,
    'user-agent': target.userAgent,
  };
  if (target.token !== undefined) headers.authorization = `Bearer ${target.token}`;
  try {
    const { transport, path } = transportOf(target);
    const response = await transport({
      method: 'POST',
      path,
      headers,
      body: request.body,
      signal,
    });
    return {
      kind: 'response',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      text: truncate(response.text),
    };
  } catch (error) {
    return { kind: 'network', error: signal.aborted ? 'aborted' : describeNetworkError(error) };
  }
}

function truncate(text: string): string {
  return Buffer.from(text, 'utf8').subarray(0, ERROR_TEXT_BYTES).toString('utf8');
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as (Error & { code?: string }) | undefined;
  if (error.name === 'TimeoutError') return 'timeout';
  if (error.name === 'AbortError') return 'aborted';
  const code = (error as Error & { code?: string }).code;
  return code ?? cause?.code ?? cause?.message ?? error.message;
}
