/**
 * A lock or state server URL as it may be printed: scheme, host, port and path, never the userinfo
 * or the query string (SPEC §4: URLs are secrets). A unix socket URL prints its socket path.
 */
export function describeServerUrl(url: string): string {
  if (url.startsWith('unix:')) {
    const socket = /^unix:\/\/(?:[^@/]*@)?(\/[^?#]*)/.exec(url)?.[1];
    return socket === undefined ? 'an invalid URL' : `unix://${socket}`;
  }
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'an invalid URL';
  }
}

export type ServerKind = 'postgres' | 'redis';

export function serverKindOf(url: string): ServerKind | undefined {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (/^(rediss?|unix):\/\//i.test(url)) return 'redis';
  return undefined;
}
