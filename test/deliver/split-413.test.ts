import { decodeTime } from 'ulid';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/spool/fs.js';
import { Spool } from '../../src/spool/store.js';
import type { ReceivedRequest } from '../sim/receiver/receiver.js';
import { acceptedIds, harness, type Harness } from '../commands/export-fixture.js';
import { fakeSession, usageEvent } from '../commands/helpers.js';

const events = Array.from({ length: 25 }, (_, i) => usageEvent(i));
const ids = events.map((e) => e.id).sort();
let h: Harness;
afterEach(async () => {
  await h.close();
});

/** A receiver that answers 413 to any body above `max` bytes. */
const limit = (max: number) => (req: ReceivedRequest) =>
  req.body.length > max ? { status: 413, body: '{"error":"too large"}' } : undefined;

describe('413 Payload Too Large (SPEC §8)', () => {
  it('splits a batch recursively until the receiver takes it: every event once, exit 0', async () => {
    h = await harness();
    h.receiver.setRule(limit(1_500));
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(ids);
    expect(h.receiver.duplicates()).toBe(0);
    expect(await h.spooled()).toEqual([]);
    const accepted = h.receiver.requests.filter((r) => r.answer === 200);
    expect(Math.max(...accepted.map((r) => r.body.length))).toBeLessThanOrEqual(1_500);
    expect(new Set(accepted.map((r) => r.headers['idempotency-key'])).size).toBe(accepted.length);
  });

  it('only a single event refused with 413 is rejected (exit 65)', async () => {
    h = await harness();
    h.receiver.setRule((req) =>
      req.body.toString().includes('"msg:000007"')
        ? { status: 413 }
        : req.body.length > 1_500
          ? { status: 413 }
          : undefined,
    );
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(65);
    const spooled = await h.spooled();
    expect(spooled).toMatchObject([{ state: 'rejected', event_count: 1, last_status: 413 }]);
    expect(acceptedIds(h.receiver)).toEqual(ids.filter((id) => id !== 'msg:000007'));
  });

  it('a spooled batch split on resend leaves valid spool files that keep its age', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events));
    const before = await h.spooled();
    expect(before).toHaveLength(3);
    // The receiver now takes small bodies only, and is down again after a few requests.
    let n = 0;
    h.receiver.setFallback({ status: 200 });
    h.receiver.setRule((req) => {
      n += 1;
      return n > 4 ? { status: 503 } : limit(1_500)(req);
    });
    h.nextRun();
    await h.exportWith(fakeSession(events), {}, { resend: true });
    const parts = await h.spooled();
    expect(parts.length).toBeGreaterThan(0);
    const spool = new Spool({
      stateDir: h.stateDir,
      fs: nodeFs,
      clock: h.ctx.clock,
      random: h.ctx.random,
    });
    for (const p of parts) {
      const read = await spool.read(p.id, p.state);
      expect(read.ok).toBe(true);
      expect(before.map((b) => b.created_at)).toContain(p.created_at);
      expect(decodeTime(p.id)).toBe(Date.parse(p.created_at!));
    }
    h.receiver.setRule(limit(1_500));
    h.nextRun();
    expect((await h.resend()).exitCode).toBe(0);
    expect(await h.spooled()).toEqual([]);
    expect(acceptedIds(h.receiver)).toEqual(ids);
  });

  it('resend <id> of a batch split in parts: 75 while a part is left queued, 0 once all are in', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events.slice(0, 10)));
    const [batch] = await h.spooled();
    // Halves of 5 events fit; the second half meets a receiver that is down.
    h.receiver.setRule((req) =>
      req.body.length > 4_000
        ? { status: 413 }
        : req.body.toString().includes('"msg:000009"')
          ? { status: 503 }
          : { status: 200 },
    );
    h.nextRun();
    expect((await h.resend([batch!.id])).exitCode).toBe(75);
    expect(await h.spooled()).toMatchObject([{ state: 'queued', event_count: 5 }]);
    h.receiver.setRule(undefined);
    h.receiver.setFallback({ status: 200 });
    h.nextRun();
    expect((await h.resend()).exitCode).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(ids.slice(0, 10));
  });
});
