import { readFileSync } from 'node:fs';

/**
 * The Node options the tool ships with: those of the bin's `#!/usr/bin/env -S node …` line (the
 * Dockerfile and the systemd unit set the same through NODE_OPTIONS). The bench spawns
 * `node <flags> bin/dify-export.js` so it measures the tool as users run it.
 */
export function shippedNodeFlags(bin: string): string[] {
  const first = readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\/usr\/bin\/env\s+(?:-S\s+)?node\s*(.*)$/.exec(first);
  return (m?.[1] ?? '').split(/\s+/).filter((a) => a.startsWith('--'));
}
