import { join } from 'node:path';
import { z } from 'zod';
import { DifyExportError } from '../errors.js';
import { writeDurable, type DurableFs } from '../spool/fs.js';

export const STATE_VERSION = 1;

const iso = z.iso.datetime({ offset: true });

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

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  source: z.object({ dify_url: z.string(), workspace_id: z.string() }).nullable(),
  /** sha256 of EXTERNAL_API_URL: the URL itself may carry a secret in its query. */
  target: z.string().nullable(),
  format: z.enum(['cloudevents', 'api-meter']).nullable(),
  watermark: iso.nullable(),
  password_encoding: z.enum(['base64', 'plain']).nullable(),
  last_run: lastRunSchema.nullable(),
});

export type ExportState = z.infer<typeof stateSchema>;
export type LastRun = z.infer<typeof lastRunSchema>;

export const EMPTY_STATE: ExportState = {
  version: STATE_VERSION,
  source: null,
  target: null,
  format: null,
  watermark: null,
  password_encoding: null,
  last_run: null,
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
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) {
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
