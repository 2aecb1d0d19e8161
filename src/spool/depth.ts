import { decodeTime } from 'ulid';
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
