/** Splits a spool file into its metadata and the decoded items of its body, for `spool show`. */
export function decodeBody(text: string): {
  meta: Record<string, unknown>;
  items: unknown[];
  problem?: string;
} {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { meta: {}, items: [], problem: 'not valid JSON' };
  }
  if (typeof file !== 'object' || file === null)
    return { meta: {}, items: [], problem: 'not an object' };
  const { body, ...meta } = file as Record<string, unknown>;
  if (typeof body !== 'string') return { meta, items: [], problem: 'no body' };
  try {
    const decoded = JSON.parse(body) as unknown;
    if (Array.isArray(decoded)) return { meta, items: decoded };
    const records = (decoded as { records?: unknown }).records;
    return { meta, items: Array.isArray(records) ? records : [decoded] };
  } catch {
    return { meta, items: [], problem: 'body is not valid JSON' };
  }
}
