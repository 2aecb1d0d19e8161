import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Spool, SpoolStore } from './store.js';
import {
  metaFromHead,
  newerVersionOf,
  spoolMetaSchema,
  SPOOL_STATES,
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
  /** The metadata as read (checked by `entryOf`). */
  raw: unknown;
  bytes: number;
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
    return { raw, bytes: size };
  } catch (error) {
    // Deleted or moved by a concurrent run between readdir and open: simply not listed.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A `spool ls` row from a batch's metadata as stored (either store). Metadata that fails its schema
 * is listed with what is known, and why, in `last_error`.
 */
export function entryOf(id: string, state: SpoolState, bytes: number, raw: unknown): SpoolEntry {
  const parsed = spoolMetaSchema.safeParse(raw);
  const m = parsed.success ? parsed.data : undefined;
  const newer = newerVersionOf(raw);
  const problem =
    newer === undefined
      ? 'unreadable metadata'
      : `written by a newer dify-export (spool format ${newer}): left in place`;
  return {
    id,
    state,
    event_count: m?.event_count ?? null,
    bytes,
    created_at: m?.created_at ?? null,
    attempts: m?.attempts ?? null,
    next_attempt_at: m?.next_attempt_at ?? null,
    last_status: m?.last_status ?? null,
    last_error: m ? m.last_error : problem,
    format: m?.format ?? null,
    window: m?.window ?? null,
    requeued_at: m?.requeued_at ?? null,
  };
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
      if (found) out.push(entryOf(id, state, found.bytes, found.raw));
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
