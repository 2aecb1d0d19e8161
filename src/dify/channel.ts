/**
 * A bounded async queue between the extraction tasks (producers) and the consumer of the event
 * stream: a full queue makes producers wait, so memory stays flat however large the window.
 */
export class Channel<T> implements AsyncIterable<T> {
  #items: T[] = [];
  #closed = false;
  #error: Error | undefined;
  #consumer: (() => void) | undefined;
  #producers: (() => void)[] = [];

  constructor(readonly capacity: number) {}

  async push(item: T): Promise<void> {
    while (this.#items.length >= this.capacity && !this.#closed)
      await new Promise<void>((resolve) => this.#producers.push(resolve));
    if (this.#closed) return;
    this.#items.push(item);
    this.#wakeConsumer();
  }

  /** Ends the stream; with an error, the consumer's iteration throws it after the queued items. */
  close(error?: unknown): void {
    if (this.#closed) return;
    this.#closed = true;
    if (error !== undefined)
      this.#error =
        error instanceof Error ? error : new Error('a non-Error was thrown', { cause: error });
    this.#wakeConsumer();
    for (const p of this.#producers.splice(0)) p();
  }

  get closed(): boolean {
    return this.#closed;
  }

  #wakeConsumer(): void {
    const c = this.#consumer;
    this.#consumer = undefined;
    c?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const item = this.#items.shift();
      if (item !== undefined) {
        this.#producers.shift()?.();
        yield item;
        continue;
      }
      if (this.#closed) {
        if (this.#error) throw this.#error;
        return;
      }
      await new Promise<void>((resolve) => (this.#consumer = resolve));
    }
  }
}
