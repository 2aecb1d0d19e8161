import { describe, expect, it } from 'vitest';
import { Channel } from '../../src/dify/channel.js';
import { consoleCookies } from '../../src/dify/cookies.js';
import { nodeEvent, nodeUsageKind, runEvent } from '../../src/dify/events.js';
import { completionEnd, conversationStart, logBounds } from '../../src/dify/filters.js';
import { Limiter } from '../../src/dify/limiter.js';
import { nodeExecutions, price, workflowLogs } from '../../src/dify/schemas.js';

describe('console cookies', () => {
  it.each([
    ['plain names', ''],
    ['__Host- names', '__Host-'],
  ])('reads %s from Set-Cookie and keeps them as the server spelled them', (_n, p) => {
    const c = consoleCookies([
      `${p}access_token=aaa.bbb; HttpOnly; Path=/; SameSite=Lax; Secure`,
      `${p}refresh_token=f00d; HttpOnly; Max-Age=2592000; Path=/`,
      `${p}csrf_token=c.s.r.f; Max-Age=3600; Path=/`,
    ]);
    expect(c).toEqual({
      names: { access: `${p}access_token`, refresh: `${p}refresh_token`, csrf: `${p}csrf_token` },
      access: 'aaa.bbb',
      refresh: 'f00d',
      csrf: 'c.s.r.f',
    });
  });

  it('is undefined when a cookie is missing', () => {
    expect(consoleCookies(['access_token=a; Path=/'])).toBeUndefined();
  });
});

describe('prices', () => {
  it.each([
    ['0.0001794', '0.0001794'],
    ['0.0002000', '0.0002000'],
    [0.0001794, '0.0001794'],
    [1e-7, '0.0000001'],
    [12, '12'],
    ['1E-7', '0.0000001'],
    [null, null],
  ])('%j → %j', (input, out) => {
    expect(price.parse(input)).toBe(out);
  });

  it('rejects text that is not a decimal', () => {
    expect(price.safeParse('free').success).toBe(false);
  });
});

describe('filters', () => {
  it('floors the conversation start to the minute in the account timezone', () => {
    expect(conversationStart(Date.parse('2026-11-03T10:17:42Z'), 'Asia/Kolkata')).toBe(
      '2026-11-03 15:47',
    );
    expect(conversationStart(Date.parse('2026-11-03T10:17:42Z'), 'UTC')).toBe('2026-11-03 10:17');
  });

  it('goes back an hour near a DST change, where Dify would read the later instant', () => {
    // 2026-11-01 01:30 happens twice in New York; Dify reads it as standard time (the later one).
    const first = Date.parse('2026-11-01T05:30:00Z');
    expect(conversationStart(first, 'America/New_York')).toBe('2026-11-01 00:30');
  });

  it('bounds workflow logs to the window: its start (whole second) to its last millisecond', () => {
    const window = {
      from: Date.parse('2026-11-01T00:00:00.500Z'),
      to: Date.parse('2026-11-02T00:00:00Z'),
    };
    // The log row's created_at decides the window (at the run's start on Dify ≥ 1.11, at its end before).
    expect(logBounds(window)).toEqual({
      after: '2026-11-01T00:00:00Z',
      before: '2026-11-01T23:59:59.999Z',
    });
    expect(completionEnd(Date.parse('2026-11-02T00:00:00Z'), 'UTC')).toBe('2026-11-02 00:01');
  });
});

describe('events from node executions', () => {
  const app = { workspaceId: 'ws', id: 'app', name: 'App', mode: 'workflow' };
  const parent = {
    user: { kind: 'end_user' as const, id: 'eu', session_id: 'u-1' },
    conversationId: null,
    messageId: null,
    runId: 'run-1',
  };

  it('takes tokens from outputs.usage when process_data is truncated, price from execution_metadata', () => {
    const nodes = nodeExecutions.parse({
      data: [
        {
          id: 'n0',
          node_id: 'start',
          node_type: 'start',
          status: 'succeeded',
          created_at: 100,
          process_data: null,
          outputs: {},
          execution_metadata: null,
        },
        {
          id: 'n1',
          node_id: 'llm',
          node_type: 'llm',
          status: 'succeeded',
          created_at: 101,
          process_data: { model_provider: 'langgenius/openai/openai', model_name: 'gpt-4o' },
          outputs: {
            usage: {
              prompt_tokens: 10,
              completion_tokens: 5,
              total_tokens: 15,
              total_price: '0.1',
              currency: 'USD',
            },
          },
          execution_metadata: { total_tokens: 15, total_price: '0.0000150', currency: 'USD' },
        },
      ],
    });
    const events = nodes.data.flatMap((n, i) => nodeEvent(app, n, i, parent) ?? []);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: 'node:n1',
      provider: 'openai',
      provider_raw: 'langgenius/openai/openai',
      model: 'gpt-4o',
      prompt_tokens: 10,
      completion_tokens: 5,
      total_tokens: 15,
      total_price: '0.0000150',
      currency: 'USD',
      occurred_at: '1970-01-01T00:01:41.000Z',
    });
  });

  it('node usage kinds: own calls, container sums, workflow tools, unknown types', () => {
    const node = (node_type: string, provider_type?: string) =>
      nodeExecutions.parse({
        data: [
          {
            id: 'n',
            node_id: 'x',
            node_type,
            status: 'succeeded',
            created_at: 1,
            execution_metadata: provider_type
              ? { tool_info: { provider_type, provider_id: 'p' } }
              : null,
          },
        ],
      }).data[0]!;
    const kinds = [
      node('llm'),
      node('question-classifier'),
      node('parameter-extractor'),
      node('agent'),
      node('knowledge-retrieval'),
      node('tool', 'mcp'),
      node('iteration'),
      node('loop'),
      node('tool', 'workflow'),
      node('trigger-llm'),
    ].map(nodeUsageKind);
    expect(kinds).toEqual([
      ...Array<string>(6).fill('own'),
      'sum',
      'sum',
      'workflow-tool',
      'unknown',
    ]);
  });

  it('a run without node usage but with total_tokens becomes one run-level event', () => {
    const log = workflowLogs.parse({
      has_more: false,
      data: [
        {
          id: 'l',
          created_at: 5,
          workflow_run: { id: 'r', status: 'succeeded', total_tokens: 42, created_at: 5 },
          created_by_role: 'account',
          created_by_account: { id: 'acc' },
          created_by_end_user: null,
        },
      ],
    }).data[0]!;
    expect(runEvent(app, log)).toMatchObject({
      id: 'run:r',
      model: 'unknown',
      provider: 'unknown',
      total_tokens: 42,
      prompt_tokens: null,
      total_price: null,
      user: { kind: 'account', id: 'acc', session_id: null },
    });
    expect(
      runEvent(app, { ...log, workflow_run: { ...log.workflow_run, total_tokens: 0 } }),
    ).toBeUndefined();
  });
});

describe('concurrency primitives', () => {
  it('the limiter never lets more than its size run', async () => {
    const limiter = new Limiter(3);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setImmediate(r));
          running--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('the channel makes producers wait when full and delivers everything in order', async () => {
    const ch = new Channel<number>(2);
    let pushed = 0;
    const producer = (async () => {
      for (let i = 0; i < 10; i++) {
        await ch.push(i);
        pushed++;
      }
      ch.close();
    })();
    await new Promise((r) => setImmediate(r));
    expect(pushed).toBe(2);
    const got: number[] = [];
    for await (const n of ch) got.push(n);
    await producer;
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('the channel rethrows a producer error after the queued items', async () => {
    const ch = new Channel<number>(5);
    await ch.push(1);
    ch.close(new Error('boom'));
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const n of ch) got.push(n);
      })(),
    ).rejects.toThrow('boom');
    expect(got).toEqual([1]);
  });
});
