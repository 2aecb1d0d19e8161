import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import type { RunReport } from '../context.js';
import { parsePreviousMetrics } from './previous.js';
import { renderMetrics } from './render.js';
import { snapshotOf, type MetricsSnapshot, type RunTimes } from './snapshot.js';

export interface MetricsFileIo {
  /** The current content, or undefined when there is none (or it cannot be read). */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file so a reader sees the old or the new content, never a mix. */
  write(path: string, text: string): Promise<void>;
}

export const metricsFileIo: MetricsFileIo = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  async write(path, text) {
    // Temp file + fsync + rename: node_exporter may read at any instant. 0644 whatever the umask
    // (the systemd unit sets 0077): the file holds no secret and node_exporter runs as another user.
    await writeFileAtomic(path, text, { mode: 0o644, fsync: true });
  },
};

/** Renders this run's metrics (carrying over what earlier runs knew) and replaces the file. */
export async function writeMetricsFile(
  path: string,
  report: RunReport,
  times: RunTimes,
  io: MetricsFileIo = metricsFileIo,
): Promise<MetricsSnapshot> {
  const before = await io.read(path);
  const snapshot = snapshotOf(
    report,
    times,
    before === undefined ? {} : parsePreviousMetrics(before),
  );
  await io.write(path, renderMetrics(snapshot));
  return snapshot;
}
