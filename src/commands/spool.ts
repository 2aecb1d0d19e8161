import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import {
  defaultDeliveryDeps,
  withLockedStore,
  withStore,
  type DeliveryDeps,
} from '../deliver/runtime.js';
import { DifyExportError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { spoolCounts } from '../spool/depth.js';
import { listSpool, type SpoolEntry } from '../spool/listing.js';
import { entryJson, spoolTable } from '../spool/table.js';
import { decodeBody } from '../spool/show.js';
import type { ReadResult, SpoolStore } from '../spool/store.js';

/** `spool ls`: no lock, tolerant of files moving underneath (SPEC §2). */
export async function runSpoolLs(
  inv: InvocationOf<'spool ls'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  const entries = await withStore(ctx, deps, (store) => listSpool(store.spool, inv.state));
  if (inv.json) for (const e of entries) ctx.stdout(entryJson(e));
  else for (const line of spoolTable(entries)) ctx.stdout(line);
  return { exitCode: ExitCode.OK };
}

async function find(spool: SpoolStore, ids: readonly string[]): Promise<SpoolEntry[]> {
  const all = new Map((await listSpool(spool)).map((e) => [e.id, e]));
  const missing = ids.filter((id) => !all.has(id));
  if (missing.length > 0) {
    throw new UsageError(`no such batch in the spool: ${missing.join(', ')}`, {
      hint: 'see dify-export spool ls',
    });
  }
  return ids.map((id) => all.get(id)!);
}

/** `spool show <id>`: metadata, then each decoded event (or rollup record) as one JSON line. */
export async function runSpoolShow(
  inv: InvocationOf<'spool show'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  const { entry, text } = await withStore(ctx, deps, async ({ spool }) => {
    const [found] = await find(spool, [inv.id]);
    return { entry: found, text: await spool.text(inv.id, found!.state) };
  });
  if (text === undefined) throw new UsageError(`batch ${inv.id} vanished while reading it`);
  const { meta, items, problem } = decodeBody(text);
  ctx.stdout(`state: ${entry!.state}`);
  for (const [key, value] of Object.entries(meta))
    ctx.stdout(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  if (problem !== undefined) ctx.stdout(`problem: ${problem}`);
  for (const item of items) ctx.stdout(JSON.stringify(item));
  return { exitCode: ExitCode.OK };
}

/** `spool rm <id>… [--yes]`: asks unless --yes; refuses without --yes when stdin is no terminal. */
export async function runSpoolRm(
  inv: InvocationOf<'spool rm'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  if (!inv.yes && !ctx.stdinIsTTY) {
    throw new UsageError(
      'spool rm deletes batches for good: refusing without --yes when stdin is not a terminal',
      {
        hint: 'add --yes to confirm',
      },
    );
  }
  return withLockedStore(ctx, deps, async ({ spool }) => {
    const entries = await find(spool, inv.ids);
    if (!inv.yes) {
      const events = entries.reduce((n, e) => n + (e.event_count ?? 0), 0);
      const ok = await ctx.confirm(
        `Delete ${entries.length} batch(es) with ${events} events for good? They will never be sent.`,
      );
      if (!ok) {
        ctx.stdout('nothing deleted');
        return { exitCode: ExitCode.OK };
      }
    }
    for (const e of entries) {
      await spool.remove(e.id, e.state);
      ctx.log.warn(
        { batch: e.id, state: e.state, events: e.event_count },
        'batch deleted by spool rm',
      );
      ctx.stdout(`deleted ${e.id} (${e.state})`);
    }
    return { exitCode: ExitCode.OK, spoolBatches: await spoolCounts(spool) };
  });
}

const REQUEUABLE = new Set(['rejected', 'held', 'expired']);

function unreadable(read: Exclude<ReadResult, { ok: true }>): string {
  if (read.ok === 'missing') return 'it vanished';
  if (read.ok === 'newer')
    return `written by a newer dify-export (spool format ${read.version}); use that version`;
  return read.reason;
}

/** `7d`, `36h`, `90m`, `45s`: the largest unit that divides the duration, as in configuration. */
function shortDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
  ] as const)
    if (s >= size && s % size === 0) return `${s / size}${unit}`;
  return `${s}s`;
}

/** `spool requeue <id>…`: rejected, held or expired → queued, due now. */
export async function runSpoolRequeue(
  inv: InvocationOf<'spool requeue'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  return withLockedStore(ctx, deps, async ({ spool }) => {
    const entries = await find(spool, inv.ids);
    const wrong = entries.filter((e) => !REQUEUABLE.has(e.state));
    if (wrong.length > 0) {
      throw new UsageError(
        `only rejected, held or expired batches can be requeued: ${wrong.map((e) => `${e.id} is ${e.state}`).join(', ')}`,
      );
    }
    const now = new Date(ctx.clock.now()).toISOString();
    for (const e of entries) {
      const read = await spool.read(e.id, e.state);
      if (read.ok !== true) {
        throw new DifyExportError(
          'SPOOL_UNREADABLE',
          'DATAERR',
          `batch ${e.id} cannot be requeued: ${unreadable(read)}`,
        );
      }
      // Rewrite in place first, then rename: a crash between leaves one copy, never two. The age
      // that expires it starts again now, or the next export would expire it straight back.
      await spool.update(read.file, e.state, { next_attempt_at: now, requeued_at: now });
      await spool.move(e.id, e.state, 'queued');
      const expires = new Date(ctx.clock.now() + ctx.config.spoolMaxAgeMs).toISOString();
      ctx.stdout(
        `requeued ${e.id} (was ${e.state}): due now; expires at ${expires} (in ${shortDuration(ctx.config.spoolMaxAgeMs)}, SPOOL_MAX_AGE) unless delivered`,
      );
    }
    return { exitCode: ExitCode.OK, spoolBatches: await spoolCounts(spool) };
  });
}
