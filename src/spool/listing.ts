import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Spool, SpoolStore } from './store.js';
import {
  metaFromHead,
  newerVersionOf,
  spoolMetaSchema,
  SPOOL_STATES,
  type SpoolMeta,
  type SpoolState,
} from './format.js';

/** One row of `spool ls` (SPEC §2 field names). */
export interface SpoolEntry {
  id: string;
  state: SpoolState;
  event_count: number | null;
  bytes: number;
  created_at: string | null;
  attempts: number | null;
  next_attempt_at: string | null;
  last_status: number | null;
  last_error: string | null;
  format: string | null;
  window: { from: string; to: string } | null;
  requeued_at: string | null;
}

// Metadata plus a 2 KiB last_error (escaped) fits well within this.
const HEAD_BYTES = 16 * 1024;

/**
 * Synchronous on purpose: four syscalls per file on a local disk are far cheaper than four trips
 * through the libuv thread pool, and listing is all the process does at that moment.
 */
interface Found {
  meta: SpoolMeta | undefined;
  bytes: number;
  /** Why the metadata is missing. */
  problem?: string;
}

function readMeta(path: string): Found | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
    let raw = metaFromHead(buffer.toString('utf8', 0, bytesRead));
    if (raw === undefined && size > bytesRead) raw = metaFromHead(readFileSync(fd, 'utf8'));
    const parsed = spoolMetaSchema.safeParse(raw);
    if (parsed.success) return { meta: parsed.data, bytes: size };
    const newer = newerVersionOf(raw);
    return {
      meta: undefined,
      bytes: size,
      problem:
        newer === undefined
          ? 'unreadable metadata'
          : `written by a newer dify-export (spool format ${newer}): left in place`,
    };
  } catch (error) {
    // Deleted or moved by a concurrent run between readdir and open: simply not listed.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Lists batches without a lock; in the file store by reading only the head of each file (the body
 * is last), so 10 000 batches list in well under a second. A file that cannot be parsed is listed
 * with what is known.
 */
export function listSpool(spool: SpoolStore, only?: SpoolState): Promise<SpoolEntry[]> {
  return spool.list(only);
}

/** The file store's listing: the head of each file. */
export async function listSpoolFiles(spool: Spool, only?: SpoolState): Promise<SpoolEntry[]> {
  const out: SpoolEntry[] = [];
  for (const state of only ? [only] : SPOOL_STATES) {
    const ids = await spool.ids(state);
    const metas = ids.map((id) => readMeta(spool.path(state, id)));
    ids.forEach((id, i) => {
      const found = metas[i];
      if (!found) return;
      const m = found.meta;
      out.push({
        id,
        state,
        event_count: m?.event_count ?? null,
        bytes: found.bytes,
        created_at: m?.created_at ?? null,
        attempts: m?.attempts ?? null,
        next_attempt_at: m?.next_attempt_at ?? null,
        last_status: m?.last_status ?? null,
        last_error: m ? m.last_error : (found.problem ?? null),
        format: m?.format ?? null,
        window: m?.window ?? null,
        requeued_at: m?.requeued_at ?? null,
      });
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
