import type { RunContext } from '../context.js';
import type { PendingItem } from '../state/state-file.js';
import type { UsageEvent } from '../usage/event.js';
import type { DifyApi } from './api.js';

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

/**
 * What the stream carries: events with their parent's `created_at` (the run's or the chat
 * message's, epoch ms: it decides the api-meter day), and markers telling what is now read whole.
 * A marker comes after every event it covers.
 */
export type StreamItem =
  | { kind: 'event'; event: UsageEvent; parentAt: number }
  /** Every item of `appId` with a membership time at or after `from` is in the stream. */
  | { kind: 'done'; appId: string; from: number }
  /** Chat app `appId`: conversations updated in (above, before) (ms) are in the stream whole. */
  | { kind: 'conversations'; appId: string; above: number; before: number }
  /** Pending item `id` was re-checked: its events (if final) are in the stream, or it is gone. */
  | { kind: 'resolved'; id: string };

/** What a window pass reads beyond the window itself. */
export interface WindowPlan {
  /** Per app: where what a stopped run already finished begins; only `[window.from, end)` is read. */
  appEnds?: Readonly<Record<string, number>>;
  /** Per chat app: conversations updated in (above, before) were walked whole by an earlier run. */
  conversationsDone?: Readonly<Record<string, { above: number; before: number }>>;
  /** Pending items from earlier runs to re-check (their runs are skipped in the listings). */
  pending?: readonly PendingItem[];
}

export interface UsageSession {
  difyUrl: string;
  workspaceId: string;
  /** The password encoding that worked (to be remembered in the state), if password mode. */
  passwordEncoding: 'base64' | 'plain' | undefined;
  /** Streams the events of the window; each event is yielded once (de-duplicated by id). */
  events(window: UsageWindow): AsyncIterable<UsageEvent>;
  /** The stream with parents' times and progress markers (see `StreamItem`). */
  items(window: UsageWindow, plan?: WindowPlan): AsyncIterable<StreamItem>;
  /** Dify requests made so far by this session (progress lines, metrics). */
  requests?(): number;
  /** Valid once `events()` has been fully consumed. */
  outcome(): UsageOutcome;
  /** The account timezone Dify reads date filters in (for `check`). */
  accountTimezone?: string;
  /** Every app of the workspace, before DIFY_APPS / DIFY_EXCLUDE_APPS (for `check`). */
  listApps?(): Promise<{ id: string; name: string; mode: string }[]>;
  /** A checked console GET as this session (for `verify`'s statistics reads). */
  get?: DifyApi['get'];
}

export interface UsageOutcome {
  /** Usage items read (before turning them into events). */
  itemsFetched: number;
  /**
   * The watermark may move up to here: the window end, or the window start when an app's data
   * failed validation. Items not final do not hold it: they are `discovered` pending items.
   */
  safeUntil: number;
  /** Apps skipped because their data failed validation (exit 65), with the reason. */
  failedApps: { appId: string; reason: string }[];
  /** Selected apps whose usage Dify does not record (Agent apps, 1.15+): warned about, not an error. */
  appsWithoutUsage?: string[];
  /** Apps whose listing kept shifting (conversations deleted while paging): exit 75, watermark held. */
  unsettledApps?: { appId: string; reason: string }[];
  /** Runs found not final in this window (pending items to remember), as they are found. */
  discovered: PendingItem[];
  /** Apps to read in this window, and how many are read whole so far (progress lines). */
  apps: { total: number; done: number };
}
