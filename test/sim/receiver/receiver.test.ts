import { afterEach, describe, expect, it } from 'vitest';
import { startReceiverSim, type ReceiverSim } from './receiver.js';

let sim: ReceiverSim;
afterEach(async () => {
  await sim.close();
});

const post = (url: string, body: unknown): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

describe('receiver simulator', () => {
  it('records every request and de-duplicates accepted CloudEvents on (source, id)', async () => {
    sim = await startReceiverSim();
    const a = { source: 's1', id: 'msg:1' };
    await post(sim.url, [a, { source: 's1', id: 'msg:2' }]);
    await post(sim.url, [a, { source: 's2', id: 'msg:1' }]);
    expect(sim.requests).toHaveLength(2);
    expect(sim.requests[0]!.body.toString()).toContain('msg:2');
    expect(sim.uniqueEvents().size).toBe(3);
    expect(sim.duplicates()).toBe(1);
  });

  it('de-duplicates api-meter records on source_event_id (the last one wins)', async () => {
    sim = await startReceiverSim();
    const rec = (n: number) => ({
      metadata: { source_event_id: 'dify-2026-11-01-abc' },
      request_count: n,
    });
    await post(sim.url, { records: [rec(1)] });
    await post(sim.url, { records: [rec(2)] });
    expect([...sim.uniqueEvents().values()]).toEqual([rec(2)]);
  });

  it('answers the scripted statuses in order, then the fallback; failures count nothing', async () => {
    sim = await startReceiverSim();
    sim.failFirst(2, 503);
    sim.script({ status: 429, headers: { 'retry-after': '3' } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const r = await post(sim.url, [{ source: 's', id: String(i) }]);
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses).toEqual([503, 503, 429, 200]);
    expect(retryAfter).toBe('3');
    expect(sim.uniqueEvents().size).toBe(1);
  });

  it('a rule decides per request; resets drop the connection; delays hold the answer', async () => {
    sim = await startReceiverSim();
    sim.setRule((req, index) =>
      index === 0
        ? { reset: true }
        : req.body.toString().includes('slow')
          ? { status: 201, delayMs: 150 }
          : undefined,
    );
    await expect(post(sim.url, ['x'])).rejects.toThrow();
    const started = Date.now();
    expect((await post(sim.url, ['slow'])).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(sim.requests.map((r) => r.answer)).toEqual(['reset', 201]);
  });
});
