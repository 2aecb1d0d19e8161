import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { openUsageSession } from '../dify/index.js';
import type { UsageSession, UsageSourceDeps } from '../dify/source.js';
import { cloudEventSource, toCloudEvent } from '../encode/cloudevents.js';
import { ExitCode } from '../exit-codes.js';
import { resolveWindow } from './window.js';

export interface DryRunDeps {
  openSession: (deps: UsageSourceDeps) => Promise<UsageSession>;
}

/**
 * `export --dry-run` (SPEC §2): fetches and encodes the window, prints each CloudEvent as one JSON
 * line as soon as it is produced, and sends, spools, locks and records nothing.
 */
export async function runExportDryRun(
  inv: InvocationOf<'export'>,
  ctx: RunContext,
  deps: DryRunDeps = { openSession: openUsageSession },
): Promise<RunReport> {
  const { config, log } = ctx;
  // TODO(lead): pass the stored watermark once the state module is integrated.
  const window = resolveWindow({
    since: inv.since,
    until: inv.until,
    watermark: undefined,
    config,
    now: ctx.clock.now(),
  });
  if (config.exportFormat === 'api-meter')
    log.warn('dry run prints CloudEvents; api-meter records are not available in dry runs yet');
  const session = await deps.openSession({
    config,
    log,
    redactor: ctx.redactor,
    clock: ctx.clock,
    random: ctx.random,
    signal: ctx.signal,
  });
  const source = cloudEventSource({
    difyApiUrl: session.difyUrl,
    workspaceId: session.workspaceId,
  });
  let count = 0;
  for await (const event of session.events(window)) {
    ctx.stdout(JSON.stringify(toCloudEvent(event, source)));
    count++;
  }
  const outcome = session.outcome();
  log.info(
    {
      window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() },
      events: count,
      items_fetched: outcome.itemsFetched,
      safe_until: new Date(outcome.safeUntil).toISOString(),
      failed_apps: outcome.failedApps.length,
    },
    'dry run: nothing was sent or recorded',
  );
  return {
    exitCode: outcome.failedApps.length > 0 ? ExitCode.DATAERR : ExitCode.OK,
    events: { fetched: count, delivered: 0, spooled: 0, rejected: 0 },
  };
}
