import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import {
  createDispatcher,
  defaultDeliveryDeps,
  externalUrl,
  takeLock,
  withStore,
  type DeliveryDeps,
} from '../deliver/runtime.js';
import { liveEvents } from '../deliver/dispatcher.js';
import { resendSpooled } from '../deliver/resend-pass.js';
import { ExitCode, worstExit } from '../exit-codes.js';
import { lockedContext } from '../lock/index.js';
import { spoolCounts, spoolDepth, warnDeadBatches } from '../spool/depth.js';
import { listSpool } from '../spool/listing.js';
import type { Store } from '../store/index.js';

/** `resend [<id>…] [--dry-run]`: queued batches now, oldest first, ignoring their backoff (SPEC §2). */
export async function runResend(
  inv: InvocationOf<'resend'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  return withStore(ctx, deps, (store) => resendWith(inv, ctx, deps, store));
}

async function resendWith(
  inv: InvocationOf<'resend'>,
  ctx: RunContext,
  deps: DeliveryDeps,
  store: Store,
): Promise<RunReport> {
  const started = ctx.clock.now();
  const { spool } = store;
  if (inv.dryRun) {
    const entries = (await listSpool(spool)).filter((e) =>
      inv.ids.length > 0 ? inv.ids.includes(e.id) && e.state !== 'corrupt' : e.state === 'queued',
    );
    for (const e of entries)
      ctx.stdout(`would send ${e.id} (${e.state}, ${e.event_count ?? '?'} events)`);
    ctx.stdout(`-- ${entries.length} batches would be sent`);
    return { exitCode: ExitCode.OK };
  }
  const target = externalUrl(ctx);
  await store.open();
  const lock = await takeLock(ctx, deps, store);
  ctx = lockedContext(ctx, lock);
  try {
    const dispatcher = createDispatcher(ctx, deps, spool, started);
    if (ctx.progress) ctx.progress.current = () => ({ events: liveEvents(dispatcher) });
    const summary = await resendSpooled(
      spool,
      dispatcher,
      {
        onlyDue: false,
        ids: inv.ids,
        now: started,
        spoolMaxAgeMs: ctx.config.spoolMaxAgeMs,
        target,
        stop: ctx.signal,
      },
      ctx.log,
    );
    await dispatcher.drain();
    const exits = [...summary.exits, ...dispatcher.exits];
    for (const id of summary.notFound)
      ctx.log.error({ batch: id }, 'no such batch in the spool (or it is corrupt: see spool ls)');
    if (summary.notFound.length > 0) exits.push(ExitCode.USAGE);
    const depth = await spoolDepth(spool, ctx.clock.now());
    // Without ids every queued batch was this command's job; with ids, those that stayed (a
    // batch split after a 413 counts by its parts).
    const left = inv.ids.length > 0 ? dispatcher.stats.batchesKept : depth.queued;
    if (left > 0 || summary.foreign > 0 || ctx.signal.aborted) exits.push(ExitCode.TEMPFAIL);
    const counts = await spoolCounts(spool);
    warnDeadBatches(counts, ctx.log);
    return {
      exitCode: worstExit(...exits),
      events: {
        fetched: 0,
        delivered: dispatcher.stats.delivered,
        spooled: 0,
        rejected: dispatcher.stats.rejected,
      },
      spoolDepth: depth.queued,
      spoolOldestAgeSeconds: depth.oldestAgeSeconds,
      spoolBatches: counts,
    };
  } finally {
    await lock.release();
  }
}
