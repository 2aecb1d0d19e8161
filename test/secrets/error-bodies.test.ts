import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpoolLs } from '../../src/commands/spool.js';
import { harness, type Harness } from '../commands/export-fixture.js';
import { fakeSession, usageEvent } from '../commands/helpers.js';

const TOKEN = 'external-secret-token';
let h: Harness;
afterEach(async () => {
  await h.close();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'utf8')),
  );
}

describe('receiver error bodies are scrubbed before they are stored or printed', () => {
  for (const status of [401, 422, 503]) {
    it(`a ${status} body echoing the bearer token reaches neither the spool file nor spool ls --json`, async () => {
      h = await harness();
      h.receiver.setRule((req) => ({
        status,
        body: JSON.stringify({ error: 'nope', got: req.headers.authorization }),
      }));
      await h.exportWith(fakeSession(Array.from({ length: 5 }, (_, i) => usageEvent(i))));
      const [batch] = await h.spooled();
      expect(batch?.last_error).toContain('[REDACTED]');
      for (const text of await filesUnder(h.stateDir)) expect(text).not.toContain(TOKEN);
      await runSpoolLs({ command: 'spool ls', globals: {}, json: true }, h.ctx);
      expect(h.ctx.out.join('\n')).toContain('last_error');
      expect(h.ctx.out.join('\n')).not.toContain(TOKEN);
      expect(JSON.stringify(h.ctx.logs)).not.toContain(TOKEN);
    });
  }
});
