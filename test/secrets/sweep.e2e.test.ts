import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDifySim, type DifySim } from '../sim/dify/index.js';
import { startReceiverSim, type ReceiverSim } from '../sim/receiver/receiver.js';
import { tempDir } from '../commands/helpers.js';
import { runBin, type CliResult } from '../helpers/cli.js';

// Every command and error path of issue 10, spawned with LOG_LEVEL=debug; then no secret may be
// found in any stdout, stderr, file under STATE_DIR or the metrics file.
const TOKEN = 'Ext-T0ken-Sweep-S3cret';
const QUERY_KEY = 'QK-Sweep-S3cretKey';
const USERINFO_PASSWORD = 'Pa55-Sweep-S3cret';

let dify: DifySim;
let receiver: ReceiverSim;
let dir: string;
const outputs: CliResult[] = [];

beforeAll(async () => {
  dir = await tempDir('dify-export-sweep-');
  dify = await startDifySim({
    data: {
      seed: 11,
      start: Date.parse('2026-11-01T00:00:00Z'),
      end: Date.parse('2026-11-03T00:00:00Z'),
      apps: [
        { mode: 'chat', conversations: 8 },
        { mode: 'workflow', runs: 12 },
      ],
    },
  });
  receiver = await startReceiverSim();
});

afterAll(async () => {
  await dify.close();
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (over: Record<string, string> = {}): Record<string, string> => ({
  DIFY_API_URL: dify.url,
  DIFY_EMAIL: dify.email,
  DIFY_PASSWORD: dify.password,
  EXTERNAL_API_URL: `${receiver.url}?api_key=${QUERY_KEY}`,
  EXTERNAL_API_TOKEN: TOKEN,
  STATE_DIR: join(dir, 'state'),
  METRICS_FILE: join(dir, 'metrics.prom'),
  INITIAL_SINCE: '2026-10-30T00:00:00Z',
  BATCH_SIZE: '10',
  MAX_RETRY: '0',
  LOG_LEVEL: 'debug',
  ...over,
});

async function cli(args: string[], over: Record<string, string> = {}): Promise<CliResult> {
  const r = await runBin(args, { env: env(over), cwd: dir });
  outputs.push(r);
  return r;
}

/** A receiver that echoes what it was sent (the bearer token, the URL with its key) in its error. */
function echo(status: number): void {
  receiver.setRule((req) => ({
    status,
    body: JSON.stringify({
      error: 'refused',
      authorization: req.headers.authorization,
      url: req.url,
    }),
  }));
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')),
  );
}

const ids = async (): Promise<{ id: string; state: string }[]> =>
  (await cli(['spool', 'ls', '--json'])).stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; state: string });

describe('secrets sweep (issue 10)', () => {
  it('check, dry run, and deliveries refused with 401, 503 and 422 (error bodies echo the secrets)', async () => {
    expect((await cli(['check'])).code).toBe(0);
    expect((await cli(['export', '--dry-run'])).code).toBe(0);
    echo(401);
    expect((await cli(['export'])).code).toBe(77);
    echo(503);
    expect((await cli(['resend'])).code).toBe(75);
    echo(422);
    expect((await cli(['resend'])).code).toBe(65);
  });

  it('spool commands, requeue, and a 413 split down to single events', async () => {
    const all = await ids();
    expect(all.length).toBeGreaterThan(0);
    await cli(['spool', 'ls']);
    await cli(['spool', 'show', all[0]!.id]);
    await cli(['state', 'show']);
    expect((await cli(['spool', 'requeue', all[0]!.id])).code).toBe(0);
    // 413 on anything above one event: split down to single events, each refused.
    receiver.setRule((req) => ({
      status: 413,
      body: JSON.stringify({
        too: 'large',
        authorization: req.headers.authorization,
        n: req.body.length,
      }),
    }));
    await cli(['resend', all[0]!.id]);
    echo(200);
    await cli(['export']);
  });

  it('a refused Dify password and URLs with userinfo or a query string in the configuration', async () => {
    // Dify refuses the password; the configuration names URLs that carry secrets.
    expect((await cli(['export'], { DIFY_PASSWORD: 'wrong-Pa55word-1' })).code).toBe(77);
    for (const cmd of ['export', 'check'])
      expect(
        (
          await cli([cmd], {
            DIFY_API_URL: `https://admin:${USERINFO_PASSWORD}@dify.example.com:99999`,
            EXTERNAL_API_URL: `https://meter.example.com:70000/v1?api_key=${QUERY_KEY}`,
          })
        ).code,
      ).toBe(78);
  });

  it('none of the secrets appears in stdout, stderr, STATE_DIR or the metrics file', async () => {
    expect(outputs.length).toBeGreaterThanOrEqual(15);
    const secrets = [
      TOKEN,
      QUERY_KEY,
      USERINFO_PASSWORD,
      dify.password,
      'wrong-Pa55word-1',
      ...dify.issuedTokens.filter((t) => t.length >= 8),
    ];
    const texts = [
      ...outputs.flatMap((r) => [r.stdout, r.stderr]),
      ...(await filesUnder(join(dir, 'state'))),
      await readFile(join(dir, 'metrics.prom'), 'utf8'),
    ];
    expect(outputs.some((r) => r.stderr.includes('"level":"debug"'))).toBe(true);
    expect(texts.join('\n')).toContain('[REDACTED]');
    for (const secret of secrets)
      for (const text of texts) expect(text.includes(secret), secret).toBe(false);
  });
});
