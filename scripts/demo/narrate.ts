import type { CliRun } from '../../bench/lib/cli.js';
import { summaryOf } from '../../bench/lib/cli.js';

export type Print = (line: string) => void;

const LEVELS: Record<string, string> = { '40': 'warn', '50': 'error', '60': 'fatal' };
const indent = (text: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

function levelOf(line: Record<string, unknown>): string {
  const level = line.level;
  if (typeof level === 'string') return level;
  return LEVELS[String(level)] ?? 'info';
}

/** The summary line as one readable line: what an operator looks at first. */
export function describeSummary(summary: Record<string, unknown>): string {
  const ev = summary.events as Record<string, number> | null | undefined;
  const parts = [`exit ${String(summary.exit_code)} ${String(summary.exit_name)}`];
  if (ev)
    parts.push(
      `events fetched ${ev.fetched} · delivered ${ev.delivered} · spooled ${ev.spooled} · rejected ${ev.rejected}`,
    );
  const { watermark_before: before, watermark_after: after } = summary;
  if (typeof after === 'string')
    parts.push(`watermark ${typeof before === 'string' ? before : 'none'} → ${after}`);
  if (summary.spool_depth !== null && summary.spool_depth !== undefined)
    parts.push(`spool depth ${JSON.stringify(summary.spool_depth)}`);
  parts.push(`${String(summary.duration_ms)} ms`);
  return parts.join(' | ');
}

/** Prints one step: the command, its stdout, its warnings and summary line, and the verdict. */
export function narrateRun(print: Print, run: CliRun, expectedCode: number): boolean {
  print(`$ dify-export ${run.args.join(' ')}`);
  if (run.stdout.trim() !== '') print(indent(run.stdout));
  for (const line of run.logs) {
    const level = levelOf(line);
    if (level !== 'info' && line.msg !== 'run finished')
      print(`  [log ${level}] ${String(line.msg)}`);
  }
  for (const line of run.otherStderr) print(`  [stderr] ${line}`);
  const summary = summaryOf(run);
  if (summary) print(`  [summary] ${describeSummary(summary)}`);
  const ok = run.code === expectedCode;
  print(`  → exit ${String(run.code)} (expected ${expectedCode}) ${ok ? '✓' : '✗'}`);
  print('');
  return ok;
}

export function heading(print: Print, step: string, explain: string): void {
  print(`━━ ${step} ━━`);
  print(explain);
  print('');
}
