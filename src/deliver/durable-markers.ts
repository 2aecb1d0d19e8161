import type { StreamItem } from '../dify/source.js';
import type { PendingItem } from '../state/state-file.js';

type Marker = Exclude<StreamItem, { kind: 'event' }>;

/** What a window pass has made safe so far: delivered or durable in the spool. */
export interface PassProgress {
  /** Per app: everything with a membership time at or after this (epoch ms) is safe. */
  done: Record<string, number>;
  /** Per chat app: conversations updated in (above, before) (ms) are safe. */
  conversations: Record<string, { above: number; before: number }>;
  /** Pending items of earlier runs whose events (if any) are safe. */
  resolved: string[];
  /** Runs found not final in this pass. */
  discovered: PendingItem[];
}

/**
 * Turns stream markers into progress once the batches holding their events are safe. Batches are
 * numbered as they are cut and may settle in any order; a marker that came after batch n (or
 * after events still in the batch being filled, which becomes n + 1) is safe once every batch up to
 * it has settled. Markers are applied in stream order, and `onProgress` calls never overlap.
 */
export class DurableMarkers {
  readonly #done: Record<string, number> = {};
  readonly #resolved: string[] = [];
  readonly #conversations: Record<string, { above: number; before: number }> = {};
  readonly #waiting: { upTo: number; marker: Marker }[] = [];
  readonly #settled = new Set<number>();
  #cut = 0;
  /** Every batch below this number has settled. */
  #safe = 0;
  #saving: Promise<void> = Promise.resolve();
  #dirty = false;
  #failure: Error | undefined;

  constructor(
    private readonly onProgress: ((p: PassProgress) => Promise<void>) | undefined,
    private readonly discovered: () => readonly PendingItem[],
  ) {}

  /** A batch is cut: returns the callback its settling calls. */
  batchCut(): () => void {
    const n = this.#cut++;
    return () => {
      this.#settled.add(n);
      while (this.#settled.delete(this.#safe)) this.#safe += 1;
      this.#apply();
    };
  }

  /** A marker arrives; `filling` says whether events before it wait in the batch being filled. */
  add(marker: Marker, filling: boolean): void {
    this.#waiting.push({ upTo: this.#cut + (filling ? 1 : 0), marker });
    this.#apply();
  }

  progress(): PassProgress {
    return {
      done: { ...this.#done },
      conversations: { ...this.#conversations },
      resolved: [...this.#resolved],
      discovered: [...this.discovered()],
    };
  }

  /** Waits for the progress saves started so far; rethrows a failed save (a state write, 74). */
  async flushed(): Promise<void> {
    await this.#saving;
    if (this.#failure !== undefined) throw this.#failure;
  }

  #apply(): void {
    let changed = false;
    while (this.#waiting[0] !== undefined && this.#waiting[0].upTo <= this.#safe) {
      const { marker } = this.#waiting.shift()!;
      if (marker.kind === 'done')
        this.#done[marker.appId] = Math.min(this.#done[marker.appId] ?? Infinity, marker.from);
      else if (marker.kind === 'conversations')
        this.#conversations[marker.appId] = { above: marker.above, before: marker.before };
      else this.#resolved.push(marker.id);
      changed = true;
    }
    if (changed && this.onProgress) this.#save();
  }

  #save(): void {
    if (this.#dirty) return;
    this.#dirty = true;
    const onProgress = this.onProgress!;
    this.#saving = this.#saving.then(async () => {
      this.#dirty = false;
      if (this.#failure !== undefined) return;
      try {
        await onProgress(this.progress());
      } catch (error) {
        this.#failure = error instanceof Error ? error : new Error(String(error));
      }
    });
  }
}
