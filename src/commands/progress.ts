import type { UsageWindow } from '../dify/source.js';
import type { PassProgress } from '../deliver/window-pass.js';
import type { PendingItem, WindowProgress } from '../state/state-file.js';
import type { TimeExpr } from '../time/parse.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The window this run reads (SPEC §10 "Progress across runs"): a run stopped by its deadline left
 * progress for its window; the next run goes on with exactly that window (the parts already done
 * are not read again), unless it was asked for another one. A regular run continues it when it
 * starts where it did (or when no watermark exists yet: the first window started at INITIAL_SINCE,
 * which moves with the clock); `--since`/`--until` only when they name the same window.
 */
export function continuedWindow(
  saved: WindowProgress | null,
  resolved: UsageWindow,
  asked: {
    since: TimeExpr | undefined;
    until: TimeExpr | undefined;
    watermark: number | undefined;
  },
): WindowPlanned {
  if (saved === null) return { window: resolved, appEnds: {}, conversationsDone: {} };
  const window = { from: Date.parse(saved.window.from), to: Date.parse(saved.window.to) };
  const sameStart =
    window.from === resolved.from || (asked.since === undefined && asked.watermark === undefined);
  const same =
    sameStart && (asked.until === undefined ? window.to <= resolved.to : window.to === resolved.to);
  if (!same) return { window: resolved, appEnds: {}, conversationsDone: {} };
  const appEnds = Object.fromEntries(
    Object.entries(saved.done).map(([app, from]) => [app, Date.parse(from)]),
  );
  const conversationsDone = Object.fromEntries(
    Object.entries(saved.conversations ?? {}).map(([app, c]) => [
      app,
      { above: Date.parse(c.above), before: Date.parse(c.before) },
    ]),
  );
  return { window, appEnds, conversationsDone };
}

export interface WindowPlanned {
  window: UsageWindow;
  appEnds: Record<string, number>;
  conversationsDone: Record<string, { above: number; before: number }>;
}

/** The progress to keep for `window`: what was kept before (same window) plus this pass's. */
export function progressAfter(
  saved: WindowProgress | null,
  window: UsageWindow,
  pass: PassProgress,
): WindowProgress | null {
  const key = { from: iso(window.from), to: iso(window.to) };
  const same = saved !== null && saved.window.from === key.from && saved.window.to === key.to;
  const done: Record<string, string> = { ...(same ? saved.done : {}) };
  for (const [app, from] of Object.entries(pass.done)) {
    const earlier = done[app] === undefined ? Infinity : Date.parse(done[app]);
    done[app] = iso(Math.min(earlier, from));
  }
  // Either record is sound; keep the one reaching further down the listing.
  const conversations: Record<string, { above: string; before: string }> = {
    ...(same ? saved.conversations : {}),
  };
  for (const [app, c] of Object.entries(pass.conversations)) {
    const kept = conversations[app];
    if (kept === undefined || c.above < Date.parse(kept.above))
      conversations[app] = { above: iso(c.above), before: iso(c.before) };
  }
  // An app done whole needs no conversation record any more.
  const partial = Object.fromEntries(
    Object.entries(conversations).filter(([app]) => done[app] === undefined),
  );
  if (Object.keys(done).length === 0 && Object.keys(partial).length === 0) return null;
  return Object.keys(partial).length > 0
    ? { window: key, done, conversations: partial }
    : { window: key, done };
}

/** Pending items after a pass: those re-checked and exported leave, those found join. */
export function nextPending(before: readonly PendingItem[], pass: PassProgress): PendingItem[] {
  const resolved = new Set(pass.resolved);
  const kept = before.filter((p) => !resolved.has(p.id));
  const ids = new Set(kept.map((p) => p.id));
  return [...kept, ...pass.discovered.filter((p) => !ids.has(p.id))];
}

/** Splits off the pending items whose parent is older than `oldest` (PENDING_MAX_AGE, SPEC §10). */
export function givenUpPending(
  items: readonly PendingItem[],
  oldest: number,
): { kept: PendingItem[]; givenUp: PendingItem[] } {
  const kept: PendingItem[] = [];
  const givenUp: PendingItem[] = [];
  for (const p of items) (Date.parse(p.parent_created_at) < oldest ? givenUp : kept).push(p);
  return { kept, givenUp };
}
