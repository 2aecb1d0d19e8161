import { configWith } from '../helpers/config.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config/config.js';
import type { RunContext } from '../../src/context.js';
import type { UsageOutcome, UsageSession, UsageWindow } from '../../src/dify/source.js';
import { createLogger } from '../../src/log.js';
import { Redactor } from '../../src/redact.js';
import type { UsageEvent } from '../../src/usage/event.js';

export async function tempDir(prefix = 'dify-export-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return configWith({
    difyApiUrl: 'http://127.0.0.1:1/',
    difyAuth: { mode: 'admin-key', token: 'dify-secret-token', workspaceId: 'ws-1' },
    externalApiToken: 'external-secret-token',
    batchSize: 10,
    httpTimeoutMs: 5000,
    logLevel: 'debug',
    secrets: ['dify-secret-token', 'external-secret-token'],
    ...overrides,
  });
}

export interface TestContext extends RunContext {
  out: string[];
  logs: Record<string, unknown>[];
  controller: AbortController;
  /** Moves the fake clock. */
  advance(ms: number): void;
}

/** A deterministic context: fake clock (starts at `now`), seeded random, captured stdout and logs. */
export function testContext(config: Config, now = Date.parse('2026-11-20T12:00:00Z')): TestContext {
  let time = now;
  let seed = 42;
  const out: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const redactor = new Redactor();
  for (const s of config.secrets) redactor.add(s);
  const controller = new AbortController();
  return {
    config,
    log: createLogger({
      level: 'debug',
      runId: 'test',
      cmd: 'test',
      redactor,
      write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
    }),
    redactor,
    clock: { now: () => time },
    random: () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    },
    signal: controller.signal,
    stdout: (line) => out.push(line),
    stdinIsTTY: false,
    confirm: () => Promise.resolve(false),
    version: '0.0.0-test',
    out,
    logs,
    controller,
    advance: (ms) => {
      time += ms;
    },
  };
}

const T0 = Date.parse('2026-11-01T00:00:00Z');

/** A usage event with a price, at `T0 + i` minutes unless told otherwise. */
export function usageEvent(i: number, overrides: Partial<UsageEvent> = {}): UsageEvent {
  return {
    id: `msg:${String(i).padStart(6, '0')}`,
    occurred_at: new Date(T0 + i * 60_000).toISOString(),
    workspace_id: 'ws-1',
    app_id: 'app-1',
    app_name: 'Support bot',
    app_mode: 'chat',
    user: { kind: 'end_user', id: `eu-${i % 3}`, session_id: `session-${i % 3}` },
    conversation_id: 'conv-1',
    message_id: `m-${i}`,
    workflow_run_id: null,
    node_id: null,
    node_type: null,
    provider: 'openai',
    provider_raw: 'langgenius/openai/openai',
    model: 'gpt-4o',
    prompt_tokens: 10 + i,
    completion_tokens: 5,
    total_tokens: 15 + i,
    total_price: '0.0000123',
    currency: 'USD',
    from_source: 'api',
    model_source: 'conversation',
    ...overrides,
  };
}

export interface FakeSessionOptions {
  workspaceId?: string;
  /** Overrides the outcome's safeUntil (default: the window end). */
  safeUntil?: (window: UsageWindow) => number;
  failedApps?: UsageOutcome['failedApps'];
  /** Called before each event is yielded (to abort mid-stream, for example). */
  onEvent?: (index: number) => void | Promise<void>;
  /** Thrown instead of ending the stream normally. */
  failWith?: Error;
}

/** A usage session over a fixed list of events, honouring the window like the real one. */
export function fakeSession(
  events: readonly UsageEvent[],
  options: FakeSessionOptions = {},
): UsageSession & { windows: UsageWindow[] } {
  const windows: UsageWindow[] = [];
  let last: UsageWindow | undefined;
  return {
    difyUrl: 'http://dify.test',
    workspaceId: options.workspaceId ?? 'ws-1',
    passwordEncoding: undefined,
    windows,
    async *items(window) {
      for await (const event of this.events(window))
        yield { kind: 'event' as const, event, parentAt: Date.parse(event.occurred_at) };
    },
    async *events(window) {
      windows.push(window);
      last = window;
      let i = 0;
      for (const e of events) {
        const t = Date.parse(e.occurred_at);
        if (t < window.from || t >= window.to) continue;
        await options.onEvent?.(i);
        i += 1;
        yield e;
      }
      if (options.failWith) throw options.failWith;
    },
    outcome() {
      const w = last ?? { from: 0, to: 0 };
      return {
        itemsFetched: events.length,
        safeUntil: options.safeUntil?.(w) ?? w.to,
        failedApps: options.failedApps ?? [],
        discovered: [],
        apps: { total: 1, done: 1 },
      };
    },
  };
}
