import type { Clock } from '../context.js';
import type { EncodedBatch } from '../encode/batch.js';
import { ExitCode } from '../exit-codes.js';
import { isRedirect } from '../http/client.js';
import type { Logger } from '../log.js';
import { nextAttemptAfterFailure } from '../spool/backoff.js';
import { ageStart, type SpoolFile, type SpoolState } from '../spool/format.js';
import type { SpoolStore } from '../spool/store.js';
import { deliverWithRetries, type AttemptDeps, type Delivery } from './attempts.js';
import { splitBody } from './split.js';

/** After this many batches in a row end in a retryable failure, the rest is spooled untried (SPEC §8). */
const CIRCUIT_THRESHOLD = 3;
/** POSTs in flight at once, so the stream keeps flowing while the receiver answers. */
const IN_FLIGHT = 2;

export interface DispatchDeps {
  attempt: AttemptDeps;
  spool: SpoolStore;
  /** EXTERNAL_API_URL, to fingerprint the target of spooled batches. */
  target: string;
  log: Logger;
  clock: Clock;
  random: () => number;
  /** Masks secrets in texts that are stored (a receiver's error body). */
  scrub: (text: string) => string;
}

export interface DispatchEvents {
  fetched: number;
  delivered: number;
  spooled: number;
  rejected: number;
}

export interface DispatchStats {
  delivered: number;
  spooled: number;
  rejected: number;
  batchesDelivered: number;
  batchesSpooled: number;
  batchesRejected: number;
  /** Batches (new, resent or parts of a split one) that end this run still queued. */
  batchesKept: number;
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
    batchesKept: 0,
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

  /**
   * Queues a new batch; resolves once a sending slot is free (back-pressure on the stream).
   * `settled` is called once the batch is delivered or durable in the spool.
   */
  async submit(batch: EncodedBatch, settled?: () => void): Promise<void> {
    this.#throwIfFailed();
    while (this.#inFlight.size >= IN_FLIGHT) await Promise.race(this.#inFlight);
    this.#throwIfFailed();
    const task = this.#sendNew(batch)
      .then(() => settled?.())
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
    await this.#send(spool.draft(batch, target), undefined);
  }

  /**
   * Sends a batch from the spool (resend), byte for byte. Delivered → removed; rejected → moved to
   * `rejected`; too large → split; otherwise its counters and due time are updated where it is.
   * False when not tried.
   */
  async resend(file: SpoolFile, state: SpoolState): Promise<boolean> {
    if (!this.#canSend()) return false;
    await this.#send(file, state);
    return true;
  }

  /**
   * Sends one batch and records how it ended. `from` is the spool state the batch is stored in;
   * undefined for a batch not yet in the spool (new, or a part of a split batch).
   */
  async #send(file: SpoolFile, from: SpoolState | undefined): Promise<void> {
    const { spool } = this.#deps;
    if (!this.#canSend()) {
      if (from !== undefined) return;
      await spool.write(file, 'queued');
      this.#count('spooled', file.event_count);
      this.stats.batchesKept += 1;
      return;
    }
    const delivery = await this.#deliver(file);
    if (delivery.outcome === 'delivered') {
      if (from !== undefined) await spool.remove(file.id, from);
      return;
    }
    if (delivery.outcome === 'too_large') {
      const halves = file.event_count > 1 ? splitBody(file.format, file.body) : undefined;
      if (halves !== undefined) {
        // Each half is delivered or durable in the spool before the whole leaves it: a crash in
        // between re-sends some events under a new key, never loses one (ids stay the same).
        for (const half of halves)
          await this.#send(spool.part(file, half.body, half.eventCount), undefined);
        if (from !== undefined) await spool.remove(file.id, from);
        return;
      }
    }
    const dead = delivery.outcome === 'rejected' || delivery.outcome === 'too_large';
    const patch = this.#patch(file, delivery);
    if (from === undefined) {
      await spool.write({ ...file, ...patch }, dead ? 'rejected' : 'queued');
      this.#count(dead ? 'rejected' : 'spooled', file.event_count);
      if (!dead) this.stats.batchesKept += 1;
      return;
    }
    await spool.update(file, from, patch);
    if (dead) {
      if (from !== 'rejected') await spool.move(file.id, from, 'rejected');
      this.#count('rejected', file.event_count);
    } else this.stats.batchesKept += 1;
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
      case 'too_large':
        this.#retryStreak = 0;
        if (file.event_count > 1) {
          log.warn(
            { ...fields, status: delivery.status, bytes: Buffer.byteLength(file.body) },
            'external API refused the batch as too large: split in halves',
          );
          break;
        }
        this.exits.push(ExitCode.DATAERR);
        log.error(
          { ...fields, status: delivery.status, response: delivery.error },
          'external API refused a single event as too large: moved to rejected',
        );
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
    else next = nextAttemptAfterFailure(now, ageStart(file), this.#deps.random);
    return {
      attempts: file.attempts + delivery.attempts,
      last_attempt_at: new Date(now).toISOString(),
      next_attempt_at: new Date(next).toISOString(),
      last_status: delivery.status,
      // A receiver's error body may echo the token it refused: scrubbed before it is stored.
      last_error: this.#deps.scrub(delivery.error),
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

/** Events handed to delivery so far (a second signal's summary: the rest was not fetched yet). */
export function liveEvents(dispatcher: Dispatcher): DispatchEvents {
  const { delivered, spooled, rejected } = dispatcher.stats;
  return { fetched: delivered + spooled + rejected, delivered, spooled, rejected };
}
