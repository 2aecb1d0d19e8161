import { checkDify } from '../check/dify.js';
import { checkExternal } from '../check/external.js';
import { formatCheckLine, type CheckLine } from '../check/line.js';
import { checkLockServer } from '../check/lock.js';
import { checkStateDir, checkStateStore } from '../check/state-dir.js';
import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { ExitCode, worstExit } from '../exit-codes.js';
import { nodeFs } from '../spool/fs.js';
import { readMigrated } from '../store/file.js';

/**
 * `check` (SPEC §2): every check prints its own line, failures do not stop the others, and the
 * exit code is the worst failure's. Nothing is POSTed to the external API.
 */
export async function runCheck(_inv: InvocationOf<'check'>, ctx: RunContext): Promise<RunReport> {
  const { config } = ctx;
  const lines: CheckLine[] = [];
  const emit = (line: CheckLine): void => {
    lines.push(line);
    ctx.stdout(formatCheckLine(line));
  };
  emit({ ok: true, name: 'configuration', detail: 'valid' });
  for (const line of await checkDify(ctx)) emit(line);
  if (config.externalApiUrl !== undefined)
    emit(await checkExternal(config.externalApiUrl, config.httpTimeoutMs));
  emit(
    config.stateUrl === undefined
      ? await checkStateDir(config.stateDir)
      : await checkStateStore(config, ctx),
  );
  // A STATE_DIR moved to PostgreSQL is writable, but every export on it refuses (78).
  const mark =
    config.stateUrl === undefined ? await readMigrated(nodeFs, config.stateDir) : undefined;
  if (mark !== undefined)
    emit({
      ok: false,
      name: 'state directory',
      detail: `STATE_DIR ${config.stateDir} was migrated to ${mark.migrated_to} (schema ${mark.schema}) at ${mark.at}: its state is no longer the live one`,
      exit: 'CONFIG',
      hint: 'set STATE_URL to that database',
    });
  const lockLine = await checkLockServer(config, ctx.log);
  if (lockLine !== undefined) emit(lockLine);
  return {
    exitCode: worstExit(...lines.map((l) => (l.ok || !l.exit ? ExitCode.OK : ExitCode[l.exit]))),
  };
}
