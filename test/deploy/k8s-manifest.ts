import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const MANIFEST = resolve(import.meta.dirname, '../../deploy/k8s-cronjob.yaml');
/** The variant without a volume: state, spool and lock in PostgreSQL (`STATE_URL`, SPEC §10a). */
export const MANIFEST_POSTGRES = resolve(
  import.meta.dirname,
  '../../deploy/k8s-cronjob-postgres.yaml',
);

/** A parsed manifest object before validation: only its kind and apiVersion are known. */
export type K8sObject = Record<string, unknown> & { kind?: unknown; apiVersion?: unknown };

/**
 * Builds and validates a kubernetes-models object from a parsed document, so the test can use the
 * typed result; throws with the schema's message when the document does not fit.
 */
export function validated<M extends { validate(): void }>(
  Model: new (data: never) => M,
  obj: K8sObject,
): M {
  const model = new Model(structuredClone(obj) as never);
  model.validate();
  return model;
}

/** Every YAML document of the manifest as plain objects; YAML errors or warnings throw. */
export function loadManifest(path = MANIFEST): K8sObject[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc, i) => {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length > 0) throw new Error(`document ${i + 1}: ${problems.join('; ')}`);
    const obj: unknown = doc.toJS();
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
      throw new Error(`document ${i + 1} is not an object`);
    return obj as K8sObject;
  });
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** A Kubernetes quantity such as 256Mi or 2Gi, in bytes. */
export function quantityBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]i|[kMGT])?$/.exec(q);
  if (!m) throw new Error(`unsupported quantity ${q}`);
  const unit = m[2] ?? '';
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit] ?? 1);
}
