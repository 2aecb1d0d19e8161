import { join } from 'node:path';
import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { defaultDeliveryDeps, type DeliveryDeps } from '../deliver/runtime.js';
import { ConfigError, DifyExportError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { lockKey, remoteLock, type LockGuard } from '../lock/index.js';
import { describeServerUrl, serverKindOf } from '../lock/server-url.js';
import { sha256Hex } from '../encode/batch.js';
import { SPOOL_STATES, type SpoolState } from '../spool/format.js';
import { writeDurable } from '../spool/fs.js';
import { fileLock, LOCK_FILE } from '../state/lock.js';
import { FileStore, MIGRATED_FILE, readMigrated, type MigratedMark } from '../store/file.js';
import type { MigratedBatch } from '../store/postgres.js';

/** The PostgreSQL URL to migrate to: `--to`, else STATE_URL. Never repeated in a message. */
function targetUrl(inv: InvocationOf<'state migrate'>, ctx: RunContext): string {
  const url = inv.to ?? ctx.config.stateUrl;
  if (url === undefined)
    throw new UsageError('state migrate needs the PostgreSQL store to copy into', {
      hint: 'set STATE_URL (or STATE_URL_FILE), or pass --to postgres://…',
    });
  let parses = true;
  try {
    new URL(url);
  } catch {
    parses = false;
  }
  if (!parses || serverKindOf(url) !== 'postgres')
    throw new UsageError('--to: expected a postgres:// or postgresql:// URL', {
      hint: 'the same form as STATE_URL, e.g. postgres://user@host:5432/db',
    });
  return url;
}

/** Every batch of the file store as it is on disk, unreadable ones included (they stay corrupt). */
async function fileBatches(store: FileStore): Promise<MigratedBatch[]> {
  const out: MigratedBatch[] = [];
  for (const state of SPOOL_STATES) {
    for (const id of await store.spool.ids(state)) {
      const text = await store.spool.text(id, state);
      if (text === undefined) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const object =
        typeof json === 'object' && json !== null && !Array.isArray(json)
          ? (json as Record<string, unknown>)
          : undefined;
      const { body, ...meta } = object ?? {};
      // A file that is not a batch keeps its raw text as body, so `spool show` still shows it.
      const keepsBody = object !== undefined && typeof body === 'string';
      out.push({
        id,
        state: keepsBody ? state : ('corrupt' satisfies SpoolState),
        meta: keepsBody ? meta : {},
        body: keepsBody ? body : text,
        bytes: Buffer.byteLength(text),
      });
    }
  }
  return out;
}

/**
 * `state migrate [--to <postgres url>]` (SPEC §10a): copies `STATE_DIR`'s state and every batch into
 * the PostgreSQL store under this exporter's key, in one transaction, holding both the file lock and
 * the PostgreSQL lock; then marks STATE_DIR migrated (its runs refuse from then on). Re-running is a
 * no-op; a database that already holds another state for the key is refused (78).
 */
export async function runStateMigrate(
  inv: InvocationOf<'state migrate'>,
  ctx: RunContext,
  deps: DeliveryDeps = defaultDeliveryDeps,
): Promise<RunReport> {
  const { config } = ctx;
  const url = targetUrl(inv, ctx);
  if (
    config.difyApiUrl === undefined ||
    config.externalApiUrl === undefined ||
    config.difyAuth === undefined
  )
    throw new ConfigError([
      ...(config.difyApiUrl === undefined
        ? ['DIFY_API_URL: required by state migrate (the store key is derived from it)']
        : []),
      ...(config.externalApiUrl === undefined
        ? ['EXTERNAL_API_URL: required by state migrate (the store key is derived from it)']
        : []),
      // Else the state would be filed under a key the exporter never reads: its next run would
      // start from INITIAL_SINCE and send the whole window again.
      ...(config.difyAuth === undefined
        ? [
            'DIFY_EMAIL: required by state migrate, or DIFY_WORKSPACE_ID (the store key is derived from it)',
          ]
        : []),
    ]);
  const where = describeServerUrl(url);
  const key = lockKey(config);
  const file = new FileStore({
    fs: deps.fs,
    stateDir: config.stateDir,
    clock: ctx.clock,
    random: ctx.random,
  });
  const mark = await readMigrated(deps.fs, config.stateDir);
  if (mark !== undefined) {
    ctx.stdout(
      `STATE_DIR ${config.stateDir} was already migrated to ${mark.migrated_to} (schema ${mark.schema}) at ${mark.at}: nothing to do`,
    );
    return { exitCode: ExitCode.OK };
  }
  // No file-store run may change STATE_DIR while it is copied.
  const fileGuard = await fileLock({
    fs: deps.fs,
    stateDir: config.stateDir,
    clock: ctx.clock,
    maxRuntimeMs: config.maxRuntimeMs,
    ...deps.lock,
  }).acquire(LOCK_FILE);
  let remoteGuard: LockGuard | undefined;
  try {
    // With LOCK_URL the exporter's runs hold that lock, not the file: hold it too while copying.
    // (LOCK_URL naming the very store copied into is the lock taken there below.)
    if (config.lockUrl !== undefined && config.lockUrl !== url)
      remoteGuard = await (await remoteLock(config))?.acquire(key);
    const state = await file.readState();
    const batches = await fileBatches(file);
    const { PgStore } = await import('../store/postgres.js');
    const { PgLock } = await import('../lock/postgres.js');
    const pg = new PgStore({
      url,
      schema: config.statePgSchema,
      key,
      clock: ctx.clock,
      random: ctx.random,
      idleInTransactionMs: config.stateLockTtlMs,
    });
    try {
      await pg.open();
      const guard = await new PgLock(
        { url, schema: config.statePgSchema },
        { ttlMs: config.stateLockTtlMs },
      ).acquire(key);
      try {
        pg.useLock(guard);
        const at = new Date(ctx.clock.now()).toISOString();
        const marked: MigratedMark = {
          migrated_to: where,
          schema: config.statePgSchema,
          key,
          at,
          batches: batches.length,
        };
        const markDir = () =>
          writeDurable(
            deps.fs,
            join(config.stateDir, `.${MIGRATED_FILE}.${String(process.pid)}.tmp`),
            join(config.stateDir, MIGRATED_FILE),
            `${JSON.stringify(marked, null, 2)}\n`,
          );
        // What this STATE_DIR holds: a copy that committed but whose marker file was never written
        // (the process died in between) is recognised, and not imported again after runs on
        // PostgreSQL delivered and deleted its batches.
        const fingerprint = sha256Hex(
          JSON.stringify({ state: state ?? null, batches: batches.map((b) => [b.id, b.state]) }),
        );
        const recorded = await pg.migration();
        if (recorded !== undefined) {
          if (recorded.fingerprint !== fingerprint)
            throw new DifyExportError(
              'MIGRATE_CHANGED',
              'CONFIG',
              `STATE_DIR ${config.stateDir} changed since it was migrated to ${pg.where} at ${recorded.at} (key ${key})`,
              {
                hint: 'PostgreSQL holds the copy made then, and runs there may have moved on: copying again could send batches twice; sort it out by hand, or use another STATE_PG_SCHEMA',
              },
            );
          await guard.verify();
          await markDir();
          ctx.stdout(
            `STATE_DIR ${config.stateDir} was copied to ${where} at ${recorded.at} already (recorded there): nothing copied again`,
          );
          ctx.stdout(
            `STATE_DIR is left as it was and marked migrated (${MIGRATED_FILE}); set STATE_URL to run on PostgreSQL from now on`,
          );
          return { exitCode: ExitCode.OK };
        }
        const existing = await pg.readState();
        if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(state))
          throw new DifyExportError(
            'MIGRATE_CONFLICT',
            'CONFIG',
            `${pg.where} already holds another state for this exporter (key ${key}, watermark ${existing.watermark ?? '(none)'})`,
            {
              hint: 'it has run on PostgreSQL already: copying this older STATE_DIR would send its batches again; leave it, or use another STATE_PG_SCHEMA',
            },
          );
        // A run on PostgreSQL that started before the migration and died before its state
        // committed: its batches cover what this STATE_DIR already exported.
        const ids = new Set(batches.map((b) => b.id));
        const stray = (await pg.spool.list()).filter((e) => !ids.has(e.id));
        if (stray.length > 0)
          throw new DifyExportError(
            'MIGRATE_CONFLICT',
            'CONFIG',
            `${pg.where} already holds ${stray.length} batch(es) of this exporter that STATE_DIR does not have (key ${key})`,
            {
              hint: 'a run on PostgreSQL started before the migration: copying this STATE_DIR beside its batches would send a window twice; see dify-export spool ls with STATE_URL, or use another STATE_PG_SCHEMA',
            },
          );
        const added = await pg.importFileStore(state, batches, {
          at,
          fingerprint,
          batches: batches.length,
        });
        await guard.verify();
        await markDir();
        const perState = SPOOL_STATES.map(
          (s) => `${s} ${batches.filter((b) => b.state === s).length}`,
        ).join(', ');
        ctx.stdout(
          `migrated STATE_DIR ${config.stateDir} to ${where} (schema ${config.statePgSchema}, key ${key})`,
        );
        ctx.stdout(
          `state: ${state === undefined ? 'none yet' : `watermark ${state.watermark ?? '(none)'}`}${added.stateAdded || state === undefined ? '' : ' (already there)'}`,
        );
        ctx.stdout(
          `batches: ${batches.length} (${perState}); ${added.batchesAdded} added, ${batches.length - added.batchesAdded} already there`,
        );
        ctx.stdout(
          `STATE_DIR is left as it was and marked migrated (${MIGRATED_FILE}); set STATE_URL to run on PostgreSQL from now on`,
        );
        ctx.log.info(
          { key, schema: config.statePgSchema, batches: batches.length },
          'state and spool migrated to PostgreSQL',
        );
        return { exitCode: ExitCode.OK };
      } finally {
        await guard.release();
      }
    } finally {
      await pg.close();
    }
  } finally {
    await remoteGuard?.release();
    await fileGuard.release();
  }
}
