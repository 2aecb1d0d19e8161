/**
 * Standalone receiver for the demo and the benchmark: `tsx test/sim/receiver/main.ts [--fail-first N --status S]`.
 * Prints one JSON line `{ "url": … }` when listening; on SIGTERM/SIGINT prints the counts and exits.
 */
import { startReceiverSim } from './receiver.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const sim = await startReceiverSim();
const failFirst = Number(flag('--fail-first') ?? 0);
if (failFirst > 0) sim.failFirst(failFirst, Number(flag('--status') ?? 503));
process.stdout.write(`${JSON.stringify({ url: sim.url })}\n`);

const stop = (): void => {
  process.stdout.write(
    `${JSON.stringify({ requests: sim.requests.length, unique_events: sim.uniqueEvents().size, duplicates: sim.duplicates() })}\n`,
  );
  void sim.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
