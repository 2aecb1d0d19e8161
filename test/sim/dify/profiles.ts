/**
 * One profile per Dify behaviour era (DIFY-API.md §10, read in Dify's source). Each flag names one
 * behaviour that changed at a version boundary; the simulator consults the flags, never the version.
 * A profile stands for every release of its era: `1.7.x` covers 1.7.0–1.8.1, `1.11.x` 1.11.2–1.12.x
 * (the base64 password field arrived in 1.11.2), `1.13.x` 1.13.0–1.13.x, `1.14.x` 1.14.0–1.14.1.
 */
export const DIFY_VERSIONS = [
  '1.7.x',
  '1.9.1',
  '1.9.2',
  '1.10.0',
  '1.10.1',
  '1.11.x',
  '1.13.x',
  '1.14.x',
  '1.15.0',
] as const;

export type DifyVersion = (typeof DIFY_VERSIONS)[number];

export const NEWEST_DIFY: DifyVersion = '1.15.0';

export interface DifyProfile {
  version: DifyVersion;
  /** ≤ 1.9.1: login answers tokens in the body, requests use a bearer header, no CSRF. */
  legacyLogin: boolean;
  /** 1.7–1.8: the login validates `password` (≥ 8 chars, letters and digits) before checking it. */
  loginValidatesPassword: boolean;
  /** 1.7–1.8: a wrong password is 400 `email_or_password_mismatch` instead of 401. */
  legacyPasswordErrors: boolean;
  /** 1.7–1.8: an unknown email answers 200 with a password-reset token in `data`. */
  unknownEmailResetToken: boolean;
  /** ≥ 1.11.2: the login's password field is the Base64 of the UTF-8 password. */
  passwordBase64: boolean;
  /** ≥ 1.11.0: the admin API key bypasses the CSRF check (1.9.2–1.10.x answer 401 CSRF). */
  adminKeyBypassesCsrf: boolean;
  /** ≥ 1.9.2: `tool` nodes of provider type `workflow` carry the inner run's usage. */
  workflowToolUsage: boolean;
  /** ≥ 1.9.2: `knowledge-retrieval` nodes carry their router / metadata-filter LLM usage. */
  knowledgeRetrievalUsage: boolean;
  /** ≥ 1.9.2: `iteration`/`loop` rows carry the price of their children's sum too (before: tokens only). */
  containerSumsHavePrice: boolean;
  /** ≥ 1.13.0: `tool` nodes with an MCP provider carry what the remote server reports. */
  mcpToolUsage: boolean;
  /** ≥ 1.11.0: the `workflow-app-logs` row is written when a run starts (before: when it ends). */
  logRowAtStart: boolean;
  /** 1.9.0–1.10.0: `workflow_run.total_tokens` over-counts runs with iterations (Dify #28405). */
  runTotalOvercountsIterations: boolean;
  /** 1.7–1.9.x: a chatflow message's `metadata.usage` can lack the price. */
  chatflowUsageWithoutPrice: boolean;
  /** ≤ 1.13.x: the chat conversation list's `model_config.model` is null for every item. */
  listModelNull: boolean;
  /** 1.10.0–1.12.x: the conversation detail GET also bumps the conversation's `updated_at`. */
  detailBumpsUpdatedAt: boolean;
  /** ≥ 1.9.0: every message statistic leaves out debugger traffic (`invoke_from != 'debugger'`). */
  statsExcludeDebugger: boolean;
  /** ≥ 1.15.0: `GET /apps` sorts by `updated_at` desc unless `sort_by=earliest_created`. */
  appsSortedByUpdatedAt: boolean;
  /** ≥ 1.15.0: Agent apps (mode `agent`) exist, are left out of `mode=all`, record no usage. */
  agentApps: boolean;
}

const order = (v: DifyVersion): number => DIFY_VERSIONS.indexOf(v);
const from = (v: DifyVersion, first: DifyVersion): boolean => order(v) >= order(first);
const upTo = (v: DifyVersion, last: DifyVersion): boolean => order(v) <= order(last);

/** The behaviour flags of one Dify era. */
export function difyProfile(version: DifyVersion = NEWEST_DIFY): DifyProfile {
  const v = version;
  return {
    version: v,
    legacyLogin: upTo(v, '1.9.1'),
    loginValidatesPassword: v === '1.7.x',
    legacyPasswordErrors: v === '1.7.x',
    unknownEmailResetToken: v === '1.7.x',
    passwordBase64: from(v, '1.11.x'),
    adminKeyBypassesCsrf: from(v, '1.11.x'),
    workflowToolUsage: from(v, '1.9.2'),
    knowledgeRetrievalUsage: from(v, '1.9.2'),
    containerSumsHavePrice: from(v, '1.9.2'),
    mcpToolUsage: from(v, '1.13.x'),
    logRowAtStart: from(v, '1.11.x'),
    runTotalOvercountsIterations: from(v, '1.9.1') && upTo(v, '1.10.0'),
    chatflowUsageWithoutPrice: upTo(v, '1.9.2'),
    listModelNull: upTo(v, '1.13.x'),
    detailBumpsUpdatedAt: from(v, '1.10.0') && upTo(v, '1.11.x'),
    statsExcludeDebugger: from(v, '1.9.1'),
    appsSortedByUpdatedAt: from(v, '1.15.0'),
    agentApps: from(v, '1.15.0'),
  };
}
