import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { parseSettingAttributes } from '../../core/practice.js';
import { practiceContext, type ProvidedPractice } from '../../shared/context.js';
import { PracticeSettingsElement } from '../../shared/settings-element.js';

/**
 * Holds a practice's settings once for every widget inside it. Each widget's own attribute
 * still wins; what neither sets comes from the seed practice. A bad value here is shown by
 * the widgets that rely on it, in their settings panel.
 *
 * The practice settings of API.md are attributes and properties here too, one for each entry of
 * the core's declaration (src/core/settings.ts); custom-elements.json lists them.
 *
 * @summary Provides practice settings to the kap-* widgets inside it.
 * @tag kap-practice
 *
 * @slot - The page content and widgets that share these settings.
 */
export class KapPractice extends PracticeSettingsElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @provide({ context: practiceContext })
  protected provided: ProvidedPractice = { values: {}, issues: [] };

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new object each time: consumers subscribed through the context re-render.
    this.provided = parseSettingAttributes(this.settingAttributes(), { baseUrl: document.baseURI });
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-practice': KapPractice;
  }
}
