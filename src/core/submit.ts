/**
 * Sends a form to a Formspree-compatible endpoint (DOMAIN.md section 5) and survives the
 * network a phone actually has: a time limit on every attempt, a few retries with growing,
 * jittered pauses, the server's Retry-After respected, and the same idempotency key on every
 * attempt so a receiver that got the first one can tell the rest are repeats. It never
 * throws: every outcome is a value. Uses only fetch and timers, no DOM.
 *
 * A form service lives on another origin than the practice's page, and a header outside the
 * CORS safelist would make the browser ask it first (a preflight) whether it takes that header;
 * a service that does not list it refuses, and the request never leaves. So a request to
 * another origin is a CORS-simple one: form-encoded, `Accept: application/json` and no other
 * header, the key in the body. Only a same-origin endpoint gets JSON and the header.
 */
import type { ServerFieldError } from './booking.js';

/** Why a submission did not get through. */
export type SubmitFailureKind =
  /** No answer at all: offline, DNS, refused or dropped connection. */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** The server failed (5xx). */
  | 'server'
  /** The server asked us to slow down (429) for longer than we wait. */
  | 'rate-limited'
  /** The server refused some fields (`errors` with fields). */
  | 'validation'
  /** Any other 4xx: the form is closed, missing or misconfigured. Repeating won't help. */
  | 'rejected'
  /** The caller cancelled (the form left the page). */
  | 'aborted';

export type SubmitResult =
  | { ok: true; status: number; attempts: number; next?: string }
  | {
      ok: false;
      kind: SubmitFailureKind;
      /** Whether sending the same request later may work. */
      retryable: boolean;
      attempts: number;
      status?: number;
      /** How long the server asked us to wait before another try. */
      retryAfterMs?: number;
      /** The server's own summary (`error`), if it sent one. */
      serverMessage?: string;
      /** The server's field errors (`errors`), if it sent any. */
      errors: ServerFieldError[];
    };

/** Told before each pause between attempts, so a form can say what is going on. */
export interface RetryNotice {
  /** The attempt about to be made, from 2. */
  attempt: number;
  maxAttempts: number;
  /** How long we wait before it. */
  delayMs: number;
  /** What went wrong with the one before. */
  reason: RetryableKind;
}

export interface SubmitOptions {
  endpoint: string;
  body: object;
  /**
   * The same on every attempt. Travels in the body as `idempotencyKey` (added when the body has
   * none); a same-origin endpoint also gets it as the `Idempotency-Key` header.
   */
  idempotencyKey: string;
  /**
   * The address of the page that sends, against which a relative endpoint is read and its
   * origin compared. Default: the current page's, where there is one. Without a page, an
   * endpoint counts as another origin: a simple request is the one every service accepts.
   */
  pageUrl?: string;
  /** Time limit of one attempt, answer included. Default 15 s. */
  timeoutMs?: number;
  /** Attempts in all. Default 3. */
  maxAttempts?: number;
  /** The pause after the first failure; it doubles each time, with jitter. Default 1 s. */
  backoffBaseMs?: number;
  /** The longest Retry-After we wait out; beyond it we stop and report rate-limited. Default 30 s. */
  maxRetryAfterMs?: number;
  /** Source of jitter, 0 <= x < 1. Default Math.random; tests pass a fixed one. */
  random?: () => number;
  /** Cancels the whole submission, pauses included. */
  signal?: AbortSignal;
  onRetry?: (notice: RetryNotice) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_BASE_MS = 1_000;
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

/**
 * The pause before attempt `attempt + 1`: the base doubled per failure so far, with "equal
 * jitter" (half fixed, half random) so that many visitors failing at once do not return at once.
 */
export function backoffDelay(failures: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = baseMs * 2 ** Math.max(0, failures - 1);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as milliseconds to wait: delta-seconds ("120") or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

type Attempt =
  | { outcome: 'ok'; status: number; next?: string }
  | {
      outcome: 'fail';
      kind: Exclude<SubmitFailureKind, 'aborted'>;
      status?: number;
      retryAfterMs?: number;
      serverMessage?: string;
      errors: ServerFieldError[];
    }
  | { outcome: 'aborted' };

const RETRYABLE_KINDS = ['network', 'timeout', 'server', 'rate-limited'] as const satisfies readonly SubmitFailureKind[];
/** The failures that may succeed on another attempt. */
export type RetryableKind = (typeof RETRYABLE_KINDS)[number];
const isRetryable = (kind: SubmitFailureKind): kind is RetryableKind => (RETRYABLE_KINDS as readonly string[]).includes(kind);

/** What goes on the wire: the headers and the body of every attempt. */
export interface WireRequest {
  headers: Record<string, string>;
  body: string;
}

/** Whether `endpoint`, read against the page's address, is on another origin than the page. */
export function isCrossOrigin(endpoint: string, pageUrl: string | undefined): boolean {
  if (pageUrl === undefined) return true;
  try {
    return new URL(endpoint, pageUrl).origin !== new URL(pageUrl).origin;
  } catch {
    return true;
  }
}

/**
 * A body as form fields, the way a service shows them to the practice: a list as one
 * comma-separated value (services differ in what they make of a repeated name), true and false
 * as words, an object as JSON; an absent value is left out.
 */
export function formFields(body: object): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of Object.entries(body) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) fields.append(name, value.map(String).join(', '));
    else if (typeof value === 'object') fields.append(name, JSON.stringify(value));
    else fields.append(name, String(value));
  }
  return fields;
}

/**
 * The request for `endpoint`: CORS-simple for another origin (form-encoded, the key in the
 * body), JSON with the `Idempotency-Key` header for the page's own origin.
 */
export function wireRequest(endpoint: string, body: object, idempotencyKey: string, pageUrl: string | undefined): WireRequest {
  if (isCrossOrigin(endpoint, pageUrl)) {
    const keyed = 'idempotencyKey' in body ? body : { ...body, idempotencyKey };
    return {
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formFields(keyed).toString(),
    };
  }
  return {
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body),
  };
}

/** Posts `body` (see wireRequest), retrying what may succeed later. Resolves; never rejects. */
export async function submitForm(options: SubmitOptions): Promise<SubmitResult> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const baseMs = options.backoffBaseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const pageUrl = options.pageUrl ?? globalThis.location?.href;
  const payload = wireRequest(options.endpoint, options.body, options.idempotencyKey, pageUrl);

  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(options, payload);
    if (result.outcome === 'ok') {
      return result.next === undefined
        ? { ok: true, status: result.status, attempts: attempt }
        : { ok: true, status: result.status, attempts: attempt, next: result.next };
    }
    if (result.outcome === 'aborted') return aborted(attempt);

    const { outcome: _outcome, ...failure } = result;
    const { kind } = failure;
    const tooLong = failure.retryAfterMs !== undefined && failure.retryAfterMs > maxRetryAfterMs;
    if (!isRetryable(kind) || tooLong || attempt >= maxAttempts) {
      return { ok: false, ...failure, retryable: isRetryable(kind), attempts: attempt };
    }
    const delayMs = failure.retryAfterMs ?? backoffDelay(attempt, baseMs, options.random);
    options.onRetry?.({
      attempt: attempt + 1,
      maxAttempts,
      delayMs,
      reason: kind,
    });
    if (!(await pause(delayMs, options.signal))) return aborted(attempt);
  }
}

const aborted = (attempts: number): SubmitResult => ({
  ok: false,
  kind: 'aborted',
  retryable: true,
  attempts,
  errors: [],
});

async function attemptOnce(options: SubmitOptions, payload: WireRequest): Promise<Attempt> {
  if (options.signal?.aborted) return { outcome: 'aborted' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: payload.headers,
      body: payload.body,
      signal: controller.signal,
      // A booking request carries no cookies and is never answered from a cache.
      credentials: 'omit',
      cache: 'no-store',
    });
    // The time limit covers the answer's body too: a server can stall half-way.
    const answer = await readJson(response);
    return classify(response, answer);
  } catch {
    if (timedOut) return { outcome: 'fail', kind: 'timeout', errors: [] };
    if (options.signal?.aborted) return { outcome: 'aborted' };
    return { outcome: 'fail', kind: 'network', errors: [] };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** The body as JSON when it is JSON; anything else (Basin's HTML, an empty 204) is no answer. */
async function readJson(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function classify(response: Response, answer: Record<string, unknown>): Attempt {
  const { status } = response;
  const serverMessage = typeof answer['error'] === 'string' ? answer['error'] : undefined;
  const errors = fieldErrors(answer['errors']);
  const details = { status, errors, ...(serverMessage === undefined ? {} : { serverMessage }) };
  if (status >= 200 && status < 300) {
    const next = answer['next'];
    return typeof next === 'string' ? { outcome: 'ok', status, next } : { outcome: 'ok', status };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return { outcome: 'fail', kind: 'rate-limited', ...details, ...wait };
  if (status >= 500) return { outcome: 'fail', kind: 'server', ...details, ...wait };
  if (errors.some((error) => error.field)) return { outcome: 'fail', kind: 'validation', ...details };
  return { outcome: 'fail', kind: 'rejected', ...details };
}

/** Formspree's `errors` array, keeping only well-formed entries. */
function fieldErrors(value: unknown): ServerFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): ServerFieldError[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const error: ServerFieldError = {};
    if (typeof record['field'] === 'string') error.field = record['field'];
    if (typeof record['code'] === 'string') error.code = record['code'];
    if (typeof record['message'] === 'string') error.message = record['message'];
    return [error];
  });
}

/** Waits, unless cancelled first; true when the full pause passed. */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
