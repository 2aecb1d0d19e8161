import { join } from 'node:path';
import { monotonicFactory, ulid } from 'ulid';
import type { Clock } from '../context.js';
import type { EncodedBatch } from '../encode/batch.js';
import { idempotencyKeyOf, sha256Hex } from '../encode/batch.js';
import { ensureDir, moveDurable, removeDurable, writeDurable, type DurableFs } from './fs.js';
import { listSpoolFiles, type SpoolEntry } from './listing.js';
import {
  serialiseSpoolFile,
  spoolFileSchema,
  SPOOL_STATES,
  SPOOL_VERSION,
  newerVersionOf,
  type SpoolFile,
  type SpoolState,
} from './format.js';

const TMP_MAX_AGE_MS = 60 * 60_000;

export interface SpoolDeps {
  stateDir: string;
  fs: DurableFs;
  clock: Clock;
  random: () => number;
}

export type ReadResult =
  | { ok: true; file: SpoolFile; bytes: number }
  | { ok: false; reason: string }
  | { ok: 'missing' }
  /** Written by a newer build (its checksum holds): left in place, never quarantined (SPEC §9). */
  | { ok: 'newer'; version: number };

export type SpoolPatch = Partial<
  Pick<
    SpoolFile,
    | 'attempts'
    | 'last_attempt_at'
    | 'next_attempt_at'
    | 'last_status'
    | 'last_error'
    | 'requeued_at'
  >
>;

/**
 * Where batches live (SPEC §9, §10a): the files of `STATE_DIR/spool` or the PostgreSQL store. Every
 * change is durable before it returns. Drafts and 413 parts are built the same way for both.
 */
export abstract class SpoolStore {
  protected readonly clock: Clock;
  protected readonly random: () => number;
  readonly #ulid: (seed?: number) => string;

  constructor(deps: { clock: Clock; random: () => number }) {
    this.clock = deps.clock;
    this.random = deps.random;
    this.#ulid = monotonicFactory(deps.random);
  }

  /** A new ULID (monotonic within the run). */
  protected nextId(): string {
    return this.#ulid(this.clock.now());
  }

  /** Prepares the store for writes (directories, or tables); removes debris. */
  abstract open(): Promise<{ staleTempRemoved: number }>;
  /** Writes (or rewrites) a batch in a state, durably. */
  abstract write(file: SpoolFile, state: SpoolState): Promise<void>;
  abstract move(id: string, from: SpoolState, to: SpoolState): Promise<void>;
  abstract remove(id: string, state: SpoolState): Promise<void>;
  /** Ids in a state, oldest first (ULIDs sort by creation time). */
  abstract ids(state: SpoolState): Promise<string[]>;
  /** Reads and checks one batch: schema, version, id, body checksum. */
  abstract read(id: string, state: SpoolState): Promise<ReadResult>;
  /** The batch as one JSON document (the spool file's form), for `spool show`; undefined if gone. */
  abstract text(id: string, state: SpoolState): Promise<string | undefined>;
  /** Metadata of every batch (of one state), without bodies, sorted by id (SPEC §2 `spool ls`). */
  abstract list(only?: SpoolState): Promise<SpoolEntry[]>;
  /**
   * Bytes of the batches still to be sent, `queued` and `held` (SPOOL_MAX_BYTES). Dead batches
   * never stop fetching: one rejected file would otherwise halt the export for good (SPEC §9).
   */
  abstract liveBytes(): Promise<number>;

  /** Builds a new batch (not yet written). */
  draft(batch: EncodedBatch, target: string): SpoolFile {
    const now = this.clock.now();
    const digest = sha256Hex(batch.body);
    return {
      version: SPOOL_VERSION,
      id: this.#ulid(now),
      created_at: new Date(now).toISOString(),
      format: batch.format,
      content_type: batch.contentType,
      target: sha256Hex(target),
      idempotency_key: `"${digest}"`,
      event_count: batch.eventCount,
      window: batch.window,
      body_sha256: digest,
      attempts: 0,
      last_attempt_at: null,
      next_attempt_at: new Date(now).toISOString(),
      last_status: null,
      last_error: null,
      body: batch.body,
    };
  }

  /**
   * A part of a batch split after a 413: a batch of its own (new id, body and key) that keeps the
   * parent's age, so splitting never postpones its expiry.
   */
  part(parent: SpoolFile, body: string, eventCount: number): SpoolFile {
    const digest = sha256Hex(body);
    const file: SpoolFile = {
      ...parent,
      // Named by the parent's creation time: names keep sorting by age (oldest-age metric, order).
      id: ulid(Date.parse(parent.created_at), this.random),
      idempotency_key: `"${digest}"`,
      event_count: eventCount,
      body_sha256: digest,
      attempts: 0,
      last_attempt_at: null,
      next_attempt_at: new Date(this.clock.now()).toISOString(),
      last_status: null,
      last_error: null,
      body,
    };
    return file;
  }

  async update(file: SpoolFile, state: SpoolState, patch: SpoolPatch): Promise<SpoolFile> {
    const next = { ...file, ...patch };
    await this.write(next, state);
    return next;
  }
}

/**
 * Checks a stored batch: schema, version, id matching its name, body checksum and key. A batch of a
 * newer format whose checksum holds is `newer` (left in place, never quarantined).
 */
export function checkSpoolJson(json: unknown, id: string, bytes: number): ReadResult {
  const newer = newerVersionOf(json);
  if (newer !== undefined) {
    const { body, body_sha256: digest } = json as { body?: unknown; body_sha256?: unknown };
    if (typeof body === 'string' && digest === sha256Hex(body))
      return { ok: 'newer', version: newer };
  }
  const parsed = spoolFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `schema: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    };
  }
  const file = parsed.data;
  if (file.id !== id) return { ok: false, reason: `id ${file.id} does not match the file name` };
  if (sha256Hex(file.body) !== file.body_sha256)
    return { ok: false, reason: 'body checksum mismatch' };
  if (idempotencyKeyOf(file.body) !== file.idempotency_key)
    return { ok: false, reason: 'idempotency key does not match the body' };
  return { ok: true, file, bytes };
}

/** `STATE_DIR/spool/<state>/<ULID>.json` (SPEC §9). Every change is durable before it returns. */
export class Spool extends SpoolStore {
  readonly root: string;
  readonly #deps: SpoolDeps;

  constructor(deps: SpoolDeps) {
    super(deps);
    this.#deps = deps;
    this.root = join(deps.stateDir, 'spool');
  }

  dir(state: SpoolState | 'tmp'): string {
    return join(this.root, state);
  }

  path(state: SpoolState, id: string): string {
    return join(this.dir(state), `${id}.json`);
  }

  /** Creates the directories (exit 73 when impossible) and removes temp files older than 1 h. */
  async open(): Promise<{ staleTempRemoved: number }> {
    const { fs } = this.#deps;
    await ensureDir(fs, this.#deps.stateDir, false);
    await ensureDir(fs, this.root);
    for (const state of ['tmp', ...SPOOL_STATES] as const) await ensureDir(fs, this.dir(state));
    let removed = 0;
    const now = this.#deps.clock.now();
    for (const name of await fs.readdir(this.dir('tmp'))) {
      const path = join(this.dir('tmp'), name);
      const st = await fs.stat(path).catch(() => undefined);
      // A younger temp file may be a write in progress (a run holding the lock); old ones are debris.
      if (st && now - st.mtimeMs > TMP_MAX_AGE_MS) {
        await fs.unlink(path).catch(() => undefined);
        removed += 1;
      }
    }
    return { staleTempRemoved: removed };
  }

  async write(file: SpoolFile, state: SpoolState): Promise<void> {
    const tmp = join(this.dir('tmp'), `${file.id}.${this.nextId()}.tmp`);
    await writeDurable(this.#deps.fs, tmp, this.path(state, file.id), serialiseSpoolFile(file));
  }

  async move(id: string, from: SpoolState, to: SpoolState): Promise<void> {
    await moveDurable(this.#deps.fs, this.path(from, id), this.path(to, id));
  }

  async remove(id: string, state: SpoolState): Promise<void> {
    await removeDurable(this.#deps.fs, this.path(state, id));
  }

  async ids(state: SpoolState): Promise<string[]> {
    const names = await this.#deps.fs.readdir(this.dir(state)).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [] as string[];
      throw error;
    });
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .sort();
  }

  async read(id: string, state: SpoolState): Promise<ReadResult> {
    let text: string;
    try {
      text = await this.#deps.fs.readFile(this.path(state, id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: 'missing' };
      return {
        ok: false,
        reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`,
      };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'not valid JSON' };
    }
    return checkSpoolJson(json, id, Buffer.byteLength(text));
  }

  async text(id: string, state: SpoolState): Promise<string | undefined> {
    return this.#deps.fs.readFile(this.path(state, id), 'utf8').catch(() => undefined);
  }

  list(only?: SpoolState): Promise<SpoolEntry[]> {
    return listSpoolFiles(this, only);
  }

  async liveBytes(): Promise<number> {
    let total = 0;
    for (const state of ['queued', 'held'] as const) {
      for (const id of await this.ids(state)) {
        const st = await this.#deps.fs.stat(this.path(state, id)).catch(() => undefined);
        total += st?.size ?? 0;
      }
    }
    return total;
  }
}
