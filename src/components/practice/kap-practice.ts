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
 * @summary Provides practice settings to the kap-* widgets inside it.
 * @tag kap-practice
 *
 * @attr practice-name - Shown in copy and on the printed estimate.
 * @attr currency - ISO 4217 code, `USD` by default.
 * @attr locale - BCP 47 tag; else the nearest `lang`, else `en-US`.
 * @attr medicine-fee - Fee per medicine session in major units (`555`, `555.00`).
 * @attr medicine-minutes - Length of a medicine session in minutes (180).
 * @attr session-fee - Fee per preparation or integration session in major units (185).
 * @attr session-minutes - Length of those sessions in minutes (50).
 * @attr preparation-sessions - Sessions before the first medicine session (2).
 * @attr medicine-sessions - Medicine sessions in the series (6).
 * @attr weeks - Weeks the series spans (3).
 * @attr integration-per-medicine - Integration sessions after each medicine session (1).
 * @attr service-area - US state codes the practice serves, space-separated (`WA`).
 * @attr booking-endpoint - Formspree-compatible URL that receives booking requests.
 * @attr contact-email - For the `mailto:` fallback and copy.
 * @attr contact-phone - Shown in copy.
 * @attr privacy-policy-url - The consumer health data privacy policy.
 * @attr timezone - IANA time zone of the practice (`America/Los_Angeles`).
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
