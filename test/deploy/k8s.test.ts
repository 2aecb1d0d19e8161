import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/config/duration.js';
import { envSchema } from '../../src/config/schema.js';
import { loadManifest, quantityBytes, validated, type K8sObject } from './k8s-manifest.js';

const MODELS: Record<string, { apiVersion: string; check: (o: K8sObject) => unknown }> = {
  CronJob: { apiVersion: 'batch/v1', check: (o) => validated(CronJob, o) },
  ConfigMap: { apiVersion: 'v1', check: (o) => validated(ConfigMap, o) },
  PersistentVolumeClaim: { apiVersion: 'v1', check: (o) => validated(PersistentVolumeClaim, o) },
  ServiceAccount: { apiVersion: 'v1', check: (o) => validated(ServiceAccount, o) },
};

const objects = loadManifest();
const raw = (kind: string): K8sObject => {
  const found = objects.filter((o) => o.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0]!;
};
const cronJob = validated(CronJob, raw('CronJob'));
const configMap = validated(ConfigMap, raw('ConfigMap'));
const pvc = validated(PersistentVolumeClaim, raw('PersistentVolumeClaim'));
const jobSpec = cronJob.spec!.jobTemplate.spec!;
const podSpec = jobSpec.template.spec!;
const container = podSpec.containers[0]!;
const data = configMap.data!;
const settings = envSchema.parse(data);

describe('deploy/k8s-cronjob.yaml against the Kubernetes schema', () => {
  it.each(objects.map((o) => [String(o.kind), o] as const))('%s validates', (kind, obj) => {
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
    const broken = new CronJob(structuredClone(raw('CronJob')) as never);
    breakIt(broken);
    expect(() => {
      broken.validate();
    }).toThrow();
  });
});

describe('CronJob settings (SPEC §12)', () => {
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

describe('state, settings and secrets wiring', () => {
  const mounts = container.volumeMounts ?? [];
  const volume = (name: string | undefined) => podSpec.volumes?.find((v) => v.name === name);

  it('keeps STATE_DIR on the PersistentVolumeClaim, larger than the spool may grow', () => {
    const mount = mounts.find((m) => m.mountPath === data.STATE_DIR);
    expect(mount).toBeDefined();
    expect(mount?.readOnly).not.toBe(true);
    expect(volume(mount?.name)?.persistentVolumeClaim?.claimName).toBe(pvc.metadata?.name);
    expect(quantityBytes(String(pvc.spec?.resources?.requests?.storage))).toBeGreaterThan(
      parseBytes(data.SPOOL_MAX_BYTES ?? '') ?? Infinity,
    );
  });

  it('takes every non-secret setting from the ConfigMap', () => {
    expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata?.name } }]);
    expect(container.env).toBeUndefined();
  });

  it('reads secrets from files on a read-only secret volume, never from the environment', () => {
    const fileVars = Object.keys(data).filter((k) => k.endsWith('_FILE'));
    expect(fileVars.sort()).toEqual(['DIFY_PASSWORD_FILE', 'EXTERNAL_API_TOKEN_FILE']);
    for (const name of ['DIFY_PASSWORD', 'DIFY_API_TOKEN', 'EXTERNAL_API_TOKEN'])
      expect(data[name], name).toBeUndefined();
    const secretMount = mounts.find((m) => volume(m.name)?.secret);
    expect(secretMount?.readOnly).toBe(true);
    for (const v of fileVars)
      expect(data[v]).toBe(`${secretMount?.mountPath}/${v.replace(/_FILE$/, '')}`);
    const secret = volume(secretMount?.name)?.secret;
    expect(secret?.secretName).toBe('dify-export');
    expect(secret?.defaultMode).toBe(0o440);
  });
});
