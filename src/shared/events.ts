import type { GfeIssuedSummary } from '../core/gfe.js';
import type { SettingIssue } from '../core/practice.js';

export interface KapConfigErrorDetail {
  issues: SettingIssue[];
}

/** Detail of `kap-gfe-issued`: the GFE's number, time and total, and nothing of the patient's. */
export type KapGfeIssuedDetail = GfeIssuedSummary;

/**
 * The suite's events: every `kap-*` entry of HTMLElementEventMap, which each widget's module
 * extends with its own (one event name, one detail type, in one place).
 */
export type KapEventName = Extract<keyof HTMLElementEventMap, `kap-${string}`>;

/** The detail an event of that name carries. */
export type DetailOf<K extends KapEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a `kap-*` event. The name must be declared in HTMLElementEventMap and the detail must
 * be its type, so a misspelt name or a wrong detail does not compile. Our events bubble and
 * are composed, so a host page can listen on `document` whatever shadow roots lie between;
 * cancelable only where a page may take over. Returns false when a listener called
 * preventDefault().
 */
export function emit<K extends KapEventName>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<DetailOf<K>>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'kap-config-error': CustomEvent<KapConfigErrorDetail>;
    'kap-gfe-issued': CustomEvent<KapGfeIssuedDetail>;
  }
}
