import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openUsageSession } from '../../src/dify/index.js';
import { DifyExportError } from '../../src/errors.js';
import { configWith } from '../helpers/config.js';
import { testContext } from '../dify/helpers.js';

// Dify 1.7–1.8: an unknown email on an instance that allows sign-up answers 200 with a password
// reset token in `data` (DIFY-API.md §10). That value must never be copied into a message.
const RESET_TOKEN = 'c0ffee00-reset-token-4b1d-9e8f';
let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function difyAnsweringLogin(body: unknown): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('a login answered 200 with data in place of a session', () => {
  it('never copies a reset token into the error, and scrubs it from anything printed later', async () => {
    const url = await difyAnsweringLogin({
      result: 'fail',
      data: RESET_TOKEN,
      code: 'account_not_found',
    });
    const config = configWith({
      difyApiUrl: url,
      difyAuth: { mode: 'password', email: 'nobody@example.com', password: 'pw-12345678' },
      maxRetry: 0,
    });
    const run = testContext(config);
    const error = await openUsageSession(run.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DifyExportError);
    expect((error as DifyExportError).exitCode).toBe(77);
    expect(
      JSON.stringify({ m: (error as Error).message, h: (error as DifyExportError).hint }),
    ).not.toContain(RESET_TOKEN);
    run.ctx.log.error({ body: `echo ${RESET_TOKEN}` }, 'anything');
    expect(run.logLines.join('\n')).not.toContain(RESET_TOKEN);
  });

  it('still names the missing workspace', async () => {
    const url = await difyAnsweringLogin({
      result: 'fail',
      data: 'workspace not found, please contact system admin to invite you to join in a workspace',
    });
    const config = configWith({
      difyApiUrl: url,
      difyAuth: { mode: 'password', email: 'ops@example.com', password: 'pw-12345678' },
      maxRetry: 0,
    });
    const error = await openUsageSession(testContext(config).ctx).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Dify refused the login: the account belongs to no workspace',
    );
  });
});
