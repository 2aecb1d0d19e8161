import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';
import { spawnCli, type CliResult } from '../commands/cli.js';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';

/**
 * Exporters as separate "hosts" (SPEC §10a): separate processes of the built CLI against one Dify
 * simulator and one receiver, with the lock (LOCK_URL) or state, spool and lock (STATE_URL) on a
 * real server. Shared by test/lock/hosts.e2e.test.ts and test/store/hosts.e2e.test.ts.
 */
export const SINCE = '2026-11-01T00:00:00Z';
const DATA = { from: Date.parse('2026-11-02T00:00:00Z'), to: Date.parse('2026-11-06T00:00:00Z') };

export interface Hosts {
  dify: DifySim;
  receiver: ReceiverSim;
  /** The events of the simulator's data: what the receiver must end up with. */
  expectedCount(): number;
  /** The environment every host shares, plus `over` (STATE_DIR, LOCK_URL or STATE_URL, …). */
  env(over: Record<string, string>): Record<string, string>;
  close(): Promise<void>;
}

export async function startHosts(): Promise<Hosts> {
  const receiver = await startReceiverSim();
  const dify = await startDifySim({
    data: {
      seed: 5,
      start: DATA.from,
      end: DATA.to,
      apps: [
        { mode: 'chat', conversations: 15 },
        { mode: 'workflow', runs: 30 },
      ],
    },
  });
  return {
    dify,
    receiver,
    expectedCount: () => dify.expectedEvents(DATA).length,
    env: (over) => ({
      DIFY_API_URL: dify.url,
      DIFY_EMAIL: dify.email,
      DIFY_PASSWORD: dify.password,
      EXTERNAL_API_URL: receiver.url,
      INITIAL_SINCE: SINCE,
      BATCH_SIZE: '10',
      RETRY_MAX_DELAY: '20ms',
      // Long enough that a loaded 2-core machine does not miss a renewal (every third of it).
      STATE_LOCK_TTL: '6s',
      LOG_LEVEL: 'debug',
      ...over,
    }),
    close: async () => {
      await Promise.all([dify.close(), receiver.close()]);
    },
  };
}

export interface Host {
  env: Record<string, string>;
  cwd: string;
}

/**
 * Each host runs `export` in a loop until `ms` have passed; every run exits 0 or 75 (the other
 * holds the lock); `afterOk` runs after each exit 0 (to read the watermark). All runs, in order of
 * end, each with the index of its host.
 */
export async function exportLoops(
  hosts: readonly Host[],
  ms: number,
  afterOk: () => Promise<void>,
): Promise<(CliResult & { host: number })[]> {
  const runs: (CliResult & { host: number })[] = [];
  const until = Date.now() + ms;
  await Promise.all(
    hosts.map(async (host, index) => {
      while (Date.now() < until) {
        const r = await spawnCli(['export'], host.env, host.cwd);
        runs.push({ ...r, host: index });
        expect([0, 75], r.stderr).toContain(r.code);
        if (r.code === 0) await afterOk();
      }
    }),
  );
  return runs;
}

function logTime(r: CliResult, msg: string): number | undefined {
  const time = r.logs.find((l) => l.msg === msg)?.time;
  return typeof time === 'string' ? Date.parse(time) : undefined;
}

/**
 * From the runs' debug logs: no run took the lock before the one before it began to release it. A
 * run is inside from 'lock taken' (logged once held) to 'releasing lock' (logged before the release
 * starts): 'lock released' comes after the lock is free, so another run's 'lock taken' may precede
 * it by a few milliseconds without any overlap.
 */
export function expectOneInsideAtATime(runs: readonly CliResult[]): void {
  const inside = runs
    .map((r) => ({ from: logTime(r, 'lock taken'), to: logTime(r, 'releasing lock'), r }))
    .filter(
      (i): i is { from: number; to: number; r: CliResult } =>
        i.from !== undefined && i.to !== undefined,
    )
    .sort((a, b) => a.from - b.from);
  expect(inside.length).toBeGreaterThanOrEqual(2);
  const locking = (r: CliResult) =>
    r.logs.filter((l) => /^lock /.test(String(l.msg))).map((l) => JSON.stringify(l));
  for (let i = 1; i < inside.length; i += 1) {
    const [before, after] = [inside[i - 1]!, inside[i]!];
    expect(
      after.from,
      [...locking(before.r), ...locking(after.r)].join('\n'),
    ).toBeGreaterThanOrEqual(before.to);
  }
}

/** Watermarks read one after another never go back. */
export function expectNeverBackwards(watermarks: readonly string[]): void {
  expect(watermarks.length).toBeGreaterThanOrEqual(1);
  const ms = watermarks.map((w) => Date.parse(w));
  for (let i = 1; i < ms.length; i += 1) expect(ms[i]).toBeGreaterThanOrEqual(ms[i - 1]!);
}

/**
 * Starts an export; `posting` resolves once the receiver has had a request (so the run holds the
 * lock), and fails if the run ends before that.
 */
export function holder(receiver: ReceiverSim, host: Host) {
  let child!: ChildProcess;
  const done = spawnCli(['export'], host.env, host.cwd, (c) => (child = c));
  let ended = false;
  void done.then(() => (ended = true));
  const posting = (async () => {
    while (receiver.requests.length === 0) {
      if (ended) throw new Error(`the holder ended before posting:\n${(await done).stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { done, posting, child: () => child };
}
