import type { Config } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load.js';

/**
 * The configuration a run gets with nothing set, from the real schema (so a new variable shows up
 * here by itself), plus `overrides`.
 */
export function configWith(overrides: Partial<Config>): Config {
  const { config } = loadConfig(
    {},
    { stateDir: '/nonexistent' },
    { dify: false, external: false },
    '/',
  );
  return { ...config, ...overrides };
}
