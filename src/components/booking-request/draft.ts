import { parseDraft, toDraft, type BookingDraft, type BookingInput } from '../../core/booking.js';

/**
 * The visitor's draft in sessionStorage: it survives a reload or an accidental back-and-forth,
 * and is gone when the tab closes, so nothing is left on a shared computer. Never
 * localStorage, never a cookie; never the consent or the honeypot.
 */
export interface StoredDraft {
  values: Partial<BookingDraft>;
  /** When the visitor first typed, ms since the epoch: they have been at it since then. */
  startedAt?: number;
}

export function draftKey(element: Element): string {
  return `kap-booking-request:draft:${location.pathname}${element.id ? `#${element.id}` : ''}`;
}

// Storage can throw (disabled, full, or a sandboxed frame): a draft is a kindness, never a failure.
function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: string): StoredDraft | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { values, startedAt } = stored as { values?: unknown; startedAt?: unknown };
    return typeof startedAt === 'number' ? { values: parseDraft(values), startedAt } : { values: parseDraft(values) };
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, input: BookingInput, startedAt: number): void {
  try {
    storage()?.setItem(key, JSON.stringify({ values: toDraft(input), startedAt }));
  } catch {
    // Full or unavailable: the form still works, the draft just won't outlive a reload.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Unavailable storage holds no draft to clear.
  }
}
