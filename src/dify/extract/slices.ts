import type { ExtractContext } from './context.js';

/** Workflow logs are tracked in slices of this length: the unit of progress across runs. */
export const SLICE_MS = 3_600_000;

interface Slice {
  start: number;
  open: number;
  listed: boolean;
}

/**
 * Time slices of one app's log listing (SPEC §10 "Progress across runs"). The listing runs newest
 * first, so a slice is whole once a row older than it was listed (or the listing ended) and every
 * run of it has put its events into the stream. Whole slices are announced newest first, each by a
 * `done` marker behind its events: the delivery side records the progress once they are durable.
 * Nothing here costs a request: the slices are cut from the listing the window needs anyway.
 */
export class LogSlices {
  readonly #slices: Slice[] = [];
  #chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ExtractContext,
    private readonly appId: string,
  ) {}

  /** A row of the listing at `ms` (its log `created_at`): every newer slice is listed whole. */
  row(ms: number): Slice {
    const start = Math.floor(ms / SLICE_MS) * SLICE_MS;
    for (const s of this.#slices) if (s.start > start) s.listed = true;
    let slice = this.#slices.find((s) => s.start === start);
    if (!slice) {
      slice = { start, open: 0, listed: false };
      this.#slices.push(slice);
    }
    return slice;
  }

  /** Runs `task` as part of `slice`; the slice cannot be whole before it ends. */
  async track(slice: Slice, task: () => Promise<void>): Promise<void> {
    slice.open += 1;
    try {
      await task();
      slice.open -= 1;
      await this.#announce();
    } catch (error) {
      // A failed run leaves its slice open for good: nothing older is announced in this run.
      slice.open = Number.POSITIVE_INFINITY;
      throw error;
    }
  }

  /** The listing ended: every slice is listed whole. */
  async listed(): Promise<void> {
    for (const s of this.#slices) s.listed = true;
    await this.#announce();
  }

  /** Announces the whole slices at the head (newest first), in order, one at a time. */
  #announce(): Promise<void> {
    this.#chain = this.#chain.then(async () => {
      while (this.#slices[0]?.listed === true && this.#slices[0].open === 0) {
        const s = this.#slices.shift()!;
        await this.ctx.mark({
          kind: 'done',
          appId: this.appId,
          from: Math.max(s.start, this.ctx.window.from),
        });
      }
    });
    return this.#chain;
  }
}
