import type { Limiter } from './limiter.js';

/** Thrown inside the tasks of a group that has already failed, to stop them quietly. */
export class GroupCancelled extends Error {
  override name = 'GroupCancelled';
}

/**
 * The tasks of one app, each holding a slot of a shared limiter while it runs. The first error
 * fails the group: its other tasks stop at their next check, and `wait()` rethrows the error.
 */
export class TaskGroup {
  #running = new Set<Promise<void>>();
  #error: unknown;
  #failed = false;

  constructor(private readonly slots: Limiter) {}

  get failed(): boolean {
    return this.#failed;
  }

  check(): void {
    if (this.#failed) throw new GroupCancelled();
  }

  fail(error: unknown): void {
    if (this.#failed || error instanceof GroupCancelled) return;
    this.#failed = true;
    this.#error = error;
  }

  /** Waits for a free slot, then starts `task` without waiting for it to finish. */
  async spawn(task: () => Promise<void>): Promise<void> {
    this.check();
    const release = await this.slots.acquire();
    if (this.#failed) {
      release();
      this.check();
    }
    const p = task()
      .catch((error: unknown) => {
        this.fail(error);
      })
      .finally(() => {
        release();
        this.#running.delete(p);
      });
    this.#running.add(p);
  }

  /** Waits for every task; rethrows the group's first error. */
  async wait(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
    if (this.#failed) throw this.#error;
  }
}
