import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextAttemptAfterFailure } from '../../src/spool/backoff.js';
import { nodeFs, type DurableFs } from '../../src/spool/fs.js';
import { metaFromHead, serialiseSpoolFile } from '../../src/spool/format.js';
import { listSpool } from '../../src/spool/listing.js';
import { Spool } from '../../src/spool/store.js';
import { tempDir } from '../commands/helpers.js';

const batch = {
  format: 'cloudevents' as const,
  contentType: 'application/cloudevents-batch+json',
  body: '[{"id":"msg:1","data":{"note":"a \\"quoted\\" ,\\"body\\": string"}}]',
  eventCount: 1,
  window: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
};

async function openSpool(fs: DurableFs = nodeFs, now = Date.parse('2026-11-20T12:00:00Z')) {
  const stateDir = await tempDir();
  const spool = new Spool({ stateDir, fs, clock: { now: () => now }, random: () => 0.5 });
  await spool.open();
  return { spool, stateDir };
}

describe('spool files (SPEC §9)', () => {
  it('creates every state directory 0700 and writes batches 0600 with the documented fields', async () => {
    const { spool, stateDir } = await openSpool();
    for (const d of ['', 'tmp', 'queued', 'held', 'rejected', 'corrupt', 'expired']) {
      expect((await fsp.stat(join(stateDir, 'spool', d))).mode & 0o777).toBe(0o700);
    }
    const file = spool.draft(batch, 'http://receiver.test/events?key=secret');
    await spool.write(file, 'queued');
    const path = spool.path('queued', file.id);
    expect((await fsp.stat(path)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await fsp.readFile(path, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(
      [
        'version',
        'id',
        'created_at',
        'format',
        'content_type',
        'target',
        'idempotency_key',
        'event_count',
        'window',
        'body',
        'body_sha256',
        'attempts',
        'last_attempt_at',
        'next_attempt_at',
        'last_status',
        'last_error',
      ].sort(),
    );
    expect(stored.version).toBe(1);
    expect(stored.body).toBe(batch.body);
    expect(JSON.stringify(stored)).not.toContain('secret');
    expect(file.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(await fsp.readdir(join(stateDir, 'spool', 'tmp'))).toEqual([]);
  });

  it('ids sort by creation: monotonic ULIDs even within one millisecond', async () => {
    const { spool } = await openSpool();
    const ids = Array.from({ length: 20 }, () => spool.draft(batch, 'u').id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(20);
  });

  it('reads back what it wrote and detects tampering, bad JSON, bad schema and unknown versions', async () => {
    const { spool } = await openSpool();
    const file = spool.draft(batch, 'u');
    await spool.write(file, 'queued');
    expect(await spool.read(file.id, 'queued')).toMatchObject({ ok: true, file });
    const path = spool.path('queued', file.id);
    const good = await fsp.readFile(path, 'utf8');
    const cases: [string, string][] = [
      [good.replace('msg:1', 'msg:2'), 'body checksum mismatch'],
      ['{ nope', 'not valid JSON'],
      [good.replace('"version":1', '"version":2').replace('msg:1', 'msg:2'), 'schema: version'],
      [good.replace(/"event_count":1/, '"event_count":-1'), 'schema: event_count'],
    ];
    for (const [text, reason] of cases) {
      await fsp.writeFile(path, text);
      const read = await spool.read(file.id, 'queued');
      expect(read.ok).toBe(false);
      expect(read.ok === false && read.reason).toContain(reason);
    }
    expect(await spool.read('01JAAAAAAAAAAAAAAAAAAAAAAA', 'queued')).toEqual({ ok: 'missing' });
  });

  it('a file of a newer format with a valid checksum is reported as newer, not as corrupt', async () => {
    const { spool } = await openSpool();
    const file = spool.draft(batch, 'u');
    await spool.write(file, 'queued');
    const path = spool.path('queued', file.id);
    const v2 = {
      ...(JSON.parse(await fsp.readFile(path, 'utf8')) as object),
      version: 2,
      extra: 1,
    };
    await fsp.writeFile(path, JSON.stringify(v2));
    expect(await spool.read(file.id, 'queued')).toEqual({ ok: 'newer', version: 2 });
  });

  it('moves between states without copies and removes', async () => {
    const { spool } = await openSpool();
    const file = spool.draft(batch, 'u');
    await spool.write(file, 'queued');
    await spool.move(file.id, 'queued', 'rejected');
    expect(await spool.ids('queued')).toEqual([]);
    expect(await spool.ids('rejected')).toEqual([file.id]);
    await spool.remove(file.id, 'rejected');
    expect(await spool.ids('rejected')).toEqual([]);
  });

  it('removes temp files older than an hour at start, keeps younger ones', async () => {
    const { spool, stateDir } = await openSpool();
    const tmp = join(stateDir, 'spool', 'tmp');
    await fsp.writeFile(join(tmp, 'old.tmp'), 'x');
    await fsp.writeFile(join(tmp, 'young.tmp'), 'x');
    const now = Date.now();
    // Both times set from the test's clock, never left to the kernel's (they may differ: faketime).
    await fsp.utimes(join(tmp, 'young.tmp'), new Date(now - 60_000), new Date(now - 60_000));
    await fsp.utimes(
      join(tmp, 'old.tmp'),
      new Date(now - 2 * 3_600_000),
      new Date(now - 2 * 3_600_000),
    );
    const again = new Spool({ stateDir, fs: nodeFs, clock: { now: () => now }, random: () => 0.5 });
    expect(await again.open()).toEqual({ staleTempRemoved: 1 });
    expect(await fsp.readdir(tmp)).toEqual(['young.tmp']);
    expect(spool.root).toBe(join(stateDir, 'spool'));
  });

  it.each(['ENOSPC', 'EIO', 'EROFS'])(
    'a write failing with %s is exit 74 and leaves no file behind',
    async (code) => {
      let fail = false;
      const fs: DurableFs = {
        ...fsp,
        open: ((path: string, flags?: string, mode?: number) =>
          fail && flags === 'wx'
            ? Promise.reject(Object.assign(new Error(code), { code }))
            : fsp.open(path, flags, mode)) as typeof fsp.open,
      };
      const { spool, stateDir } = await openSpool(fs);
      fail = true;
      await expect(spool.write(spool.draft(batch, 'u'), 'queued')).rejects.toMatchObject({
        exitCode: 74,
        code: 'SPOOL_IO',
      });
      expect(await fsp.readdir(join(stateDir, 'spool', 'queued'))).toEqual([]);
    },
  );

  it('a failing fsync is exit 74 too (never retried on the same descriptor)', async () => {
    const fs: DurableFs = {
      ...fsp,
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await fsp.open(path, flags, mode);
        if (flags === 'wx')
          handle.sync = () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }));
        return handle;
      }) as typeof fsp.open,
    };
    const { spool } = await openSpool(fs);
    await expect(spool.write(spool.draft(batch, 'u'), 'queued')).rejects.toMatchObject({
      exitCode: 74,
    });
  });

  it('a STATE_DIR that is a file is exit 73', async () => {
    const dir = await tempDir();
    await fsp.writeFile(join(dir, 'file'), 'x');
    const spool = new Spool({
      stateDir: join(dir, 'file'),
      fs: nodeFs,
      clock: { now: () => 0 },
      random: () => 0,
    });
    await expect(spool.open()).rejects.toMatchObject({ exitCode: 73, code: 'STATE_DIR' });
  });
});

describe('spool listing', () => {
  it('reads the metadata from the head of each file (the body comes last)', () => {
    const text = serialiseSpoolFile({
      version: 1,
      id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
      created_at: '2026-11-01T00:00:00.000Z',
      format: 'cloudevents',
      content_type: 'x',
      target: 'a'.repeat(64),
      idempotency_key: `"${'b'.repeat(64)}"`,
      event_count: 3,
      window: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' },
      body_sha256: 'c'.repeat(64),
      attempts: 2,
      last_attempt_at: null,
      next_attempt_at: '2026-11-01T00:00:00.000Z',
      last_status: 503,
      last_error: 'say ,"body": here',
      body: 'B'.repeat(100_000),
    });
    expect(text.indexOf('"body":"BBB')).toBeGreaterThan(text.indexOf('"last_error"'));
    expect(metaFromHead(text.slice(0, 2000))).toMatchObject({
      event_count: 3,
      attempts: 2,
      last_error: 'say ,"body": here',
    });
  });

  it('lists every state oldest first and tolerates unparsable files', async () => {
    const { spool, stateDir } = await openSpool();
    const a = spool.draft(batch, 'u');
    const b = spool.draft(batch, 'u');
    await spool.write(a, 'queued');
    await spool.write(b, 'rejected');
    await fsp.writeFile(
      join(stateDir, 'spool', 'queued', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ.json'),
      'garbage',
    );
    const all = await listSpool(spool);
    expect(all.map((e) => [e.id, e.state])).toEqual([
      [a.id, 'queued'],
      [b.id, 'rejected'],
      ['7ZZZZZZZZZZZZZZZZZZZZZZZZZ', 'queued'],
    ]);
    expect(all[2]).toMatchObject({ event_count: null, last_error: 'unreadable metadata' });
    expect(await listSpool(spool, 'rejected')).toHaveLength(1);
  });
});

describe('backoff across runs', () => {
  const now = 10 * 86_400_000;
  it.each([
    [0, 5 * 60_000],
    [20 * 60_000, 20 * 60_000],
    [5 * 3_600_000, 3_600_000],
  ])('a batch %i ms old waits about %i ms (± 10 %%)', (age, base) => {
    for (const r of [0, 0.5, 0.999999]) {
      const wait = nextAttemptAfterFailure(now, now - age, () => r) - now;
      expect(wait).toBeGreaterThanOrEqual(base * 0.9 - 1);
      expect(wait).toBeLessThanOrEqual(base * 1.1 + 1);
    }
    expect(nextAttemptAfterFailure(now, now - age, () => 0.5) - now).toBe(base);
  });
});
