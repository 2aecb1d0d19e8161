import type { Invocation } from '../cli.js';
import type { RunContext, RunReport } from '../context.js';
import { runCheck } from './check.js';
import { runExport } from './export.js';
import { runResend } from './resend.js';
import { runSpoolLs, runSpoolRequeue, runSpoolRm, runSpoolShow } from './spool.js';
import { runStateMigrate } from './migrate.js';
import { runStateShow } from './state.js';
import { runVerify } from './verify.js';

/** Dispatches a parsed invocation to its command. Commands return data; printing goes via ctx.stdout. */
export async function runCommand(inv: Invocation, ctx: RunContext): Promise<RunReport> {
  switch (inv.command) {
    case 'export':
      return runExport(inv, ctx);
    case 'resend':
      return runResend(inv, ctx);
    case 'spool ls':
      return runSpoolLs(inv, ctx);
    case 'spool show':
      return runSpoolShow(inv, ctx);
    case 'spool rm':
      return runSpoolRm(inv, ctx);
    case 'spool requeue':
      return runSpoolRequeue(inv, ctx);
    case 'check':
      return runCheck(inv, ctx);
    case 'state show':
      return runStateShow(inv, ctx);
    case 'state migrate':
      return runStateMigrate(inv, ctx);
    case 'verify':
      return runVerify(inv, ctx);
  }
}
