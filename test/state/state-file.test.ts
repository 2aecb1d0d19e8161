import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../src/spool/fs.js';
import { Spool } from '../../src/spool/store.js';
import { checkTarget, checkWorkspace } from '../../src/state/identity.js';
import {
  EMPTY_STATE,
  readState,
  writeState,
  type ExportState,
} from '../../src/state/state-file.js';
import { tempDir } from '../commands/helpers.js';

const state: ExportState = {
  ...EMPTY_STATE,
  source: { dify_url: 'https://dify.example.com', workspace_id: 'ws-1' },
  target: 'a'.repeat(64),
  format: 'cloudevents',
  watermark: '2026-11-20T11:45:00.000Z',
  password_encoding: 'base64',
};

async function stateDir(): Promise<string> {
  const dir = await tempDir();
  await new Spool({ stateDir: dir, fs: nodeFs, clock: { now: () => 0 }, random: () => 0 }).open();
  return dir;
}

describe('state.json (SPEC §10)', () => {
  it('round-trips, version 1, written 0600 through the durable protocol', async () => {
    const dir = await stateDir();
    expect(await readState(nodeFs, dir)).toBeUndefined();
    await writeState(nodeFs, dir, state, 'state.tmp');
    expect(await readState(nodeFs, dir)).toEqual(state);
    expect((await fsp.stat(join(dir, 'state.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await fsp.readFile(join(dir, 'state.json'), 'utf8'))).toMatchObject({
      version: 1,
    });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown version', JSON.stringify({ ...state, version: 2 })],
    ['a bad watermark', JSON.stringify({ ...state, watermark: 'yesterday' })],
  ])('%s is a configuration error with a hint (78)', async (_name, text) => {
    const dir = await stateDir();
    await fsp.writeFile(join(dir, 'state.json'), text);
    await expect(readState(nodeFs, dir)).rejects.toMatchObject({
      exitCode: 78,
      hint: expect.any(String) as unknown,
    });
  });

  it('another workspace, target or format is refused with 78', () => {
    expect(() => {
      checkWorkspace(state, 'ws-2');
    }).toThrow(/belongs to Dify workspace ws-1/);
    expect(() => {
      checkTarget(state, 'b'.repeat(64), 'cloudevents');
    }).toThrow(/another EXTERNAL_API_URL/);
    expect(() => {
      checkTarget(state, 'a'.repeat(64), 'api-meter');
    }).toThrow(/EXPORT_FORMAT=cloudevents/);
    expect(() => {
      checkWorkspace(state, 'ws-1');
      checkTarget(state, 'a'.repeat(64), 'cloudevents');
      checkTarget(undefined, 'x', 'y');
    }).not.toThrow();
  });
});
