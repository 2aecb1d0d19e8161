import type { Conversation } from '../schemas.js';
import type { ExtractContext } from './context.js';

interface Entry {
  updatedAt: number;
  done: boolean;
}

/**
 * Progress inside one chat app (SPEC §10 "Progress across runs"): the listing runs by
 * `updated_at` descending, so once every conversation of its head is walked, every conversation
 * updated after the first one not walked yet (and before the listing began) is read whole. That
 * costs no request: a later run lists the same pages and skips those conversations, while one
 * updated since (it may hold new messages in the window) is walked again. "Since" is told by
 * Dify's own clock (the `updated_at` of the listing's first row), never ours: the two may disagree.
 */
export class ConversationPrefix {
  #entries: Entry[] = [];
  #head = 0;
  #announced: number | undefined;
  #chain: Promise<void> = Promise.resolve();
  /** The newest `updated_at` (ms) when the listing began: conversations updated since are not walked. */
  #before: number | undefined;
  #closed = false;

  constructor(
    private readonly ctx: ExtractContext,
    private readonly appId: string,
  ) {}

  /** Whether an earlier run walked this conversation whole (and it has not changed since). */
  walkedBefore(conv: Conversation): boolean {
    const done = this.ctx.conversationsDone;
    const t = conv.updated_at * 1000;
    return done !== undefined && t > done.above && t < done.before;
  }

  /** A conversation of the main listing, in listing order. */
  add(conv: Conversation): Entry | undefined {
    if (this.#closed) return undefined;
    const entry = { updatedAt: conv.updated_at * 1000, done: false };
    this.#before ??= entry.updatedAt;
    this.#entries.push(entry);
    return entry;
  }

  /**
   * The listing shifted here (a row before this point was dropped): the walked head never reaches
   * past it, and no later row is added.
   */
  gap(): void {
    if (this.#closed) return;
    this.#closed = true;
    const last = this.#entries.at(-1)?.updatedAt ?? Number.POSITIVE_INFINITY;
    this.#entries.push({ updatedAt: last, done: false });
  }

  /** A conversation is walked (its events are in the stream). */
  async done(entry: Entry): Promise<void> {
    entry.done = true;
    while (this.#entries[this.#head]?.done === true) this.#head += 1;
    if (this.#head === 0) return;
    // Everything updated after `above` is walked: the first one not walked yet, or the last walked.
    const above = (this.#entries[this.#head] ?? this.#entries[this.#head - 1])!.updatedAt;
    if (this.#head > 1024) {
      this.#entries = this.#entries.slice(this.#head - 1);
      this.#head = 1;
    }
    const before = this.#before;
    if (before === undefined) return;
    if (this.#announced !== undefined && above >= this.#announced) return;
    this.#announced = above;
    this.#chain = this.#chain.then(() =>
      this.ctx.mark({ kind: 'conversations', appId: this.appId, above, before }),
    );
    await this.#chain;
  }
}
