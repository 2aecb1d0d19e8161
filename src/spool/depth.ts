import { decodeTime } from 'ulid';
import { SPOOL_STATES, type SpoolState } from './format.js';
import type { Spool } from './store.js';

/** Queued batches and the age of the oldest (its ULID carries its creation time). */
export async function spoolDepth(
  spool: Spool,
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
export async function spoolCounts(spool: Spool): Promise<Record<SpoolState, number>> {
  const counts = {} as Record<SpoolState, number>;
  for (const state of SPOOL_STATES) counts[state] = (await spool.ids(state)).length;
  return counts;
}
