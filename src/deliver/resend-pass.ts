import { ExitCode } from '../exit-codes.js';
import type { Logger } from '../log.js';
import { sha256Hex } from '../encode/batch.js';
import { listSpool, type SpoolEntry } from '../spool/listing.js';
import { ageStart, type SpoolState } from '../spool/format.js';
import type { SpoolStore } from '../spool/store.js';
import type { Dispatcher } from './dispatcher.js';

export interface ResendOptions {
  /** `export` sends only due batches; `resend` ignores due times. */
  onlyDue: boolean;
  /** Explicit ids (any state but corrupt); empty means every queued batch. */
  ids: readonly string[];
  now: number;
  spoolMaxAgeMs: number;
  /** EXTERNAL_API_URL: batches spooled for another target are left alone. */
  target: string;
  stop: AbortSignal;
}

export interface ResendSummary {
  sent: number;
  quarantined: number;
  expired: number;
  /** Files of a newer spool format, left in place (exit 65). */
  newer: number;
  foreign: number;
  notFound: string[];
  exits: number[];
}

/** Moves an unreadable or tampered file out of the way; the others still go (SPEC §9). */
async function quarantine(
  spool: SpoolStore,
  id: string,
  state: SpoolState,
  reason: string,
  log: Logger,
): Promise<void> {
  await spool.move(id, state, 'corrupt');
  log.error({ batch: id, state, reason }, 'spool file quarantined to corrupt');
}

async function locate(
  spool: SpoolStore,
  ids: readonly string[],
): Promise<{ found: SpoolEntry[]; missing: string[] }> {
  const all = await listSpool(spool);
  const byId = new Map(all.map((e) => [e.id, e]));
  const found: SpoolEntry[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    if (entry && entry.state !== 'corrupt') found.push(entry);
    else missing.push(id);
  }
  return { found, missing };
}

/** Sends spooled batches oldest first, after expiring and quarantining what must not be sent. */
export async function resendSpooled(
  spool: SpoolStore,
  dispatcher: Dispatcher,
  options: ResendOptions,
  log: Logger,
): Promise<ResendSummary> {
  const summary: ResendSummary = {
    sent: 0,
    quarantined: 0,
    expired: 0,
    newer: 0,
    foreign: 0,
    notFound: [],
    exits: [],
  };
  const explicit = options.ids.length > 0;
  let entries: SpoolEntry[];
  if (explicit) {
    const { found, missing } = await locate(spool, options.ids);
    entries = found;
    summary.notFound = missing;
  } else {
    entries = await listSpool(spool, 'queued');
  }
  const target = sha256Hex(options.target);
  for (const entry of entries) {
    if (options.stop.aborted) break;
    if (!explicit && entry.created_at !== null) {
      // Counted from `requeued_at` once an operator requeued it, or the next run undoes the requeue.
      if (
        options.now - ageStart({ ...entry, created_at: entry.created_at }) >
        options.spoolMaxAgeMs
      ) {
        await spool.move(entry.id, 'queued', 'expired');
        summary.expired += 1;
        summary.exits.push(ExitCode.UNAVAILABLE);
        log.error(
          {
            batch: entry.id,
            created_at: entry.created_at,
            requeued_at: entry.requeued_at,
            hint: 'see the runbook: spool requeue it once the receiver takes it, or spool rm it',
          },
          'batch older than SPOOL_MAX_AGE: moved to expired',
        );
        continue;
      }
      if (
        options.onlyDue &&
        entry.next_attempt_at !== null &&
        Date.parse(entry.next_attempt_at) > options.now
      )
        continue;
    }
    const read = await spool.read(entry.id, entry.state);
    if (read.ok === 'missing') continue;
    if (read.ok === 'newer') {
      summary.newer += 1;
      summary.exits.push(ExitCode.DATAERR);
      log.warn(
        {
          batch: entry.id,
          state: entry.state,
          version: read.version,
          hint: 'send it with the newer dify-export that wrote it, or upgrade this one',
        },
        'spool file written by a newer dify-export: left in place and skipped',
      );
      continue;
    }
    if (read.ok === false) {
      await quarantine(spool, entry.id, entry.state, read.reason, log);
      summary.quarantined += 1;
      summary.exits.push(ExitCode.DATAERR);
      continue;
    }
    if (read.file.target !== target) {
      summary.foreign += 1;
      log.warn(
        { batch: entry.id },
        'batch was spooled for another EXTERNAL_API_URL: left alone (resend it there, or spool rm it)',
      );
      continue;
    }
    if (!(await dispatcher.resend(read.file, entry.state))) break;
    summary.sent += 1;
  }
  return summary;
}
