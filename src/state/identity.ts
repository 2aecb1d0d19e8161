import { DifyExportError } from '../errors.js';
import type { ExportState } from './state-file.js';

/**
 * A state directory belongs to one workspace, one target and one format: mixing them would move
 * one source's watermark with another's data, or send a receiver events it has never seen the
 * start of (SPEC §10).
 */
export function checkTarget(state: ExportState | undefined, target: string, format: string): void {
  if (!state) return;
  if (state.target !== null && state.target !== target) {
    throw new DifyExportError(
      'STATE_OTHER_TARGET',
      'CONFIG',
      'the state in STATE_DIR belongs to another EXTERNAL_API_URL',
      {
        hint: 'use a separate STATE_DIR per target, or move state.json away to start this target from INITIAL_SINCE',
      },
    );
  }
  if (state.format !== null && state.format !== format) {
    throw new DifyExportError(
      'STATE_OTHER_FORMAT',
      'CONFIG',
      `the state in STATE_DIR was written for EXPORT_FORMAT=${state.format}`,
      {
        hint: 'use a separate STATE_DIR per format, or set EXPORT_FORMAT back',
      },
    );
  }
}

/**
 * `where` names the store: with STATE_URL the key already separates targets and formats, but one
 * account can be switched to another workspace under the same key.
 */
export function checkWorkspace(
  state: ExportState | undefined,
  workspaceId: string,
  where: 'STATE_DIR' | 'STATE_URL' = 'STATE_DIR',
): void {
  if (!state?.source) return;
  if (state.source.workspace_id !== workspaceId) {
    throw new DifyExportError(
      'STATE_OTHER_WORKSPACE',
      'CONFIG',
      `the state in ${where} belongs to Dify workspace ${state.source.workspace_id}, not ${workspaceId}`,
      {
        hint:
          where === 'STATE_DIR'
            ? 'switch the account back to that workspace, or use a separate STATE_DIR per workspace'
            : 'switch the account back to that workspace, or use a separate STATE_PG_SCHEMA (or account) per workspace',
      },
    );
  }
}
