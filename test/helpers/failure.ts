import { DifyExportError } from '../../src/errors.js';

/** What `promise` rejected with; a promise that resolves fails the test here. */
export async function failureOf(promise: Promise<unknown>): Promise<DifyExportError> {
  const error = await promise.then(
    () => new Error('expected a rejection, the promise resolved'),
    (e: unknown) => e,
  );
  if (!(error instanceof DifyExportError)) throw error;
  return error;
}
