import type { RunContext } from '../context.js';
import type { UsageEvent } from '../usage/event.js';

/**
 * The contract between reading Dify and delivering: a stream of usage events for a half-open
 * window, and what the stream learned about how far the watermark may move.
 */
export interface UsageWindow {
  /** Inclusive start, epoch ms. */
  from: number;
  /** Exclusive end, epoch ms. */
  to: number;
}

/** What reading Dify needs from the run: a `RunContext` is one. */
export interface UsageSourceDeps extends Pick<
  RunContext,
  'config' | 'log' | 'redactor' | 'clock' | 'random' | 'signal'
> {
  /** Password encoding remembered in the state file by an earlier run, if any. */
  rememberedPasswordEncoding?: 'base64' | 'plain' | undefined;
}

export interface UsageSession {
  difyUrl: string;
  workspaceId: string;
  /** The password encoding that worked (to be remembered in the state), if password mode. */
  passwordEncoding: 'base64' | 'plain' | undefined;
  /** Streams the events of the window; each event is yielded once (de-duplicated by id). */
  events(window: UsageWindow): AsyncIterable<UsageEvent>;
  /** Valid once `events()` has been fully consumed. */
  outcome(): UsageOutcome;
  /** The account timezone Dify reads date filters in (for `check`). */
  accountTimezone?: string;
  /** Every app of the workspace, before DIFY_APPS / DIFY_EXCLUDE_APPS (for `check`). */
  listApps?(): Promise<{ id: string; name: string; mode: string }[]>;
}

export interface UsageOutcome {
  /** Usage items read (before turning them into events). */
  itemsFetched: number;
  /**
   * The watermark may move up to here: the window end, or the `created_at` of the earliest item that
   * is not final yet, or the window start when an app's data failed validation.
   */
  safeUntil: number;
  /** Apps skipped because their data failed validation (exit 65), with the reason. */
  failedApps: { appId: string; reason: string }[];
  /** Selected apps whose usage Dify does not record (Agent apps, 1.15+): warned about, not an error. */
  appsWithoutUsage?: string[];
  /** Apps whose listing kept shifting (conversations deleted while paging): exit 75, watermark held. */
  unsettledApps?: { appId: string; reason: string }[];
}
