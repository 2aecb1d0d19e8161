/**
 * Standalone Dify simulator for the demo and the benchmark:
 *   tsx test/sim/dify/cli.ts '<DifySimOptions as JSON>'
 * prints one JSON line `{url, workspaceId, email, password, apps}` on stdout, then serves until
 * SIGTERM/SIGINT, when it prints `{stats}` and exits.
 */
import { startDifySim, type DifySimOptions } from './index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as DifySimOptions;
const sim = await startDifySim({ recordLog: false, ...options });
process.stdout.write(
  `${JSON.stringify({ url: sim.url, workspaceId: sim.workspaceId, email: sim.email, password: sim.password, apps: sim.apps })}\n`,
);
const stop = (): void => {
  process.stdout.write(
    `${JSON.stringify({ stats: { total: sim.stats.total, byEndpoint: sim.stats.byEndpoint, faults: sim.stats.faults, maxInFlight: sim.stats.maxInFlight } })}\n`,
  );
  void sim.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
