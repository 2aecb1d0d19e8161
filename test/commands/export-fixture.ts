import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { InvocationOf } from '../../src/cli.js';
import type { Config } from '../../src/config/config.js';
import { runExport, type ExportDeps } from '../../src/commands/export.js';
import { runResend } from '../../src/commands/resend.js';
import type { RunReport } from '../../src/context.js';
import type { UsageSession } from '../../src/dify/source.js';
import { nodeFs } from '../../src/spool/fs.js';
import type { Sleep } from '../../src/deliver/wait.js';
import { listSpool } from '../../src/spool/listing.js';
import { Spool } from '../../src/spool/store.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';
import { tempDir, testConfig, testContext, type TestContext } from './helpers.js';

export const exportInv = (over: Partial<InvocationOf<'export'>> = {}): InvocationOf<'export'> => ({
  command: 'export',
  globals: {},
  dryRun: false,
  resend: true,
  ...over,
});

export interface Harness {
  stateDir: string;
  receiver: ReceiverSim;
  ctx: TestContext;
  sleeps: number[];
  deps: (session: UsageSession, over?: Partial<ExportDeps>) => ExportDeps;
  exportWith: (
    session: UsageSession,
    over?: Partial<ExportDeps>,
    inv?: Partial<InvocationOf<'export'>>,
  ) => Promise<RunReport>;
  resend: (ids?: string[]) => Promise<RunReport>;
  /** A fresh context on the same state dir (a later run), with the clock moved on. */
  nextRun: (advanceMs?: number, config?: Partial<Config>) => void;
  spooled: () => ReturnType<typeof listSpool>;
  state: () => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

/**
 * A real temp STATE_DIR, a real receiver on loopback, a fake clock and a sleep that moves it.
 * A test that later spawns the CLI on the same STATE_DIR must pass `startAt: Date.now()`: the spawned
 * process runs on the real clock, and the two clocks must never be mixed (spool ages, due times).
 */
export async function harness(config: Partial<Config> = {}, startAt?: number): Promise<Harness> {
  const stateDir = await tempDir();
  const receiver = await startReceiverSim();
  const base = { stateDir, externalApiUrl: receiver.url, ...config };
  const h: Harness = {
    stateDir,
    receiver,
    ctx: testContext(testConfig(base), startAt),
    sleeps: [],
    deps: (session, over = {}) => {
      const sleep: Sleep = (ms, signal) => {
        h.sleeps.push(ms);
        h.ctx.advance(ms);
        return Promise.resolve(!signal.aborted);
      };
      return { fs: nodeFs, sleep, openUsageSession: () => Promise.resolve(session), ...over };
    },
    exportWith: (session, over, inv) => runExport(exportInv(inv), h.ctx, h.deps(session, over)),
    resend: (ids = []) =>
      runResend(
        { command: 'resend', globals: {}, ids, dryRun: false },
        h.ctx,
        h.deps({} as UsageSession),
      ),
    nextRun: (advanceMs = 3_600_000, more = {}) => {
      const now = h.ctx.clock.now() + advanceMs;
      h.ctx = testContext(testConfig({ ...base, ...more }), now);
    },
    spooled: () =>
      listSpool(new Spool({ stateDir, fs: nodeFs, clock: h.ctx.clock, random: h.ctx.random })),
    state: async () =>
      JSON.parse(await readFile(join(stateDir, 'state.json'), 'utf8')) as Record<string, unknown>,
    close: async () => {
      await receiver.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Event ids the receiver accepted (de-duplicated), sorted. */
export function acceptedIds(receiver: ReceiverSim): string[] {
  return [...receiver.uniqueEvents().values()].map((e) => (e as { id: string }).id).sort();
}
