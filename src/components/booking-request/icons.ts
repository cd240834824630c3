import { html } from 'lit';

/**
 * Icons beside words, never instead of them: each is hidden from assistive technology. The
 * error icon is the shared field templates' (src/shared/fields.ts).
 */
export const infoIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8" />
  <path d="M10 9v5.5M10 5.6v.2" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

export const offlineIcon = html`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <path d="M2 7.5a11.5 11.5 0 0 1 16 0M5 10.8a7 7 0 0 1 10 0M8 14a2.8 2.8 0 0 1 4 0" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
  <path d="M3 3l14 14" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
</svg>`;

export const checkIcon = html`<svg class="icon success-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="m7 12.5 3.3 3.3L17 9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
