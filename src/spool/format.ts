import { z } from 'zod';

export const SPOOL_VERSION = 1;
export const SPOOL_STATES = ['queued', 'held', 'rejected', 'corrupt', 'expired'] as const;
export type SpoolState = (typeof SPOOL_STATES)[number];

const iso = z.iso.datetime({ offset: true });

/** Everything but the body: what `spool ls` needs and can read from the head of a file. */
export const spoolMetaSchema = z.object({
  version: z.literal(SPOOL_VERSION),
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  created_at: iso,
  /** Set by `spool requeue`: the age that expires a batch counts from here (SPEC §9). */
  requeued_at: iso.nullable().optional(),
  format: z.enum(['cloudevents', 'api-meter']),
  content_type: z.string().min(1),
  target: z.string().regex(/^[0-9a-f]{64}$/),
  idempotency_key: z.string().regex(/^"[0-9a-f]{64}"$/),
  event_count: z.number().int().nonnegative(),
  window: z.object({ from: iso, to: iso }),
  body_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  attempts: z.number().int().nonnegative(),
  last_attempt_at: iso.nullable(),
  next_attempt_at: iso,
  last_status: z.number().int().nullable(),
  last_error: z.string().nullable(),
});

export const spoolFileSchema = spoolMetaSchema.extend({ body: z.string() });

export type SpoolMeta = z.infer<typeof spoolMetaSchema>;
export type SpoolFile = z.infer<typeof spoolFileSchema>;

/**
 * The body goes last, so a reader that needs only the metadata (`spool ls` over 10 000 files)
 * reads the head of the file and stops before the body.
 */
export function serialiseSpoolFile(file: SpoolFile): string {
  const { body, ...meta } = file;
  const ordered: Record<string, unknown> = {};
  // An absent `requeued_at` stays absent (undefined is not serialised): older builds read the file.
  for (const key of Object.keys(spoolMetaSchema.shape)) ordered[key] = meta[key as keyof SpoolMeta];
  ordered.body = body;
  return `${JSON.stringify(ordered)}\n`;
}

const BODY_KEY = ',"body":';

/**
 * The metadata from the first bytes of a file, or undefined when the head is not enough (then read
 * the whole file). Inside a JSON string every `"` is escaped, so `,"body":` can only be the key.
 */
export function metaFromHead(head: string): unknown {
  const at = head.indexOf(BODY_KEY);
  if (at < 0) return undefined;
  try {
    return JSON.parse(`${head.slice(0, at)}}`) as unknown;
  } catch {
    return undefined;
  }
}

/** The format version a file says it has, when it is above what this build knows. */
export function newerVersionOf(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const version = (json as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version > SPOOL_VERSION
    ? version
    : undefined;
}

/** When the age that expires a batch starts: its requeue by an operator, else its creation. */
export function ageStart(meta: Pick<SpoolMeta, 'created_at' | 'requeued_at'>): number {
  return Date.parse(meta.requeued_at ?? meta.created_at);
}
