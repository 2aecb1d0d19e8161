import { CloudEvent } from 'cloudevents';
import { describe, expect, it } from 'vitest';
import { cloudEventSource, encodeCloudEventsBatch } from '../../src/encode/cloudevents.js';
import { chunk, chunkArray } from '../../src/encode/batcher.js';
import { idempotencyKeyOf, sha256Hex } from '../../src/encode/batch.js';
import { usageEvent } from '../commands/helpers.js';

const source = cloudEventSource({
  difyApiUrl: 'https://dify.example.com/console',
  workspaceId: 'ws-1',
});

describe('cloudevents batches (SPEC §7)', () => {
  const events = [
    usageEvent(1),
    usageEvent(2, { user: { kind: 'account', id: 'acc-9', session_id: null } }),
    usageEvent(3, {
      user: { kind: 'unknown', id: null, session_id: null },
      total_price: null,
      currency: null,
      prompt_tokens: null,
      completion_tokens: null,
    }),
  ];

  it('every element passes the official cloudevents SDK validation', () => {
    const parsed = JSON.parse(encodeCloudEventsBatch(events, source)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(3);
    for (const obj of parsed) expect(new CloudEvent(obj).validate()).toBe(true);
  });

  it('carries the source, type, subject and the event fields as data', () => {
    const [a, b, c] = JSON.parse(encodeCloudEventsBatch(events, source)) as Record<
      string,
      unknown
    >[];
    expect(a).toMatchObject({
      specversion: '1.0',
      id: 'msg:000001',
      source: 'https://dify.example.com/workspaces/ws-1',
      type: 'ai.dify.usage',
      subject: 'end_user:session-1',
      datacontenttype: 'application/json',
    });
    expect(b!.subject).toBe('account:acc-9');
    expect(c!.subject).toBe('unknown');
    expect(c!.data).toMatchObject({ total_price: null, currency: null, prompt_tokens: null });
    expect(Object.keys(a!.data as object)).not.toContain('id');
  });

  it('the same events in the same order encode to the same bytes and key', () => {
    const one = encodeCloudEventsBatch(events, source);
    const two = encodeCloudEventsBatch(
      events.map((e) => ({ ...e })),
      source,
    );
    expect(two).toBe(one);
    expect(idempotencyKeyOf(one)).toBe(`"${sha256Hex(one)}"`);
  });
});

describe('batcher', () => {
  it('cuts a stream into batches of the size as it flows, the last one shorter', async () => {
    async function* numbers(): AsyncGenerator<number> {
      for (let i = 0; i < 7; i += 1) yield await Promise.resolve(i);
    }
    const out: number[][] = [];
    for await (const b of chunk(numbers(), 3)) out.push(b);
    expect(out).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect([...chunkArray([1, 2, 3, 4], 2)]).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('never holds more than one batch: the source is pulled only as batches are taken', async () => {
    let pulled = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 1000; i += 1) {
        pulled += 1;
        yield await Promise.resolve(i);
      }
    }
    const it = chunk(counted(), 10)[Symbol.asyncIterator]();
    await it.next();
    expect(pulled).toBe(10);
    await it.return?.(undefined);
  });
});
