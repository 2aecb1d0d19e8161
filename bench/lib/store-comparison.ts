import { havePostgres, startPostgres } from '../../test/helpers/servers.js';
import { storeScenario, type StoreMeasures } from './store-scenario.js';

/** Latency of the receiver while `resend` drains the spool (SPEC §14: realistic is 20 ms+). */
const RESEND_LATENCY_MS = 20;

/**
 * The same spool on each store: the file store, then PostgreSQL (when its server binaries are
 * installed) started with `fsync=on` — the tests' server runs without it — so every committed batch
 * pays its WAL flush as on a real server. Each result is emitted as soon as it is measured.
 */
export async function storeComparison(
  batches: number,
  progress: (line: string) => void,
  emit: (value: unknown) => void,
): Promise<StoreMeasures[]> {
  const results: StoreMeasures[] = [];
  const scenario = { batches, lsRuns: 3, latencyMs: RESEND_LATENCY_MS };
  progress(`store-file: ~${batches} batches spooled, then resent at ${RESEND_LATENCY_MS} ms …`);
  const file = await storeScenario({ ...scenario, store: { kind: 'file' } });
  results.push(file);
  emit(file);
  if (!havePostgres()) {
    progress('store-postgres: skipped (no PostgreSQL server binaries under /usr/lib/postgresql)');
    emit({ scenario: 'store-postgres', skipped: 'no PostgreSQL server binaries' });
    return results;
  }
  progress('store-postgres: the same with STATE_URL on a PostgreSQL with fsync on …');
  const server = await startPostgres({ fsync: true });
  let postgres: StoreMeasures;
  try {
    postgres = await storeScenario({ ...scenario, store: { kind: 'postgres', url: server.url } });
  } finally {
    await server.stop();
  }
  results.push(postgres);
  emit(postgres);
  return results;
}
