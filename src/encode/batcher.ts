/**
 * Cuts a stream into arrays of at most `size` items as it flows, so memory holds one batch at a
 * time however long the stream is (SPEC §6, §14).
 */
export async function* chunk<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let current: T[] = [];
  for await (const item of source) {
    current.push(item);
    if (current.length >= size) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}

/** The same for an in-memory list (rollup records, which are few). */
export function* chunkArray<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
