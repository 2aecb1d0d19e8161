import { ownUsage, runShape, type RunRef } from './content.js';
import type { Dataset, SimApp } from './dataset.js';
import { clientFilters, parseIso, parseLocalMinute } from './dify-time.js';
import type { Window } from './expected.js';
import type { DifyProfile } from './profiles.js';

export interface MinimumOptions {
  /** Password login costs one request; the admin key none. */
  auth: 'password' | 'admin-key';
  timezone: string;
  /** The exporter's clock when it started reading (the upper bound of workflow logs). */
  now: number;
  profile: DifyProfile;
  /** DIFY_MODEL_SOURCE (default `app`). */
  modelSource?: 'app' | 'conversation' | undefined;
  /** The apps the exporter reads (DIFY_APPS / DIFY_EXCLUDE_APPS); every app when undefined. */
  exported?: ReadonlySet<string> | undefined;
}

export interface MinimumRequests {
  total: number;
  byEndpoint: Record<string, number>;
}

const pages = (n: number): number => Math.max(1, Math.ceil(n / 100));

/** Cursor pages needed to walk a conversation back (newest first) until a message is older than `from`. */
function messagePages(ds: Dataset, app: SimApp, c: number, from: number): number {
  const m = ds.msgCount(app, c);
  let k = 0;
  for (let j = m - 1; j >= 0 && ds.msgTime(app, c, j) * 1000 >= from; j--) k++;
  return Math.min(pages(m), Math.floor(k / 100) + 1);
}

/**
 * The fewest requests Dify's API allows for the data in the window (SPEC §14): every page once,
 * every needed run's node executions once, nothing for items the listing already rules out.
 * A chat listing longer than one page costs one more page (the re-read of page 1 that catches
 * conversations that jumped to the top while the listing ran).
 */
export function minimumRequests(
  ds: Dataset,
  window: Window,
  opts: MinimumOptions,
): MinimumRequests {
  const by: Record<string, number> = {};
  const add = (k: string, n: number): void => {
    if (n > 0) by[k] = (by[k] ?? 0) + n;
  };
  const f = clientFilters(window, opts.timezone, opts.now);
  const inWin = (sec: number): boolean => sec * 1000 >= window.from && sec * 1000 < window.to;
  if (opts.auth === 'password') add('login', 1);
  add('workspaces', 1);
  add('account-profile', 1);
  // `mode=all` pages, then one `mode=agent` listing (a 400 before 1.15, which still counts).
  const agents = ds.apps.filter((a) => a.mode === 'agent').length;
  add('apps', pages(ds.apps.length - agents) + (opts.profile.agentApps ? pages(agents) : 1));
  const start = parseLocalMinute(f.conversationStart, opts.timezone)!;
  // A workflow-tool node with usage needs its tool app: one look-up per provider and run.
  const providers = new Set<string>();
  const nodesOf = (app: SimApp, ref: RunRef): void => {
    add('node-executions', 1);
    for (const n of runShape(ds, app, ref))
      if (n.tool?.providerType === 'workflow' && ownUsage(ds, n)) providers.add(n.tool.providerId);
  };
  for (const app of ds.apps) {
    if (app.mode === 'agent') continue;
    if (opts.exported !== undefined && !opts.exported.has(app.id)) continue;
    if (app.mode === 'workflow') {
      const after = parseIso(f.logsAfter)!;
      const before = parseIso(f.logsBefore)!;
      let rows = 0;
      for (let r = 0; r < ds.runCount(app); r++) {
        const logged = ds.logTime(app, r);
        if (logged === undefined || logged * 1000 < after || logged * 1000 > before) continue;
        rows++;
        if (inWin(logged) && !ds.runRunning(app, r)) nodesOf(app, { kind: 'workflow', r });
      }
      add('workflow-app-logs', pages(rows));
    } else if (app.mode === 'completion') {
      const end = parseLocalMinute(f.completionEnd, opts.timezone)! + 59_000;
      let rows = 0;
      for (let c = 0; c < ds.convCount(app); c++) {
        const t = ds.convTime(app, c) * 1000;
        if (t < start || t >= end) continue;
        rows++;
        if (inWin(ds.convTime(app, c))) add('completion-conversation', 1);
      }
      add('completion-conversations', pages(rows));
    } else {
      // Conversation details read for their model (1.7–1.13 with DIFY_MODEL_SOURCE=conversation).
      const details =
        app.mode !== 'advanced-chat' &&
        opts.profile.listModelNull &&
        opts.modelSource === 'conversation';
      let rows = 0;
      let read = 0;
      for (let c = 0; c < ds.convCount(app); c++) {
        if (ds.convDeleted(app, c) || ds.convUpdated(app, c) * 1000 < start) continue;
        rows++;
        if (ds.convTime(app, c) * 1000 >= window.to) continue;
        add('chat-messages', messagePages(ds, app, c, window.from));
        let inside = 0;
        for (let j = 0; j < ds.msgCount(app, c); j++) {
          if (!inWin(ds.msgTime(app, c, j))) continue;
          inside++;
          if (app.mode === 'advanced-chat') nodesOf(app, { kind: 'chat', c, j });
        }
        if (details && inside > 0) read++;
      }
      add('chat-conversation', read);
      // The re-read of moved conversations: page 1, or, where a detail read bumps `updated_at`
      // (1.10.0–1.12.x), through every conversation read up to the first one that did not move.
      const bumped = opts.profile.detailBumpsUpdatedAt ? read : 0;
      const reread = pages(rows) > 1 ? Math.min(pages(rows), Math.floor(bumped / 100) + 1) : 0;
      add('chat-conversations', pages(rows) + reread);
    }
  }
  add('workflow-tool', providers.size);
  return { total: Object.values(by).reduce((a, b) => a + b, 0), byEndpoint: by };
}
