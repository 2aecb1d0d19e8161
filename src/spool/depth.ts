import { decodeTime } from 'ulid';
import { SPOOL_STATES, type SpoolState } from './format.js';
import type { Logger } from '../log.js';
import type { SpoolStore } from './store.js';

/** Queued batches and the age of the oldest (its ULID carries its creation time). */
export async function spoolDepth(
  spool: SpoolStore,
  now: number,
): Promise<{ queued: number; oldestAgeSeconds: number | null }> {
  const ids = await spool.ids('queued');
  const oldest = ids[0];
  if (oldest === undefined) return { queued: 0, oldestAgeSeconds: null };
  let created: number;
  try {
    created = decodeTime(oldest);
  } catch {
    return { queued: ids.length, oldestAgeSeconds: null };
  }
  return { queued: ids.length, oldestAgeSeconds: Math.max(0, Math.round((now - created) / 1000)) };
}

/** Batches per state (names only, no file is read), for the metrics file. */
export async function spoolCounts(spool: SpoolStore): Promise<Record<SpoolState, number>> {
  const counts = {} as Record<SpoolState, number>;
  for (const state of SPOOL_STATES) counts[state] = (await spool.ids(state)).length;
  return counts;
}

/**
 * Dead batches (rejected, expired, corrupt) never come back by themselves. They set the exit code
 * only in the run that made them dead; every run after that says so here, and in the metric
 * `dify_export_spool_batches{state}` (SPEC §3): one old file must not mask "receiver down".
 */
export function warnDeadBatches(counts: Record<SpoolState, number>, log: Logger): void {
  const { rejected, expired, corrupt } = counts;
  if (rejected + expired + corrupt === 0) return;
  log.warn(
    {
      rejected,
      expired,
      corrupt,
      hint: 'dify-export spool ls --state <state>, then spool requeue or spool rm (runbook: docs/operating.md)',
    },
    'dead batches in the spool: they are not sent again until an operator acts',
  );
}
