import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './build.js';
import { shippedNodeFlags } from './shipped-flags.js';
import { median } from './stats.js';

export interface StartupMeasures {
  scenario: string;
  runs: number;
  node_e0_ms: number[];
  version_ms: number[];
  node_e0_median_ms: number;
  version_median_ms: number;
  ratio: number;
}

function timed(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(r.status)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** `dify-export --version` against a bare `node -e 0`, interleaved so both see the same machine. */
export function startupScenario(runs: number): StartupMeasures {
  const cli = [...shippedNodeFlags(BIN), BIN, '--version'];
  timed(['-e', '0']);
  timed(cli);
  const bare: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(Math.round(timed(['-e', '0']) * 10) / 10);
    version.push(Math.round(timed(cli) * 10) / 10);
  }
  const b = median(bare);
  const v = median(version);
  return {
    scenario: 'startup',
    runs,
    node_e0_ms: bare,
    version_ms: version,
    node_e0_median_ms: b,
    version_median_ms: v,
    ratio: Number((v / b).toFixed(3)),
  };
}
