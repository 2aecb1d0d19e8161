import { afterEach, describe, expect, it } from 'vitest';
import { DifyExportError } from '../../src/errors.js';
import { fakeSession, usageEvent } from './helpers.js';
import { acceptedIds, harness, type Harness } from './export-fixture.js';

const events = Array.from({ length: 35 }, (_, i) => usageEvent(i));
const allIds = events.map((e) => e.id).sort();
let h: Harness;

afterEach(async () => {
  await h.close();
});

describe('export (in process, real receiver and spool)', () => {
  it('delivers every event in batches of BATCH_SIZE and advances the watermark to the window end', async () => {
    h = await harness();
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    expect(report.events).toEqual({ fetched: 35, delivered: 35, spooled: 0, rejected: 0 });
    expect(h.receiver.requests).toHaveLength(4);
    expect(acceptedIds(h.receiver)).toEqual(allIds);
    expect(h.receiver.duplicates()).toBe(0);
    expect(report.watermarkAfter).toBe('2026-11-20T11:45:00.000Z');
    expect((await h.state()).watermark).toBe('2026-11-20T11:45:00.000Z');
    expect(await h.spooled()).toEqual([]);
  });

  it('receiver down: exits 75, the spool accounts for every event, the watermark still advances', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(75);
    const spooled = await h.spooled();
    expect(spooled.every((e) => e.state === 'queued')).toBe(true);
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(35);
    expect(h.receiver.requests.length % 4).toBe(0);
    expect(report.spoolBatches).toEqual({
      queued: 4,
      held: 0,
      rejected: 0,
      corrupt: 0,
      expired: 0,
    });
    expect(report.spoolDepth).toBe(4);
    expect(spooled.filter((e) => e.attempts === 4).length).toBe(h.receiver.requests.length / 4);
    expect(report.watermarkAfter).toBe('2026-11-20T11:45:00.000Z');
  });

  it('receiver back: resend exits 0 with the same bodies and keys, and nothing is counted twice', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events));
    const firstTries = new Map(
      h.receiver.requests.map((r) => [r.headers['idempotency-key'], r.body.toString()]),
    );
    h.receiver.setFallback({ status: 200 });
    h.nextRun();
    const report = await h.resend();
    expect(report.exitCode).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(allIds);
    expect(await h.spooled()).toEqual([]);
    for (const r of h.receiver.requests.filter((r) => r.answer === 200)) {
      const key = r.headers['idempotency-key'];
      if (firstTries.has(key)) expect(r.body.toString()).toBe(firstTries.get(key));
      expect(key).toMatch(/^"[0-9a-f]{64}"$/);
    }
  });

  it('three batches in a row failing open the circuit: the rest is spooled untried', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 500 });
    const many = Array.from({ length: 100 }, (_, i) => usageEvent(i));
    const report = await h.exportWith(fakeSession(many));
    expect(report.exitCode).toBe(75);
    const spooled = await h.spooled();
    expect(spooled).toHaveLength(10);
    // Two POSTs are in flight at once, so at most four batches are tried before the circuit opens.
    expect(h.receiver.requests.length).toBeLessThanOrEqual(16);
    expect(spooled.filter((e) => e.attempts === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('a later export resends only due batches, then exports the new window', async () => {
    h = await harness();
    let failing = true;
    h.receiver.setRule((req) =>
      failing && req.body.toString().includes('"msg:000012"') ? { status: 503 } : undefined,
    );
    const first = await h.exportWith(fakeSession(events));
    expect(first.exitCode).toBe(75);
    expect((await h.spooled()).map((e) => e.attempts)).toEqual([4]);
    h.nextRun(60_000);
    const notDue = await h.exportWith(fakeSession(events));
    expect(notDue.exitCode).toBe(75);
    expect(await h.spooled()).toHaveLength(1);
    failing = false;
    h.nextRun(3_600_000);
    const due = await h.exportWith(fakeSession(events));
    expect(due.exitCode).toBe(0);
    expect(await h.spooled()).toEqual([]);
    expect(acceptedIds(h.receiver)).toEqual(allIds);
  });

  it('400 on one batch: that batch is rejected with status and response, the rest delivered, exit 65', async () => {
    h = await harness();
    h.receiver.setRule((req) =>
      req.body.toString().includes('"msg:000012"')
        ? { status: 400, body: '{"error":"bad event"}' }
        : undefined,
    );
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(65);
    const spooled = await h.spooled();
    expect(spooled).toHaveLength(1);
    expect(spooled[0]).toMatchObject({
      state: 'rejected',
      last_status: 400,
      last_error: '{"error":"bad event"}',
      attempts: 1,
    });
    expect(acceptedIds(h.receiver)).toHaveLength(25);
    expect(report.events).toMatchObject({ delivered: 25, rejected: 10 });
  });

  it('401: exit 77 and nothing more is sent this run', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 401 });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(77);
    expect(h.receiver.requests.length).toBeLessThanOrEqual(2);
    const spooled = await h.spooled();
    expect(spooled.every((e) => e.state === 'queued')).toBe(true);
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(35);
  });

  it('404: exit 69, batches kept queued', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 404 });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(69);
    expect((await h.spooled()).reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(35);
  });

  it('429 with Retry-After: the retry waits at least that long', async () => {
    h = await harness();
    h.receiver.script({ status: 429, headers: { 'retry-after': '2' } });
    const report = await h.exportWith(fakeSession(events.slice(0, 5)));
    expect(report.exitCode).toBe(0);
    expect(h.sleeps[0]).toBeGreaterThanOrEqual(2000);
  });

  it('a Retry-After beyond MAX_RETRY_AFTER spools the batch due no earlier than asked', async () => {
    h = await harness({ maxRetryAfterMs: 60_000 });
    h.receiver.script({ status: 503, headers: { 'retry-after': '600' } });
    const start = h.ctx.clock.now();
    const report = await h.exportWith(fakeSession(events.slice(0, 5)));
    expect(report.exitCode).toBe(75);
    const [entry] = await h.spooled();
    expect(Date.parse(entry!.next_attempt_at!)).toBe(start + 600_000);
    expect(h.receiver.requests).toHaveLength(1);
  });

  it.each([
    ['delay-seconds', '9999999999999'],
    ['an HTTP-date centuries ahead', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])(
    'a huge Retry-After (%s) is no crash: exit 75, the batch spooled due SPOOL_MAX_AGE from now',
    async (_what, value) => {
      h = await harness({ spoolMaxAgeMs: 86_400_000 });
      h.receiver.setFallback({ status: 503, headers: { 'retry-after': value } });
      const start = h.ctx.clock.now();
      const report = await h.exportWith(fakeSession(events.slice(0, 5)));
      expect(report.exitCode).toBe(75);
      const [entry] = await h.spooled();
      expect(entry!.state).toBe('queued');
      expect(Date.parse(entry!.next_attempt_at!)).toBe(start + 86_400_000);
      expect(h.receiver.requests).toHaveLength(1);
    },
  );

  it('a redirect: exit 69, nothing retried or followed, every batch kept, the Location scrubbed in the hint', async () => {
    h = await harness();
    h.receiver.setFallback({
      status: 308,
      headers: {
        location: 'https://admin:S3cret-pw@meter.example.com/v2/events?api_key=QK-S3cret',
      },
    });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(69);
    // At most the batches already in flight (two) were sent, each once.
    const keys = h.receiver.requests.map((r) => r.headers['idempotency-key']);
    expect(keys.length).toBeLessThanOrEqual(2);
    expect(new Set(keys).size).toBe(keys.length);
    const spooled = await h.spooled();
    expect(spooled.every((e) => e.state === 'queued')).toBe(true);
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(35);
    const line = h.ctx.logs.find(
      (l) => l.msg === 'external API redirected the POST: nothing more is sent this run',
    );
    expect(line?.hint).toContain('https://meter.example.com/v2/events');
    const printed = JSON.stringify(h.ctx.logs) + JSON.stringify(spooled);
    expect(printed).not.toContain('S3cret');
  });

  it('a Dify failure mid-stream keeps the watermark; full batches already cut are still delivered', async () => {
    h = await harness();
    const failure = new DifyExportError('DIFY_DOWN', 'UNAVAILABLE', 'Dify unreachable');
    const report = await h.exportWith(fakeSession(events, { failWith: failure }));
    expect(report.exitCode).toBe(69);
    expect(report.watermarkAfter).toBeNull();
    expect(acceptedIds(h.receiver)).toEqual(allIds.slice(0, 30));
  });

  it('an app that failed validation: exit 65 and the watermark stops where the source says', async () => {
    h = await harness();
    const report = await h.exportWith(
      fakeSession(events, {
        failedApps: [{ appId: 'app-2', reason: 'bad field' }],
        safeUntil: (w) => w.from,
      }),
    );
    expect(report.exitCode).toBe(65);
    expect(report.watermarkAfter).toBe(
      report.watermarkBefore === null ? '2026-10-21T12:00:00.000Z' : report.watermarkBefore,
    );
  });
});
