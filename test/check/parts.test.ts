import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExternal } from '../../src/check/external.js';
import { formatCheckLine } from '../../src/check/line.js';
import { checkStateDir } from '../../src/check/state-dir.js';

describe('check: external API connection', () => {
  it('connects without sending a byte', async () => {
    let received = 0;
    let connections = 0;
    const server = createServer((socket) => {
      connections += 1;
      socket.on('data', (d) => (received += d.length));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const line = await checkExternal(`http://127.0.0.1:${port}/ingest`, 2000);
    await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => server.close(r));
    expect(line).toMatchObject({ ok: true, name: 'external API' });
    expect(connections).toBe(1);
    expect(received).toBe(0);
  });

  it('fails with UNAVAILABLE and a hint when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    const line = await checkExternal(`http://127.0.0.1:${port}/`, 2000);
    expect(line).toMatchObject({ ok: false, exit: 'UNAVAILABLE' });
    expect(formatCheckLine(line)).toMatch(
      /^✗ external API: cannot connect to 127\.0\.0\.1:\d+: ECONNREFUSED \(hint: /,
    );
  });
});

describe('check: state directory', () => {
  it('creates the directory and leaves no probe file behind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dify-export-check-')), 'nested', 'state');
    const line = await checkStateDir(dir);
    expect(line).toMatchObject({ ok: true });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with CANTCREAT when a file stands where the directory should be', async () => {
    const base = mkdtempSync(join(tmpdir(), 'dify-export-check-'));
    writeFileSync(join(base, 'file'), 'x');
    const line = await checkStateDir(join(base, 'file', 'state'));
    expect(line).toMatchObject({ ok: false, exit: 'CANTCREAT' });
    expect(formatCheckLine(line)).toContain('✗ state directory: cannot create');
  });
});
