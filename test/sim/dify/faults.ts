/** Fault switches of the simulator (SPEC §13). Counters are per switch, over matching requests. */

export interface Schedule {
  /** The first N matching requests fail. */
  first?: number;
  /** Every Nth matching request fails. */
  every?: number;
  /** Only these endpoints (see `endpointOf`); all when absent. */
  endpoints?: readonly string[];
}

export interface Faults {
  latencyMs?: number;
  status5xx?: Schedule & { status?: number };
  rateLimit?: Schedule & { html?: boolean; retryAfter?: number | null };
  reset?: Schedule;
  /** 200 with a body that is not JSON, for one app's endpoint. */
  malformed?: { appId: string; endpoint: string };
  /** 200 with a `created_at` that is not a number, for one app's endpoint. */
  schemaViolation?: { appId: string; endpoint: string };
  /** New rows while a listing is paged: chat apps get new conversations at "now", workflow apps runs at `atSec`. */
  insertWhilePaging?: { appId: string; afterRequests: number; count: number; atSec?: number };
  /** Apps (by index) edited at "now" once this many `GET /apps` requests have been answered. */
  editAppsWhilePaging?: { afterRequests: number; apps: readonly number[] };
  /**
   * Conversations (by index) deleted while the listing is paged, messages with them: the first
   * once `afterRequests` listing requests were answered, each next one `everyRequests` later.
   */
  deleteWhilePaging?: {
    appId: string;
    afterRequests: number;
    conversations: readonly number[];
    everyRequests?: number;
  };
  /**
   * The app is deleted after it answered `afterRequests` requests: from then on each of its
   * endpoints, `apps/<id>` included, answers 404 `app_not_found`, as Dify's `get_app_model` does.
   */
  deleteApp?: { appId: string; afterRequests: number };
  /** A conversation (by index) receives a message at "now" while the listing is paged. */
  bumpWhilePaging?: { appId: string; afterRequests: number; conversation: number };
}

export class FaultCounters {
  #counts = new Map<string, number>();

  /** Whether the schedule fires for this request (and counts it when it matches). */
  fires(name: string, schedule: Schedule | undefined, endpoint: string): boolean {
    if (!schedule) return false;
    if (schedule.endpoints && !schedule.endpoints.includes(endpoint)) return false;
    const n = (this.#counts.get(name) ?? 0) + 1;
    this.#counts.set(name, n);
    if (schedule.first !== undefined && n <= schedule.first) return true;
    return schedule.every !== undefined && n % schedule.every === 0;
  }

  /** Increments and returns a plain counter. */
  next(name: string): number {
    const n = (this.#counts.get(name) ?? 0) + 1;
    this.#counts.set(name, n);
    return n;
  }
}

export const CLOUDFLARE_429 =
  '<!DOCTYPE html>\n<html><head><title>Access denied | cloud.dify.ai used Cloudflare to restrict access</title></head>' +
  '<body><h1>Error 1015</h1><p>You are being rate limited.</p></body></html>';
