import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  from: string;
  name: string | undefined;
  steps: Instruction[];
}

/** Dockerfile instructions grouped by stage; `\` continues a line, `#` lines are comments. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const logical = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of logical) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = op.toUpperCase();
    if (upper === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: m?.[1] ?? args, name: m?.[2], steps: [] });
    } else if (stages.length > 0) stages.at(-1)!.steps.push({ op: upper, args });
    else if (upper !== 'ARG') throw new Error(`${upper} before the first FROM`);
  }
  return stages;
}

const dockerfile = readFileSync(join(REPO, 'Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const runtime = stages.at(-1)!;
const all = (stage: Stage, op: string) => stage.steps.filter((s) => s.op === op);
const last = (stage: Stage, op: string) => all(stage, op).at(-1)?.args;

describe('Dockerfile (SPEC §12)', () => {
  it('builds in one stage and ships from another, on Node 20', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    const build = stages[0]!;
    expect(all(build, 'RUN').map((r) => r.args)).toContainEqual(expect.stringMatching(/^npm ci\b/));
    expect(all(build, 'RUN').map((r) => r.args)).toContain('npm run build');
    expect(all(runtime, 'COPY').map((c) => c.args)).toContain(
      `--from=${build.name} /src/dist ./dist`,
    );
  });

  it('installs production dependencies only in the shipped stage', () => {
    const installs = all(runtime, 'RUN').filter((r) => /\bnpm (ci|install|i)\b/.test(r.args));
    expect(installs).toHaveLength(1);
    expect(installs[0]!.args).toMatch(/^npm ci --omit=dev\b/);
    const copies = all(runtime, 'COPY').map((c) => c.args);
    // node_modules of the build stage hold the dev dependencies; sources are not shipped.
    expect(copies).not.toContainEqual(expect.stringMatching(/node_modules/));
    expect(copies.filter((c) => !c.startsWith('--from'))).not.toContainEqual(
      expect.stringMatching(/\bsrc\b/),
    );
  });

  it('runs as a numeric non-root user', () => {
    const user = last(runtime, 'USER') ?? '';
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(':')[0])).toBeGreaterThan(0);
  });

  it('declares STATE_DIR and makes it a volume owned by that user', () => {
    const env = all(runtime, 'ENV')
      .map((e) => e.args)
      .join(' ');
    const stateDir = /\bSTATE_DIR=(\S+)/.exec(env)?.[1];
    expect(stateDir).toBe('/var/lib/dify-export');
    expect(last(runtime, 'VOLUME')).toBe(`["${stateDir}"]`);
    const uid = (last(runtime, 'USER') ?? '').split(':')[0];
    expect(
      all(runtime, 'RUN')
        .map((r) => r.args)
        .join(' '),
    ).toContain(`chown ${uid}:`);
  });

  it('starts node directly (exec form, so SIGTERM reaches it) with export as the default', () => {
    expect(JSON.parse(last(runtime, 'ENTRYPOINT') ?? 'null')).toEqual([
      'node',
      '/app/bin/dify-export.js',
    ]);
    expect(JSON.parse(last(runtime, 'CMD') ?? 'null')).toEqual(['export']);
    expect(last(runtime, 'WORKDIR')).toBe('/app');
  });
});

/** The few .dockerignore pattern forms used here: names, `*` globs, `dir/` prefixes. */
function ignored(patterns: string[], path: string): boolean {
  return patterns.some((p) => {
    const re = new RegExp(
      `^${p
        .replace(/\/$/, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')}(/|$)`,
    );
    return re.test(path);
  });
}

describe('.dockerignore', () => {
  const patterns = readFileSync(join(REPO, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

  it('keeps secrets, local state and build output out of the build context', () => {
    for (const path of ['.env', '.env.production', 'node_modules', 'dist', 'data', '.git', 'x.log'])
      expect(ignored(patterns, path), path).toBe(true);
  });

  it('keeps everything the Dockerfile copies', () => {
    const sources = stages
      .flatMap((s) => all(s, 'COPY'))
      .filter((c) => !c.args.startsWith('--from'))
      .flatMap((c) => c.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(join(REPO, source)), source).toBe(true);
      expect(ignored(patterns, source), source).toBe(false);
    }
  });
});

describe('what the image runs needs production dependencies only', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [join(dir, e.name)]
          : [],
    );

  it('imports nothing from devDependencies in src/ or bin/', () => {
    const builtins = new Set(builtinModules);
    const allowed = new Set(Object.keys(pkg.dependencies));
    const sources = [...files(join(REPO, 'src')), join(REPO, 'bin/dify-export.js')];
    const bad: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)'([^'.][^']*)'/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || builtins.has(spec)) continue;
        const name = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : spec.split('/')[0]!;
        if (!allowed.has(name)) bad.push(`${file}: ${spec}`);
      }
    }
    expect(sources.length).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});
