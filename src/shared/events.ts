import type { GfeIssuedSummary } from '../core/gfe.js';
import type { SettingIssue } from '../core/practice.js';

export interface KapConfigErrorDetail {
  issues: SettingIssue[];
}

/** Detail of `kap-gfe-issued`: the GFE's number, time and total, and nothing of the patient's. */
export type KapGfeIssuedDetail = GfeIssuedSummary;

/**
 * Fires a `kap-*` event. Our events bubble and are composed, so a host page can listen on
 * `document` whatever shadow roots lie between; cancelable only where a page may take over.
 * Returns false when a listener called preventDefault().
 */
export function emit<T>(target: EventTarget, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'kap-config-error': CustomEvent<KapConfigErrorDetail>;
    'kap-gfe-issued': CustomEvent<KapGfeIssuedDetail>;
  }
}
