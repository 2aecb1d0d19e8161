import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { Redactor } from '../src/redact.js';

function capture(secrets: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const redactor = new Redactor();
  for (const s of secrets) redactor.add(s);
  const log = createLogger({
    level: 'debug',
    runId: 'run-1',
    cmd: 'export',
    redactor,
    write: (line) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { log, lines, raw, redactor };
}

describe('logging (SPEC §11)', () => {
  it('writes JSON lines with time, level, msg, run_id and cmd', () => {
    const { log, lines } = capture();
    log.info({ n: 1 }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'hello',
      run_id: 'run-1',
      cmd: 'export',
      n: 1,
    });
    expect(typeof lines[0]!.time).toBe('string');
    expect(Number.isNaN(Date.parse(lines[0]!.time as string))).toBe(false);
  });

  it('redacts authorization headers, cookies, tokens and passwords by key', () => {
    const { log, raw } = capture();
    log.info(
      {
        headers: { authorization: 'Bearer abc123', cookie: 'access_token=zzz' },
        password: 'hunter2',
        token: 't0k',
        nested: { password: 'p', token: 'q' },
      },
      'request',
    );
    expect(raw[0]).not.toMatch(/abc123|zzz|hunter2|t0k/);
    expect(raw[0]).toContain('[REDACTED]');
  });

  it('scrubs secret values inside messages, URLs, errors and their encodings', () => {
    const secret = 's3cr3t+/=value';
    const { log, raw, redactor } = capture([secret]);
    redactor.add('session-token-learned-at-runtime');
    log.error(
      {
        url: `https://x/?t=${encodeURIComponent(secret)}`,
        b64: Buffer.from(secret).toString('base64'),
      },
      `login failed for ${secret} with session-token-learned-at-runtime`,
    );
    log.error({ err: new Error(`boom ${secret}`) }, 'failed');
    const all = raw.join('');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(encodeURIComponent(secret));
    expect(all).not.toContain(Buffer.from(secret).toString('base64'));
    expect(all).not.toContain('session-token-learned-at-runtime');
  });

  it('filters by level', () => {
    const redactor = new Redactor();
    const seen: string[] = [];
    const log = createLogger({
      level: 'warn',
      runId: 'r',
      cmd: 'c',
      redactor,
      write: (l) => seen.push(l),
    });
    log.info('hidden');
    log.warn('shown');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('shown');
  });
});

describe('terminal form', () => {
  it('renders time, level, message and fields on one line, secrets still masked', () => {
    const redactor = new Redactor();
    redactor.add('topsecret-123');
    const seen: string[] = [];
    const log = createLogger({
      level: 'info',
      runId: 'r',
      cmd: 'c',
      redactor,
      pretty: true,
      write: (l) => seen.push(l),
    });
    log.warn({ exit_code: 75, token: 'x' }, 'queued for later topsecret-123');
    expect(seen[0]).toMatch(
      /^\d{2}:\d{2}:\d{2} WARN {2}queued for later \[REDACTED\] {2}exit_code=75 token=\[REDACTED\]\n$/,
    );
  });
});
