import { createClient, isRedirect, redirectTarget, type HttpClient } from '../http/client.js';

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
  | {
      kind: 'response';
      status: number;
      retryAfter: string | null;
      text: string;
      /** Where a 3xx points, scrubbed (no userinfo, query or fragment). */
      location?: string;
    }
  | { kind: 'network'; error: string };

const ERROR_TEXT_BYTES = 2048;

// One ky instance per target (the dispatcher builds its target once per run).
const clients = new WeakMap<PostTarget, { client: HttpClient; path: string }>();

function clientOf(target: PostTarget): { client: HttpClient; path: string } {
  let entry = clients.get(target);
  if (entry === undefined) {
    const url = new URL(target.url);
    // The config refuses credentials in the URL, so the origin is all the base needs.
    entry = {
      client: createClient({ baseUrl: `${url.origin}/`, timeoutMs: target.timeoutMs }),
      path: `${url.pathname}${url.search}`.slice(1),
    };
    clients.set(target, entry);
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
    const { client, path } = clientOf(target);
    const response = await client({ method: 'POST', path, headers, body: request.body, signal });
    return {
      kind: 'response',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      text: truncate(response.text),
      ...(isRedirect(response.status)
        ? { location: redirectTarget(response.headers.get('location'), target.url) }
        : {}),
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
