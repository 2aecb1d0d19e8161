import { configWith } from '../helpers/config.js';
import type { Config } from '../../src/config/config.js';
import type { RunContext } from '../../src/context.js';
import { createLogger } from '../../src/log.js';
import { Redactor } from '../../src/redact.js';
import type { UsageEvent } from '../../src/usage/event.js';
import type { DifySim } from '../sim/dify/index.js';

/** A fixed "now" after the simulated data, shared by the exporter and the simulator. */
export const NOW = Date.parse('2026-11-20T12:00:00Z');
export const DATA = {
  start: Date.parse('2026-11-01T00:00:00Z'),
  end: Date.parse('2026-11-11T00:00:00Z'),
};

export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simConfig(sim: DifySim, overrides: Partial<Config> = {}): Config {
  return configWith({
    difyApiUrl: sim.url,
    difyAuth: { mode: 'password', email: sim.email, password: sim.password },
    httpTimeoutMs: 5000,
    retryMaxDelayMs: 20,
    logLevel: 'debug',
    secrets: [sim.password],
    ...overrides,
  });
}

export interface TestRun {
  ctx: RunContext;
  stdout: string[];
  logLines: string[];
  logs: () => Record<string, unknown>[];
}

export function testContext(config: Config, signal = new AbortController().signal): TestRun {
  const redactor = new Redactor();
  for (const s of config.secrets) redactor.add(s);
  const stdout: string[] = [];
  const logLines: string[] = [];
  const log = createLogger({
    level: config.logLevel,
    runId: 'test',
    cmd: 'export',
    redactor,
    write: (l) => logLines.push(l),
  });
  const ctx: RunContext = {
    config,
    log,
    redactor,
    clock: { now: () => NOW },
    random: seededRandom(),
    signal,
    stdout: (line) => stdout.push(line),
    stdinIsTTY: false,
    confirm: () => Promise.resolve(false),
    version: '0.0.0-test',
  };
  return {
    ctx,
    stdout,
    logLines,
    logs: () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function sorted(events: Iterable<UsageEvent>): UsageEvent[] {
  return [...events].sort(byId);
}

import type { InvocationOf } from '../../src/cli.js';
import { cloudEventSource, toCloudEvent } from '../../src/encode/cloudevents.js';

export function dryRunInvocation(window: { from: number; to: number }): InvocationOf<'export'> {
  return {
    command: 'export',
    globals: {},
    since: { kind: 'instant', ms: window.from },
    until: { kind: 'instant', ms: window.to },
    dryRun: true,
    resend: true,
  };
}

/** The CloudEvent lines the dry run must print for the simulator's expected events, sorted by id. */
export function expectedCloudEvents(
  sim: DifySim,
  window: { from: number; to: number },
): Record<string, unknown>[] {
  const source = cloudEventSource({ difyApiUrl: sim.url, workspaceId: sim.workspaceId });
  return sorted(sim.expectedEvents(window)).map((e) => toCloudEvent(e, source));
}

export function printedCloudEvents(stdout: readonly string[]): Record<string, unknown>[] {
  return stdout.map((l) => JSON.parse(l) as Record<string, unknown> & { id: string }).sort(byId);
}
