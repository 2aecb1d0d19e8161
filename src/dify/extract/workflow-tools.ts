import { z } from 'zod';
import type { Logger } from '../../log.js';
import { DifyDataError, type DifyApi } from '../api.js';

const workflowTool = z.object({ workflow_app_id: z.string().min(1) });

/**
 * Which app stands behind a workflow-tool provider (`tool_info.provider_id`), asked once per
 * provider for the whole export run. Dify answers 400 `invalid_param` for a provider or app it no
 * longer has (`WorkflowToolManageService._get_workflow_tool`, 1.9.2–1.14.1): then the inner runs are
 * in no exported app, and the calling node is what bills them.
 */
export class WorkflowTools {
  readonly #apps = new Map<string, Promise<string | null>>();
  readonly #warnedTypes = new Set<string>();

  constructor(
    private readonly api: DifyApi,
    private readonly log: Logger,
  ) {}

  appOf(providerId: string): Promise<string | null> {
    const known = this.#apps.get(providerId);
    if (known) return known;
    const asked = this.api
      .get('workspaces/current/tool-provider/workflow/get', workflowTool, {
        workflow_tool_id: providerId,
      })
      .then(
        (body) => body.workflow_app_id,
        (error: unknown) => {
          if (!(error instanceof DifyDataError && error.status === 400)) {
            // Not an answer about the tool: ask again next time.
            this.#apps.delete(providerId);
            throw error;
          }
          this.log.warn(
            { workflow_tool_id: providerId },
            'Dify no longer knows this workflow tool; its usage is billed on the calling node',
          );
          return null;
        },
      );
    this.#apps.set(providerId, asked);
    return asked;
  }

  /** Node types with usage that this exporter does not know are billed as they are; said once. */
  warnUnknownType(appId: string, nodeType: string): void {
    if (this.#warnedTypes.has(nodeType)) return;
    this.#warnedTypes.add(nodeType);
    this.log.warn(
      { app_id: appId, node_type: nodeType },
      'a node type unknown to dify-export carries usage; exported as Dify recorded it',
    );
  }
}
