import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimAuth, type SimAuthOptions } from './auth.js';
import type { Dataset, SimApp } from './dataset.js';
import type { DifyProfile } from './profiles.js';
import { CLOUDFLARE_429, FaultCounters, type Faults } from './faults.js';
import * as routes from './routes.js';
import * as stats from './stats.js';
import { error, type Reply } from './routes.js';

export interface RequestRecord {
  endpoint: string;
  method: string;
  path: string;
  query: string;
  at: number;
  status: number;
}

export interface SimStats {
  total: number;
  byEndpoint: Record<string, number>;
  /** Every request, in arrival order (off when `recordLog` is false). */
  log: RequestRecord[];
  /** Requests answered with an injected fault. */
  faults: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
}

export interface ServerOptions {
  /** The Dify era whose behaviour the routes reproduce. */
  profile: DifyProfile;
  auth: SimAuthOptions;
  timezone: string;
  faults: Faults;
  now: () => number;
  recordLog: boolean;
}

const API = '/console/api/';

/** The endpoint name of a console path, used for counting and fault targeting. */
export function endpointOf(path: string): string {
  if (!path.startsWith(API)) return 'other';
  const parts = path.slice(API.length).split('/');
  if (parts[0] === 'apps' && parts.length > 2) {
    const rest = parts.slice(2);
    if (rest[0] === 'advanced-chat') rest.shift();
    if (rest[0] === 'workflow-runs' && rest.length === 3) return 'node-executions';
    if (rest[0] === 'workflow-runs' && rest.length === 2) return 'workflow-run';
    if (rest[0] === 'completion-conversations' && rest.length === 2)
      return 'completion-conversation';
    if (rest[0] === 'chat-conversations' && rest.length === 2) return 'chat-conversation';
    return rest.join('/');
  }
  if (parts[0] === 'apps') return parts.length === 2 ? 'app' : 'apps';
  if (parts[0] === 'refresh-token') return 'refresh';
  if (parts.join('/') === 'workspaces/current/tool-provider/workflow/get') return 'workflow-tool';
  return parts.join('-');
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export class DifySimServer {
  readonly server: Server;
  readonly auth: SimAuth;
  readonly stats: SimStats = { total: 0, byEndpoint: {}, log: [], faults: 0, maxInFlight: 0 };
  readonly counters = new FaultCounters();
  #inFlight = 0;

  constructor(
    readonly ds: Dataset,
    readonly opts: ServerOptions,
  ) {
    this.auth = new SimAuth(opts.auth, ds.workspaceId);
    this.server = createServer((req, res) => {
      void this.#handle(req, res);
    });
    this.server.keepAliveTimeout = 30_000;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const endpoint = endpointOf(url.pathname);
    this.stats.total++;
    this.stats.byEndpoint[endpoint] = (this.stats.byEndpoint[endpoint] ?? 0) + 1;
    this.#inFlight++;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.#inFlight);
    const record: RequestRecord = {
      endpoint,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      at: this.opts.now(),
      status: 0,
    };
    if (this.opts.recordLog) this.stats.log.push(record);
    res.on('close', () => {
      this.#inFlight--;
    });
    try {
      const body = req.method === 'POST' ? await readBody(req) : {};
      const f = this.opts.faults;
      if (f.latencyMs) await new Promise((r) => setTimeout(r, f.latencyMs));
      if (this.counters.fires('reset', f.reset, endpoint)) {
        this.stats.faults++;
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (this.counters.fires('5xx', f.status5xx, endpoint)) {
        this.stats.faults++;
        const status = f.status5xx?.status ?? 500;
        this.#send(res, record, {
          status,
          body: { message: 'Internal Server Error', code: 'unknown', status },
        });
        return;
      }
      if (this.counters.fires('429', f.rateLimit, endpoint)) {
        this.stats.faults++;
        const headers: Record<string, string> = {};
        const after = f.rateLimit?.retryAfter;
        if (after !== undefined && after !== null) headers['retry-after'] = String(after);
        if (f.rateLimit?.html) {
          record.status = 429;
          res.writeHead(429, { 'content-type': 'text/html; charset=UTF-8', ...headers });
          res.end(CLOUDFLARE_429);
          return;
        }
        this.#send(
          res,
          record,
          {
            status: 429,
            body: { code: 'too_many_requests', message: 'Too many requests.', status: 429 },
          },
          headers,
        );
        return;
      }
      await this.#route(req, res, url, endpoint, body, record);
    } catch (e) {
      this.#send(res, record, {
        status: 500,
        body: { message: `Internal Server Error: ${String(e)}`, code: 'unknown', status: 500 },
      });
    }
  }

  #send(
    res: ServerResponse,
    record: RequestRecord,
    reply: Reply,
    headers: Record<string, string | string[]> = {},
  ): void {
    record.status = reply.status;
    const h: Record<string, string | string[]> = { 'content-type': 'application/json', ...headers };
    if (reply.status === 401) h['www-authenticate'] = 'Bearer realm="api"';
    res.writeHead(reply.status, h);
    res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  }

  async #route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    endpoint: string,
    body: Record<string, unknown>,
    record: RequestRecord,
  ): Promise<void> {
    await Promise.resolve();
    const method = req.method ?? 'GET';
    if (endpoint === 'other') {
      this.#send(
        res,
        record,
        error(404, 'not_found', 'The requested URL was not found on the server.'),
      );
      return;
    }
    if (endpoint === 'login' && method === 'POST') {
      const r = this.auth.login(body);
      this.#send(res, record, r, r.cookies.length ? { 'set-cookie': r.cookies } : {});
      return;
    }
    if (endpoint === 'refresh' && method === 'POST') {
      const r = this.auth.refresh(req, body);
      this.#send(res, record, r, r.cookies.length ? { 'set-cookie': r.cookies } : {});
      return;
    }
    const guard = this.auth.guard(req);
    if (!guard.ok) {
      this.#send(res, record, guard);
      return;
    }
    if (method !== 'GET' && endpoint !== 'logout') {
      this.#send(
        res,
        record,
        error(405, 'method_not_allowed', 'The method is not allowed for the requested URL.'),
      );
      return;
    }
    this.#send(res, record, this.#data(url, endpoint, record));
  }

  #data(url: URL, endpoint: string, _record: RequestRecord): Reply {
    const ds = this.ds;
    const q = url.searchParams;
    switch (endpoint) {
      case 'logout':
        return { status: 200, body: { result: 'success' } };
      case 'workspaces':
        return {
          status: 200,
          body: {
            workspaces: [
              {
                id: ds.workspaceId,
                name: "Admin's Workspace",
                plan: 'sandbox',
                status: 'normal',
                created_at: ds.startSec - 86_400 * 30,
                current: true,
              },
            ],
          },
        };
      case 'account-profile':
        return {
          status: 200,
          body: {
            id: ds.accountId,
            name: 'Admin',
            email: this.auth.email,
            avatar: null,
            avatar_url: null,
            is_password_set: true,
            interface_language: 'en-US',
            interface_theme: 'light',
            timezone: this.opts.timezone,
            last_login_at: ds.startSec,
            last_login_ip: '127.0.0.1',
            created_at: ds.startSec - 86_400 * 30,
          },
        };
      case 'apps': {
        const reply = routes.apps(ds, q, this.opts.profile);
        const edit = this.opts.faults.editAppsWhilePaging;
        if (edit && this.counters.next('edit-apps') === edit.afterRequests)
          for (const i of edit.apps) {
            const app = ds.apps[i];
            if (app) app.updatedAt = Math.floor(this.opts.now() / 1000);
          }
        return reply;
      }
      case 'workflow-tool':
        return routes.workflowTool(ds, q);
    }
    const parts = url.pathname.slice(API.length).split('/');
    const app = ds.appById(parts[1] ?? '');
    if (!app || this.#deleted(app.id)) return error(404, 'app_not_found', 'App not found.');
    if (endpoint === 'app')
      return { status: 200, body: { id: app.id, name: app.name, mode: app.mode } };
    this.#mutate(app, endpoint);
    const reply = this.#appData(app, endpoint, q, parts);
    return this.#corrupt(app, endpoint, reply);
  }

  #appData(app: SimApp, endpoint: string, q: URLSearchParams, parts: string[]): Reply {
    const ds = this.ds;
    const last = parts[parts.length - 1] ?? '';
    switch (endpoint) {
      case 'chat-conversations':
        return routes.chatConversations(ds, app, q, this.opts.timezone, this.opts.profile);
      case 'chat-messages':
        return routes.chatMessages(ds, app, q);
      case 'completion-conversations':
        return routes.completionConversations(ds, app, q, this.opts.timezone, this.opts.profile);
      case 'completion-conversation':
        return routes.completionConversation(ds, app, last);
      case 'chat-conversation':
        return routes.chatConversation(
          ds,
          app,
          last,
          Math.floor(this.opts.now() / 1000),
          this.opts.profile,
        );
      case 'workflow-app-logs':
        return routes.workflowAppLogs(ds, app, q);
      case 'workflow-runs':
        return routes.workflowRuns(ds, app, q);
      case 'workflow-run':
        return routes.workflowRun(ds, app, last);
      case 'node-executions':
        return routes.nodeExecutions(ds, app, parts[parts.length - 2] ?? '');
      case 'statistics/token-costs':
        return stats.tokenCosts(ds, app, q, this.opts.timezone, this.opts.profile);
      case 'workflow/statistics/token-costs':
        return stats.workflowTokenCosts(ds, app, q, this.opts.timezone);
      default:
        return error(404, 'not_found', 'The requested URL was not found on the server.');
    }
  }

  /** Whether the app was deleted by the `deleteApp` fault (counting this request). */
  #deleted(appId: string): boolean {
    const del = this.opts.faults.deleteApp;
    if (del?.appId !== appId) return false;
    return this.counters.next(`delete:${appId}`) > del.afterRequests;
  }

  /** Rows inserted and conversations bumped while a listing is paged. */
  #mutate(app: SimApp, endpoint: string): void {
    const f = this.opts.faults;
    const nowSec = Math.floor(this.opts.now() / 1000);
    const listing = endpoint === 'chat-conversations' || endpoint === 'workflow-app-logs';
    if (!listing) return;
    const ins = f.insertWhilePaging;
    if (ins?.appId === app.id && this.counters.next(`insert:${app.id}`) === ins.afterRequests + 1) {
      for (let i = 0; i < ins.count; i++) {
        if (app.mode === 'workflow') this.ds.insertRun(app, ins.atSec ?? nowSec);
        else this.ds.insertConversation(app, nowSec);
      }
    }
    const del = f.deleteWhilePaging;
    if (del?.appId === app.id) {
      const k = this.counters.next(`delete:${app.id}`) - del.afterRequests - 1;
      const every = del.everyRequests ?? 1;
      const victim = k >= 0 && k % every === 0 ? del.conversations[k / every] : undefined;
      if (victim !== undefined) this.ds.deleteConversation(app, victim);
    }
    const bump = f.bumpWhilePaging;
    if (bump?.appId === app.id && this.counters.next(`bump:${app.id}`) === bump.afterRequests + 1)
      this.ds.bumpConversation(app, bump.conversation, nowSec);
  }

  #corrupt(app: SimApp, endpoint: string, reply: Reply): Reply {
    const f = this.opts.faults;
    if (reply.status !== 200) return reply;
    if (f.malformed?.appId === app.id && f.malformed.endpoint === endpoint) {
      this.stats.faults++;
      return { status: 200, body: '{"page":1,"data":[{"id":' };
    }
    if (f.schemaViolation?.appId === app.id && f.schemaViolation.endpoint === endpoint) {
      this.stats.faults++;
      const body = structuredClone(reply.body) as {
        data?: Record<string, unknown>[];
        message?: Record<string, unknown>;
      };
      const target = body.data?.[0] ?? body.message;
      if (target) target.created_at = 'yesterday';
      return { status: 200, body };
    }
    return reply;
  }
}
