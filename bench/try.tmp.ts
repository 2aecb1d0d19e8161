import { ensureBuilt } from './lib/build.js';
import { exportScenario } from './lib/export-scenario.js';
ensureBuilt();
for (const ev of [10_000, 100_000]) console.log(JSON.stringify(await exportScenario({ name: `x${ev}`, events: ev, latencyMs: 0, concurrency: 4 })));
console.log(JSON.stringify(await exportScenario({ name: `lat`, events: 3000, latencyMs: 20, concurrency: 4 })));
