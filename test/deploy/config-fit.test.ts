import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { loadManifest, MANIFEST_POSTGRES, validated, type K8sObject } from './k8s-manifest.js';

// The shipped settings must load through the real configuration code, secrets included.
const NEEDS = { dify: true, external: true };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dify-export-deploy-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('systemd: dify-export.env.example with LoadCredential files', () => {
  const env = parseDotenv(
    readFileSync(resolve(import.meta.dirname, '../../deploy/systemd/dify-export.env.example')),
  );

  it('holds no secret and leaves STATE_DIR to StateDirectory=', () => {
    for (const name of ['DIFY_PASSWORD', 'DIFY_API_TOKEN', 'EXTERNAL_API_TOKEN', 'STATE_DIR'])
      expect(env[name], name).toBeUndefined();
  });

  it('loads, with the SetCredential= fallback (a lone newline) counting as unset', () => {
    // What systemd puts in $CREDENTIALS_DIRECTORY for a password-mode install.
    writeFileSync(join(dir, 'DIFY_PASSWORD'), 'the-dify-password\n');
    writeFileSync(join(dir, 'DIFY_API_TOKEN'), '\n');
    writeFileSync(join(dir, 'EXTERNAL_API_TOKEN'), '\n');
    const { config } = loadConfig(
      { ...env, CREDENTIALS_DIRECTORY: dir, STATE_DIRECTORY: '/var/lib/dify-export' },
      {},
      NEEDS,
      dir,
    );
    expect(config.difyAuth).toEqual({
      mode: 'password',
      email: env.DIFY_EMAIL,
      password: 'the-dify-password',
    });
    expect(config.externalApiToken).toBeUndefined();
    expect(config.stateDir).toBe('/var/lib/dify-export');
  });
});

describe('Kubernetes: the ConfigMap with the mounted Secret', () => {
  const configMap = validated(
    ConfigMap,
    loadManifest().find((o) => o.kind === 'ConfigMap') as K8sObject,
  );

  it('loads, reading each secret from its *_FILE', () => {
    const data = { ...configMap.data };
    // Point the *_FILE paths at stand-ins for the mounted Secret's files.
    for (const key of Object.keys(data).filter((k) => k.endsWith('_FILE'))) {
      const file = join(dir, key);
      writeFileSync(file, `secret-of-${key}\n`);
      data[key] = file;
    }
    const { config } = loadConfig(data, {}, NEEDS, dir);
    expect(config.difyAuth).toMatchObject({
      mode: 'password',
      password: 'secret-of-DIFY_PASSWORD_FILE',
    });
    expect(config.externalApiToken).toBe('secret-of-EXTERNAL_API_TOKEN_FILE');
    expect(config.stateDir).toBe(configMap.data?.STATE_DIR);
  });
});

describe('Kubernetes without a volume: the ConfigMap of k8s-cronjob-postgres.yaml', () => {
  const configMap = validated(
    ConfigMap,
    loadManifest(MANIFEST_POSTGRES).find((o) => o.kind === 'ConfigMap') as K8sObject,
  );

  it('loads, reading STATE_URL from its *_FILE like the other secrets', () => {
    const data = { ...configMap.data };
    const stateUrl = 'postgres://exporter:s3cret@db.example.com:5432/dify?sslmode=require';
    for (const key of Object.keys(data).filter((k) => k.endsWith('_FILE'))) {
      const file = join(dir, key);
      writeFileSync(file, key === 'STATE_URL_FILE' ? `${stateUrl}\n` : `secret-of-${key}\n`);
      data[key] = file;
    }
    const { config } = loadConfig(data, {}, NEEDS, dir);
    expect(config.difyAuth).toMatchObject({ password: 'secret-of-DIFY_PASSWORD_FILE' });
    expect(config).toMatchObject({ stateUrl, lockUrl: undefined });
  });
});
