/** Deterministic hashing and ids for the simulated data: item i is derived from (seed, i). */

/** 32-bit FNV-1a over the parts, finished with a murmur3 mix so close inputs spread. */
export function hash32(...parts: readonly (number | string)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('|');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1) from the parts. */
export function rand(...parts: readonly (number | string)[]): number {
  return hash32(...parts) / 2 ** 32;
}

/** Integer in [min, max] from the parts. */
export function randInt(min: number, max: number, ...parts: readonly (number | string)[]): number {
  return min + Math.floor(rand(...parts) * (max - min + 1));
}

export const Kind = {
  conversation: 1,
  message: 2,
  run: 3,
  chatRun: 4,
  node: 5,
  log: 6,
  endUser: 7,
  debugRun: 8,
  chatNode: 9,
  app: 10,
  account: 11,
  workspace: 12,
  toolProvider: 13,
} as const;

export interface IdParts {
  kind: number;
  app: number;
  i: number;
  sub: number;
  k: number;
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** A UUID-shaped id whose groups encode what it names, so the simulator can look items up without an index. */
export function makeId(seed: number, p: IdParts): string {
  const h = hex(hash32(seed, p.kind, p.app, p.i, p.sub, p.k), 8);
  return `${h}-${hex(p.kind, 1)}${hex(p.app, 3)}-4${hex(p.sub, 3)}-8${hex(p.k, 3)}-${hex(p.i, 12)}`;
}

const ID = /^([0-9a-f]{8})-([0-9a-f])([0-9a-f]{3})-4([0-9a-f]{3})-8([0-9a-f]{3})-([0-9a-f]{12})$/;

export function parseId(seed: number, id: string): IdParts | undefined {
  const m = ID.exec(id);
  if (!m) return undefined;
  const p: IdParts = {
    kind: parseInt(m[2]!, 16),
    app: parseInt(m[3]!, 16),
    sub: parseInt(m[4]!, 16),
    k: parseInt(m[5]!, 16),
    i: parseInt(m[6]!, 16),
  };
  return makeId(seed, p) === id ? p : undefined;
}
