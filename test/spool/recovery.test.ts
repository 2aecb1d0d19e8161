import * as fsp from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpoolLs, runSpoolRequeue } from '../../src/commands/spool.js';
import { nodeFs } from '../../src/spool/fs.js';
import { Spool } from '../../src/spool/store.js';
import { acceptedIds, harness, type Harness } from '../commands/export-fixture.js';
import { fakeSession, usageEvent } from '../commands/helpers.js';

const events = Array.from({ length: 25 }, (_, i) => usageEvent(i));
let h: Harness;
afterEach(async () => {
  await h.close();
});

const warnings = (): string[] =>
  h.ctx.logs.filter((l) => l.level === 'warn').map((l) => String(l.msg));
const spoolOf = (): Spool =>
  new Spool({ stateDir: h.stateDir, fs: nodeFs, clock: h.ctx.clock, random: h.ctx.random });

describe('spool requeue of an expired batch (SPEC §9)', () => {
  it('gives the batch a fresh age: the next export sends it instead of expiring it again', async () => {
    h = await harness({ spoolMaxAgeMs: 60_000 });
    h.receiver.setFallback({ status: 503 });
    expect((await h.exportWith(fakeSession(events))).exitCode).toBe(75);
    h.receiver.setFallback({ status: 200 });
    h.nextRun(120_000, { spoolMaxAgeMs: 60_000 });
    expect((await h.exportWith(fakeSession(events))).exitCode).toBe(69);
    const expired = await h.spooled();
    expect(expired.map((e) => e.state)).toEqual(['expired', 'expired', 'expired']);

    h.nextRun(1_000, { spoolMaxAgeMs: 60_000 });
    await runSpoolRequeue(
      { command: 'spool requeue', globals: {}, ids: expired.map((e) => e.id) },
      h.ctx,
    );
    const expires = new Date(h.ctx.clock.now() + 60_000).toISOString();
    expect(h.ctx.out[0]).toContain(`expires at ${expires} (in 1m, SPOOL_MAX_AGE)`);
    expect((await h.spooled())[0]).toMatchObject({
      state: 'queued',
      requeued_at: new Date(h.ctx.clock.now()).toISOString(),
    });

    h.nextRun(30_000, { spoolMaxAgeMs: 60_000 });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    expect(await h.spooled()).toEqual([]);
    expect(acceptedIds(h.receiver)).toEqual(events.map((e) => e.id).sort());
  });
});

describe('dead batches (SPEC §3, §9)', () => {
  it('rejected bytes do not count toward SPOOL_MAX_BYTES; later runs warn instead of failing', async () => {
    h = await harness({ spoolMaxBytes: 2_000 });
    h.receiver.setFallback({ status: 422, body: '{"error":"schema"}' });
    expect((await h.exportWith(fakeSession(events))).exitCode).toBe(65);
    h.receiver.setFallback({ status: 200 });
    const later = events.map((_, i) =>
      usageEvent(100 + i, {
        occurred_at: new Date(Date.parse('2026-11-20T11:50:00Z') + i * 60_000).toISOString(),
      }),
    );
    h.nextRun(3_600_000, { spoolMaxBytes: 2_000 });
    const report = await h.exportWith(fakeSession([...events, ...later]));
    expect(report.exitCode).toBe(0);
    expect(report.events?.delivered).toBe(25);
    expect(report.spoolBatches).toMatchObject({ rejected: 3, queued: 0 });
    expect(warnings()).toContain(
      'dead batches in the spool: they are not sent again until an operator acts',
    );
    expect(warnings()).not.toContain(
      'spool above SPOOL_MAX_BYTES: no new data is fetched this run',
    );
  });

  it('an expired batch sets 69 in the run that expires it, and not in the runs after', async () => {
    h = await harness({ spoolMaxAgeMs: 60_000 });
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events));
    h.receiver.setFallback({ status: 200 });
    h.nextRun(120_000, { spoolMaxAgeMs: 60_000 });
    expect((await h.exportWith(fakeSession(events))).exitCode).toBe(69);
    h.nextRun(120_000, { spoolMaxAgeMs: 60_000 });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    expect(report.spoolBatches).toMatchObject({ expired: 3 });
    expect(warnings()).toContain(
      'dead batches in the spool: they are not sent again until an operator acts',
    );
  });
});

describe('a spool file of a newer format (SPEC §9)', () => {
  it('is left in place and skipped, with a warning and exit 65; the others are sent', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events));
    h.receiver.setFallback({ status: 200 });
    const [first, ...rest] = await h.spooled();
    const path = spoolOf().path('queued', first!.id);
    const v2 = { ...(JSON.parse(await fsp.readFile(path, 'utf8')) as object), version: 2 };
    await fsp.writeFile(path, JSON.stringify(v2));

    h.nextRun();
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(65);
    expect(await h.spooled()).toMatchObject([{ id: first!.id, state: 'queued' }]);
    expect(JSON.parse(await fsp.readFile(path, 'utf8'))).toMatchObject({ version: 2 });
    expect(warnings()).toContain(
      'spool file written by a newer dify-export: left in place and skipped',
    );
    expect(acceptedIds(h.receiver)).toHaveLength(rest.reduce((n, e) => n + e.event_count!, 0));
    h.ctx.out.length = 0;
    await runSpoolLs({ command: 'spool ls', globals: {}, json: true }, h.ctx);
    expect(h.ctx.out[0]).toContain('written by a newer dify-export');
  });
});
