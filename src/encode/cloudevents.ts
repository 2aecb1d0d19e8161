import type { UsageEvent } from '../usage/event.js';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents-batch+json';
export const USAGE_EVENT_TYPE = 'ai.dify.usage';

export interface CloudEventSource {
  /** DIFY_API_URL as configured; only its origin is used. */
  difyApiUrl: string;
  workspaceId: string;
}

export function cloudEventSource(src: CloudEventSource): string {
  return `${new URL(src.difyApiUrl).origin}/workspaces/${src.workspaceId}`;
}

function subjectOf(event: UsageEvent): string {
  if (event.user.kind === 'end_user' && event.user.session_id !== null)
    return `end_user:${event.user.session_id}`;
  if (event.user.kind === 'account' && event.user.id !== null) return `account:${event.user.id}`;
  return 'unknown';
}

/**
 * One CloudEvent 1.0 (SPEC §7). Keys are written in a fixed order so the same event always
 * serialises to the same bytes.
 */
export function toCloudEvent(event: UsageEvent, source: string): Record<string, unknown> {
  return {
    specversion: '1.0',
    id: event.id,
    source,
    type: USAGE_EVENT_TYPE,
    subject: subjectOf(event),
    time: event.occurred_at,
    datacontenttype: 'application/json',
    data: {
      workspace_id: event.workspace_id,
      app_id: event.app_id,
      app_name: event.app_name,
      app_mode: event.app_mode,
      user: { kind: event.user.kind, id: event.user.id, session_id: event.user.session_id },
      conversation_id: event.conversation_id,
      message_id: event.message_id,
      workflow_run_id: event.workflow_run_id,
      node_id: event.node_id,
      node_type: event.node_type,
      provider: event.provider,
      provider_raw: event.provider_raw,
      model: event.model,
      prompt_tokens: event.prompt_tokens,
      completion_tokens: event.completion_tokens,
      total_tokens: event.total_tokens,
      total_price: event.total_price,
      currency: event.currency,
      from_source: event.from_source,
      model_source: event.model_source,
    },
  };
}

/** A batch body: a JSON array of CloudEvents. */
export function encodeCloudEventsBatch(events: readonly UsageEvent[], source: string): string {
  return `[${events.map((e) => JSON.stringify(toCloudEvent(e, source))).join(',')}]`;
}
