import type { InvocationOf } from '../cli.js';
import type { Config } from '../config/config.js';
import type { RunContext, RunReport } from '../context.js';
import { openUsageSession } from '../dify/index.js';
import type { UsageSession, UsageSourceDeps } from '../dify/source.js';
import { DifyExportError, UsageError } from '../errors.js';
import { ExitCode, worstExit } from '../exit-codes.js';
import { readDifyDays, statsKind } from '../verify/dify-stats.js';
import { ProbeBudget } from '../verify/probe.js';
import { reconcile, type VerifyRow } from '../verify/reconcile.js';
import { footer, rowJson, table } from '../verify/render.js';
import { Tally } from '../verify/tally.js';
import { verifyWindow } from '../verify/window.js';

export interface VerifyDeps {
  openSession: (deps: UsageSourceDeps) => Promise<UsageSession>;
}

/** DIFY_EXCLUDE_CONSOLE, read where the configuration has it. */
function excludesConsole(config: Config): boolean {
  return (config as Partial<Record<'difyExcludeConsole', boolean>>).difyExcludeConsole === true;
}

/**
 * The configuration the extraction runs with: export's own, narrowed to `--app`, with console
 * usage kept so the console share can be shown (verify leaves it out of the exported side itself
 * when DIFY_EXCLUDE_CONSOLE is set), and the model from the app: the chat conversation detail read
 * marks a conversation read in Dify, and tokens do not need the model.
 */
function extractionConfig(config: Config, apps: readonly string[], keepConsole = true): Config {
  const narrowed =
    apps.length === 0
      ? config.difyApps
      : apps.filter((id) => config.difyApps === undefined || config.difyApps.includes(id));
  const out: Config = { ...config, difyApps: narrowed };
  if (keepConsole && excludesConsole(config)) Object.assign(out, { difyExcludeConsole: false });
  if ('difyModelSource' in config) Object.assign(out, { difyModelSource: 'app' });
  return out;
}

/** The ids of the events `export` would send for `config`'s apps in the window. */
async function exportedIds(
  deps: VerifyDeps,
  ctx: RunContext,
  config: Config,
  window: { from: number; to: number },
): Promise<Set<string>> {
  const session = await deps.openSession({ ...ctx, config });
  const ids = new Set<string>();
  for await (const event of session.events(window)) ids.add(event.id);
  return ids;
}

/**
 * `verify` (SPEC §2): extracts the window as `export` does, sums it per app × day in the account's
 * zone, reads Dify's own token statistics for the same apps and days, and explains each
 * difference or calls it unexplained (exit 65). Read only: no lock, no state, no POST.
 */
export async function runVerify(
  inv: InvocationOf<'verify'>,
  ctx: RunContext,
  deps: VerifyDeps = { openSession: openUsageSession },
): Promise<RunReport> {
  const { config, log } = ctx;
  const excludeConsole = excludesConsole(config);
  const session = await deps.openSession({ ...ctx, config: extractionConfig(config, inv.apps) });
  const get = session.get;
  const listApps = session.listApps?.bind(session);
  if (!get || !listApps)
    throw new DifyExportError(
      'VERIFY_UNSUPPORTED',
      'SOFTWARE',
      'the Dify session cannot read statistics',
    );
  const timeZone = session.accountTimezone ?? 'UTC';
  const readStartedAt = ctx.clock.now();
  const window = verifyWindow({
    since: inv.since,
    until: inv.until,
    now: readStartedAt,
    timeZone,
    settleDelayMs: config.settleDelayMs,
  });
  const all = await listApps();
  for (const id of inv.apps)
    if (!all.some((a) => a.id === id))
      throw new UsageError(`--app ${id}: no such app in the workspace`);
  const selected = all
    .filter(
      (a) =>
        (inv.apps.length === 0 || inv.apps.includes(a.id)) &&
        (config.difyApps === undefined || config.difyApps.includes(a.id)) &&
        !config.difyExcludeApps.includes(a.id),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  log.info(
    {
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
      timezone: timeZone,
      apps: selected.length,
    },
    'verifying window',
  );
  if (window.settleCut)
    log.warn(
      'the window ends inside SETTLE_DELAY: its last day is cut at now − SETTLE_DELAY on both sides',
    );

  // Chatflow node events carry no `from_source`: what DIFY_EXCLUDE_CONSOLE drops of them is
  // learnt by reading those apps once more exactly as `export` does.
  const chatflows = selected.filter((a) => a.mode === 'advanced-chat').map((a) => a.id);
  const exact =
    excludeConsole && chatflows.length > 0
      ? await exportedIds(deps, ctx, extractionConfig(config, chatflows, false), window)
      : undefined;
  const tally = new Tally(timeZone);
  let fetched = 0;
  for await (const item of session.items(window)) {
    if (item.kind !== 'event') continue;
    const event = item.event;
    const excluded =
      exact && event.app_mode === 'advanced-chat'
        ? !exact.has(event.id)
        : excludeConsole && event.from_source === 'console';
    tally.add(event, excluded, item.parentAt);
    fetched += 1;
  }
  const outcome = session.outcome();
  const failed = new Set(outcome.failedApps.map((a) => a.appId));

  const budget = new ProbeBudget(inv.maxProbes);
  const rows: VerifyRow[] = [];
  for (const app of selected) {
    const kind = statsKind(app.mode);
    if (!kind || failed.has(app.id)) continue;
    const dify = await readDifyDays(get, app.id, kind, window, timeZone);
    const days = new Set([...dify.keys()]);
    for (const cell of tally.cells.values()) if (cell.appId === app.id) days.add(cell.day);
    for (const day of [...days].sort()) {
      const row = await reconcile(
        { get, timeZone, excludeConsole, budget, window, readStartedAt },
        app,
        kind,
        tally.cell(app.id, day),
        dify.get(day),
      );
      rows.push(row);
      if (row.status === 'unexplained')
        log.error(
          {
            app_id: app.id,
            app_name: app.name,
            day,
            delta_tokens: row.delta.tokens,
            delta_cost: row.delta.cost,
          },
          `unexplained difference: ${app.name} on ${day}`,
        );
    }
  }

  if (inv.json) for (const row of rows) ctx.stdout(rowJson(row));
  else {
    for (const line of table(rows)) ctx.stdout(line);
    ctx.stdout(footer(rows, budget));
  }
  const notProbed = rows.filter((r) => r.explanations.some((e) => e.code === 'console_not_probed'));
  if (notProbed.length > 0)
    log.warn(
      { app_days: notProbed.length, max_probes: inv.maxProbes },
      'some console usage was not probed: raise --max-probes to prove it',
    );
  const unexplained = rows.filter((r) => r.status === 'unexplained').length;
  log.info(
    { app_days: rows.length, unexplained, probes: budget.used, events: fetched },
    unexplained > 0
      ? 'verify found unexplained differences'
      : 'verify: every difference is explained',
  );
  return {
    exitCode: worstExit(
      unexplained > 0 ? ExitCode.DATAERR : ExitCode.OK,
      failed.size > 0 ? ExitCode.DATAERR : ExitCode.OK,
    ),
    events: { fetched, delivered: 0, spooled: 0, rejected: 0 },
  };
}
