import type { ExitName } from '../exit-codes.js';

/** One line of `dify-export check`: ✓ or ✗, what was checked, what was found, and a hint on failure. */
export interface CheckLine {
  ok: boolean;
  name: string;
  detail: string;
  /** The exit-code row a failure maps to. */
  exit?: ExitName;
  hint?: string;
}

export function formatCheckLine(line: CheckLine): string {
  const mark = line.ok ? '✓' : '✗';
  const hint = !line.ok && line.hint !== undefined ? ` (hint: ${line.hint})` : '';
  return `${mark} ${line.name}: ${line.detail}${hint}`;
}
