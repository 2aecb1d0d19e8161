import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedNodeFlags } from '../../bench/lib/shipped-flags.js';

const REPO = join(import.meta.dirname, '../..');
const BIN = join(REPO, 'bin/dify-export.js');
const read = (p: string): string => readFileSync(join(REPO, p), 'utf8');

/** The heap bounds keep the peak RSS flat (SPEC §14); every way we ship must carry the same. */
describe('the Node heap flags the tool ships with', () => {
  const flags = shippedNodeFlags(BIN);

  it('bound the old and the young generation in the bin shebang', () => {
    expect(flags.some((f) => f.startsWith('--max-old-space-size='))).toBe(true);
    expect(flags.some((f) => f.startsWith('--max-semi-space-size='))).toBe(true);
  });

  it('are the same in the Dockerfile and the systemd unit (NODE_OPTIONS)', () => {
    const docker = /^ENV NODE_OPTIONS="([^"]*)"$/m.exec(read('Dockerfile'))?.[1];
    const unit = /^Environment="NODE_OPTIONS=([^"]*)"$/m.exec(
      read('deploy/systemd/dify-export.service'),
    )?.[1];
    expect(docker?.split(' ')).toEqual(flags);
    expect(unit?.split(' ')).toEqual(flags);
  });

  it('are accepted by this Node, also through NODE_OPTIONS', () => {
    const direct = spawnSync(process.execPath, [...flags, '-e', '0']);
    expect(direct.status, direct.stderr.toString()).toBe(0);
    const viaEnv = spawnSync(
      process.execPath,
      ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'],
      { env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: flags.join(' ') } },
    );
    expect(viaEnv.status, viaEnv.stderr.toString()).toBe(0);
    const oldMb = Number(/--max-old-space-size=(\d+)/.exec(flags.join(' '))?.[1]);
    // The limit covers the old space plus the young one; far below Node's default of GBs.
    expect(Number(viaEnv.stdout.toString()) / 2 ** 20).toBeLessThan(oldMb + 64);
  });
});
