/**
 * Dify's console cookies (≥ 1.9.2), read from `Set-Cookie` by hand: a cookie jar that enforces
 * secure-context rules drops `__Host-` cookies when Dify is reached over http, which is exactly
 * how the original exporter lost its session.
 */
export interface ConsoleCookies {
  /** The names as the server spelled them (plain or `__Host-` prefixed), sent back unchanged. */
  names: { access: string; refresh: string; csrf: string };
  access: string;
  refresh: string;
  csrf: string;
}

export function parseSetCookie(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    out.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return out;
}

function find(cookies: Map<string, string>, base: string): [string, string] | undefined {
  for (const name of [`__Host-${base}`, base]) {
    const value = cookies.get(name);
    if (value !== undefined && value !== '') return [name, value];
  }
  return undefined;
}

/** The three console cookies, or undefined when the response did not set all of them. */
export function consoleCookies(lines: readonly string[]): ConsoleCookies | undefined {
  const all = parseSetCookie(lines);
  const access = find(all, 'access_token');
  const refresh = find(all, 'refresh_token');
  const csrf = find(all, 'csrf_token');
  if (!access || !refresh || !csrf) return undefined;
  return {
    names: { access: access[0], refresh: refresh[0], csrf: csrf[0] },
    access: access[1],
    refresh: refresh[1],
    csrf: csrf[1],
  };
}
