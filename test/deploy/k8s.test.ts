import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/config/duration.js';
import { envSchema } from '../../src/config/schema.js';
import { SECRET_NAMES } from '../../src/config/secrets.js';
import {
  loadManifest,
  MANIFEST,
  MANIFEST_POSTGRES,
  quantityBytes,
  validated,
  type K8sObject,
} from './k8s-manifest.js';

const MODELS: Record<string, { apiVersion: string; check: (o: K8sObject) => unknown }> = {
  CronJob: { apiVersion: 'batch/v1', check: (o) => validated(CronJob, o) },
  ConfigMap: { apiVersion: 'v1', check: (o) => validated(ConfigMap, o) },
  PersistentVolumeClaim: { apiVersion: 'v1', check: (o) => validated(PersistentVolumeClaim, o) },
  ServiceAccount: { apiVersion: 'v1', check: (o) => validated(ServiceAccount, o) },
};

/** The objects of one manifest, validated and typed. */
function parse(path: string) {
  const objects = loadManifest(path);
  const raws = (kind: string): K8sObject[] => objects.filter((o) => o.kind === kind);
  const raw = (kind: string): K8sObject => {
    const found = raws(kind);
    if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
    return found[0]!;
  };
  const cronJob = validated(CronJob, raw('CronJob'));
  const configMap = validated(ConfigMap, raw('ConfigMap'));
  const jobSpec = cronJob.spec!.jobTemplate.spec!;
  const podSpec = jobSpec.template.spec!;
  const container = podSpec.containers[0]!;
  const data = configMap.data!;
  return {
    objects,
    raws,
    raw,
    cronJob,
    configMap,
    jobSpec,
    podSpec,
    container,
    data,
    settings: envSchema.parse(data),
    mounts: container.volumeMounts ?? [],
    volume: (name: string | undefined) => podSpec.volumes?.find((v) => v.name === name),
  };
}

const FILE_STORE = parse(MANIFEST);
const POSTGRES_STORE = parse(MANIFEST_POSTGRES);
/** The checks both variants share run on each. */
const VARIANTS = [
  ['deploy/k8s-cronjob.yaml', FILE_STORE],
  ['deploy/k8s-cronjob-postgres.yaml', POSTGRES_STORE],
] as const;

describe.each(VARIANTS)('%s against the Kubernetes schema', (_file, m) => {
  it.each(m.objects.map((o) => [String(o.kind), o] as const))('%s validates', (kind, obj) => {
    const model = MODELS[kind];
    expect(model, `no model for kind ${kind}`).toBeDefined();
    expect(obj.apiVersion).toBe(model!.apiVersion);
    expect(() => model!.check(obj)).not.toThrow();
  });

  const rules = (c: CronJob) => c.spec!.jobTemplate.spec!.podFailurePolicy!.rules;
  it.each([
    [
      'an unknown podFailurePolicy action',
      (c: CronJob) => {
        rules(c)[0]!.action = 'Explode' as never;
      },
    ],
    [
      'exit codes given as strings',
      (c: CronJob) => {
        rules(c)[0]!.onExitCodes!.values = ['64'] as never;
      },
    ],
    [
      'a CronJob without a schedule',
      (c: CronJob) => {
        delete (c.spec as { schedule?: string }).schedule;
      },
    ],
    [
      'a container without a name',
      (c: CronJob) => {
        delete (c.spec!.jobTemplate.spec!.template.spec!.containers[0] as { name?: string }).name;
      },
    ],
  ])('rejects %s (the check can fail)', (_what, breakIt) => {
    const broken = new CronJob(structuredClone(m.raw('CronJob')) as never);
    breakIt(broken);
    expect(() => {
      broken.validate();
    }).toThrow();
  });
});

describe.each(VARIANTS)('%s: CronJob settings (SPEC §12)', (_file, m) => {
  const { cronJob, jobSpec, podSpec, container, settings } = m;

  it('never overlaps runs and has a schedule, time zone and deadlines', () => {
    const spec = cronJob.spec!;
    expect(spec.concurrencyPolicy).toBe('Forbid');
    expect(spec.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$|^UTC$/);
    expect(spec.schedule).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(spec.startingDeadlineSeconds).toBeGreaterThan(0);
    expect(jobSpec.backoffLimit).toBeGreaterThanOrEqual(0);
    expect(jobSpec.ttlSecondsAfterFinished).toBeGreaterThan(0);
    expect(podSpec.restartPolicy).toBe('Never');
  });

  it('gives the run more time than MAX_RUNTIME and more grace than GRACEFUL_SHUTDOWN_TIMEOUT', () => {
    expect((jobSpec.activeDeadlineSeconds ?? 0) * 1000).toBeGreaterThan(
      settings.MAX_RUNTIME + settings.GRACEFUL_SHUTDOWN_TIMEOUT,
    );
    expect((podSpec.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(
      settings.GRACEFUL_SHUTDOWN_TIMEOUT,
    );
  });

  it('fails the Job at once on the codes a retry cannot fix, and only on those', () => {
    const rules = jobSpec.podFailurePolicy!.rules;
    const failJob = rules.filter((r) => r.action === 'FailJob' && r.onExitCodes);
    expect(failJob).toHaveLength(1);
    expect(failJob[0]!.onExitCodes).toEqual({
      containerName: container.name,
      operator: 'In',
      values: [64, 65, 70, 77, 78],
    });
    // 75 (try again later) and the other transient codes are counted against backoffLimit.
    for (const code of [0, 69, 73, 74, 75])
      expect(
        rules.some((r) => r.onExitCodes?.values.includes(code)),
        String(code),
      ).toBe(false);
    expect(rules).toContainEqual({
      action: 'Ignore',
      onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }],
    });
    expect(jobSpec.podReplacementPolicy).toBe('Failed');
  });

  it('runs non-root on a read-only root file system with nothing extra allowed', () => {
    expect(podSpec.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(podSpec.securityContext?.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(podSpec.automountServiceAccountToken).toBe(false);
  });

  it('matches the image: the same non-root uid, and only the command as args', () => {
    const dockerfile = readFileSync(resolve(import.meta.dirname, '../../Dockerfile'), 'utf8');
    const user = /^USER (\d+):(\d+)$/m.exec(dockerfile);
    expect(podSpec.securityContext?.runAsUser).toBe(Number(user?.[1]));
    expect(podSpec.securityContext?.runAsGroup).toBe(Number(user?.[2]));
    expect(container.command).toBeUndefined();
    expect(container.args).toEqual(['export']);
  });

  it('limits memory in line with the 150 MB RSS target', () => {
    const limit = quantityBytes(String(container.resources?.limits?.memory));
    expect(limit).toBeGreaterThan(150e6);
    expect(limit).toBeLessThanOrEqual(quantityBytes('512Mi'));
    expect(quantityBytes(String(container.resources?.requests?.memory))).toBeLessThanOrEqual(limit);
  });
});

describe.each(VARIANTS)('%s: settings and secrets wiring', (_file, m) => {
  const { container, configMap, data, mounts, volume } = m;

  it('takes every non-secret setting from the ConfigMap', () => {
    expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata?.name } }]);
    expect(container.env).toBeUndefined();
  });

  it('sets only variables of the configuration schema, and *_FILE only for secrets', () => {
    const known = new Set(Object.keys(envSchema.shape));
    const secrets = new Set<string>(SECRET_NAMES);
    const unknown = Object.keys(data).filter((key) => {
      const base = key.replace(/_FILE$/, '');
      return base === key ? !known.has(key) : !(known.has(base) && secrets.has(base));
    });
    expect(unknown).toEqual([]);
  });

  it('reads secrets from files on a read-only secret volume, never from the environment', () => {
    const fileVars = Object.keys(data).filter((k) => k.endsWith('_FILE'));
    expect(fileVars).toEqual(
      expect.arrayContaining(['DIFY_PASSWORD_FILE', 'EXTERNAL_API_TOKEN_FILE']),
    );
    for (const name of SECRET_NAMES) expect(data[name], name).toBeUndefined();
    const secretMount = mounts.find((mount) => volume(mount.name)?.secret);
    expect(secretMount?.readOnly).toBe(true);
    for (const v of fileVars)
      expect(data[v]).toBe(`${secretMount?.mountPath}/${v.replace(/_FILE$/, '')}`);
    const secret = volume(secretMount?.name)?.secret;
    expect(secret?.secretName).toBe('dify-export');
    expect(secret?.defaultMode).toBe(0o440);
  });
});

describe('deploy/k8s-cronjob.yaml: state on a volume', () => {
  const m = FILE_STORE;
  const pvc = validated(PersistentVolumeClaim, m.raw('PersistentVolumeClaim'));

  it('keeps STATE_DIR on the PersistentVolumeClaim, larger than the spool may grow', () => {
    const mount = m.mounts.find((mount) => mount.mountPath === m.data.STATE_DIR);
    expect(mount).toBeDefined();
    expect(mount?.readOnly).not.toBe(true);
    expect(m.volume(mount?.name)?.persistentVolumeClaim?.claimName).toBe(pvc.metadata?.name);
    expect(quantityBytes(String(pvc.spec?.resources?.requests?.storage))).toBeGreaterThan(
      parseBytes(m.data.SPOOL_MAX_BYTES ?? '') ?? Infinity,
    );
  });

  it('reads exactly the two secrets of a password-mode install from files', () => {
    const fileVars = Object.keys(m.data).filter((k) => k.endsWith('_FILE'));
    expect(fileVars.sort()).toEqual(['DIFY_PASSWORD_FILE', 'EXTERNAL_API_TOKEN_FILE']);
  });
});

describe('deploy/k8s-cronjob-postgres.yaml: state, spool and lock in PostgreSQL (SPEC §10a)', () => {
  const m = POSTGRES_STORE;
  const file = FILE_STORE;
  // The image's own STATE_DIR (an ENV continued over lines): nothing may be mounted there.
  const IMAGE_STATE_DIR = /^ENV\b[^\n]*\bSTATE_DIR=(\S+)/m.exec(
    readFileSync(resolve(import.meta.dirname, '../../Dockerfile'), 'utf8').replace(/\\\n/g, ' '),
  )?.[1];

  it('has no volume for state: no PersistentVolumeClaim, only the Secret and an in-memory /tmp', () => {
    expect(m.raws('PersistentVolumeClaim')).toEqual([]);
    expect(
      m.podSpec.volumes?.map((v) => Object.keys(v).filter((k) => k !== 'name')).sort(),
    ).toEqual([['emptyDir'], ['secret']]);
    expect(m.volume('tmp')?.emptyDir?.medium).toBe('Memory');
    expect(IMAGE_STATE_DIR).toBe('/var/lib/dify-export');
    expect(m.mounts.map((mount) => mount.mountPath)).not.toContain(IMAGE_STATE_DIR);
    expect(m.data.STATE_DIR).toBeUndefined();
  });

  it('takes STATE_URL from the mounted Secret, and no LOCK_URL (STATE_URL holds the lock)', () => {
    const secretMount = m.mounts.find((mount) => m.volume(mount.name)?.secret);
    expect(m.data.STATE_URL_FILE).toBe(`${secretMount?.mountPath}/STATE_URL`);
    expect(m.data.STATE_URL).toBeUndefined();
    expect(m.data.LOCK_URL).toBeUndefined();
    expect(m.data.LOCK_URL_FILE).toBeUndefined();
    expect(Object.keys(envSchema.shape)).toContain('STATE_URL');
    expect(SECRET_NAMES).toContain('STATE_URL');
  });

  it('differs from deploy/k8s-cronjob.yaml only in where state lives', () => {
    // The same object names: applying this file replaces the volume variant's objects.
    const names = (objects: K8sObject[]) =>
      objects
        .filter((o) => o.kind !== 'PersistentVolumeClaim')
        .map((o) => `${String(o.kind)}/${String((o.metadata as { name?: string }).name)}`);
    expect(names(m.objects)).toEqual(names(file.objects));
    expect(m.raw('ServiceAccount')).toEqual(file.raw('ServiceAccount'));

    const withoutState = structuredClone(file.raw('CronJob')) as unknown as CronJob;
    const pod = withoutState.spec!.jobTemplate.spec!.template.spec!;
    pod.volumes = pod.volumes!.filter((v) => v.persistentVolumeClaim === undefined);
    pod.containers[0]!.volumeMounts = pod.containers[0]!.volumeMounts!.filter(
      (mount) => mount.mountPath !== file.data.STATE_DIR,
    );
    expect(m.raw('CronJob')).toEqual(withoutState);

    const { STATE_URL_FILE, STATE_PG_SCHEMA, ...rest } = m.data;
    const { STATE_DIR, ...fileRest } = file.data;
    expect([STATE_URL_FILE, STATE_PG_SCHEMA, STATE_DIR]).not.toContain(undefined);
    expect(rest).toEqual(fileRest);
  });
});
