/** The usage event of SPEC §6. Field names are the wire names, so encoders copy rather than rename. */
export interface UsageUser {
  kind: 'end_user' | 'account' | 'unknown';
  id: string | null;
  /** The caller's `user` string, for end users. */
  session_id: string | null;
}

/** Where an event's `model` came from (SPEC §6): `app` is the app's current model, an approximation. */
export type ModelSource = 'message' | 'conversation' | 'app' | 'node';

export interface UsageEvent {
  /** `msg:<message_id>`, `node:<node_execution_id>`, `run:<workflow_run_id>` or `appday:<app_id>:<YYYY-MM-DD>`. */
  id: string;
  /** Dify's `created_at`, ISO-8601 UTC. */
  occurred_at: string;
  workspace_id: string;
  app_id: string;
  app_name: string;
  app_mode: string;
  user: UsageUser;
  conversation_id: string | null;
  message_id: string | null;
  workflow_run_id: string | null;
  node_id: string | null;
  node_type: string | null;
  /** Last segment of Dify's plugin path, trimmed, lower-case; `unknown` when absent. */
  provider: string;
  provider_raw: string | null;
  /** As Dify gives it (case kept); `unknown` when absent. */
  model: string;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  total_tokens: number;
  /** Decimal string exactly as Dify computed it, no exponent; null when unknown. */
  total_price: string | null;
  currency: string | null;
  /** `api` (web app, service API) or `console` (debugger, Explore) where Dify gives it; else null. */
  from_source: string | null;
  /** Where `model` came from; null when the model is unknown (run-level events). */
  model_source: ModelSource | null;
}

/** `langgenius/openai/openai` → `openai`; absent → `unknown`. */
export function normaliseProvider(raw: string | null | undefined): string {
  const last = raw?.split('/').pop()?.trim().toLowerCase();
  return last === undefined || last === '' ? 'unknown' : last;
}
