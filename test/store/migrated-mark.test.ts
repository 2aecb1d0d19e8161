import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDeliveryDeps, takeLock } from '../../src/deliver/runtime.js';
import { DifyExportError } from '../../src/errors.js';
import { FileStore, MIGRATED_FILE } from '../../src/store/file.js';
import { tempDir, testContext } from '../commands/helpers.js';
import { failureOf } from '../helpers/failure.js';
import { configWith } from '../helpers/config.js';

// A STATE_DIR migrated to PostgreSQL (SPEC §10a) must not be run on: the mark is checked when the
// store is opened and again once the lock is held, since a migration may finish in between.
describe('a file store marked migrated', () => {
  it('refuses once the lock is held when the migration finished after open(), and frees the lock', async () => {
    const dir = await tempDir();
    const ctx = testContext(configWith({ stateDir: dir }));
    const store = new FileStore({
      ...defaultDeliveryDeps,
      stateDir: dir,
      clock: ctx.clock,
      random: ctx.random,
    });
    await store.open();
    // The migration (holding the lock until now) marks the directory and releases.
    await writeFile(
      join(dir, MIGRATED_FILE),
      JSON.stringify({
        migrated_to: 'postgres://db',
        schema: 'dify_export',
        key: 'k',
        at: 'now',
        batches: 0,
      }),
    );
    const error = await failureOf(takeLock(ctx, defaultDeliveryDeps, store));
    expect(error).toBeInstanceOf(DifyExportError);
    expect(error.code).toBe('STATE_MIGRATED');
    expect(error.exitCode).toBe(78);
    expect(existsSync(join(dir, 'lock'))).toBe(false);
  });
});
