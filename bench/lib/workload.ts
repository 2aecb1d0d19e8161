import type { DatasetSpec } from '../../test/sim/dify/index.js';

const DAY = 86_400_000;
/** A fixed data span, so ids, counts and request numbers are the same on every machine. */
export const DATA_START = Date.parse('2026-10-01T00:00:00Z');
export const DATA_END = DATA_START + 10 * DAY;
/** The exported window covers the data with an hour to spare on both sides. */
export const WINDOW = { from: DATA_START - 3_600_000, to: DATA_END + 3_600_000 };

/**
 * Events of the mix below per unit of `scale`, measured with the simulator's own expected-event
 * generator (10 + 10 + ≈4.99 + ≈1.63 + 1 per unit).
 */
export const EVENTS_PER_UNIT = 27.6;

/**
 * The benchmark's workspace: every app mode, weighted like a busy workspace where chat dominates.
 * One unit of `scale` is one conversation of each chat app (10 messages), one advanced-chat
 * conversation (3 messages, node executions per message), one workflow run and one completion.
 */
export function workload(scale: number): DatasetSpec {
  const n = Math.max(1, Math.round(scale));
  return {
    seed: 14,
    start: DATA_START,
    end: DATA_END,
    apps: [
      { mode: 'chat', name: 'chat', conversations: n, messagesPerConversation: 10 },
      { mode: 'agent-chat', name: 'agent', conversations: n, messagesPerConversation: 10 },
      { mode: 'advanced-chat', name: 'chatflow', conversations: n, messagesPerConversation: 3 },
      { mode: 'workflow', name: 'workflow', runs: n, debuggerRuns: Math.ceil(n / 100) },
      { mode: 'completion', name: 'completion', conversations: n },
    ],
  };
}

/** The scale that gives about `events` events. */
export const scaleFor = (events: number): number => Math.round(events / EVENTS_PER_UNIT);

/**
 * One chat app with 100-message conversations: one Dify request per 100 events, so the run's
 * cost is per event rather than per request (separates the two in the throughput numbers).
 */
export function longChats(events: number): DatasetSpec {
  return {
    seed: 15,
    start: DATA_START,
    end: DATA_END,
    apps: [
      {
        mode: 'chat',
        name: 'long chats',
        conversations: Math.max(1, Math.round(events / 100)),
        messagesPerConversation: 100,
        messageGapSeconds: 1,
      },
    ],
  };
}
