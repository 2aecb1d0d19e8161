import type { UsageEvent } from '../../../src/usage/event.js';
import type { SimAuthOptions } from './auth.js';
import { Dataset, type DatasetSpec } from './dataset.js';
import {
  expectedEvents,
  expectedItems,
  expectedPending,
  expectedSafeUntil,
  runEvents,
  type Window,
} from './expected.js';
import type { UsageEvent as Event } from '../../../src/usage/event.js';
import type { Faults } from './faults.js';
import { minimumRequests, type MinimumRequests } from './minimum.js';
import { DifySimServer, type SimStats } from './server.js';
import { difyProfile, type DifyProfile, type DifyVersion } from './profiles.js';

export type { DatasetSpec, SimAppSpec, AppMode } from './dataset.js';
export type { Faults } from './faults.js';
export type { SimAuthOptions } from './auth.js';
export type { Window } from './expected.js';
export { DIFY_VERSIONS, NEWEST_DIFY, difyProfile } from './profiles.js';
export type { DifyProfile, DifyVersion } from './profiles.js';

export interface DifySimOptions {
  data: DatasetSpec;
  /** The Dify behaviour era to reproduce (default: the newest). */
  difyVersion?: DifyVersion;
  /** Overrides the era's auth behaviour (login mode, password encoding, error shapes). */
  auth?: SimAuthOptions;
  /** The account timezone reported by `account/profile` and used to read `start`/`end` (default UTC). */
  timezone?: string;
  faults?: Faults;
  /** The simulator's clock (for rows inserted "now"); Date.now by default. */
  now?: () => number;
  /** Keep a log of every request (default true; turn off for very large runs). */
  recordLog?: boolean;
}

/** Exporter settings that change what it reads and sends. */
export interface ExporterOptions {
  modelSource?: 'app' | 'conversation';
  exported?: ReadonlySet<string>;
}

function exporter(o: ExporterOptions | ReadonlySet<string> | undefined): ExporterOptions {
  if (o === undefined) return {};
  return o instanceof Set ? { exported: o as ReadonlySet<string> } : (o as ExporterOptions);
}

export interface DifySim {
  /** Base URL, i.e. what DIFY_API_URL should be. */
  url: string;
  profile: DifyProfile;
  dataset: Dataset;
  workspaceId: string;
  apps: { id: string; name: string; mode: string }[];
  email: string;
  password: string;
  stats: SimStats;
  /** Mutable: change fault switches between or during runs. */
  faults: Faults;
  /** Token values the simulator handed out (none may ever appear in our output). */
  issuedTokens: readonly string[];
  /**
   * What the exporter was told: DIFY_MODEL_SOURCE (`modelSource`, default `app`) and the app ids it
   * reads (`exported`, DIFY_APPS / DIFY_EXCLUDE_APPS; default all), or just that set of ids.
   */
  expectedEvents(window: Window, options?: ExporterOptions | ReadonlySet<string>): UsageEvent[];
  expectedEventStream(
    window: Window,
    options?: ExporterOptions | ReadonlySet<string>,
  ): Iterable<UsageEvent>;
  expectedSafeUntil(window: Window): number;
  /** Events with their parent's `created_at` (ms), which decides the api-meter day. */
  expectedItems(
    window: Window,
    options?: ExporterOptions | ReadonlySet<string>,
  ): { event: Event; parentAt: number }[];
  /** Run ids listed in the window but not final (pending items). */
  expectedPending(window: Window): string[];
  /** The events of workflow run `r` of app `appIndex`, whatever its window. */
  runEvents(appIndex: number, r: number): Event[];
  minimumRequests(window: Window, options?: ExporterOptions | ReadonlySet<string>): MinimumRequests;
  resetStats(): void;
  close(): Promise<void>;
}

/** Starts a Dify console simulator on 127.0.0.1 with an ephemeral port. */
export async function startDifySim(options: DifySimOptions): Promise<DifySim> {
  const profile = difyProfile(options.difyVersion);
  const ds = new Dataset(options.data, profile);
  const auth: SimAuthOptions = {
    mode: profile.legacyLogin ? 'legacy' : 'cookie',
    passwordBase64: profile.passwordBase64,
    legacyPasswordErrors: profile.legacyPasswordErrors,
    validatesPassword: profile.loginValidatesPassword,
    unknownEmailResetToken: profile.unknownEmailResetToken,
    adminKeyBypassesCsrf: profile.adminKeyBypassesCsrf,
    // A real account's password passed valid_password when it was set; this one's Base64 has no digit.
    ...(profile.loginValidatesPassword ? { password: 'zebra-quiet0' } : {}),
    ...options.auth,
  };
  const timezone = options.timezone ?? 'UTC';
  const faults: Faults = options.faults ?? {};
  const server = new DifySimServer(ds, {
    profile,
    auth,
    timezone,
    faults,
    now: options.now ?? Date.now,
    recordLog: options.recordLog ?? true,
  });
  const url = await server.listen();
  const now = options.now ?? Date.now;
  return {
    url,
    profile,
    dataset: ds,
    workspaceId: ds.workspaceId,
    apps: ds.apps.map((a) => ({ id: a.id, name: a.name, mode: a.mode })),
    email: server.auth.email,
    password: server.auth.password,
    stats: server.stats,
    get faults() {
      return server.opts.faults;
    },
    set faults(value: Faults) {
      server.opts.faults = value;
    },
    issuedTokens: server.auth.issued,
    expectedEvents: (w, o) => [...expectedEvents(ds, w, { profile, ...exporter(o) })],
    expectedEventStream: (w, o) => expectedEvents(ds, w, { profile, ...exporter(o) }),
    expectedSafeUntil: (w) => expectedSafeUntil(ds, w),
    expectedItems: (w, o) => [...expectedItems(ds, w, { profile, ...exporter(o) })],
    expectedPending: (w) => expectedPending(ds, w),
    runEvents: (a, r) => runEvents(ds, ds.apps[a]!, r),
    minimumRequests: (w, o) =>
      minimumRequests(ds, w, {
        ...exporter(o),
        auth: auth.adminKey !== undefined ? 'admin-key' : 'password',
        timezone,
        now: now(),
        profile,
      }),
    resetStats: () => {
      Object.assign(server.stats, { total: 0, byEndpoint: {}, log: [], faults: 0, maxInFlight: 0 });
    },
    close: async () => {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.server.close(() => {
          resolve();
        }),
      );
    },
  };
}
