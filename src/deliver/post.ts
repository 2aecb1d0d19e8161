import ky from 'ky';

export interface PostTarget {
  url: string;
  token: string | undefined;
  userAgent: string;
  timeoutMs: number;
  /** Injected in tests that need a fetch without a server; production uses the global one. */
  fetch?: typeof fetch;
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
    const response = await ky.post(target.url, {
      body: request.body,
      headers,
      retry: 0,
      timeout: target.timeoutMs,
      throwHttpErrors: false,
      signal,
      ...(target.fetch ? { fetch: target.fetch } : {}),
    });
    const text = await response.text().catch(() => '');
    return {
      kind: 'response',
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      text: Buffer.from(text, 'utf8').subarray(0, ERROR_TEXT_BYTES).toString('utf8'),
    };
  } catch (error) {
    return { kind: 'network', error: describeNetworkError(error) };
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as (Error & { code?: string }) | undefined;
  if (error.name === 'TimeoutError') return 'timeout';
  if (error.name === 'AbortError') return 'aborted';
  return cause?.code ?? cause?.message ?? error.message;
}
