import type { Config } from '../config/config.js';
import type { StreamItem, UsageSession, UsageWindow, WindowPlan } from '../dify/source.js';
import { DailyRollup, encodeApiMeterBody, API_METER_CONTENT_TYPE } from '../encode/api-meter.js';
import { chunkArray } from '../encode/batcher.js';
import {
  cloudEventSource,
  encodeCloudEventsBatch,
  CLOUDEVENTS_CONTENT_TYPE,
} from '../encode/cloudevents.js';
import { completeDaysUntil } from '../encode/day-window.js';
import type { UsageEvent } from '../usage/event.js';
import type { Dispatcher } from './dispatcher.js';
import { DurableMarkers, type PassProgress } from './durable-markers.js';

export type { PassProgress } from './durable-markers.js';

export interface WindowPassInput {
  session: UsageSession;
  window: UsageWindow;
  config: Pick<Config, 'exportFormat' | 'batchSize' | 'exportTimezone' | 'apiMeterTenantId'>;
  dispatcher: Dispatcher;
  stop: AbortSignal;
  version: string;
  now: number;
  /** What an earlier run finished of this window, and the pending items to re-check. */
  plan?: WindowPlan;
  /** Called (one call at a time) each time more of the window is delivered or durable. */
  onProgress?: (progress: PassProgress) => Promise<void>;
  /** Counts events as they are read (progress lines). */
  onFetched?: (n: number) => void;
}

export interface WindowPassResult {
  /** The whole window was read and every batch handed over before the first signal. */
  completed: boolean;
  fetched: number;
  /** How far the watermark may move (valid when completed). */
  reached: number;
  failedApps: { appId: string; reason: string }[];
  /** Apps whose usage Dify does not record (Agent apps), for the metrics. */
  appsWithoutUsage?: number;
  /** What is delivered or durable: complete once the dispatcher is drained. */
  progress: () => PassProgress;
  /** Waits for the progress saves in flight (call after draining the dispatcher). */
  flushed: () => Promise<void>;
}

/**
 * Streams the window's events into batches and hands each to the dispatcher as it fills, so only
 * one batch per sending slot is ever in memory (SPEC §6, §14).
 */
export async function runWindowPass(input: WindowPassInput): Promise<WindowPassResult> {
  return input.config.exportFormat === 'api-meter' ? apiMeterPass(input) : cloudEventsPass(input);
}

function windowIso(w: UsageWindow): { from: string; to: string } {
  return { from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString() };
}

/**
 * CloudEvents: progress is kept per unit (an app, a time slice of an app's workflow logs, a pending
 * item): its marker in the stream follows its events, and once every batch cut up to the marker is
 * delivered or durable, the unit is recorded (SPEC §10 "Progress across runs").
 */
async function cloudEventsPass(input: WindowPassInput): Promise<WindowPassResult> {
  const { session, window, dispatcher, stop } = input;
  const source = cloudEventSource({
    difyApiUrl: session.difyUrl,
    workspaceId: session.workspaceId,
  });
  const markers = new DurableMarkers(input.onProgress, () => session.outcome().discovered);
  const tracked = { progress: () => markers.progress(), flushed: () => markers.flushed() };
  let fetched = 0;
  let interrupted = false;
  let events: UsageEvent[] = [];
  /** How many events of the batch being filled came before the last marker. */
  let marked = 0;
  const cut = async (upTo = events.length): Promise<void> => {
    const batch = events.slice(0, upTo);
    events = [];
    marked = 0;
    await dispatcher.submit(
      {
        format: 'cloudevents',
        contentType: CLOUDEVENTS_CONTENT_TYPE,
        body: encodeCloudEventsBatch(batch, source),
        eventCount: batch.length,
        window: windowIso(window),
      },
      markers.batchCut(),
    );
  };
  for await (const item of session.items(window, input.plan)) {
    if (item.kind === 'event') {
      fetched += 1;
      input.onFetched?.(1);
      events.push(item.event);
      if (events.length >= input.config.batchSize) await cut();
    } else {
      markers.add(item, events.length > 0);
      marked = events.length;
    }
    if (stop.aborted || dispatcher.failed) {
      interrupted = true;
      break;
    }
  }
  // A stream may end early rather than throw when the signal aborts it: only a stream that ended
  // before any signal is known to be whole.
  if (interrupted || stop.aborted) {
    // Events of units already whole are kept (spooled, as sending has stopped); the rest is read
    // again by the next run.
    if (marked > 0 && !dispatcher.failed) await cut(marked);
    return {
      completed: false,
      fetched,
      reached: window.from,
      failedApps: session.outcome().failedApps,
      ...tracked,
    };
  }
  if (events.length > 0) await cut();
  const outcome = session.outcome();
  return {
    // An app whose listing kept shifting was not read whole: exit 75, the watermark stays.
    completed: (outcome.unsettledApps ?? []).length === 0,
    fetched,
    reached: Math.min(outcome.safeUntil, window.to),
    failedApps: outcome.failedApps,
    appsWithoutUsage: outcome.appsWithoutUsage?.length ?? 0,
    ...tracked,
  };
}

/**
 * api-meter: one record per day, provider, model and currency; a day is the local day (in
 * EXPORT_TIMEZONE) of the parent's `created_at` — the run's or the chat message's — so every event
 * of a run lands on the same day whatever its node times. Usage whose day is before the window
 * (a pending run that ended since) was not in that day's records: it goes out as an additional
 * record with its own id, never as a changed total under the day's id (SPEC §10).
 */
async function apiMeterPass(input: WindowPassInput): Promise<WindowPassResult> {
  const { session, window, dispatcher, stop, config } = input;
  const rollup = new DailyRollup(session.workspaceId, config.exportTimezone);
  const late = new DailyRollup(session.workspaceId, config.exportTimezone, { late: true });
  const resolved: Extract<StreamItem, { kind: 'resolved' }>[] = [];
  let fetched = 0;
  for await (const item of session.items(window, input.plan)) {
    if (stop.aborted) break;
    if (item.kind === 'resolved') resolved.push(item);
    if (item.kind !== 'event') continue;
    fetched += 1;
    input.onFetched?.(1);
    if (item.parentAt < window.from) late.add(item.event, item.parentAt);
    else rollup.add(item.event, item.parentAt);
  }
  const outcome = session.outcome();
  const markers = new DurableMarkers(input.onProgress, () => outcome.discovered);
  const tracked = { progress: () => markers.progress(), flushed: () => markers.flushed() };
  if (stop.aborted)
    return { completed: false, fetched, reached: window.from, failedApps: [], ...tracked };
  // A day with an app that failed is not complete: it waits for a later run.
  const reached = completeDaysUntil(outcome.safeUntil, window, config.exportTimezone);
  const records = [...late.records(window.from), ...rollup.records(reached)];
  for (const part of chunkArray(records, config.batchSize)) {
    await dispatcher.submit(
      {
        format: 'api-meter',
        contentType: API_METER_CONTENT_TYPE,
        body: encodeApiMeterBody(part, {
          tenantId: config.apiMeterTenantId ?? '',
          exporterVersion: input.version,
          exportTimestamp: new Date(input.now).toISOString(),
        }),
        eventCount: part.length,
        window: windowIso(window),
      },
      markers.batchCut(),
    );
  }
  // Re-checked pending items count as exported only with the whole window's records.
  if (outcome.failedApps.length === 0) for (const r of resolved) markers.add(r, false);
  return {
    completed: (outcome.unsettledApps ?? []).length === 0,
    fetched,
    reached,
    failedApps: outcome.failedApps,
    appsWithoutUsage: outcome.appsWithoutUsage?.length ?? 0,
    ...tracked,
  };
}
