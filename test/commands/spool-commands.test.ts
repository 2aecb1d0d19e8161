import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpoolLs, runSpoolRequeue, runSpoolRm, runSpoolShow } from '../../src/commands/spool.js';
import { runStateShow } from '../../src/commands/state.js';
import { runResend } from '../../src/commands/resend.js';
import { harness, type Harness } from './export-fixture.js';
import { fakeSession, usageEvent } from './helpers.js';

const events = Array.from({ length: 25 }, (_, i) => usageEvent(i));
let h: Harness;
afterEach(async () => {
  await h.close();
});

/** Three queued batches (10 + 10 + 5 events) after a run against a receiver that is down. */
async function spooledRun(): Promise<string[]> {
  h = await harness();
  h.receiver.setFallback({ status: 503, body: 'down for maintenance' });
  await h.exportWith(fakeSession(events));
  h.receiver.setFallback({ status: 200 });
  h.nextRun(60_000);
  return (await h.spooled()).map((e) => e.id);
}

const stripped = (lines: string[]): string[] =>
  lines.map((l) =>
    l
      .replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '<id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '<time>')
      .replace(/\d+\.\d KiB/g, '<kib>')
      .replace(/ {2,}/g, ' | '),
  );

describe('spool ls', () => {
  it('prints a table and the footer', async () => {
    await spooledRun();
    await runSpoolLs({ command: 'spool ls', globals: {}, json: false }, h.ctx);
    expect(stripped(h.ctx.out)).toMatchInlineSnapshot(`
      [
        "ID | STATE | EVENTS | SIZE | CREATED | ATTEMPTS | NEXT ATTEMPT | LAST STATUS/ERROR",
        "<id> | queued | 10 | <kib> | <time> | 4 | <time> | 503 down for maintenance",
        "<id> | queued | 10 | <kib> | <time> | 4 | <time> | 503 down for maintenance",
        "<id> | queued | 5 | <kib> | <time> | 4 | <time> | 503 down for maintenance",
        "-- 3 batches, <kib>",
      ]
    `);
    const column = h.ctx.out[0]!.indexOf('STATE');
    for (const row of h.ctx.out.slice(1, -1)) expect(row.indexOf('queued')).toBe(column);
  });

  it('prints JSON Lines with the stable snake_case fields, and filters by state', async () => {
    await spooledRun();
    await runSpoolLs({ command: 'spool ls', globals: {}, json: true, state: 'queued' }, h.ctx);
    const rows = h.ctx.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'state',
      'event_count',
      'bytes',
      'created_at',
      'attempts',
      'next_attempt_at',
      'last_status',
      'last_error',
      'format',
      'window',
      'requeued_at',
    ]);
    expect(rows.reduce((n, r) => n + (r.event_count as number), 0)).toBe(25);
    h.ctx.out.length = 0;
    await runSpoolLs({ command: 'spool ls', globals: {}, json: true, state: 'rejected' }, h.ctx);
    expect(h.ctx.out).toEqual([]);
  });

  it('says so when the spool is empty (even before the first run)', async () => {
    h = await harness();
    await runSpoolLs({ command: 'spool ls', globals: {}, json: false }, h.ctx);
    expect(h.ctx.out).toEqual(['Spool is empty']);
  });
});

describe('spool show, rm, requeue', () => {
  it('show prints the metadata and each decoded event', async () => {
    const [id] = await spooledRun();
    await runSpoolShow({ command: 'spool show', globals: {}, id: id! }, h.ctx);
    expect(h.ctx.out[0]).toBe('state: queued');
    expect(h.ctx.out).toContain(`id: ${id!}`);
    const decoded = h.ctx.out
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { id: string });
    expect(decoded.map((e) => e.id)).toEqual(events.slice(0, 10).map((e) => e.id));
  });

  it('show of an unknown id is a usage error', async () => {
    await spooledRun();
    await expect(
      runSpoolShow({ command: 'spool show', globals: {}, id: '01JAAAAAAAAAAAAAAAAAAAAAAA' }, h.ctx),
    ).rejects.toMatchObject({ exitCode: 64 });
  });

  it('rm refuses without --yes when stdin is not a terminal (64)', async () => {
    const [id] = await spooledRun();
    await expect(
      runSpoolRm({ command: 'spool rm', globals: {}, ids: [id!], yes: false }, h.ctx),
    ).rejects.toMatchObject({ exitCode: 64 });
    expect(await h.spooled()).toHaveLength(3);
  });

  it('rm asks on a terminal and deletes only when confirmed', async () => {
    const [id] = await spooledRun();
    h.ctx.stdinIsTTY = true;
    const questions: string[] = [];
    h.ctx.confirm = (q) => {
      questions.push(q);
      return Promise.resolve(questions.length > 1);
    };
    await runSpoolRm({ command: 'spool rm', globals: {}, ids: [id!], yes: false }, h.ctx);
    expect(await h.spooled()).toHaveLength(3);
    await runSpoolRm({ command: 'spool rm', globals: {}, ids: [id!], yes: false }, h.ctx);
    expect(await h.spooled()).toHaveLength(2);
    expect(questions[0]).toMatch(/1 batch\(es\) with 10 events/);
  });

  it('rm --yes deletes without asking', async () => {
    const ids = await spooledRun();
    const report = await runSpoolRm({ command: 'spool rm', globals: {}, ids, yes: true }, h.ctx);
    expect(report.exitCode).toBe(0);
    expect(await h.spooled()).toEqual([]);
  });

  it('requeue moves a rejected batch back to queued, due now; the next export delivers it', async () => {
    h = await harness();
    h.receiver.setRule((req) =>
      req.body.toString().includes('"msg:000003"') ? { status: 422 } : undefined,
    );
    await h.exportWith(fakeSession(events));
    const [rejected] = await h.spooled();
    expect(rejected!.state).toBe('rejected');
    h.receiver.setRule(undefined);
    h.nextRun(60_000);
    await runSpoolRequeue({ command: 'spool requeue', globals: {}, ids: [rejected!.id] }, h.ctx);
    const [queued] = await h.spooled();
    expect(queued).toMatchObject({
      state: 'queued',
      next_attempt_at: new Date(h.ctx.clock.now()).toISOString(),
    });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(0);
    expect(await h.spooled()).toEqual([]);
  });

  it('requeue of a queued batch is refused', async () => {
    const [id] = await spooledRun();
    await expect(
      runSpoolRequeue({ command: 'spool requeue', globals: {}, ids: [id!] }, h.ctx),
    ).rejects.toMatchObject({ exitCode: 64 });
  });
});

describe('resend', () => {
  it('with ids sends only those, ignoring their backoff', async () => {
    const [a, b] = await spooledRun();
    const report = await h.resend([b!]);
    expect(report.exitCode).toBe(0);
    expect((await h.spooled()).map((e) => e.id)).not.toContain(b);
    expect((await h.spooled()).map((e) => e.id)).toContain(a);
  });

  it('an unknown id is reported (64) while the others are sent', async () => {
    const [a] = await spooledRun();
    const report = await h.resend([a!, '01JAAAAAAAAAAAAAAAAAAAAAAA']);
    expect(report.exitCode).toBe(64);
    expect((await h.spooled()).map((e) => e.id)).not.toContain(a);
  });

  it('--dry-run lists what would be sent and sends nothing', async () => {
    await spooledRun();
    const sent = h.receiver.requests.length;
    await runResend({ command: 'resend', globals: {}, ids: [], dryRun: true }, h.ctx);
    expect(h.ctx.out.at(-1)).toBe('-- 3 batches would be sent');
    expect(h.receiver.requests).toHaveLength(sent);
  });

  it('failures update the attempt counters', async () => {
    await spooledRun();
    h.receiver.setFallback({ status: 500 });
    const report = await h.resend();
    expect(report.exitCode).toBe(75);
    expect((await h.spooled()).every((e) => (e.attempts ?? 0) > 4 || e.attempts === 4)).toBe(true);
    expect((await h.spooled()).some((e) => e.last_status === 500)).toBe(true);
  });
});

describe('state show', () => {
  it('prints the watermark, the source and the last run', async () => {
    await spooledRun();
    await runStateShow({ command: 'state show', globals: {} }, h.ctx);
    expect(h.ctx.out).toContain('watermark: 2026-11-20T11:45:00.000Z');
    expect(h.ctx.out).toContain('workspace: ws-1');
    expect(h.ctx.out.find((l) => l.startsWith('last run events'))).toBe(
      'last run events: fetched 25, delivered 0, spooled 25, rejected 0',
    );
  });

  it('explains an empty state directory', async () => {
    h = await harness();
    await fsp.mkdir(join(h.stateDir, 'x'));
    await runStateShow({ command: 'state show', globals: {} }, h.ctx);
    expect(h.ctx.out[0]).toMatch(/^No state yet/);
  });
});
