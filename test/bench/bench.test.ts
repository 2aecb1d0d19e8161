import { describe, expect, it } from 'vitest';
import { exportScenario } from '../../bench/lib/export-scenario.js';
import { spoolLsScenario } from '../../bench/lib/spool-scenario.js';
import { correctness, targets, type Measured } from '../../bench/lib/targets.js';

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

  it('reports a scenario whose events differ or whose export failed', () => {
    expect(correctness(measured)).toEqual([]);
    const bad = { ...exp, scenario: 'bad', exit_code: 65, events_match: false, events_missing: 2 };
    expect(correctness({ ...measured, exports: [exp, bad] })).toEqual([
      'bad: export exited 65',
      'bad: 2 missing, 0 unexpected, 0 duplicates',
    ]);
  });
});
