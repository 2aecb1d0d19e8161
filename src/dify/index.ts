import { notAvailable } from '../commands/not-available.js';
import type { UsageSession, UsageSourceDeps } from './source.js';

/** Logs in to Dify and opens a usage session (implemented by the Dify issue). */
export async function openUsageSession(_deps: UsageSourceDeps): Promise<UsageSession> {
  await Promise.resolve();
  return notAvailable('export');
}
