/**
 * The one exit-code table (SPEC §3). When several conditions apply, the one listed first wins,
 * which is why the table is ordered by precedence rather than by number.
 */
export const EXIT_CODES = [
  {
    name: 'CONFIG',
    code: 78,
    when: 'configuration invalid or inconsistent; state belongs to another workspace or target',
  },
  { name: 'USAGE', code: 64, when: 'bad command line' },
  {
    name: 'NOPERM',
    code: 77,
    when: 'Dify rejected the credentials, or the external API answered 401/403',
  },
  { name: 'CANTCREAT', code: 73, when: 'the state or spool directory cannot be created or opened' },
  { name: 'IOERR', code: 74, when: 'a write, fsync or rename in the state or spool failed' },
  { name: 'SOFTWARE', code: 70, when: 'a bug: an unexpected exception' },
  {
    name: 'DATAERR',
    code: 65,
    when: 'Dify data failed validation, a batch was rejected or a spool file quarantined in this run, or a newer-format spool file was skipped',
  },
  {
    name: 'UNAVAILABLE',
    code: 69,
    when: 'Dify unreachable, the external endpoint is wrong, or a batch expired in this run',
  },
  {
    name: 'TEMPFAIL',
    code: 75,
    when: 'batches queued for later, the lock is held, or the run was interrupted',
  },
  { name: 'OK', code: 0, when: 'the pass completed and no batch is left queued' },
] as const;

export type ExitName = (typeof EXIT_CODES)[number]['name'];

export const ExitCode = Object.fromEntries(EXIT_CODES.map((e) => [e.name, e.code])) as {
  readonly [K in ExitName]: Extract<(typeof EXIT_CODES)[number], { name: K }>['code'];
};

const rank = new Map<number, number>(EXIT_CODES.map((e, i) => [e.code, i]));

/** The name of a code from the table, or `UNKNOWN`. */
export function exitName(code: number): string {
  return EXIT_CODES.find((e) => e.code === code)?.name ?? 'UNKNOWN';
}

/** Combines outcomes: the code that comes first in the table wins; no codes means OK. */
export function worstExit(...codes: readonly number[]): number {
  let best: number = ExitCode.OK;
  for (const code of codes) {
    if ((rank.get(code) ?? 0) < (rank.get(best) ?? 0)) best = code;
  }
  return best;
}
