import type { RunContext } from '../context.js';
import { openUsageSession } from '../dify/index.js';
import type { UsageSession, UsageSourceDeps } from '../dify/source.js';
import { DifyExportError } from '../errors.js';
import type { CheckLine } from './line.js';

export type OpenSession = (deps: UsageSourceDeps) => Promise<UsageSession>;

function failure(name: string, error: unknown): CheckLine {
  if (error instanceof DifyExportError) {
    return {
      ok: false,
      name,
      detail: error.message,
      exit: error.exit,
      ...(error.hint !== undefined ? { hint: error.hint } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, name, detail: `unexpected error (a bug): ${message}`, exit: 'SOFTWARE' };
}

/**
 * Logs in to Dify, names the workspace, reads the account timezone and lists the apps: the same
 * calls `export` starts with, without reading any usage.
 */
export async function checkDify(
  ctx: RunContext,
  open: OpenSession = openUsageSession,
): Promise<CheckLine[]> {
  const { config } = ctx;
  const mode = config.difyAuth?.mode === 'admin-key' ? 'admin API key' : 'console login';
  let session: UsageSession;
  try {
    session = await open(ctx);
  } catch (error) {
    return [failure('Dify login', error)];
  }
  const lines: CheckLine[] = [
    { ok: true, name: 'Dify login', detail: `${mode} accepted by ${session.difyUrl}` },
    { ok: true, name: 'Dify workspace', detail: session.workspaceId },
    { ok: true, name: 'Dify account timezone', detail: session.accountTimezone ?? 'UTC' },
  ];
  if (session.listApps) {
    try {
      const apps = await session.listApps();
      const selected = apps.filter(
        (a) =>
          (config.difyApps === undefined || config.difyApps.includes(a.id)) &&
          !config.difyExcludeApps.includes(a.id),
      );
      const missing = (config.difyApps ?? []).filter((id) => !apps.some((a) => a.id === id));
      lines.push(
        missing.length > 0
          ? {
              ok: false,
              name: 'Dify apps',
              detail: `DIFY_APPS names apps the workspace does not have: ${missing.join(', ')}`,
              exit: 'CONFIG',
              hint: 'copy the ids from the app URLs in the Dify console',
            }
          : {
              ok: true,
              name: 'Dify apps',
              detail: `${apps.length} in the workspace, ${selected.length} exported`,
            },
      );
    } catch (error) {
      lines.push(failure('Dify apps', error));
    }
  }
  return lines;
}
