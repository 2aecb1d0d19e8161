import type { InvocationOf } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { openUsageSession } from '../dify/index.js';
import type { UsageSession, UsageSourceDeps } from '../dify/source.js';
import { DailyRollup } from '../encode/api-meter.js';
import { cloudEventSource, toCloudEvent } from '../encode/cloudevents.js';
import { completeDaysUntil } from '../encode/day-window.js';
import { nodeFs } from '../spool/fs.js';
import { openStore } from '../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { logClamp, resolveWindow } from './window.js';

export interface DryRunDeps {
  openSession: (deps: UsageSourceDeps) => Promise<UsageSession>;
}

/**
 * `export --dry-run` (SPEC §2): fetches and encodes the window, prints each CloudEvent as one JSON
 * line as soon as it is produced (api-meter: each daily record once the window is read), and sends,
 * spools, locks and records nothing.
 */
export async function runExportDryRun(
  inv: InvocationOf<'export'>,
  ctx: RunContext,
  deps: DryRunDeps = { openSession: openUsageSession },
): Promise<RunReport> {
  const { config, log } = ctx;
  // The same window a real run would export: from the stored watermark (read, never written).
  const store = await openStore(config, { fs: nodeFs, clock: ctx.clock, random: ctx.random });
  const state = await store.readState().finally(() => store.close());
  const watermark = state?.watermark ? Date.parse(state.watermark) : undefined;
  const window = resolveWindow({
    since: inv.since,
    until: inv.until,
    watermark,
    config,
    now: ctx.clock.now(),
    onClamp: (requested, effective) => {
      logClamp(ctx, requested, effective);
    },
  });
  const apiMeter = config.exportFormat === 'api-meter';
  const session = await deps.openSession(ctx);
  const source = cloudEventSource({
    difyApiUrl: session.difyUrl,
    workspaceId: session.workspaceId,
  });
  const rollup = apiMeter ? new DailyRollup(session.workspaceId, config.exportTimezone) : undefined;
  let count = 0;
  for await (const item of session.items(window)) {
    if (item.kind !== 'event') continue;
    // api-meter: the day of the parent run or message (SPEC §7), as a real run counts it.
    if (rollup) rollup.add(item.event, item.parentAt);
    else ctx.stdout(JSON.stringify(toCloudEvent(item.event, source)));
    count++;
  }
  const outcome = session.outcome();
  if (rollup) {
    // Whole days only, as a real run would send them (SPEC §7).
    const reached = completeDaysUntil(outcome.safeUntil, window, config.exportTimezone);
    for (const record of rollup.records(reached)) ctx.stdout(JSON.stringify(record));
  }
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
  // An app whose listing kept shifting was not read whole: a real run would exit 75.
  const unsettled = (outcome.unsettledApps ?? []).length > 0;
  return {
    exitCode:
      outcome.failedApps.length > 0
        ? ExitCode.DATAERR
        : unsettled
          ? ExitCode.TEMPFAIL
          : ExitCode.OK,
    events: { fetched: count, delivered: 0, spooled: 0, rejected: 0 },
  };
}
