import type { DatasetSpec } from '../../test/sim/dify/index.js';

const HOUR = 3_600_000;

/**
 * A small workspace with one app of every mode, a few dozen end users and a couple of hundred
 * usage events over the last three days. It ends an hour ago so the default `SETTLE_DELAY` (15m)
 * never cuts through it, and it holds debugger runs that must not be exported.
 */
export function demoDataset(now: number): DatasetSpec {
  return {
    seed: 2026,
    start: now - 72 * HOUR,
    end: now - HOUR,
    apps: [
      { mode: 'chat', name: 'Support bot', conversations: 14, messagesPerConversation: 3 },
      { mode: 'agent-chat', name: 'Research agent', conversations: 8, messagesPerConversation: 4 },
      { mode: 'advanced-chat', name: 'Sales assistant', conversations: 10, debuggerRuns: 2 },
      { mode: 'workflow', name: 'Invoice extractor', runs: 30, debuggerRuns: 3 },
      { mode: 'completion', name: 'Title writer', conversations: 25, numberPrices: true },
    ],
  };
}
