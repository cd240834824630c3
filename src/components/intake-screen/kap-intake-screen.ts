import { html } from 'lit';
import { KapElement } from '../../shared/kap-element.js';

/**
 * @tag kap-intake-screen
 */
export class KapIntakeScreen extends KapElement {
  protected readonly widgetName = 'Self-screen';

  protected renderWidget() {
    return html`<div part="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-intake-screen': KapIntakeScreen;
  }
}
