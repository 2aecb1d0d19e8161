/** The variables holding URLs; their userinfo and query strings are secrets (SPEC §4). */
export const URL_NAMES = ['DIFY_API_URL', 'EXTERNAL_API_URL', 'STATE_URL', 'LOCK_URL'] as const;

// Found by hand, not by `new URL`: a URL that does not parse (port 99999) must not escape either.
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The userinfo (and its password), the query string and each query value of a URL-like text. */
export function urlSecrets(text: string): string[] {
  const out = new Set<string>();
  const trimmed = text.trim();
  const info = USERINFO.exec(trimmed)?.[2];
  if (info !== undefined && info !== '') {
    out.add(info);
    const colon = info.indexOf(':');
    if (colon >= 0 && colon < info.length - 1) {
      const password = info.slice(colon + 1);
      out.add(password);
      out.add(decoded(password));
    }
  }
  const q = trimmed.indexOf('?');
  if (q >= 0) {
    const query = trimmed.slice(q + 1).split('#')[0] ?? '';
    if (query !== '') out.add(query);
    for (const pair of query.split('&')) {
      const eq = pair.indexOf('=');
      const value = eq >= 0 ? pair.slice(eq + 1) : pair;
      if (value !== '') {
        out.add(value);
        out.add(decoded(value));
      }
    }
  }
  return [...out];
}

/** A URL fit for a message: no userinfo, and `?…` in place of a query string. */
export function displayUrl(text: string): string {
  const trimmed = text.trim().replace(USERINFO, '$1');
  const q = trimmed.search(/[?#]/);
  if (q < 0) return trimmed;
  return `${trimmed.slice(0, q)}${trimmed[q] === '?' ? '?…' : ''}`;
}
