import { DifyExportError } from '../errors.js';

/** Placeholder for commands a later issue implements (exit 70). */
export function notAvailable(command: string): never {
  throw new DifyExportError(
    'NOT_AVAILABLE',
    'SOFTWARE',
    `command "${command}" is not available yet`,
    {
      hint: 'this build does not implement it',
    },
  );
}
