/**
 * Delivers one thing a visitor sends to the practice (a booking request, a copy of an
 * estimate) and keeps its host informed, so it can say at every moment whether the practice
 * has it. It knows nothing of what it sends: an endpoint, a body and an idempotency key.
 *
 * Each attempt goes through the core's submitForm (time limits, retries with backoff,
 * Retry-After, the same key on every attempt, CORS-simple requests to another origin). When
 * the browser is offline it does not try: it waits, and sends as soon as the connection comes
 * back. Sending the same delivery again ("Try again") reuses its key, so a receiver that got
 * it already can tell. A delivery on its way is left to finish when the host leaves the page,
 * so a single-page site that navigates away does not cost the visitor what they sent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServerFieldError } from '../core/booking.js';
import {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_TIMEOUT_MS,
  submitForm,
  type RetryNotice,
  type SubmitFailureKind,
} from '../core/submit.js';

/** What to send, and where. */
export interface Delivery {
  endpoint: string;
  body: object;
  /** The same for every attempt and every "Try again" of this delivery. */
  idempotencyKey: string;
}

/** Why a delivery did not get through (never "aborted": the controller cancels nothing). */
export type DeliveryFailureKind = Exclude<SubmitFailureKind, 'aborted'>;

export interface DeliveryFailure {
  kind: DeliveryFailureKind;
  /** Whether sending the same delivery later may work. */
  retryable: boolean;
  /** Attempts made before giving up. */
  attempts: number;
  status?: number;
  /** The server's own summary, if it sent one. */
  serverMessage?: string;
  /** The server's field errors, if it refused some fields. */
  errors: ServerFieldError[];
}

/** Where a delivery stands, for the host to render. */
export type DeliveryState =
  /** Nothing sent yet, or the host reset it. */
  | { phase: 'idle' }
  /** On its way; `retry` once the first attempt has failed and another is coming. */
  | { phase: 'sending'; retry?: RetryNotice }
  /** The browser is offline: it goes out by itself when the connection returns. */
  | { phase: 'offline' }
  /** The practice's endpoint has it. */
  | { phase: 'delivered'; status: number; attempts: number }
  | { phase: 'failed'; failure: DeliveryFailure };

/** How a delivery ended up: every state but idle and sending. */
export type DeliveryOutcome = Extract<DeliveryState, { phase: 'offline' | 'delivered' | 'failed' }>;

export interface DeliveryOptions {
  /** Time limit of one attempt in ms, read at each delivery. Default 15 s. */
  timeoutMs?: () => number;
  /** Pause after the first failed attempt in ms, read at each delivery. Default 1 s. */
  backoffBaseMs?: () => number;
  /**
   * Told of every outcome, including the one that follows a return of the connection (which
   * no call of send() is waiting for).
   */
  onOutcome?: (outcome: DeliveryOutcome, delivery: Delivery) => void;
}

export class DeliveryController implements ReactiveController {
  /** Where the current delivery stands. */
  state: DeliveryState = { phase: 'idle' };
  /** Whether the browser says it is online; hosts show it before anything is sent. */
  online = true;

  private current?: Delivery;
  private sending?: Promise<DeliveryOutcome>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeliveryOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
  }

  /** Whether a delivery is on its way or waiting for the connection. */
  get busy(): boolean {
    return this.state.phase === 'sending' || this.state.phase === 'offline';
  }

  /**
   * Sends `delivery`, or waits for the connection to send it. While one is busy, a second
   * call gets the same outcome and sends nothing.
   */
  send(delivery: Delivery): Promise<DeliveryOutcome> {
    if (this.sending) return this.sending;
    if (this.state.phase === 'offline') return Promise.resolve(this.state);
    this.current = delivery;
    this.sending = this.attempt(delivery).finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  /** Back to idle, forgetting the delivery (after the host has shown its outcome for good). */
  reset(): void {
    if (this.busy) return;
    this.current = undefined;
    this.set({ phase: 'idle' });
  }

  private async attempt(delivery: Delivery): Promise<DeliveryOutcome> {
    if (!navigator.onLine) return this.settle({ phase: 'offline' }, delivery);
    this.set({ phase: 'sending' });
    const result = await submitForm({
      ...delivery,
      timeoutMs: this.options.timeoutMs?.() ?? DEFAULT_TIMEOUT_MS,
      backoffBaseMs: this.options.backoffBaseMs?.() ?? DEFAULT_BACKOFF_BASE_MS,
      onRetry: (retry) => this.set({ phase: 'sending', retry }),
    });
    if (result.ok) return this.settle({ phase: 'delivered', status: result.status, attempts: result.attempts }, delivery);
    // A failure to connect while the browser went offline is the connection's, not the practice's.
    if (result.kind === 'network' && !navigator.onLine) return this.settle({ phase: 'offline' }, delivery);
    const { ok: _ok, retryAfterMs: _wait, kind, ...details } = result;
    // submitForm reports "aborted" only for a signal, and the controller passes none.
    const failure: DeliveryFailure = { ...details, kind: kind === 'aborted' ? 'network' : kind };
    return this.settle({ phase: 'failed', failure }, delivery);
  }

  private settle(outcome: DeliveryOutcome, delivery: Delivery): DeliveryOutcome {
    this.set(outcome);
    this.options.onOutcome?.(outcome, delivery);
    return outcome;
  }

  private set(state: DeliveryState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private readonly onOnline = () => {
    this.online = true;
    this.host.requestUpdate();
    if (this.state.phase === 'offline' && this.current) {
      const waiting = this.current;
      this.state = { phase: 'idle' };
      void this.send(waiting);
    }
  };

  private readonly onOffline = () => {
    this.online = false;
    this.host.requestUpdate();
  };
}
