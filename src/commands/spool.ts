import type { Invocation } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { notAvailable } from './not-available.js';

async function pending(inv: Invocation): Promise<RunReport> {
  await Promise.resolve();
  return notAvailable(inv.command);
}

export const runSpoolLs = (inv: Invocation, _ctx: RunContext): Promise<RunReport> => pending(inv);
export const runSpoolShow = (inv: Invocation, _ctx: RunContext): Promise<RunReport> => pending(inv);
export const runSpoolRm = (inv: Invocation, _ctx: RunContext): Promise<RunReport> => pending(inv);
export const runSpoolRequeue = (inv: Invocation, _ctx: RunContext): Promise<RunReport> =>
  pending(inv);
