import { describe, expect, it } from 'vitest';
import { ConversationPrefix } from '../../src/dify/extract/chat-progress.js';
import type { ExtractContext } from '../../src/dify/extract/context.js';
import type { Conversation } from '../../src/dify/schemas.js';

type Marker = Parameters<ExtractContext['mark']>[0];

/** Only what ConversationPrefix reads of its context: the earlier run's mark and `mark`. */
function prefixOf(marks: Marker[]): ConversationPrefix {
  const ctx = {
    conversationsDone: undefined,
    mark: (m: Marker) => {
      marks.push(m);
      return Promise.resolve();
    },
  } as unknown as ExtractContext;
  return new ConversationPrefix(ctx, 'app-1');
}

const conv = (id: string, updatedSec: number): Conversation => ({
  id,
  created_at: 0,
  updated_at: updatedSec,
  from_end_user_id: null,
  from_end_user_session_id: null,
  from_account_id: null,
  from_source: 'api',
  model_config: null,
});

describe('the walked head of a chat listing (progress across runs)', () => {
  it("bounds 'updated since' by Dify's updated_at of the first row, not by this host's clock", async () => {
    const marks: Marker[] = [];
    const prefix = prefixOf(marks);
    const a = prefix.add(conv('a', 5_000))!;
    const b = prefix.add(conv('b', 4_000))!;
    await prefix.done(a);
    await prefix.done(b);
    expect(marks.at(-1)).toEqual({
      kind: 'conversations',
      appId: 'app-1',
      above: 4_000_000,
      before: 5_000_000,
    });
  });

  it('never claims a row past the point where a deletion shifted the listing', async () => {
    const marks: Marker[] = [];
    const prefix = prefixOf(marks);
    const a = prefix.add(conv('a', 5_000))!;
    const b = prefix.add(conv('b', 4_000))!;
    // The next page's total shrank: its first row in the old order (updated at 3 500 s) was dropped.
    prefix.gap();
    expect(prefix.add(conv('c', 3_000))).toBeUndefined();
    await prefix.done(a);
    await prefix.done(b);
    const last = marks.at(-1) as { above: number; before: number };
    // Claimed walked: updated_at in (above, before); the dropped row (3 500 s) is outside.
    expect(last.above).toBe(4_000_000);
    expect(3_500_000 > last.above && 3_500_000 < last.before).toBe(false);
  });
});
