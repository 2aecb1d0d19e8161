import { hash32, Kind, makeId, parseId, randInt, type IdParts } from './ids.js';
import { difyProfile, type DifyProfile } from './profiles.js';

/** `agent` (1.15+) apps are listed only with `mode=agent` and record no usage. */
export type AppMode = 'chat' | 'agent-chat' | 'advanced-chat' | 'workflow' | 'completion' | 'agent';

export interface SimAppSpec {
  mode: AppMode;
  name?: string;
  /** Chat modes and completion: number of conversations (spread evenly over the data span). */
  conversations?: number;
  /** Chat modes: messages in each conversation (default 3). */
  messagesPerConversation?: number;
  /** Chat modes: conversation index → message count, for a few long conversations. */
  messageCounts?: Readonly<Record<number, number>>;
  /** Seconds between two messages of a conversation (default 7). */
  messageGapSeconds?: number;
  /** Workflow: number of production runs (spread evenly over the data span). */
  runs?: number;
  /** Workflow: run indices still `running` (not final) until `finishRun`. */
  runningRuns?: readonly number[];
  /** Workflow: run indices `paused` (at a Human Input node) until `finishRun`. */
  pausedRuns?: readonly number[];
  /**
   * Workflow: the log row is written when the run finishes (its `created_at` is the finish time,
   * 2 s after the run's unless `finishRun` said otherwise) and runs not final have none, as Dify
   * ≤ 1.10 does. Default: the profile's `logRowAtStart`.
   */
  logWrittenAtEnd?: boolean;
  /** Workflow and advanced-chat: runs started from the debugger (never exported). */
  debuggerRuns?: number;
  /** Older rows store prices as JSON numbers instead of decimal strings. */
  numberPrices?: boolean;
  /**
   * chat, agent-chat, completion: the share (0–1, default 0.5) of console conversations that come
   * from the debugger rather than Explore (Dify's hidden `invoke_from`; only statistics see it).
   */
  debuggerShare?: number;
  /** Chat and completion: the app's model; null for an app without a model config. */
  model?: { provider: string; name: string } | null;
  /**
   * Workflow: the app is published as a workflow tool; the runs of the other workflow and
   * advanced-chat apps call it now and then (its own runs stand for those inner runs).
   */
  workflowTool?: boolean;
  /** The tool's provider was deleted since (the app stays): the provider look-up answers 400. */
  toolDeleted?: boolean;
  /** Workflow and advanced-chat: most runs also hold a node of this type (unknown to the exporter) with usage. */
  unknownNodeType?: string;
}

export interface DatasetSpec {
  seed: number;
  /** The data spans [start, end) (epoch ms). */
  start: number;
  end: number;
  apps: readonly SimAppSpec[];
}

export interface SimApp {
  index: number;
  id: string;
  name: string;
  mode: AppMode;
  spec: SimAppSpec;
  createdAt: number;
  /** Bumped when the app is edited (`GET /apps` on 1.15 sorts by it by default). */
  updatedAt: number;
  /** Items added while the simulator runs (rows inserted while paging, bumped conversations). */
  extraConvTimes: number[];
  extraMsgTimes: Map<number, number[]>;
  extraRunTimes: number[];
  /** Conversations whose detail was read (`read_at` set), and the `updated_at` that read gave them. */
  readConvs: Map<number, number | undefined>;
  /** Conversations deleted while the simulator runs. */
  deletedConvs: Set<number>;
  version: number;
  cache: Map<string, { version: number; order: Int32Array }>;
  /** Runs that were running or paused and have finished since, with their finish time (s). */
  finished: Map<number, number>;
}

/**
 * The seeded data behind the simulator. Nothing is materialised: conversation c, message j, run r
 * and their fields are computed from (seed, app, c, j, r) on demand, so millions of items cost
 * nothing until they are asked for.
 */
export class Dataset {
  readonly seed: number;
  readonly startSec: number;
  readonly spanSec: number;
  readonly apps: SimApp[];
  readonly workspaceId: string;
  readonly accountId: string;
  /** The Dify era whose node and run content the data reproduces. */
  readonly profile: DifyProfile;

  readonly logRowAtStart: boolean;

  constructor(spec: DatasetSpec, profile: DifyProfile = difyProfile()) {
    this.profile = profile;
    this.logRowAtStart = profile.logRowAtStart;
    this.seed = spec.seed;
    this.startSec = Math.ceil(spec.start / 1000);
    this.spanSec = Math.max(1, Math.floor(spec.end / 1000) - this.startSec);
    this.workspaceId = this.id({ kind: Kind.workspace, app: 0, i: 0, sub: 0, k: 0 });
    this.accountId = this.id({ kind: Kind.account, app: 0, i: 0, sub: 0, k: 0 });
    this.apps = spec.apps.map((s, index) => ({
      index,
      id: this.id({ kind: Kind.app, app: index, i: 0, sub: 0, k: 0 }),
      name: s.name ?? `${s.mode} app ${index}`,
      mode: s.mode,
      spec: s,
      createdAt: this.startSec - 86_400 * (index + 1),
      updatedAt: this.startSec - 86_400 * (index + 1),
      extraConvTimes: [],
      extraMsgTimes: new Map(),
      extraRunTimes: [],
      readConvs: new Map(),
      deletedConvs: new Set(),
      version: 0,
      cache: new Map(),
      finished: new Map(),
    }));
  }

  id(p: IdParts): string {
    return makeId(this.seed, p);
  }

  parse(id: string): IdParts | undefined {
    return parseId(this.seed, id);
  }

  /** Apps published as workflow tools. */
  toolApps(): SimApp[] {
    return this.apps.filter((a) => a.mode === 'workflow' && a.spec.workflowTool === true);
  }

  /** The workflow-tool provider id of a tool app (`tool_info.provider_id`). */
  toolProviderId(app: SimApp): string {
    return this.id({ kind: Kind.toolProvider, app: app.index, i: 0, sub: 0, k: 0 });
  }

  appById(id: string): SimApp | undefined {
    const p = this.parse(id);
    return p?.kind === Kind.app ? this.apps[p.app] : undefined;
  }

  // --- conversations and messages (chat modes, completion) ---

  baseConvCount(app: SimApp): number {
    return app.spec.conversations ?? 0;
  }

  convCount(app: SimApp): number {
    return this.baseConvCount(app) + app.extraConvTimes.length;
  }

  convTime(app: SimApp, c: number): number {
    const n = this.baseConvCount(app);
    if (c >= n) return app.extraConvTimes[c - n]!;
    return this.startSec + Math.floor((c * this.spanSec) / n);
  }

  baseMsgCount(app: SimApp, c: number): number {
    if (app.mode === 'completion' || c >= this.baseConvCount(app)) return 1;
    return app.spec.messageCounts?.[c] ?? app.spec.messagesPerConversation ?? 3;
  }

  msgCount(app: SimApp, c: number): number {
    return this.baseMsgCount(app, c) + (app.extraMsgTimes.get(c)?.length ?? 0);
  }

  msgTime(app: SimApp, c: number, j: number): number {
    const base = this.baseMsgCount(app, c);
    if (j >= base) return app.extraMsgTimes.get(c)![j - base]!;
    return this.convTime(app, c) + j * (app.spec.messageGapSeconds ?? 7);
  }

  convUpdated(app: SimApp, c: number): number {
    const last = this.msgTime(app, c, this.msgCount(app, c) - 1);
    return Math.max(last, app.readConvs.get(c) ?? 0);
  }

  convDeleted(app: SimApp, c: number): boolean {
    return app.deletedConvs.has(c);
  }

  // --- workflow runs ---

  baseRunCount(app: SimApp): number {
    return app.spec.runs ?? 0;
  }

  runCount(app: SimApp): number {
    return this.baseRunCount(app) + app.extraRunTimes.length;
  }

  runTime(app: SimApp, r: number): number {
    const n = this.baseRunCount(app);
    if (r >= n) return app.extraRunTimes[r - n]!;
    return this.startSec + Math.floor((r * this.spanSec) / n);
  }

  /** `running`, `paused` or `succeeded`. */
  runStatus(app: SimApp, r: number): 'running' | 'paused' | 'succeeded' {
    if (app.finished.has(r)) return 'succeeded';
    if (app.spec.runningRuns?.includes(r)) return 'running';
    if (app.spec.pausedRuns?.includes(r)) return 'paused';
    return 'succeeded';
  }

  /** Not final (running or paused). */
  runRunning(app: SimApp, r: number): boolean {
    return this.runStatus(app, r) !== 'succeeded';
  }

  /** When the run finished (s): 2 s after it started unless `finishRun` set it. */
  runFinishedAt(app: SimApp, r: number): number | undefined {
    if (this.runRunning(app, r)) return undefined;
    return app.finished.get(r) ?? this.runTime(app, r) + 2;
  }

  logAtEnd(app: SimApp): boolean {
    return app.spec.logWrittenAtEnd ?? !this.logRowAtStart;
  }

  debugRunTime(app: SimApp, r: number): number {
    const n = app.spec.debuggerRuns ?? 0;
    return this.startSec + Math.floor((r * this.spanSec) / Math.max(1, n)) + 3;
  }

  // --- who made the call ---

  userOf(app: SimApp, key: string): SimUser {
    const u = hash32(this.seed, 'user', app.index, key) % 10;
    if (u < 2) return { role: 'account', id: this.accountId };
    const n = hash32(this.seed, 'uid', app.index, key) % 50;
    const id = this.id({ kind: Kind.endUser, app: 0, i: n, sub: 0, k: 0 });
    return { role: 'end_user', id, session: `user-${n}` };
  }

  tokens(...key: (string | number)[]): [number, number] {
    return [randInt(5, 3000, this.seed, 'p', ...key), randInt(1, 900, this.seed, 'c', ...key)];
  }

  // --- listings in Dify's order, cached per data version ---

  /** Indices sorted by `key` descending, ties by index descending (deterministic). */
  sortedDesc(app: SimApp, name: string, count: number, key: (i: number) => number): Int32Array {
    const hit = app.cache.get(name);
    if (hit?.version === app.version && hit.order.length === count) return hit.order;
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = key(i);
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => keys[b]! - keys[a]! || b - a);
    app.cache.set(name, { version: app.version, order });
    return order;
  }

  conversationsByUpdated(app: SimApp): Int32Array {
    return this.#live(
      app,
      this.sortedDesc(app, 'updated', this.convCount(app), (c) => this.convUpdated(app, c)),
    );
  }

  conversationsByCreated(app: SimApp): Int32Array {
    return this.#live(
      app,
      this.sortedDesc(app, 'created', this.convCount(app), (c) => this.convTime(app, c)),
    );
  }

  #live(app: SimApp, order: Int32Array): Int32Array {
    return app.deletedConvs.size === 0 ? order : order.filter((c) => !app.deletedConvs.has(c));
  }

  runsByCreated(app: SimApp): Int32Array {
    return this.sortedDesc(app, 'runs', this.runCount(app), (r) => this.runTime(app, r));
  }

  /** When the run's log row was written, or undefined when it has none (yet). */
  logTime(app: SimApp, r: number): number | undefined {
    if (!this.logAtEnd(app)) return this.runTime(app, r);
    return this.runFinishedAt(app, r);
  }

  /** Runs that have a log row, by the row's `created_at` descending. */
  logsByCreated(app: SimApp): Int32Array {
    if (!this.logAtEnd(app)) return this.runsByCreated(app);
    const order = this.sortedDesc(
      app,
      'logs',
      this.runCount(app),
      (r) => this.logTime(app, r) ?? -Infinity,
    );
    return order.filter((r) => this.logTime(app, r) !== undefined);
  }

  // --- mutations while the simulator runs ---

  bumpConversation(app: SimApp, c: number, atSec: number): void {
    const list = app.extraMsgTimes.get(c) ?? [];
    list.push(atSec);
    app.extraMsgTimes.set(c, list);
    app.version++;
  }

  /**
   * The console's conversation detail GET sets `read_at` once; on 1.10.0–1.12.x that commit also
   * bumps `updated_at` (the column's `onupdate`).
   */
  readConversation(app: SimApp, c: number, atSec: number, bumps: boolean): void {
    if (app.readConvs.has(c)) return;
    app.readConvs.set(c, bumps ? atSec : undefined);
    if (bumps) app.version++;
  }

  deleteConversation(app: SimApp, c: number): void {
    app.deletedConvs.add(c);
    app.version++;
  }

  insertConversation(app: SimApp, atSec: number): void {
    app.extraConvTimes.push(atSec);
    app.version++;
  }

  /** A running or paused run ends (succeeded) at `atSec`. */
  finishRun(app: SimApp, r: number, atSec: number): void {
    app.finished.set(r, atSec);
    app.version++;
  }

  insertRun(app: SimApp, atSec: number): void {
    app.extraRunTimes.push(atSec);
    app.version++;
  }
}

export type SimUser =
  { role: 'account'; id: string } | { role: 'end_user'; id: string; session: string };
