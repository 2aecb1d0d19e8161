import { describe, expect, it } from 'vitest';
import { exportScenario } from '../../bench/lib/export-scenario.js';
import { spoolLsScenario } from '../../bench/lib/spool-scenario.js';
import { storeScenario, type StoreMeasures } from '../../bench/lib/store-scenario.js';
import { correctness, targets, type Measured } from '../../bench/lib/targets.js';
import { havePostgres, startPostgres } from '../helpers/servers.js';

// The benchmark's own machinery at a small size. Only what is deterministic is asserted (request
// counts, event sets, exit codes): timings and memory belong to `npm run bench`.
describe('bench scenarios (small sizes)', () => {
  it('a mixed workspace export makes no more Dify requests than the API minimum and delivers exactly the expected events', async () => {
    const m = await exportScenario({ name: 'mixed', events: 1500, latencyMs: 0, concurrency: 4 });
    expect(m.exit_code).toBe(0);
    expect(m.events_expected).toBeGreaterThan(1400);
    expect(m.request_ratio).toBeLessThanOrEqual(1.02);
    expect(m).toMatchObject({ events_match: true, events_missing: 0, duplicates: 0 });
    expect(m.events_received).toBe(m.events_expected);
    expect(Object.keys(m.dify_requests.by_endpoint).sort()).toEqual(
      Object.keys(m.dify_minimum.by_endpoint).sort(),
    );
    expect(m.max_rss_bytes).toBeGreaterThan(0);
    expect(m.cli_cpu_ms).toBeGreaterThan(0);
  });

  it('long conversations cost one chat-messages request per 100 events', async () => {
    const m = await exportScenario({
      name: 'long',
      events: 2000,
      latencyMs: 0,
      concurrency: 4,
      data: 'long-chats',
    });
    expect(m.exit_code).toBe(0);
    expect(m.events_match).toBe(true);
    expect(m.dify_requests.by_endpoint['chat-messages']).toBe(20);
    expect(m.request_ratio).toBeLessThanOrEqual(1.02);
  });

  it('a spool filled by an export against a down receiver holds one batch per event and spool ls lists them all', async () => {
    const m = await spoolLsScenario(300, 1);
    expect(m.fill_exit_code).toBe(75);
    expect(m.spool_ls_exit_code).toBe(0);
    expect(m.batches_queued).toBeGreaterThan(250);
    expect(m.spool_ls_footer).toMatch(new RegExp(`^-- ${m.batches_queued} batches, `));
  });
});

// The store comparison at a small size: the fill spools one batch per event on each store, and the
// resend delivers every event exactly once and leaves the spool empty.
describe('bench store comparison (small size)', () => {
  const expectDrained = (m: StoreMeasures): void => {
    expect(m.fill_exit_code).toBe(75);
    expect(m.batches).toBeGreaterThan(120);
    expect(m.batches).toBe(m.events_expected);
    expect(m.spool_ls_exit_code).toBe(0);
    expect(m.spool_ls_footer).toMatch(new RegExp(`^-- ${m.batches} batches, `));
    expect(m.spool_ls_wall_ms).toHaveLength(2);
    expect(m.spool_bytes).toBeGreaterThan(m.batches * 500);
    expect(m.spool_disk_bytes).toBeGreaterThan(0);
    expect(m.resend_exit_code).toBe(0);
    expect(m.resend_requests).toBe(m.batches);
    expect(m.batches_left).toBe(0);
    expect(m).toMatchObject({ events_match: true, events_missing: 0, duplicates: 0 });
    expect(m.events_received).toBe(m.events_expected);
  };

  it('file store: filled by an export against a down receiver, drained by resend, every event once', async () => {
    const m = await storeScenario({
      store: { kind: 'file' },
      batches: 150,
      lsRuns: 2,
      latencyMs: 0,
    });
    expectDrained(m);
    expect(m).toMatchObject({ store: 'file', pg_settings: null, fill_wal_bytes: null });
  }, 60_000);

  it.skipIf(!havePostgres())(
    'PostgreSQL store (STATE_URL): the same, with the table size and the WAL of the fill',
    async () => {
      const server = await startPostgres({ fsync: true });
      try {
        const m = await storeScenario({
          store: { kind: 'postgres', url: server.url },
          batches: 150,
          lsRuns: 2,
          latencyMs: 0,
        });
        expectDrained(m);
        expect(m.store).toBe('postgres');
        expect(m.pg_settings).toEqual({ fsync: 'on', synchronous_commit: 'on' });
        expect(m.fill_wal_bytes).toBeGreaterThan(m.spool_bytes);
        // The table keeps its pages after the resend deleted the rows (until autovacuum reuses them).
        expect(m.spool_disk_bytes_after_resend).toBeGreaterThan(0);
      } finally {
        await server.stop();
      }
    },
    60_000,
  );
});

describe('bench verdicts', () => {
  const exp = {
    scenario: 'x',
    exit_code: 0,
    events_expected: 10,
    events_received: 10,
    events_missing: 0,
    events_unexpected: 0,
    duplicates: 0,
    events_match: true,
    dify_requests: { total: 100, by_endpoint: {} },
    dify_minimum: { total: 100, by_endpoint: {} },
    request_ratio: 1,
    dify_max_in_flight: 4,
    receiver_requests: 1,
    latency_ms: 20,
    concurrency: 4,
    wall_ms: 600,
    run_duration_ms: 550,
    max_rss_bytes: 100_000_000,
    events_per_s: 25_000,
    cli_cpu_ms: 400,
    events_per_cpu_s: 25,
    cli_cpu_ms_per_dify_request: 4,
  };
  const measured: Measured = {
    exports: [exp],
    latency: exp,
    small: exp,
    large: { ...exp, max_rss_bytes: 140_000_000 },
    spoolLs: {
      scenario: 'spool-ls',
      fill_exit_code: 75,
      fill_wall_ms: 1,
      batches_queued: 10_000,
      spool_ls_exit_code: 0,
      spool_ls_footer: '',
      spool_ls_wall_ms: [1000],
      spool_ls_median_ms: 1000,
    },
    startup: {
      scenario: 'startup',
      runs: 1,
      node_e0_ms: [40],
      version_ms: [120],
      node_e0_median_ms: 40,
      version_median_ms: 120,
      ratio: 3,
    },
  };

  it('computes each §14 ratio against its target; CPU per request is reported, not judged', () => {
    const t = targets(measured);
    expect(t.map((x) => [x.value, x.ok])).toEqual([
      [1, true],
      [1.2, true],
      [140, true],
      [1.4, false],
      [4, true],
      [25, true],
      [1000, true],
      [3, false],
    ]);
  });

  const store: StoreMeasures = {
    scenario: 'store-postgres',
    store: 'postgres',
    pg_settings: { fsync: 'on', synchronous_commit: 'on' },
    fill_exit_code: 75,
    fill_wall_ms: 1,
    fill_cli_cpu_ms: 1,
    batches: 10,
    spool_bytes: 10_000,
    spool_disk_bytes: 40_960,
    spool_disk_bytes_per_batch: 4096,
    fill_wal_bytes: 50_000,
    spool_ls_exit_code: 0,
    spool_ls_footer: '-- 10 batches, 10 events, 9.8 KiB',
    spool_ls_wall_ms: [300],
    spool_ls_median_ms: 300,
    receiver_latency_ms: 20,
    resend_exit_code: 0,
    resend_wall_ms: 500,
    resend_cli_cpu_ms: 200,
    resend_requests: 10,
    batches_per_s: 20,
    resend_overhead_ms_per_batch: 30,
    batches_left: 0,
    spool_disk_bytes_after_resend: 40_960,
    events_expected: 10,
    events_received: 10,
    events_missing: 0,
    events_unexpected: 0,
    duplicates: 0,
    events_match: true,
  };

  it('with only the store scenario (BENCH_ONLY=store), reports its rows and judges only them', () => {
    const only: Measured = { exports: [], stores: [store] };
    expect(targets(only).map((x) => [x.measure, x.value, x.ok])).toEqual([
      ['postgres store: spool ls with 10 batches (median ms)', 300, true],
      ['postgres store: resend batches/s at 20 ms receiver latency', 20, true],
      ['postgres store: spool on disk per batch (bytes, BATCH_SIZE=1)', 4096, true],
    ]);
    expect(correctness(only)).toEqual([]);
  });

  it('reports a store run that did not drain its spool or delivered an event twice', () => {
    const bad = {
      ...store,
      resend_exit_code: 75,
      batches_left: 3,
      events_match: false,
      duplicates: 1,
    };
    expect(correctness({ exports: [], stores: [bad] })).toEqual([
      'store-postgres: resend exited 75, expected 0',
      'store-postgres: 3 batches left after resend',
      'store-postgres: 0 missing, 0 unexpected, 1 duplicates',
    ]);
  });

  it('reports a scenario whose events differ or whose export failed', () => {
    expect(correctness(measured)).toEqual([]);
    const bad = { ...exp, scenario: 'bad', exit_code: 65, events_match: false, events_missing: 2 };
    expect(correctness({ ...measured, exports: [exp, bad] })).toEqual([
      'bad: export exited 65',
      'bad: 2 missing, 0 unexpected, 0 duplicates',
    ]);
  });
});
