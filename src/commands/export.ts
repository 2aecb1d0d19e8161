import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { openUsageSession } from '../dify/index.js';
import type { UsageSession, UsageSourceDeps, UsageWindow } from '../dify/source.js';
import {
  defaultDeliveryDeps,
  createDispatcher,
  externalUrl,
  takeLock,
  withStore,
  type DeliveryDeps,
} from '../deliver/runtime.js';
import { liveEvents, type Dispatcher } from '../deliver/dispatcher.js';
import { resendSpooled } from '../deliver/resend-pass.js';
import { runWindowPass, type PassProgress, type WindowPassResult } from '../deliver/window-pass.js';
import { sha256Hex } from '../encode/batch.js';
import { DifyExportError, exitCodeOf } from '../errors.js';
import { lockedContext } from '../lock/index.js';
import { ExitCode, worstExit } from '../exit-codes.js';
import { spoolCounts, spoolDepth, warnDeadBatches } from '../spool/depth.js';
import { checkTarget, checkWorkspace } from '../state/identity.js';
import { EMPTY_STATE, type ExportState, type PendingItem } from '../state/state-file.js';
import type { Store } from '../store/index.js';
import { continuedWindow, givenUpPending, nextPending, progressAfter } from './progress.js';
import { runExportDryRun } from './export-dry-run.js';
import { progressCounters, startProgress } from './progress-line.js';
import { nextWatermark, logClamp, resolveWindow } from './window.js';

export interface ExportDeps extends DeliveryDeps {
  openUsageSession: (deps: UsageSourceDeps) => Promise<UsageSession>;
}

export const defaultExportDeps: ExportDeps = { ...defaultDeliveryDeps, openUsageSession };

const iso = (ms: number | undefined): string | null =>
  ms === undefined ? null : new Date(ms).toISOString();

/**
 * One pass of SPEC §1: resend due batches, export the new window, advance the watermark only once
 * every batch of the window is delivered or durable in the spool.
 */
export async function runExport(
  inv: InvocationOf<'export'>,
  ctx: RunContext,
  deps: ExportDeps = defaultExportDeps,
): Promise<RunReport> {
  if (inv.dryRun) return runExportDryRun(inv, ctx);
  const started = ctx.clock.now();
  const target = externalUrl(ctx);
  return withStore(ctx, deps, (store) => exportWith(inv, ctx, deps, store, { started, target }));
}

async function exportWith(
  inv: InvocationOf<'export'>,
  ctx: RunContext,
  deps: ExportDeps,
  store: Store,
  { started, target }: { started: number; target: string },
): Promise<RunReport> {
  const { config, log } = ctx;
  const { spool } = store;
  const { staleTempRemoved } = await store.open();
  if (staleTempRemoved > 0)
    log.info({ files: staleTempRemoved }, 'removed stale temp files from the spool');
  const lock = await takeLock(ctx, deps, store);
  ctx = lockedContext(ctx, lock);
  try {
    const state = await store.readState();
    const targetHash = sha256Hex(target);
    checkTarget(state, targetHash, config.exportFormat);
    const dispatcher = createDispatcher(ctx, deps, spool, started);
    const exits: number[] = [];
    const watermarkBefore = iso(state?.watermark ? Date.parse(state.watermark) : undefined);
    if (ctx.progress)
      ctx.progress.current = () => ({
        events: liveEvents(dispatcher),
        watermarkBefore,
        watermarkAfter: watermarkBefore,
      });
    const { kept: pendingBefore, givenUp } = givenUpPending(
      state?.pending ?? [],
      started - config.pendingMaxAgeMs,
    );
    for (const item of givenUp)
      log.error(
        {
          app_id: item.app_id,
          run_id: item.id,
          kind: item.kind,
          parent_created_at: item.parent_created_at,
          first_seen: item.first_seen,
        },
        'pending run given up: still not final after PENDING_MAX_AGE; its usage is not exported',
      );
    if (givenUp.length > 0) exits.push(ExitCode.DATAERR);

    if (inv.resend) {
      const resent = await resendSpooled(
        spool,
        dispatcher,
        {
          onlyDue: true,
          ids: [],
          now: started,
          spoolMaxAgeMs: config.spoolMaxAgeMs,
          target,
          stop: ctx.signal,
        },
        log,
      );
      exits.push(...resent.exits);
    }

    const watermark = state?.watermark ? Date.parse(state.watermark) : undefined;
    let next = watermark;
    const used = await spool.liveBytes();
    const live: LiveRun = { fetched: 0 };
    let fetched: Fetched = {};
    if (used > config.spoolMaxBytes) {
      exits.push(ExitCode.TEMPFAIL);
      log.warn(
        { bytes: used, max: config.spoolMaxBytes },
        'spool above SPOOL_MAX_BYTES: no new data is fetched this run',
      );
    } else if (!ctx.signal.aborted) {
      const stopProgress = startProgress(
        ctx,
        {
          window: () => live.window,
          session: () => live.session,
          fetched: () => live.fetched,
          dispatcher,
        },
        started,
      );
      fetched = await exportWindow(inv, ctx, deps, {
        live,
        state,
        watermark,
        dispatcher,
        started,
        pending: pendingBefore,
        save: async (progress, window) => {
          // Progress is state too: a run whose remote lease is gone writes none of it (SPEC §10a).
          if (lock.remote) await lock.verify();
          await store.writeState(
            {
              ...(state ?? EMPTY_STATE),
              target: targetHash,
              format: config.exportFormat,
              pending: nextPending(pendingBefore, progress),
              progress: progressAfter(state?.progress ?? null, window, progress),
            },
            `${String(started)}.${String(process.pid)}.progress`,
          );
        },
      });
      stopProgress();
      if (fetched.error !== undefined) exits.push(fetched.error);
    }
    const { pass, window, session } = fetched;
    await dispatcher.drain();
    await pass?.flushed();
    const progress = pass?.progress();
    let windowProgress = state?.progress ?? null;

    if (pass && window) {
      for (const app of pass.failedApps)
        log.error(
          { app: app.appId, reason: app.reason },
          'app skipped: its data failed validation',
        );
      if (pass.failedApps.length > 0) exits.push(ExitCode.DATAERR);
      if (pass.completed) next = nextWatermark(watermark, window, pass.reached);
      else exits.push(ExitCode.TEMPFAIL);
      windowProgress =
        pass.completed && pass.reached >= window.to
          ? null
          : progressAfter(state?.progress ?? null, window, progress!);
    } else if (ctx.signal.aborted) {
      exits.push(ExitCode.TEMPFAIL);
    }
    exits.push(...dispatcher.exits);
    const depth = await spoolDepth(spool, ctx.clock.now());
    if (depth.queued > 0) exits.push(ExitCode.TEMPFAIL);
    const exitCode = worstExit(...exits);
    const events = {
      fetched: pass?.fetched ?? 0,
      delivered: dispatcher.stats.delivered,
      spooled: dispatcher.stats.spooled,
      rejected: dispatcher.stats.rejected,
    };
    const nextState: ExportState = {
      ...(state ?? EMPTY_STATE),
      source: session
        ? { dify_url: session.difyUrl, workspace_id: session.workspaceId }
        : (state?.source ?? null),
      target: targetHash,
      format: config.exportFormat,
      watermark: iso(next),
      password_encoding: session?.passwordEncoding ?? state?.password_encoding ?? null,
      pending: progress ? nextPending(pendingBefore, progress) : pendingBefore,
      progress: windowProgress,
      last_run: {
        started_at: new Date(started).toISOString(),
        finished_at: new Date(ctx.clock.now()).toISOString(),
        exit_code: exitCode,
        events,
        window: window ? { from: iso(window.from)!, to: iso(window.to)! } : null,
      },
    };
    // A remote lease is re-checked before the state write: a run that lost it writes nothing.
    if (lock.remote) await lock.verify();
    await store.writeState(nextState, `${String(started)}.${String(process.pid)}`);
    const counts = await spoolCounts(spool);
    warnDeadBatches(counts, log);
    return {
      exitCode,
      events,
      watermarkBefore: iso(watermark),
      watermarkAfter: iso(next),
      spoolDepth: depth.queued,
      spoolOldestAgeSeconds: depth.oldestAgeSeconds,
      spoolBatches: counts,
      appsWithoutUsage: pass?.appsWithoutUsage ?? 0,
      progress: progressCounters(
        {
          window: () => live.window,
          session: () => live.session,
          fetched: () => live.fetched,
          dispatcher,
        },
        ctx.clock.now() - started,
      ),
      pendingItems: nextState.pending.length,
      pendingGivenUp: givenUp.length,
    };
  } finally {
    await lock.release();
  }
}

/** What the progress lines read while the window is exported. */
interface LiveRun {
  window?: UsageWindow;
  session?: UsageSession;
  fetched: number;
}

interface Fetched {
  session?: UsageSession;
  window?: UsageWindow;
  pass?: WindowPassResult;
  /** Exit code of a failure while reading Dify (the watermark then stays). */
  error?: number;
}

/** Opens the Dify session and streams the window through the dispatcher. */
async function exportWindow(
  inv: InvocationOf<'export'>,
  ctx: RunContext,
  deps: ExportDeps,
  run: {
    state: ExportState | undefined;
    watermark: number | undefined;
    dispatcher: Dispatcher;
    started: number;
    live: LiveRun;
    pending: readonly PendingItem[];
    save: (progress: PassProgress, window: UsageWindow) => Promise<void>;
  },
): Promise<Fetched> {
  const { config, log } = ctx;
  const out: Fetched = {};
  try {
    out.session = await deps.openUsageSession({
      ...ctx,
      rememberedPasswordEncoding: run.state?.password_encoding ?? undefined,
    });
    run.live.session = out.session;
    checkWorkspace(
      run.state,
      out.session.workspaceId,
      ctx.config.stateUrl === undefined ? 'STATE_DIR' : 'STATE_URL',
    );
    const resolved = resolveWindow({
      since: inv.since,
      until: inv.until,
      watermark: run.watermark,
      config,
      now: run.started,
      onClamp: (requested, effective) => {
        logClamp(ctx, requested, effective);
      },
    });
    const { window, appEnds, conversationsDone } = continuedWindow(
      run.state?.progress ?? null,
      resolved,
      {
        since: inv.since,
        until: inv.until,
        watermark: run.watermark,
      },
    );
    out.window = window;
    run.live.window = window;
    log.info(
      {
        from: iso(window.from),
        to: iso(window.to),
        continued: Object.keys(appEnds).length > 0,
        pending: run.pending.length,
      },
      'exporting window',
    );
    out.pass = await runWindowPass({
      session: out.session,
      window,
      config,
      dispatcher: run.dispatcher,
      stop: ctx.signal,
      version: ctx.version,
      now: run.started,
      plan: { appEnds, conversationsDone, pending: run.pending },
      onProgress: (progress) => run.save(progress, window),
      onFetched: (n) => {
        run.live.fetched += n;
      },
    });
  } catch (error) {
    // The spool must settle before anything is decided; a spool failure (74) wins from here.
    await run.dispatcher.drain();
    if (error instanceof DifyExportError && (error.exit === 'CONFIG' || error.exit === 'USAGE'))
      throw error;
    logStreamError(ctx, error);
    return { ...out, error: exitCodeOf(error) };
  }
  return out;
}

function logStreamError(ctx: RunContext, error: unknown): void {
  if (error instanceof DifyExportError) {
    ctx.log.error({ code: error.code, exit_code: error.exitCode, hint: error.hint }, error.message);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    ctx.log.error(
      { code: 'UNEXPECTED', exit_code: ExitCode.SOFTWARE },
      `unexpected error while exporting (a bug): ${message}`,
    );
  }
}
