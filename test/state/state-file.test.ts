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
  it('round-trips, version 2, written 0600 through the durable protocol', async () => {
    const dir = await stateDir();
    expect(await readState(nodeFs, dir)).toBeUndefined();
    await writeState(nodeFs, dir, state, 'state.tmp');
    expect(await readState(nodeFs, dir)).toEqual(state);
    expect((await fsp.stat(join(dir, 'state.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await fsp.readFile(join(dir, 'state.json'), 'utf8'))).toMatchObject({
      version: 2,
      pending: [],
      progress: null,
    });
  });

  it('reads a version 1 file (no pending items, no progress) and upgrades it', async () => {
    const dir = await stateDir();
    const { pending: _p, progress: _q, ...v1 } = { ...state, version: 1 };
    await fsp.writeFile(join(dir, 'state.json'), JSON.stringify(v1));
    expect(await readState(nodeFs, dir)).toEqual({ ...state, pending: [], progress: null });
  });

  it('keeps pending items and window progress', async () => {
    const dir = await stateDir();
    const full: ExportState = {
      ...state,
      pending: [
        {
          app_id: 'app-1',
          kind: 'workflow',
          id: 'run-1',
          parent_created_at: '2026-11-18T10:00:00.000Z',
          first_seen: '2026-11-18T10:20:00.000Z',
        },
      ],
      progress: {
        window: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-20T11:45:00.000Z' },
        done: { 'app-1': '2026-11-10T00:00:00.000Z' },
      },
    };
    await writeState(nodeFs, dir, full, 'state.tmp');
    expect(await readState(nodeFs, dir)).toEqual(full);
  });

  it('a newer version is refused with 78: written by a newer dify-export', async () => {
    const dir = await stateDir();
    await fsp.writeFile(join(dir, 'state.json'), JSON.stringify({ ...state, version: 3 }));
    await expect(readState(nodeFs, dir)).rejects.toMatchObject({
      exitCode: 78,
      message: expect.stringMatching(/newer dify-export/) as unknown,
    });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown version', JSON.stringify({ ...state, version: 0 })],
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
