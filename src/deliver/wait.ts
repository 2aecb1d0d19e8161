/** Sleeps `ms`, or less when `signal` aborts; resolves whether the full time passed. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<boolean>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * A signal that aborts `graceMs` after `stop` does: in-flight requests get that long to finish
 * after SIGTERM or MAX_RUNTIME (SPEC §10) before they are cut.
 */
export function graceSignal(stop: AbortSignal, graceMs: number): AbortSignal {
  const controller = new AbortController();
  const arm = (): void => {
    const timer = setTimeout(() => {
      controller.abort(new Error('GRACEFUL_SHUTDOWN_TIMEOUT reached'));
    }, graceMs);
    timer.unref();
  };
  if (stop.aborted) arm();
  else stop.addEventListener('abort', arm, { once: true });
  return controller.signal;
}
