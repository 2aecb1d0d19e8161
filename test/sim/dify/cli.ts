/**
 * Standalone Dify simulator for the demo and the benchmark:
 *   tsx test/sim/dify/cli.ts '<DifySimOptions as JSON, optionally with "window": {from, to}>'
 * prints one JSON line `{url, workspaceId, email, password, apps}` on stdout (with `minimum`, the
 * fewest requests the API allows, and `events`, the expected event count, when a window is given),
 * then serves until SIGTERM/SIGINT, when it prints `{stats}` and exits.
 */
import { startDifySim, type DifySimOptions } from './index.js';

function count(events: Iterable<unknown>): number {
  let n = 0;
  for (const _ of events) n++;
  return n;
}

const options = JSON.parse(process.argv[2] ?? '{}') as DifySimOptions & {
  window?: { from: number; to: number };
};
const sim = await startDifySim({ recordLog: false, ...options });
const w = options.window;
const expected = w
  ? { minimum: sim.minimumRequests(w), events: count(sim.expectedEventStream(w)) }
  : {};
const { url, workspaceId, email, password, apps } = sim;
process.stdout.write(
  `${JSON.stringify({ url, workspaceId, email, password, apps, ...expected })}\n`,
);

const stop = (): void => {
  const { total, byEndpoint, faults, maxInFlight } = sim.stats;
  process.stdout.write(
    `${JSON.stringify({ stats: { total, byEndpoint, faults, maxInFlight } })}\n`,
  );
  void sim.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
