import { z } from 'zod';
import type { Logger } from '../log.js';
import { DifyAppNotFoundError, DifyDataError, type DifyApi } from './api.js';
import { Channel } from './channel.js';
import type { AppRef } from './events.js';
import { extractChat } from './extract/chat.js';
import { extractCompletion } from './extract/completion.js';
import type { AppExtractor, ExtractContext } from './extract/context.js';
import { recheckPending } from './extract/pending.js';
import { extractWorkflow } from './extract/workflow.js';
import type { WorkflowTools } from './extract/workflow-tools.js';
import { Limiter } from './limiter.js';
import { apps as appsSchema, type AppItem } from './schemas.js';
import type { StreamItem, UsageOutcome, UsageWindow, WindowPlan } from './source.js';
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
 * The items of a window as a stream (events, then markers of what is read whole). Pending items of
 * earlier runs are re-checked first. Apps run side by side (at most `concurrency` at a time);
 * inside an app, conversations and runs are leaf tasks sharing 2 × `concurrency` slots, so the
 * HTTP limiter always has work queued while memory stays bounded by those slots and the queue.
 * An app whose part of the window an earlier run finished reads only the rest (`plan.appEnds`).
 * A data error fails only its app; anything else ends the stream with that error.
 */
export function streamWindow(
  deps: StreamDeps,
  window: UsageWindow,
  outcome: UsageOutcome,
  plan: WindowPlan = {},
): AsyncIterable<StreamItem> {
  const channel = new Channel<StreamItem>(512);
  const leaves = new Limiter(deps.concurrency * 2);
  const appSlots = new Limiter(deps.concurrency);
  const known = new Set((plan.pending ?? []).map((p) => p.id));
  const found = new Set<string>();
  // Known before any app is read, so what an app bills never depends on the order apps are read.
  let exported: ReadonlySet<string> = new Set();
  const ctx: ExtractContext = {
    api: deps.api,
    window,
    readStartedAt: deps.clock.now(),
    timeZone: deps.timeZone,
    clock: deps.clock,
    log: deps.log,
    emit: (event, parentAt) =>
      channel.push({ kind: 'event', event, parentAt: parentAt ?? Date.parse(event.occurred_at) }),
    mark: (marker) => channel.push(marker),
    hold: (ms) => {
      outcome.safeUntil = Math.min(outcome.safeUntil, Math.max(window.from, ms));
    },
    pending: (item) => {
      if (known.has(item.id) || found.has(item.id)) return;
      found.add(item.id);
      outcome.discovered.push({ ...item, first_seen: new Date(deps.clock.now()).toISOString() });
      deps.log.info(
        { app_id: item.app_id, run_id: item.id, parent_created_at: item.parent_created_at },
        'run not final yet: kept as a pending item, re-checked by the next runs',
      );
    },
    isPending: (runId) => known.has(runId),
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

  const appRef = (item: AppItem): AppRef => ({
    workspaceId: deps.workspaceId,
    id: item.id,
    name: item.name,
    mode: item.mode,
    model: item.model_config?.model,
  });

  /** Runs one app's task; a data error fails only that app for this run. */
  async function guarded(
    item: AppItem,
    work: (group: TaskGroup) => Promise<void>,
  ): Promise<boolean> {
    const group = new TaskGroup(leaves);
    try {
      await work(group).catch((error: unknown) => {
        group.fail(error);
      });
      await group.wait();
      return true;
    } catch (error) {
      if (!(error instanceof DifyDataError)) throw error;
      if (error instanceof DifyAppNotFoundError && (await appDeleted(deps.api, item.id))) {
        // Nothing is wrong: what it had is gone with it (its usage read so far is exported).
        deps.log.warn(
          { app_id: item.id, app_name: item.name },
          'app deleted during the run: skipped',
        );
        return true;
      }
      outcome.failedApps.push({ appId: item.id, reason: error.message });
      outcome.safeUntil = window.from;
      deps.log.error(
        { app_id: item.id, app_name: item.name, code: error.code },
        `app skipped for this run: ${error.message}`,
      );
      return false;
    }
  }

  async function runApp(item: AppItem): Promise<void> {
    if (item.mode === 'agent') {
      // Dify 1.15+ saves Agent-app messages with empty usage (agent_app/app_runner.py).
      (outcome.appsWithoutUsage ??= []).push(item.id);
      if (!deps.agentAppsWarned.has(item.id))
        deps.log.warn(
          { app_id: item.id, app_name: item.name, app_mode: item.mode },
          'Dify records no usage for Agent apps; nothing to export',
        );
      deps.agentAppsWarned.add(item.id);
      await ctx.mark({ kind: 'done', appId: item.id, from: window.from });
      return;
    }
    const extractor = EXTRACTORS[item.mode];
    if (!extractor) {
      deps.log.warn(
        { app_id: item.id, app_mode: item.mode },
        'app mode not exported (no usage source known)',
      );
      await ctx.mark({ kind: 'done', appId: item.id, from: window.from });
      return;
    }
    const end = Math.min(window.to, plan.appEnds?.[item.id] ?? window.to);
    if (end <= window.from) return;
    const appCtx: ExtractContext = {
      ...ctx,
      window: { from: window.from, to: end },
      conversationsDone: plan.conversationsDone?.[item.id],
    };
    const ok = await guarded(item, (group) => extractor(appCtx, appRef(item), group));
    // An app whose listing kept shifting is not read whole: a later run reads it again.
    const unsettled = (outcome.unsettledApps ?? []).some((u) => u.appId === item.id);
    if (ok && !unsettled) await ctx.mark({ kind: 'done', appId: item.id, from: window.from });
  }

  async function recheck(all: readonly AppItem[]): Promise<void> {
    const byId = new Map(all.map((a) => [a.id, a]));
    await Promise.all(
      (plan.pending ?? []).map(async (p) => {
        const app = byId.get(p.app_id);
        if (!app) {
          deps.log.warn(
            { app_id: p.app_id, run_id: p.id },
            'the app of a pending run is gone from Dify: nothing to export',
          );
          await ctx.mark({ kind: 'resolved', id: p.id });
          return;
        }
        // A pending run Dify answers badly for (deleted, say) must not hold the window: it stays
        // pending and is given up after PENDING_MAX_AGE, loudly.
        const group = new TaskGroup(leaves);
        try {
          await group.spawn(() => recheckPending(ctx, appRef(app), group, p));
          await group.wait();
        } catch (error) {
          if (!(error instanceof DifyDataError)) throw error;
          deps.log.warn(
            { app_id: p.app_id, run_id: p.id, code: error.code },
            `pending run not re-checked, it stays pending: ${error.message}`,
          );
        }
      }),
    );
  }

  async function produce(): Promise<void> {
    const all = await listApps(deps.api);
    const selected = all.filter(
      (a) =>
        (deps.include === undefined || deps.include.includes(a.id)) && !deps.exclude.includes(a.id),
    );
    exported = new Set(selected.map((a) => a.id));
    deps.log.debug({ apps: selected.length }, 'apps to export');
    outcome.apps.total = selected.length;
    await Promise.all([
      recheck(all),
      ...selected.map((a) =>
        appSlots.run(async () => {
          await runApp(a);
          outcome.apps.done += 1;
        }),
      ),
    ]);
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
