/**
 * `npm run demo`: the whole job against two local simulators, in well under a minute, no setup.
 * A Dify workspace (simulated) → `export` while the metering API is down (batches spool, exit 75)
 * → `spool ls` → the API recovers → `resend` (exit 0) → `spool ls` (empty) → `state show`, then
 * what the receiver accepted against what the simulator says the window holds.
 * Exit 0 only when every step exited as expected and the receiver holds exactly the expected events.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../bench/lib/build.js';
import { runCli, type CliRun } from '../bench/lib/cli.js';
import { startDifySim } from '../test/sim/dify/index.js';
import { startReceiverSim } from '../test/sim/receiver/receiver.js';
import { demoDataset } from './demo/dataset.js';
import { heading, narrateRun } from './demo/narrate.js';
import { usageByApp } from './demo/usage-table.js';
import { compareEvents, verdictOk } from './demo/verify.js';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

ensureBuilt(print);
const started = Date.now();
const dify = await startDifySim({ data: demoDataset(started), recordLog: false });
let outage = true;
const receiver = await startReceiverSim({
  rule: () => (outage ? { status: 503, body: '{"error":"maintenance"}' } : undefined),
});
const stateDir = await mkdtemp(join(tmpdir(), 'dify-export-demo-'));
const env: Record<string, string> = {
  DIFY_API_URL: dify.url,
  DIFY_EMAIL: dify.email,
  DIFY_PASSWORD: dify.password,
  EXTERNAL_API_URL: receiver.url,
  EXTERNAL_API_TOKEN: 'demo-metering-token',
  STATE_DIR: stateDir,
  INITIAL_SINCE: '7d',
  BATCH_SIZE: '25',
  // Short retries keep the outage part of the demo to a few seconds.
  MAX_RETRY: '1',
  RETRY_MAX_DELAY: '1s',
};
const failures: string[] = [];
const step = async (args: string[], expected: number): Promise<CliRun> => {
  const run = await runCli(args, env, stateDir);
  if (!narrateRun(print, run, expected))
    failures.push(`dify-export ${args.join(' ')} exited ${String(run.code)}, expected ${expected}`);
  // Secrets never leave the process: not the password, the metering token or Dify's session tokens.
  const output = [run.stdout, ...run.otherStderr, ...run.logs.map((l) => JSON.stringify(l))].join(
    '\n',
  );
  const secrets = [env.DIFY_PASSWORD!, env.EXTERNAL_API_TOKEN!, ...dify.issuedTokens];
  if (secrets.some((secret) => output.includes(secret)))
    failures.push(`dify-export ${args.join(' ')} printed a secret`);
  return run;
};

try {
  print('dify-export demo');
  print(`  Dify simulator     ${dify.url}  (apps: ${dify.apps.map((a) => a.mode).join(', ')})`);
  print(`  metering receiver  ${receiver.url}`);
  print(`  STATE_DIR          ${stateDir}`);
  print('');

  heading(
    print,
    '1/5 export',
    'The metering API is down (503). Undelivered batches go to the spool: exit 75.',
  );
  const exported = await step(['export'], 75);
  const windowLine = exported.logs.find((l) => l.msg === 'exporting window');

  heading(print, '2/5 spool ls', 'The batches waiting for a later run or for `resend`.');
  await step(['spool', 'ls'], 0);

  outage = false;
  heading(
    print,
    '3/5 resend',
    'The metering API is back. `resend` sends every queued batch now: exit 0.',
  );
  await step(['resend'], 0);

  heading(print, '4/5 spool ls', 'Nothing is left behind.');
  const empty = await step(['spool', 'ls'], 0);
  if (empty.stdout !== 'Spool is empty\n') failures.push('the spool is not empty after resend');

  heading(print, '5/5 state show', 'Where the next run starts.');
  await step(['state', 'show'], 0);

  print('━━ What the metering API got ━━');
  if (typeof windowLine?.from !== 'string' || typeof windowLine.to !== 'string') {
    failures.push('the export did not log the window it exported');
  } else {
    const window = { from: Date.parse(windowLine.from), to: Date.parse(windowLine.to) };
    const verdict = compareEvents(receiver.uniqueEvents(), dify.expectedEvents(window));
    const posts = receiver.requests;
    const accepted = posts.filter((r) => r.answer === 200).length;
    print(`  window             [${windowLine.from}, ${windowLine.to})`);
    print(
      `  POSTs              ${posts.length} (${accepted} accepted, ${posts.length - accepted} refused during the outage)`,
    );
    print(`  events expected    ${verdict.expected} (the simulator's own count for the window)`);
    print(`  events received    ${verdict.received} unique`);
    print(`  missing            ${verdict.missing.length}`);
    print(`  unexpected         ${verdict.unexpected.length}`);
    print(`  content differs    ${verdict.different.length}`);
    print(`  duplicates         ${receiver.duplicates()}`);
    print('');
    for (const line of usageByApp(receiver.uniqueEvents())) print(`  ${line}`);
    if (!verdictOk(verdict))
      failures.push(
        `the receiver's events differ from the expected set: ${JSON.stringify({ ...verdict, missing: verdict.missing.slice(0, 5), unexpected: verdict.unexpected.slice(0, 5), different: verdict.different.slice(0, 5) })}`,
      );
    if (receiver.duplicates() !== 0)
      failures.push(`${receiver.duplicates()} events were accepted twice`);
  }
} finally {
  await Promise.all([dify.close(), receiver.close()]);
  await rm(stateDir, { recursive: true, force: true });
}

print('');
if (failures.length === 0) {
  print(
    `Demo OK in ${((Date.now() - started) / 1000).toFixed(1)} s: nothing lost, nothing counted twice, no secret printed.`,
  );
} else {
  for (const f of failures) print(`DEMO FAILED: ${f}`);
  process.exitCode = 1;
}
