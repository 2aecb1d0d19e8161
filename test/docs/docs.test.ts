import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/schema.js';
import { EXIT_CODES } from '../../src/exit-codes.js';

/** The README is the entry point; the manual lives in docs/, one file per topic (issue 14). */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const DOC_FILES = [
  README,
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

/** The lines of a markdown text outside fenced code blocks. */
function proseLines(text: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const m = /^\s*(```+|~~~+)/.exec(line);
    if (m?.[1] !== undefined) {
      if (fence === undefined) fence = m[1];
      else if (m[1].startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence === undefined) out.push(line);
  }
  return out;
}

/** GitHub's anchor for a heading: rendered text, lower-cased, punctuation dropped, spaces → '-'. */
export function githubSlug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a markdown file offers, numbered as GitHub numbers repeated headings. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m?.[1] === undefined) continue;
    const base = githubSlug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Relative link targets of a markdown file (inline code spans are not links). */
function relativeLinks(file: string): string[] {
  const links: string[] = [];
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const prose = line.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, …
      links.push(target);
    }
  }
  return links;
}

/** The rows `| code | name | when |` of the README's "Exit codes" table. */
function readmeExitTable(): { code: number; name: string }[] {
  const lines = proseLines(readFileSync(README, 'utf8'));
  const start = lines.findIndex((l) => /^## Exit codes\s*$/.test(l));
  expect(start, 'README has a "## Exit codes" section').toBeGreaterThanOrEqual(0);
  const rows: { code: number; name: string }[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const m = /^\|\s*(\d+)\s*\|\s*([A-Z]+)\s*\|/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) rows.push({ code: Number(m[1]), name: m[2] });
  }
  return rows;
}

describe('docs: README.md and docs/*.md', () => {
  it('the README stays an entry point (at most 250 lines)', () => {
    expect(readFileSync(README, 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });

  it('computes GitHub heading anchors', () => {
    expect(githubSlug('Exit codes and schedulers')).toBe('exit-codes-and-schedulers');
    expect(githubSlug('`SETTLE_DELAY` and older Dify')).toBe('settle_delay-and-older-dify');
    expect(githubSlug('When a run fails: `OnFailure=`')).toBe('when-a-run-fails-onfailure');
    expect(githubSlug('`dify-export spool rm <id>… [--yes]`')).toBe(
      'dify-export-spool-rm-id---yes',
    );
  });

  it.each(DOC_FILES.map((f) => [relative(ROOT, f), f]))(
    'every relative link in %s resolves to a file and anchor',
    (_name, file) => {
      const broken: string[] = [];
      for (const link of relativeLinks(file)) {
        const hash = link.indexOf('#');
        const path = hash === -1 ? link : link.slice(0, hash);
        const anchor = hash === -1 ? undefined : decodeURIComponent(link.slice(hash + 1));
        const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
        if (!existsSync(target)) {
          broken.push(`${link}: no such file`);
          continue;
        }
        if (anchor === undefined) continue;
        if (statSync(target).isDirectory() || !target.endsWith('.md')) {
          broken.push(`${link}: an anchor into something that is not a markdown file`);
        } else if (!anchorsOf(target).has(anchor)) {
          broken.push(`${link}: no heading with anchor #${anchor} in ${relative(ROOT, target)}`);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it('the links are found (the check above is not vacuous)', () => {
    expect(relativeLinks(README)).toContain('docs/configuration.md');
  });

  it('every variable of the config schema is documented in docs/configuration.md', () => {
    const text = readFileSync(join(DOCS, 'configuration.md'), 'utf8');
    const names = Object.keys(envSchema.shape);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !text.includes(`\`${name}\``))).toEqual([]);
  });

  it("the README's exit-code table is the code's table, in its order of precedence", () => {
    expect(readmeExitTable()).toEqual(EXIT_CODES.map(({ code, name }) => ({ code, name })));
  });
});
