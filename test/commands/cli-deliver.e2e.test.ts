import { afterEach, describe, expect, it } from 'vitest';
import { acceptedIds, harness, type Harness } from './export-fixture.js';
import { fakeSession, usageEvent } from './helpers.js';
import { spawnCli } from './cli.js';

// Spawned CLI against a real receiver and a spool written by an earlier (in-process) export run.
// Spawned CLIs run on the real clock, so the data and the in-process run's clock start from it too.
const STARTED = Date.now();
const events = Array.from({ length: 45 }, (_, i) =>
  usageEvent(i, { occurred_at: new Date(STARTED - 2 * 86_400_000 + i * 60_000).toISOString() }),
);
const TOKEN = 'e2e-external-token-value';
let h: Harness;
afterEach(async () => {
  await h.close();
});

async function receiverDownRun(): Promise<void> {
  h = await harness({}, Date.now());
  h.receiver.setFallback({ status: 503 });
  const report = await h.exportWith(fakeSession(events));
  expect(report.exitCode).toBe(75);
  h.receiver.setFallback({ status: 200 });
}

const env = (over: Record<string, string> = {}): Record<string, string> => ({
  STATE_DIR: h.stateDir,
  EXTERNAL_API_URL: h.receiver.url,
  EXTERNAL_API_TOKEN: TOKEN,
  LOG_LEVEL: 'debug',
  ...over,
});

describe('dify-export resend and spool (spawned CLI)', () => {
  it('spool ls --json accounts for every event; resend exits 0 with byte-identical bodies and keys', async () => {
    await receiverDownRun();
    const firstTries = new Map(
      h.receiver.requests.map((r) => [r.headers['idempotency-key'], r.body.toString()]),
    );
    const ls = await spawnCli(['spool', 'ls', '--json'], env(), h.stateDir);
    expect(ls.code).toBe(0);
    const rows = ls.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event_count: number; state: string });
    expect(rows.reduce((n, r) => n + r.event_count, 0)).toBe(45);
    const before = h.receiver.requests.length;
    const resend = await spawnCli(['resend'], env(), h.stateDir);
    expect(resend.code).toBe(0);
    expect(acceptedIds(h.receiver)).toEqual(events.map((e) => e.id).sort());
    const resent = h.receiver.requests.slice(before);
    expect(resent).toHaveLength(5);
    for (const r of resent) {
      const key = r.headers['idempotency-key'];
      if (firstTries.has(key)) expect(r.body.toString()).toBe(firstTries.get(key));
      expect(r.headers['user-agent']).toMatch(/^dify-export\/\d+\.\d+\.\d+/);
    }
    const empty = await spawnCli(['spool', 'ls'], env(), h.stateDir);
    expect(empty.stdout).toBe('Spool is empty\n');
    expect(resend.stderr + ls.stderr).not.toContain(TOKEN);
    expect(resend.logs.at(-1)).toMatchObject({
      msg: 'run finished',
      exit_code: 0,
      exit_name: 'OK',
    });
  });

  it('429 with Retry-After: 2 → the retry arrives no earlier than 2 s later', async () => {
    await receiverDownRun();
    const before = h.receiver.requests.length;
    h.receiver.script({ status: 429, headers: { 'retry-after': '2' } });
    const resend = await spawnCli(['resend'], env(), h.stateDir);
    expect(resend.code).toBe(0);
    const [first, second] = h.receiver.requests.slice(before);
    expect(first!.answer).toBe(429);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2000);
  });

  it('401 → exit 77 and nothing more is sent', async () => {
    await receiverDownRun();
    const before = h.receiver.requests.length;
    h.receiver.setFallback({ status: 401 });
    const resend = await spawnCli(['resend'], env(), h.stateDir);
    expect(resend.code).toBe(77);
    expect(h.receiver.requests.length - before).toBe(1);
    expect(resend.stderr).not.toContain(TOKEN);
  });

  it('404 → exit 69 and nothing more is sent', async () => {
    await receiverDownRun();
    const before = h.receiver.requests.length;
    h.receiver.setFallback({ status: 404 });
    const resend = await spawnCli(['resend'], env(), h.stateDir);
    expect(resend.code).toBe(69);
    expect(h.receiver.requests.length - before).toBe(1);
  });

  it('SIGTERM during a slow POST → exit 75 within grace + 2 s, the batch still spooled', async () => {
    await receiverDownRun();
    h.receiver.setFallback({ status: 200, delayMs: 20_000 });
    const before = h.receiver.requests.length;
    let sentAt = 0;
    const run = spawnCli(
      ['resend'],
      env({ GRACEFUL_SHUTDOWN_TIMEOUT: '1s' }),
      h.stateDir,
      (child) => {
        const poll = setInterval(() => {
          if (h.receiver.requests.length > before && sentAt === 0) {
            sentAt = Date.now();
            child.kill('SIGTERM');
            clearInterval(poll);
          }
        }, 10);
        child.on('exit', () => {
          clearInterval(poll);
        });
      },
    );
    const result = await run;
    expect(result.code).toBe(75);
    expect(Date.now() - sentAt).toBeLessThan(1000 + 2000);
    const spooled = await h.spooled();
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(45);
    expect(spooled.every((e) => e.state === 'queued')).toBe(true);
  });

  it('a second SIGTERM exits 75 at once, without waiting for the grace period; nothing is lost', async () => {
    await receiverDownRun();
    h.receiver.setFallback({ status: 200, delayMs: 20_000 });
    const before = h.receiver.requests.length;
    let secondAt = 0;
    const result = await spawnCli(
      ['resend'],
      env({ GRACEFUL_SHUTDOWN_TIMEOUT: '60s' }),
      h.stateDir,
      (child) => {
        const poll = setInterval(() => {
          if (h.receiver.requests.length > before && secondAt === 0) {
            clearInterval(poll);
            child.kill('SIGTERM');
            setTimeout(() => {
              secondAt = Date.now();
              child.kill('SIGTERM');
            }, 200);
          }
        }, 10);
        child.on('exit', () => {
          clearInterval(poll);
        });
      },
    );
    expect(result.code).toBe(75);
    // Well inside the 60 s grace period the first signal granted.
    expect(Date.now() - secondAt).toBeLessThan(5000);
    // The summary line still ends the run, with what was known at the second signal.
    expect(result.logs.at(-2)).toMatchObject({ level: 'error', exit_code: 75 });
    expect(result.logs.at(-1)).toMatchObject({
      msg: 'run finished',
      exit_code: 75,
      exit_name: 'TEMPFAIL',
      events: { fetched: 0, delivered: 0, spooled: 0, rejected: 0 },
    });
    // The batches were durable in the spool before they were sent: still all there.
    const spooled = await h.spooled();
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(45);
  });

  it('MAX_RUNTIME reached during a slow POST behaves like SIGTERM: exit 75, nothing lost', async () => {
    await receiverDownRun();
    h.receiver.setFallback({ status: 200, delayMs: 20_000 });
    const result = await spawnCli(
      ['resend'],
      env({ MAX_RUNTIME: '1s', GRACEFUL_SHUTDOWN_TIMEOUT: '1s' }),
      h.stateDir,
    );
    expect(result.code).toBe(75);
    expect(result.ms).toBeLessThan(1000 + 1000 + 2000);
    expect(result.stderr).toMatch(/MAX_RUNTIME/);
    const spooled = await h.spooled();
    expect(spooled.reduce((n, e) => n + (e.event_count ?? 0), 0)).toBe(45);
  });

  it('spool rm without --yes refuses when stdin is not a terminal (64)', async () => {
    await receiverDownRun();
    const [entry] = await h.spooled();
    const rm = await spawnCli(['spool', 'rm', entry!.id], env(), h.stateDir);
    expect(rm.code).toBe(64);
    expect(await h.spooled()).toHaveLength(5);
    const yes = await spawnCli(['spool', 'rm', '--yes', entry!.id], env(), h.stateDir);
    expect(yes.code).toBe(0);
    expect(await h.spooled()).toHaveLength(4);
  });

  it('state show prints the watermark without a lock', async () => {
    await receiverDownRun();
    const show = await spawnCli(['state', 'show'], env(), h.stateDir);
    expect(show.code).toBe(0);
    const watermark = (await h.state()).watermark as string;
    // The window ends SETTLE_DELAY (15 min) before the run's start; the run's clock started at STARTED.
    expect(Date.parse(watermark)).toBeGreaterThanOrEqual(STARTED - 15 * 60_000);
    expect(Date.parse(watermark)).toBeLessThan(STARTED);
    expect(show.stdout).toContain(`watermark: ${watermark}`);
  });
});
