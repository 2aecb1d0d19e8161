import type { Invocation } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { notAvailable } from './not-available.js';

export async function runStateShow(inv: Invocation, _ctx: RunContext): Promise<RunReport> {
  await Promise.resolve();
  return notAvailable(inv.command);
}
