import type { Invocation } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { runExportDryRun } from './export-dry-run.js';
import { notAvailable } from './not-available.js';

export async function runExport(inv: Invocation, ctx: RunContext): Promise<RunReport> {
  if (inv.command === 'export' && inv.dryRun) return runExportDryRun(inv, ctx);
  await Promise.resolve();
  return notAvailable(inv.command);
}
