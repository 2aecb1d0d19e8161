import type { Clock } from '../../context.js';
import type { Logger } from '../../log.js';
import type { UsageEvent } from '../../usage/event.js';
import type { DifyApi } from '../api.js';
import type { AppRef } from '../events.js';
import type { UsageWindow } from '../source.js';
import type { TaskGroup } from '../task-group.js';

/** What an app extractor needs; one per window. */
export interface ExtractContext {
  api: DifyApi;
  window: UsageWindow;
  /** The account timezone, in which Dify reads conversation date filters. */
  timeZone: string;
  clock: Clock;
  log: Logger;
  /** Hands an event to the stream; waits while the consumer is behind. */
  emit: (event: UsageEvent) => Promise<void>;
  /** An item that is not final yet: the watermark must not pass its `created_at` (ms). */
  hold: (createdAtMs: number) => void;
  /** Counts usage items read. */
  fetched: (count: number) => void;
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
