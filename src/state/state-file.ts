import { join } from 'node:path';
import { z } from 'zod';
import { DifyExportError } from '../errors.js';
import { writeDurable, type DurableFs } from '../spool/fs.js';

/** Version 2 added `pending` and `progress` (SPEC §10); version 1 files are read and upgraded. */
export const STATE_VERSION = 2;

const iso = z.iso.datetime({ offset: true });

/** A Dify run seen while not final: re-checked by later runs until final, then exported once. */
const pendingSchema = z.object({
  app_id: z.string(),
  kind: z.enum(['workflow', 'chatflow']),
  /** The workflow run id. */
  id: z.string(),
  /** The parent's `created_at` (run, or chatflow message): its api-meter day and its age. */
  parent_created_at: iso,
  first_seen: iso,
  /** Chatflow runs: the message and conversation they answer (to rebuild the events). */
  message_id: z.string().optional(),
  conversation_id: z.string().optional(),
  /** Chatflow runs: the end user's session id, which only the conversation list carries. */
  session_id: z.string().nullable().optional(),
});

/**
 * What a run stopped by its deadline finished of its window (SPEC §10 "Progress across runs"):
 * per app, everything whose membership time is at or after `done[app]` is delivered or durable.
 * Valid only for exactly this window.
 */
const progressSchema = z.object({
  window: z.object({ from: iso, to: iso }),
  done: z.record(z.string(), iso),
  /** Chat apps not done whole: conversations updated in (above, before) were walked whole. */
  conversations: z.record(z.string(), z.object({ above: iso, before: iso })).optional(),
});

const lastRunSchema = z.object({
  started_at: iso,
  finished_at: iso,
  exit_code: z.number().int(),
  events: z.object({
    fetched: z.number().int(),
    delivered: z.number().int(),
    spooled: z.number().int(),
    rejected: z.number().int(),
  }),
  window: z.object({ from: iso, to: iso }).nullable(),
});

const baseFields = {
  source: z.object({ dify_url: z.string(), workspace_id: z.string() }).nullable(),
  /** sha256 of EXTERNAL_API_URL: the URL itself may carry a secret in its query. */
  target: z.string().nullable(),
  format: z.enum(['cloudevents', 'api-meter']).nullable(),
  watermark: iso.nullable(),
  password_encoding: z.enum(['base64', 'plain']).nullable(),
  last_run: lastRunSchema.nullable(),
};

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  ...baseFields,
  pending: z.array(pendingSchema),
  progress: progressSchema.nullable(),
});

const stateV1Schema = z.object({ version: z.literal(1), ...baseFields });

export type ExportState = z.infer<typeof stateSchema>;
export type LastRun = z.infer<typeof lastRunSchema>;
export type PendingItem = z.infer<typeof pendingSchema>;
export type WindowProgress = z.infer<typeof progressSchema>;

export const EMPTY_STATE: ExportState = {
  version: STATE_VERSION,
  source: null,
  target: null,
  format: null,
  watermark: null,
  password_encoding: null,
  last_run: null,
  pending: [],
  progress: null,
};

export function statePath(stateDir: string): string {
  return join(stateDir, 'state.json');
}

/** Reads `state.json`; absent means a first run. An unreadable or invalid file stops the run (78). */
export async function readState(fs: DurableFs, stateDir: string): Promise<ExportState | undefined> {
  const path = statePath(stateDir);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DifyExportError('STATE_UNREADABLE', 'CANTCREAT', `cannot read ${path}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return parseState(json, path);
}

/**
 * Checks a state document (from `state.json` or another store); a version 1 document is upgraded.
 * A newer version than this build knows, or an invalid one, stops the run (78).
 */
export function parseState(json: unknown, where: string): ExportState {
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > STATE_VERSION)
    throw new DifyExportError(
      'STATE_NEWER',
      'CONFIG',
      `${where} was written by a newer dify-export (state version ${String(version)})`,
      { hint: 'upgrade dify-export; an older build cannot keep what that state records' },
    );
  if (version === 1) {
    const v1 = stateV1Schema.safeParse(json);
    if (v1.success) return { ...v1.data, version: STATE_VERSION, pending: [], progress: null };
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
    const path = where;
    const issue = parsed.error.issues[0];
    throw new DifyExportError(
      'STATE_INVALID',
      'CONFIG',
      `${path} is not a valid state file (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not JSON'})`,
      {
        hint: 'restore it from a backup, or move it away to start again from INITIAL_SINCE (events already sent carry the same ids)',
      },
    );
  }
  return parsed.data;
}

export async function writeState(
  fs: DurableFs,
  stateDir: string,
  state: ExportState,
  tmpName: string,
): Promise<void> {
  await writeDurable(
    fs,
    join(stateDir, 'spool', 'tmp', tmpName),
    statePath(stateDir),
    `${JSON.stringify(state, null, 2)}\n`,
  );
}
