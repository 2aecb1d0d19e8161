import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_NAMES = [
  'DIFY_PASSWORD',
  'DIFY_API_TOKEN',
  'EXTERNAL_API_TOKEN',
  'STATE_URL',
  'LOCK_URL',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export type Env = Readonly<Record<string, string | undefined>>;

export interface SecretRead {
  value: string | undefined;
  problem?: string;
}

function stripOneNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

function readSecretFile(path: string): { value?: string; error?: string } {
  try {
    return { value: stripOneNewline(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
}

/**
 * First found wins: `$CREDENTIALS_DIRECTORY/<NAME>` (systemd LoadCredential), the file named by
 * `<NAME>_FILE`, then the variable itself. One trailing newline is stripped.
 */
export function readSecret(env: Env, name: SecretName): SecretRead {
  const credDir = env.CREDENTIALS_DIRECTORY;
  if (credDir) {
    const read = readSecretFile(join(credDir, name));
    if (read.value !== undefined) return { value: read.value };
  }
  const file = env[`${name}_FILE`];
  if (file) {
    const read = readSecretFile(file);
    if (read.value !== undefined) return { value: read.value };
    return { value: undefined, problem: `cannot read ${file} (${read.error ?? 'unreadable'})` };
  }
  const plain = env[name];
  return { value: plain === '' ? undefined : plain };
}
