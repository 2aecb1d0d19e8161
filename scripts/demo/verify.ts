import { isDeepStrictEqual } from 'node:util';
import type { UsageEvent } from '../../src/usage/event.js';

export interface Verdict {
  expected: number;
  received: number;
  missing: string[];
  unexpected: string[];
  different: string[];
}

interface CloudEventLike {
  id?: unknown;
  time?: unknown;
  data?: unknown;
}

/**
 * Compares what the receiver accepted (de-duplicated on source + id) with what the simulator says
 * the window holds: same ids, and each event's `time` and `data` equal to the expected fields.
 */
export function compareEvents(
  received: ReadonlyMap<string, unknown>,
  expected: readonly UsageEvent[],
): Verdict {
  const byId = new Map<string, CloudEventLike>();
  for (const value of received.values()) {
    const ce = value as CloudEventLike;
    if (typeof ce.id === 'string') byId.set(ce.id, ce);
  }
  const missing: string[] = [];
  const different: string[] = [];
  for (const { id, occurred_at, ...data } of expected) {
    const got = byId.get(id);
    if (got === undefined) missing.push(id);
    else if (got.time !== occurred_at || !isDeepStrictEqual(got.data, data)) different.push(id);
  }
  const want = new Set(expected.map((e) => e.id));
  const unexpected = [...byId.keys()].filter((id) => !want.has(id));
  return { expected: expected.length, received: byId.size, missing, unexpected, different };
}

export function verdictOk(v: Verdict): boolean {
  return v.missing.length === 0 && v.unexpected.length === 0 && v.different.length === 0;
}
