import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import type { DurableFs } from '../../src/spool/fs.js';
import { exportInv, acceptedIds, harness, type Harness } from './export-fixture.js';
import { fakeSession, testConfig, testContext, usageEvent } from './helpers.js';

const events = Array.from({ length: 35 }, (_, i) => usageEvent(i));
const allIds = events.map((e) => e.id).sort();
let h: Harness;

afterEach(async () => {
  await h.close();
});

/** A file system whose writes into the spool's temp directory fail with `code`. */
function failingWrites(code: string): DurableFs {
  return {
    ...fsp,
    open: ((
      path: string,
      ...rest: Parameters<typeof fsp.open> extends [unknown, ...infer R] ? R : never
    ) => {
      if (path.includes(join('spool', 'tmp'))) {
        return Promise.reject(Object.assign(new Error(`simulated ${code}`), { code }));
      }
      return fsp.open(path, ...rest);
    }) as typeof fsp.open,
  };
}

describe('export under faults', () => {
  it('a spool write failure exits 74 and does not move the watermark', async () => {
    h = await harness();
    await h.exportWith(fakeSession(events.slice(0, 5)));
    const before = (await h.state()).watermark;
    h.receiver.setFallback({ status: 503 });
    h.nextRun();
    const report = h.exportWith(fakeSession(events), { fs: failingWrites('ENOSPC') });
    await expect(report).rejects.toMatchObject({ exit: 'IOERR', exitCode: 74 });
    expect((await h.state()).watermark).toBe(before);
    expect(await fsp.readdir(join(h.stateDir, 'spool', 'tmp'))).toEqual([]);
  });

  it('a file where the spool directory should be exits 73', async () => {
    h = await harness();
    await fsp.writeFile(join(h.stateDir, 'spool'), 'not a directory');
    await expect(h.exportWith(fakeSession(events))).rejects.toMatchObject({ exitCode: 73 });
  });

  it('a corrupt spool file is quarantined, the others are still sent, exit 65', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events.slice(0, 20)));
    const queued = await h.spooled();
    expect(queued).toHaveLength(2);
    const dir = join(h.stateDir, 'spool', 'queued');
    await fsp.writeFile(join(dir, '01JAAAAAAAAAAAAAAAAAAAAAAA.json'), '{"version":1, trunc');
    // A valid JSON file whose body was altered fails its checksum.
    const victim = join(dir, `${queued[1]!.id}.json`);
    await fsp.writeFile(
      victim,
      (await fsp.readFile(victim, 'utf8')).replace('msg:000019', 'msg:999999'),
    );
    h.receiver.setFallback({ status: 200 });
    h.nextRun(2 * 3_600_000);
    const report = await h.exportWith(fakeSession(events.slice(0, 20)), {}, { resend: true });
    expect(report.exitCode).toBe(65);
    const after = await h.spooled();
    expect(after.map((e) => e.state).sort()).toEqual(['corrupt', 'corrupt']);
    // The intact batch went through; the tampered one waits in corrupt for an operator.
    expect(acceptedIds(h.receiver)).toEqual(allIds.slice(0, 10));
    const reasons = h.ctx.logs
      .filter((l) => l.msg === 'spool file quarantined to corrupt')
      .map((l) => l.reason);
    expect(reasons.sort()).toEqual(['body checksum mismatch', 'not valid JSON']);
  });

  it('two exports at once: one exits 75 (lock held), nothing duplicated or lost', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 200, delayMs: 150 });
    const first = h.exportWith(fakeSession(events));
    await new Promise((r) => setTimeout(r, 50));
    const second = runExport(exportInv(), testContext(h.ctx.config), h.deps(fakeSession(events)));
    await expect(second).rejects.toMatchObject({
      exitCode: 75,
      message: expect.stringMatching(/another run holds the lock/) as unknown,
    });
    expect((await first).exitCode).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(allIds);
    expect(h.receiver.duplicates()).toBe(0);
    await expect(fsp.stat(join(h.stateDir, 'lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('the first signal during a slow POST: in-flight batches spooled, exit 75, watermark kept; the next run completes', async () => {
    h = await harness({ gracefulShutdownMs: 200 });
    h.receiver.setRule((_req, index) => {
      if (index === 0)
        setTimeout(() => {
          h.ctx.controller.abort(new Error('received SIGTERM'));
        }, 30);
      return index < 2 ? { status: 200, delayMs: 5000 } : undefined;
    });
    const report = await h.exportWith(fakeSession(events));
    expect(report.exitCode).toBe(75);
    expect(report.watermarkAfter).toBeNull();
    const spooled = await h.spooled();
    expect(spooled.length).toBeGreaterThanOrEqual(2);
    expect(spooled.every((e) => e.state === 'queued')).toBe(true);
    h.receiver.setRule(undefined);
    h.nextRun();
    const again = await h.exportWith(fakeSession(events));
    expect(again.exitCode).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(allIds);
    expect(await h.spooled()).toEqual([]);
  });

  it('a state of another workspace exits 78 with a hint', async () => {
    h = await harness();
    await h.exportWith(fakeSession(events.slice(0, 3)));
    h.nextRun();
    await expect(h.exportWith(fakeSession(events, { workspaceId: 'ws-2' }))).rejects.toMatchObject({
      exitCode: 78,
      hint: expect.stringMatching(/STATE_DIR/) as unknown,
    });
  });

  it('a state of another EXTERNAL_API_URL exits 78 before sending anything', async () => {
    h = await harness();
    await h.exportWith(fakeSession(events.slice(0, 3)));
    const sent = h.receiver.requests.length;
    h.nextRun(3_600_000, { externalApiUrl: `${h.receiver.url}/other` });
    await expect(h.exportWith(fakeSession(events))).rejects.toMatchObject({ exitCode: 78 });
    expect(h.receiver.requests).toHaveLength(sent);
  });

  it('a spool above SPOOL_MAX_BYTES fetches nothing new and exits 75', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events.slice(0, 5)));
    h.nextRun(60_000, { spoolMaxBytes: 100 });
    let opened = false;
    const report = await h.exportWith(fakeSession(events), {
      openUsageSession: () => {
        opened = true;
        return Promise.resolve(fakeSession(events));
      },
    });
    expect(report.exitCode).toBe(75);
    expect(opened).toBe(false);
  });

  it('a batch queued longer than SPOOL_MAX_AGE moves to expired (exit 69)', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 503 });
    await h.exportWith(fakeSession(events.slice(0, 5)));
    h.nextRun(8 * 86_400_000);
    h.receiver.setFallback({ status: 200 });
    const report = await h.exportWith(fakeSession([]));
    expect(report.exitCode).toBe(69);
    expect((await h.spooled()).map((e) => e.state)).toEqual(['expired']);
  });

  it('no secret reaches the spool files or the logs', async () => {
    h = await harness();
    h.receiver.setFallback({ status: 401 });
    await h.exportWith(fakeSession(events));
    const dir = join(h.stateDir, 'spool', 'queued');
    for (const name of await fsp.readdir(dir)) {
      expect(await fsp.readFile(join(dir, name), 'utf8')).not.toContain('external-secret-token');
    }
    expect(JSON.stringify(h.ctx.logs)).not.toContain('external-secret-token');
    expect(h.receiver.requests[0]!.headers.authorization).toBe('Bearer external-secret-token');
    expect(testConfig().secrets).toContain('external-secret-token');
  });
});
