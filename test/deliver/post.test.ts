import { afterEach, describe, expect, it } from 'vitest';
import { postOnce } from '../../src/deliver/post.js';
import { idempotencyKeyOf } from '../../src/encode/batch.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';

let sim: ReceiverSim;
afterEach(async () => {
  await sim.close();
});

const body = '[{"id":"msg:1"}]';
const request = {
  body,
  contentType: 'application/cloudevents-batch+json',
  idempotencyKey: idempotencyKeyOf(body),
};
const target = (url: string, token?: string) => ({
  url,
  token,
  userAgent: 'dify-export/1.2.3',
  timeoutMs: 2000,
});

describe('one POST to the external API (SPEC §7)', () => {
  it('sends the body as is with content type, quoted idempotency key, bearer token and user agent', async () => {
    sim = await startReceiverSim();
    const result = await postOnce(
      target(sim.url, 'tok-123'),
      request,
      new AbortController().signal,
    );
    expect(result).toMatchObject({ kind: 'response', status: 200 });
    const [got] = sim.requests;
    expect(got!.method).toBe('POST');
    expect(got!.body.toString()).toBe(body);
    expect(got!.headers['content-type']).toBe('application/cloudevents-batch+json');
    expect(got!.headers['idempotency-key']).toMatch(/^"[0-9a-f]{64}"$/);
    expect(got!.headers.authorization).toBe('Bearer tok-123');
    expect(got!.headers['user-agent']).toBe('dify-export/1.2.3');
  });

  it('sends no Authorization header without a token', async () => {
    sim = await startReceiverSim();
    await postOnce(target(sim.url), request, new AbortController().signal);
    expect(sim.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('keeps the first 2 KiB of an error response and the Retry-After header', async () => {
    sim = await startReceiverSim();
    sim.script({ status: 429, headers: { 'retry-after': '7' }, body: 'x'.repeat(5000) });
    const result = await postOnce(target(sim.url), request, new AbortController().signal);
    expect(result).toMatchObject({ kind: 'response', status: 429, retryAfter: '7' });
    expect(result.kind === 'response' && result.text.length).toBe(2048);
  });

  it('a connection reset is a network error, not an exception', async () => {
    sim = await startReceiverSim();
    sim.script({ reset: true });
    const result = await postOnce(target(sim.url), request, new AbortController().signal);
    expect(result.kind).toBe('network');
  });

  it('a response slower than HTTP_TIMEOUT is a timeout', async () => {
    sim = await startReceiverSim();
    sim.script({ status: 200, delayMs: 1000 });
    const result = await postOnce(
      { ...target(sim.url), timeoutMs: 100 },
      request,
      new AbortController().signal,
    );
    expect(result).toEqual({ kind: 'network', error: 'timeout' });
  });

  it('a refused connection is a network error', async () => {
    sim = await startReceiverSim();
    const url = sim.url;
    await sim.close();
    sim = await startReceiverSim();
    const result = await postOnce(target(url), request, new AbortController().signal);
    expect(result).toEqual({ kind: 'network', error: 'ECONNREFUSED' });
  });

  it('an abort during the request is reported as aborted', async () => {
    sim = await startReceiverSim();
    sim.script({ status: 200, delayMs: 1000 });
    const abort = new AbortController();
    const pending = postOnce(target(sim.url), request, abort.signal);
    setTimeout(() => {
      abort.abort();
    }, 50);
    expect(await pending).toEqual({ kind: 'network', error: 'aborted' });
  });

  it('keeps the path and query of EXTERNAL_API_URL', async () => {
    sim = await startReceiverSim();
    await postOnce(target(`${sim.url}?tenant=a`), request, new AbortController().signal);
    expect(sim.requests[0]!.url).toBe('/events?tenant=a');
  });
});
