import { DifyExportError } from '../errors.js';
import { isValidTimeZone } from '../time/zone.js';
import { createApi } from './api.js';
import { DifySession } from './auth.js';
import { createDifyHttp } from './http.js';
import { profile, workspaces } from './schemas.js';
import type {
  StreamItem,
  UsageOutcome,
  UsageSession,
  UsageSourceDeps,
  UsageWindow,
  WindowPlan,
} from './source.js';
import type { UsageEvent } from '../usage/event.js';
import { listApps, streamWindow } from './stream.js';
import { WorkflowTools } from './extract/workflow-tools.js';

/**
 * Logs in to Dify, reads the current workspace and the account timezone, and returns a session
 * whose `events(window)` streams the usage of a window (SPEC §5).
 */
export async function openUsageSession(deps: UsageSourceDeps): Promise<UsageSession> {
  const { config, log } = deps;
  const difyUrl = config.difyApiUrl;
  const auth = config.difyAuth;
  if (difyUrl === undefined || auth === undefined)
    throw new DifyExportError(
      'CONFIG_INVALID',
      'CONFIG',
      'DIFY_API_URL and Dify credentials are required',
    );
  // One per stream, so a session can read several windows one after the other.
  let cancel = new AbortController();
  let requests = 0;
  const transport = createDifyHttp({
    difyUrl,
    config,
    log,
    clock: deps.clock,
    random: deps.random,
    stop: deps.signal,
    cancel: () => cancel.signal,
    // The session below exists before any request asks for its headers.
    sessionHeaders: () => session.headers(),
  });
  const http: typeof transport = (request) => {
    requests += 1;
    return transport(request);
  };
  const session = new DifySession({
    http,
    auth,
    encoding: config.difyPasswordEncoding,
    remembered: deps.rememberedPasswordEncoding,
    redactor: deps.redactor,
    log,
  });
  await session.login();
  const api = createApi(http, session);
  const workflowTools = new WorkflowTools(api, log);
  const ws = await api.get('workspaces', workspaces);
  const current = ws.workspaces.find((w) => w.current === true) ?? ws.workspaces[0];
  const workspaceId = auth.mode === 'admin-key' ? auth.workspaceId : current?.id;
  if (workspaceId === undefined)
    throw new DifyExportError(
      'DIFY_NO_WORKSPACE',
      'NOPERM',
      'the Dify account belongs to no workspace',
      { hint: 'invite the account to a workspace' },
    );
  const tz = (await api.get('account/profile', profile)).timezone ?? 'UTC';
  const timeZone = isValidTimeZone(tz) ? tz : 'UTC';
  if (timeZone !== tz)
    log.warn({ timezone: tz }, 'the Dify account timezone is unknown here; reading filters as UTC');
  log.info(
    { workspace_id: workspaceId, auth_mode: session.mode, timezone: timeZone },
    'connected to Dify',
  );

  let outcome: UsageOutcome = {
    itemsFetched: 0,
    safeUntil: 0,
    failedApps: [],
    discovered: [],
    apps: { total: 0, done: 0 },
    appsWithoutUsage: [],
  };
  const agentAppsWarned = new Set<string>();
  const items = (window: UsageWindow, plan?: WindowPlan): AsyncIterable<StreamItem> => {
    outcome = {
      itemsFetched: 0,
      safeUntil: window.to,
      failedApps: [],
      discovered: [],
      apps: { total: 0, done: 0 },
      appsWithoutUsage: [],
    };
    cancel = new AbortController();
    return streamWindow(
      {
        api,
        log,
        clock: deps.clock,
        workspaceId,
        timeZone,
        concurrency: config.difyConcurrency,
        include: config.difyApps,
        exclude: config.difyExcludeApps,
        cancel,
        agentAppsWarned,
        modelSource: config.difyModelSource,
        excludeConsole: config.difyExcludeConsole,
        workflowTools,
      },
      window,
      outcome,
      plan,
    );
  };
  return {
    difyUrl,
    workspaceId,
    passwordEncoding: session.passwordEncoding,
    items,
    events: (window) => eventsOf(items(window)),
    outcome: () => outcome,
    requests: () => requests,
    accountTimezone: timeZone,
    listApps: () => listApps(api),
    // A finished stream aborts its signal; a read after it gets a fresh one.
    get: (path, schema, searchParams) => {
      if (cancel.signal.aborted) cancel = new AbortController();
      return api.get(path, schema, searchParams);
    },
  };
}

/** The events of a stream, without its markers. */
export async function* eventsOf(items: AsyncIterable<StreamItem>): AsyncGenerator<UsageEvent> {
  for await (const item of items) if (item.kind === 'event') yield item.event;
}
