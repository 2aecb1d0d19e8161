import type { Clock } from '../context.js';
import type { EncodedBatch } from '../encode/batch.js';
import { ExitCode } from '../exit-codes.js';
import { isRedirect } from '../http/client.js';
import type { Logger } from '../log.js';
import { nextAttemptAfterFailure } from '../spool/backoff.js';
import type { SpoolFile, SpoolState } from '../spool/format.js';
import type { Spool } from '../spool/store.js';
import { deliverWithRetries, type AttemptDeps, type Delivery } from './attempts.js';

/** After this many batches in a row end in a retryable failure, the rest is spooled untried (SPEC §8). */
const CIRCUIT_THRESHOLD = 3;
/** POSTs in flight at once, so the stream keeps flowing while the receiver answers. */
const IN_FLIGHT = 2;

export interface DispatchDeps {
  attempt: AttemptDeps;
  spool: Spool;
  /** EXTERNAL_API_URL, to fingerprint the target of spooled batches. */
  target: string;
  log: Logger;
  clock: Clock;
  random: () => number;
}

export interface DispatchStats {
  delivered: number;
  spooled: number;
  rejected: number;
  batchesDelivered: number;
  batchesSpooled: number;
  batchesRejected: number;
}

/**
 * Sends batches and records what could not be delivered in the spool. It owns the run-wide stop
 * conditions: 401/403 and 404/405/410/501 stop all sending, three retryable failures in a row open
 * the circuit, and the first signal stops new attempts. A spool write failure is fatal (exit 74).
 */
export class Dispatcher {
  readonly stats: DispatchStats = {
    delivered: 0,
    spooled: 0,
    rejected: 0,
    batchesDelivered: 0,
    batchesSpooled: 0,
    batchesRejected: 0,
  };
  readonly exits: number[] = [];
  #stopped: 'noperm' | 'unavailable' | undefined;
  #retryStreak = 0;
  #failure: Error | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #deps: DispatchDeps;

  constructor(deps: DispatchDeps) {
    this.#deps = deps;
  }

  get failed(): boolean {
    return this.#failure !== undefined;
  }

  #canSend(): boolean {
    return (
      this.#stopped === undefined &&
      this.#retryStreak < CIRCUIT_THRESHOLD &&
      !this.#deps.attempt.stop.aborted
    );
  }

  /** Queues a new batch; resolves once a sending slot is free (back-pressure on the stream). */
  async submit(batch: EncodedBatch): Promise<void> {
    this.#throwIfFailed();
    while (this.#inFlight.size >= IN_FLIGHT) await Promise.race(this.#inFlight);
    this.#throwIfFailed();
    const task = this.#sendNew(batch)
      .catch((error: unknown) => {
        this.#failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.#inFlight.delete(task));
    this.#inFlight.add(task);
  }

  /** Waits for every batch in flight; rethrows a spool failure. */
  async drain(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.race(this.#inFlight);
    this.#throwIfFailed();
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure;
  }

  async #sendNew(batch: EncodedBatch): Promise<void> {
    const { spool, target } = this.#deps;
    const file = spool.draft(batch, target);
    if (!this.#canSend()) {
      await spool.write(file, 'queued');
      this.#count('spooled', file.event_count);
      return;
    }
    const delivery = await this.#deliver(file);
    if (delivery.outcome === 'delivered') return;
    const state = delivery.outcome === 'rejected' ? 'rejected' : 'queued';
    await spool.write({ ...file, ...this.#patch(file, delivery) }, state);
    this.#count(state === 'rejected' ? 'rejected' : 'spooled', file.event_count);
  }

  /**
   * Sends a batch from the spool (resend), byte for byte. Delivered → removed; rejected → moved to
   * `rejected`; otherwise its counters and due time are updated where it is. False when not tried.
   */
  async resend(file: SpoolFile, state: SpoolState): Promise<boolean> {
    if (!this.#canSend()) return false;
    const { spool } = this.#deps;
    const delivery = await this.#deliver(file);
    if (delivery.outcome === 'delivered') {
      await spool.remove(file.id, state);
      return true;
    }
    await spool.update(file, state, this.#patch(file, delivery));
    if (delivery.outcome === 'rejected') {
      if (state !== 'rejected') await spool.move(file.id, state, 'rejected');
      this.#count('rejected', file.event_count);
    }
    return true;
  }

  async #deliver(file: SpoolFile): Promise<Delivery> {
    const { log } = this.#deps;
    const delivery = await deliverWithRetries(
      { body: file.body, contentType: file.content_type, idempotencyKey: file.idempotency_key },
      this.#deps.attempt,
    );
    const fields = { batch: file.id, events: file.event_count, attempts: delivery.attempts };
    switch (delivery.outcome) {
      case 'delivered':
        this.#retryStreak = 0;
        this.#count('delivered', file.event_count);
        log.debug({ ...fields, status: delivery.status }, 'batch delivered');
        break;
      case 'rejected':
        this.#retryStreak = 0;
        this.exits.push(ExitCode.DATAERR);
        log.error(
          { ...fields, status: delivery.status, response: delivery.error },
          'external API rejected the batch: moved to rejected',
        );
        break;
      case 'noperm':
      case 'unavailable':
        this.#stopped ??= delivery.outcome;
        this.exits.push(delivery.outcome === 'noperm' ? ExitCode.NOPERM : ExitCode.UNAVAILABLE);
        if (isRedirect(delivery.status))
          log.error(
            {
              ...fields,
              status: delivery.status,
              hint: `EXTERNAL_API_URL answers ${delivery.error}: set it to the final URL (redirects are not followed)`,
            },
            'external API redirected the POST: nothing more is sent this run',
          );
        else
          log.error(
            { ...fields, status: delivery.status },
            delivery.outcome === 'noperm'
              ? 'external API refused the credentials: nothing more is sent this run'
              : 'external API endpoint not found or not accepting POST: nothing more is sent this run',
          );
        break;
      case 'retry':
        this.#retryStreak += 1;
        log.warn(
          { ...fields, status: delivery.status, error: delivery.error },
          'batch not delivered: kept for a later run',
        );
        if (this.#retryStreak === CIRCUIT_THRESHOLD)
          log.warn('three batches in a row failed: the rest of the run is spooled without trying');
        break;
    }
    return delivery;
  }

  #patch(
    file: SpoolFile,
    delivery: Exclude<Delivery, { outcome: 'delivered' }>,
  ): Partial<SpoolFile> {
    const now = this.#deps.clock.now();
    let next: number;
    if (delivery.outcome === 'retry' && delivery.notBefore !== undefined) next = delivery.notBefore;
    // Cut short by our own shutdown, not by the receiver: the next run should send it at once.
    else if (delivery.outcome === 'retry' && this.#deps.attempt.stop.aborted) next = now;
    else next = nextAttemptAfterFailure(now, Date.parse(file.created_at), this.#deps.random);
    return {
      attempts: file.attempts + delivery.attempts,
      last_attempt_at: new Date(now).toISOString(),
      next_attempt_at: new Date(next).toISOString(),
      last_status: delivery.status,
      last_error: delivery.error,
    };
  }

  #count(kind: 'delivered' | 'spooled' | 'rejected', events: number): void {
    if (kind === 'delivered') {
      this.stats.delivered += events;
      this.stats.batchesDelivered += 1;
    } else if (kind === 'spooled') {
      this.stats.spooled += events;
      this.stats.batchesSpooled += 1;
    } else {
      this.stats.rejected += events;
      this.stats.batchesRejected += 1;
    }
  }
}
