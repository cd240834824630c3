import { html } from 'lit';
import { KapElement } from '../../shared/kap-element.js';

/**
 * @tag kap-process-timeline
 */
export class KapProcessTimeline extends KapElement {
  protected readonly widgetName = 'Treatment timeline';

  protected renderWidget() {
    return html`<div part="base"></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-process-timeline': KapProcessTimeline;
  }
}
