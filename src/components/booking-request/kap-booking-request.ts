import { html } from 'lit';
import { KapElement } from '../../shared/kap-element.js';

/**
 * @tag kap-booking-request
 */
export class KapBookingRequest extends KapElement {
  protected readonly widgetName = 'Consultation request';

  protected renderWidget() {
    return html`<div part="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-booking-request': KapBookingRequest;
  }
}
