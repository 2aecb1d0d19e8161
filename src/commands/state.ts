import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { nodeFs, type DurableFs } from '../spool/fs.js';
import { readMigrated } from '../store/file.js';
import { openStore } from '../store/index.js';

/** `state show`: watermark, source identity and the last run, without taking the lock. */
export async function runStateShow(
  _inv: InvocationOf<'state show'>,
  ctx: RunContext,
  fs: DurableFs = nodeFs,
): Promise<RunReport> {
  const store = await openStore(ctx.config, { fs, clock: ctx.clock, random: ctx.random });
  const state = await store.readState().finally(() => store.close());
  if (store.kind === 'file') {
    const mark = await readMigrated(fs, ctx.config.stateDir);
    if (mark !== undefined)
      ctx.stdout(
        `migrated: to ${mark.migrated_to} (schema ${mark.schema}) at ${mark.at}; this copy is no longer updated (set STATE_URL)`,
      );
  }
  if (!state) {
    ctx.stdout(
      `No state yet in ${store.where}: the first export starts from INITIAL_SINCE (${ctx.config.initialSince}).`,
    );
    return { exitCode: ExitCode.OK };
  }
  ctx.stdout(`store: ${store.where}`);
  ctx.stdout(`watermark: ${state.watermark ?? '(none)'}`);
  ctx.stdout(`workspace: ${state.source?.workspace_id ?? '(unknown)'}`);
  ctx.stdout(`dify url: ${state.source?.dify_url ?? '(unknown)'}`);
  ctx.stdout(`target (sha256 of EXTERNAL_API_URL): ${state.target ?? '(none)'}`);
  ctx.stdout(`format: ${state.format ?? '(none)'}`);
  ctx.stdout(`password encoding: ${state.password_encoding ?? '(none)'}`);
  const run = state.last_run;
  if (run) {
    ctx.stdout(`last run: ${run.started_at} → ${run.finished_at}, exit ${run.exit_code}`);
    ctx.stdout(
      `last run events: fetched ${run.events.fetched}, delivered ${run.events.delivered}, spooled ${run.events.spooled}, rejected ${run.events.rejected}`,
    );
    if (run.window) ctx.stdout(`last run window: [${run.window.from}, ${run.window.to})`);
  } else {
    ctx.stdout('last run: (none)');
  }
  return { exitCode: ExitCode.OK };
}
