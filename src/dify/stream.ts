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
  modelSource: 'app' | 'conversation';
  excludeConsole: boolean;
  /** Agent apps already warned about in this run (one warning per app per run, whatever the windows). */
  agentAppsWarned: Set<string>;
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

async function listInto(
  api: DifyApi,
  query: Record<string, string>,
  into: Map<string, AppItem>,
): Promise<void> {
  for (let page = 1; ; page++) {
    const body = await api.get('apps', appsSchema, { page: String(page), limit: '100', ...query });
    // Offset pages shift when an app is created meanwhile: an app may come twice.
    for (const app of body.data) into.set(app.id, app);
    if (!body.has_more) return;
  }
}

/**
 * Every app of the workspace. Dify 1.15 sorts `GET /apps` by `updated_at` by default, so an app
 * edited while the pages are read jumps to page 1 and pushes an unread one onto a page already
 * read; oldest first (`earliest_created`, ignored by older Dify, which lists newest first by
 * `created_at`) is stable under edits. From 1.15 Agent apps are left out of `mode=all` and listed
 * with `mode=agent`; older Dify refuses that mode (400 invalid_param): it has no Agent apps.
 */
export async function listApps(api: DifyApi): Promise<AppItem[]> {
  const all = new Map<string, AppItem>();
  await listInto(api, { sort_by: 'earliest_created' }, all);
  try {
    await listInto(api, { sort_by: 'earliest_created', mode: 'agent' }, all);
  } catch (error) {
    const noAgentMode =
      error instanceof DifyDataError &&
      error.status === 400 &&
      (error.body ?? '').includes('invalid_param');
    if (!noAgentMode) throw error;
  }
  return [...all.values()];
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
    modelSource: deps.modelSource,
    excludeConsole: deps.excludeConsole,
    unsettled: (appId, reason) => {
      (outcome.unsettledApps ??= []).push({ appId, reason });
      outcome.safeUntil = window.from;
      deps.log.warn({ app_id: appId }, `app not read completely: ${reason}`);
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
      model: item.model_config?.model,
    };
    if (item.mode === 'agent') {
      // Dify 1.15+ saves Agent-app messages with empty usage (agent_app/app_runner.py).
      (outcome.appsWithoutUsage ??= []).push(item.id);
      if (!deps.agentAppsWarned.has(item.id))
        deps.log.warn(
          { app_id: item.id, app_name: item.name, app_mode: item.mode },
          'Dify records no usage for Agent apps; nothing to export',
        );
      deps.agentAppsWarned.add(item.id);
      return;
    }
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
