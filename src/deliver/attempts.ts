import type { Clock } from '../context.js';
import { fullJitterDelay, parseRetryAfter, RETRY_AFTER_STATUSES } from '../http/backoff.js';
import { classifyStatus } from './classify.js';
import type { PostRequest, PostResult } from './post.js';
import type { Sleep } from './wait.js';

export interface AttemptPolicy {
  maxRetry: number;
  retryMaxDelayMs: number;
  maxRetryAfterMs: number;
  /** Epoch ms of MAX_RUNTIME: no retry is scheduled past it. */
  deadline: number;
}

export interface AttemptDeps {
  post: (request: PostRequest, signal: AbortSignal) => Promise<PostResult>;
  policy: AttemptPolicy;
  clock: Clock;
  random: () => number;
  sleep: Sleep;
  /** Aborted on the first signal: no new attempt starts. */
  stop: AbortSignal;
  /** Aborted GRACEFUL_SHUTDOWN_TIMEOUT after `stop`: cuts the request in flight. */
  cut: AbortSignal;
}

/** How one batch ended in this run (SPEC §8). */
export type Delivery =
  | { outcome: 'delivered'; attempts: number; status: number }
  | {
      /** `too_large` (413): the caller splits the batch, or rejects a single event. */
      outcome: 'rejected' | 'too_large' | 'noperm' | 'unavailable';
      attempts: number;
      status: number;
      error: string;
    }
  | {
      outcome: 'retry';
      attempts: number;
      status: number | null;
      error: string;
      /** Set when the server named a time (Retry-After) beyond what this run may wait. */
      notBefore?: number;
    };

function errorText(result: PostResult): string {
  return result.kind === 'network' ? result.error : result.text || `HTTP ${result.status}`;
}

/** Posts one batch with up to MAX_RETRY retries, full-jitter backoff and `Retry-After`. */
export async function deliverWithRetries(
  request: PostRequest,
  deps: AttemptDeps,
): Promise<Delivery> {
  const { policy, clock } = deps;
  for (let attempt = 0; ; attempt += 1) {
    const result = await deps.post(request, deps.cut);
    const attempts = attempt + 1;
    const status = result.kind === 'response' ? result.status : null;
    const verdict = status === null ? 'retry' : classifyStatus(status);
    if (verdict === 'delivered') return { outcome: 'delivered', attempts, status: status ?? 0 };
    if (verdict !== 'retry')
      return { outcome: verdict, attempts, status: status ?? 0, error: errorText(result) };

    const failed = { outcome: 'retry' as const, attempts, status, error: errorText(result) };
    if (attempt >= policy.maxRetry || deps.stop.aborted) return failed;
    const now = clock.now();
    const retryAfter =
      result.kind === 'response' && RETRY_AFTER_STATUSES.has(result.status)
        ? parseRetryAfter(result.retryAfter, now)
        : undefined;
    const left = policy.deadline - now;
    if (retryAfter !== undefined && (retryAfter > policy.maxRetryAfterMs || retryAfter > left)) {
      return { ...failed, notBefore: now + retryAfter };
    }
    // The server's Retry-After is a floor: never retry earlier than it asked.
    const delay = Math.max(
      retryAfter ?? 0,
      fullJitterDelay(attempt, policy.retryMaxDelayMs, deps.random),
    );
    if (delay > left) return failed;
    if (!(await deps.sleep(delay, deps.stop))) return failed;
  }
}
