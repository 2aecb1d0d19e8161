import { z } from 'zod';
import type { Logger } from '../log.js';
import type { UsageEvent } from '../usage/event.js';
import { DifyAppNotFoundError, DifyDataError, type DifyApi } from './api.js';
import { Channel } from './channel.js';
import type { AppRef } from './events.js';
import { extractChat } from './extract/chat.js';
import { extractCompletion } from './extract/completion.js';
import type { AppExtractor, ExtractContext } from './extract/context.js';
import { extractWorkflow } from './extract/workflow.js';
import type { WorkflowTools } from './extract/workflow-tools.js';
import { Limiter } from './limiter.js';
import { apps as appsSchema, type AppItem } from './schemas.js';
import type { UsageOutcome, UsageWindow } from './source.js';
import { TaskGroup } from './task-group.js';
import type { Clock } from '../context.js';

const EXTRACTORS: Readonly<Record<string, AppExtractor>> = {
  chat: extractChat,
  'agent-chat': extractChat,
  'advanced-chat': extractChat,
  workflow: extractWorkflow,
  completion: extractCompletion,
};

export interface StreamDeps {
  api: DifyApi;
  log: Logger;
  clock: Clock;
  workspaceId: string;
  timeZone: string;
  concurrency: number;
  include: readonly string[] | undefined;
  exclude: readonly string[];
  /** Aborts in-flight requests when the consumer goes away or a fatal error ends the stream. */
  cancel: AbortController;
  workflowTools: WorkflowTools;
}

const appDetail = z.object({ id: z.string() });

/** A 404 inside an app is confirmed with `GET apps/<id>`: 404 there too means it was deleted. */
async function appDeleted(api: DifyApi, appId: string): Promise<boolean> {
  try {
    await api.get(`apps/${appId}`, appDetail);
    return false;
  } catch (error) {
    if (error instanceof DifyAppNotFoundError) return true;
    if (error instanceof DifyDataError) return false;
    throw error;
  }
}

export async function listApps(api: DifyApi): Promise<AppItem[]> {
  const all: AppItem[] = [];
  for (let page = 1; ; page++) {
    const body = await api.get('apps', appsSchema, { page: String(page), limit: '100' });
    all.push(...body.data);
    if (!body.has_more) return all;
  }
}

/**
 * The events of a window as a stream. Apps run side by side (at most `concurrency` at a time);
 * inside an app, conversations and runs are leaf tasks sharing 2 × `concurrency` slots, so the
 * HTTP limiter always has work queued while memory stays bounded by those slots and the queue.
 * A data error fails only its app; anything else ends the stream with that error.
 */
export function streamWindow(
  deps: StreamDeps,
  window: UsageWindow,
  outcome: UsageOutcome,
): AsyncIterable<UsageEvent> {
  const channel = new Channel<UsageEvent>(512);
  const leaves = new Limiter(deps.concurrency * 2);
  const appSlots = new Limiter(deps.concurrency);
  // Known before any app is read, so what an app bills never depends on the order apps are read.
  let exported: ReadonlySet<string> = new Set();
  const ctx: ExtractContext = {
    api: deps.api,
    window,
    readStartedAt: deps.clock.now(),
    timeZone: deps.timeZone,
    clock: deps.clock,
    log: deps.log,
    emit: (event) => channel.push(event),
    hold: (ms) => {
      outcome.safeUntil = Math.min(outcome.safeUntil, Math.max(window.from, ms));
    },
    fetched: (n) => {
      outcome.itemsFetched += n;
    },
    isExported: (appId) => exported.has(appId),
    workflowTools: deps.workflowTools,
  };

  async function runApp(item: AppItem): Promise<void> {
    const app: AppRef = {
      workspaceId: deps.workspaceId,
      id: item.id,
      name: item.name,
      mode: item.mode,
    };
    const extractor = EXTRACTORS[item.mode];
    if (!extractor) {
      deps.log.warn(
        { app_id: item.id, app_mode: item.mode },
        'app mode not exported (no usage source known)',
      );
      return;
    }
    const group = new TaskGroup(leaves);
    try {
      await extractor(ctx, app, group).catch((error: unknown) => {
        group.fail(error);
      });
      await group.wait();
    } catch (error) {
      if (!(error instanceof DifyDataError)) throw error;
      if (error instanceof DifyAppNotFoundError && (await appDeleted(deps.api, item.id))) {
        // Nothing is wrong: what it had is gone with it (its usage read so far is exported).
        deps.log.warn(
          { app_id: item.id, app_name: item.name },
          'app deleted during the run: skipped',
        );
        return;
      }
      outcome.failedApps.push({ appId: item.id, reason: error.message });
      outcome.safeUntil = window.from;
      deps.log.error(
        { app_id: item.id, app_name: item.name, code: error.code },
        `app skipped for this run: ${error.message}`,
      );
    }
  }

  async function produce(): Promise<void> {
    const selected = (await listApps(deps.api)).filter(
      (a) =>
        (deps.include === undefined || deps.include.includes(a.id)) && !deps.exclude.includes(a.id),
    );
    exported = new Set(selected.map((a) => a.id));
    deps.log.debug({ apps: selected.length }, 'apps to export');
    await Promise.all(selected.map((a) => appSlots.run(() => runApp(a))));
  }

  return {
    [Symbol.asyncIterator]: async function* () {
      const done = produce().then(
        () => {
          channel.close();
        },
        (error: unknown) => {
          deps.cancel.abort();
          channel.close(error);
        },
      );
      try {
        yield* channel;
      } finally {
        // The consumer stopped early (or the stream failed): stop the producers too.
        channel.close();
        deps.cancel.abort();
        await done;
      }
    },
  };
}
