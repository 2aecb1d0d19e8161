import type { Clock } from '../../context.js';
import type { Logger } from '../../log.js';
import type { UsageEvent } from '../../usage/event.js';
import type { DifyApi } from '../api.js';
import type { AppRef } from '../events.js';
import type { StreamItem, UsageWindow } from '../source.js';
import type { PendingItem } from '../../state/state-file.js';
import type { TaskGroup } from '../task-group.js';
import type { WorkflowTools } from './workflow-tools.js';

/** What an app extractor needs; one per window. */
export interface ExtractContext {
  api: DifyApi;
  window: UsageWindow;
  /** When reading this window began (epoch ms): the fixed upper bound of workflow logs. */
  readStartedAt: number;
  /** The account timezone, in which Dify reads conversation date filters. */
  timeZone: string;
  clock: Clock;
  log: Logger;
  /**
   * Hands an event to the stream; waits while the consumer is behind. `parentAt` is the `created_at`
   * (ms) of its run or message (default: the event's own time).
   */
  emit: (event: UsageEvent, parentAt?: number) => Promise<void>;
  /** Hands a progress marker to the stream, after the events it covers. */
  mark: (marker: Exclude<StreamItem, { kind: 'event' }>) => Promise<void>;
  /** An item that is not final yet: the watermark must not pass its `created_at` (ms). */
  hold: (createdAtMs: number) => void;
  /** A run that is not final: remembered as a pending item and re-checked by later runs. */
  pending: (item: Omit<PendingItem, 'first_seen'>) => void;
  /** Chat apps: conversations updated in (above, before) (ms) were walked whole by an earlier run. */
  conversationsDone?: { above: number; before: number } | undefined;
  /** Whether a run is a pending item of an earlier run (re-checked apart, skipped in listings). */
  isPending: (runId: string) => boolean;
  /** Counts usage items read. */
  fetched: (count: number) => void;
  /** DIFY_MODEL_SOURCE: where chat and agent-chat usage gets its model when the list lacks it. */
  modelSource: 'app' | 'conversation';
  /** DIFY_EXCLUDE_CONSOLE: drop usage Dify marks `from_source: console`. */
  excludeConsole: boolean;
  /** An app whose listing could not be read consistently: the watermark stays, the run exits 75. */
  unsettled: (appId: string, reason: string) => void;
  /** Whether an app is exported in this run (listed, and kept by DIFY_APPS / DIFY_EXCLUDE_APPS). */
  isExported: (appId: string) => boolean;
  /** Workflow-tool providers → their apps, and node-type warnings, for the whole session. */
  workflowTools: WorkflowTools;
}

export type AppExtractor = (ctx: ExtractContext, app: AppRef, group: TaskGroup) => Promise<void>;

/** Ids seen in the last few pages: offset pages shift by the rows inserted meanwhile, so a row may come twice. */
export class RecentIds {
  #pages: Set<string>[] = [];

  constructor(private readonly keep = 3) {}

  /** True when the id is new (and remembers it). */
  add(id: string): boolean {
    if (this.#pages.some((p) => p.has(id))) return false;
    this.#pages[this.#pages.length - 1]?.add(id);
    return true;
  }

  nextPage(): void {
    this.#pages.push(new Set());
    if (this.#pages.length > this.keep) this.#pages.shift();
  }
}

/**
 * The pages of an offset listing, asking for page n+1 as soon as page n says there is one, so the
 * listing is not a chain of round trips waiting behind the work each page spawns.
 */
export async function* pagesAhead<T extends { has_more: boolean }>(
  fetchPage: (page: number) => Promise<T>,
  check: () => void,
): AsyncGenerator<T> {
  let next: Promise<T> | undefined = fetchPage(1);
  for (let page = 1; next !== undefined; page++) {
    const body: T = await next;
    next = undefined;
    if (body.has_more) {
      check();
      next = fetchPage(page + 1);
      // Handled where it is awaited; this only keeps an abandoned prefetch from going unhandled.
      next.catch(() => undefined);
    }
    yield body;
  }
}
