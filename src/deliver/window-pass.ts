import type { Config } from '../config/config.js';
import type { UsageSession, UsageWindow } from '../dify/source.js';
import { DailyRollup, encodeApiMeterBody, API_METER_CONTENT_TYPE } from '../encode/api-meter.js';
import { chunk, chunkArray } from '../encode/batcher.js';
import {
  cloudEventSource,
  encodeCloudEventsBatch,
  CLOUDEVENTS_CONTENT_TYPE,
} from '../encode/cloudevents.js';
import { completeDaysUntil } from '../encode/day-window.js';
import type { Dispatcher } from './dispatcher.js';

export interface WindowPassInput {
  session: UsageSession;
  window: UsageWindow;
  config: Pick<Config, 'exportFormat' | 'batchSize' | 'exportTimezone' | 'apiMeterTenantId'>;
  dispatcher: Dispatcher;
  stop: AbortSignal;
  version: string;
  now: number;
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

async function cloudEventsPass(input: WindowPassInput): Promise<WindowPassResult> {
  const { session, window, dispatcher, stop } = input;
  const source = cloudEventSource({
    difyApiUrl: session.difyUrl,
    workspaceId: session.workspaceId,
  });
  let fetched = 0;
  let interrupted = false;
  for await (const events of chunk(session.events(window), input.config.batchSize)) {
    fetched += events.length;
    await dispatcher.submit({
      format: 'cloudevents',
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      body: encodeCloudEventsBatch(events, source),
      eventCount: events.length,
      window: windowIso(window),
    });
    if (stop.aborted || dispatcher.failed) {
      interrupted = true;
      break;
    }
  }
  // A stream may end early rather than throw when the signal aborts it: only a stream that ended
  // before any signal is known to be whole.
  if (interrupted || stop.aborted)
    return { completed: false, fetched, reached: window.from, failedApps: [] };
  const outcome = session.outcome();
  return {
    // An app whose listing kept shifting was not read whole: exit 75, the watermark stays.
    completed: (outcome.unsettledApps ?? []).length === 0,
    fetched,
    reached: Math.min(outcome.safeUntil, window.to),
    failedApps: outcome.failedApps,
    appsWithoutUsage: outcome.appsWithoutUsage?.length ?? 0,
  };
}

async function apiMeterPass(input: WindowPassInput): Promise<WindowPassResult> {
  const { session, window, dispatcher, stop, config } = input;
  const rollup = new DailyRollup(session.workspaceId, config.exportTimezone);
  let fetched = 0;
  for await (const event of session.events(window)) {
    if (stop.aborted) break;
    fetched += 1;
    rollup.add(event);
  }
  if (stop.aborted) return { completed: false, fetched, reached: window.from, failedApps: [] };
  const outcome = session.outcome();
  // A day with an item not final yet (or an app that failed) is not complete: it waits for a later run.
  const reached = completeDaysUntil(outcome.safeUntil, window, config.exportTimezone);
  const records = rollup.records(reached);
  for (const part of chunkArray(records, config.batchSize)) {
    await dispatcher.submit({
      format: 'api-meter',
      contentType: API_METER_CONTENT_TYPE,
      body: encodeApiMeterBody(part, {
        tenantId: config.apiMeterTenantId ?? '',
        exporterVersion: input.version,
        exportTimestamp: new Date(input.now).toISOString(),
      }),
      eventCount: part.length,
      window: windowIso(window),
    });
  }
  return {
    completed: (outcome.unsettledApps ?? []).length === 0,
    fetched,
    reached,
    failedApps: outcome.failedApps,
    appsWithoutUsage: outcome.appsWithoutUsage?.length ?? 0,
  };
}
