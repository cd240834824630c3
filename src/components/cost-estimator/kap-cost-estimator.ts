import { html } from 'lit';
import { KapElement } from '../../shared/kap-element.js';

/**
 * @tag kap-cost-estimator
 */
export class KapCostEstimator extends KapElement {
  protected readonly widgetName = 'Cost estimator';

  protected renderWidget() {
    return html`<div part="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-cost-estimator': KapCostEstimator;
  }
}
