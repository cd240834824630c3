import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { SETTING_FIELDS, type SettingAttributes } from '../core/practice.js';

/** `medicine-fee` -> `medicineFee`: the property that mirrors a settings attribute. */
const propertyOf = (attribute: string) => attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const SETTING_PROPERTIES = SETTING_FIELDS.map((field) => [field.attribute, propertyOf(field.attribute)] as const);

/**
 * The practice settings of API.md as attributes with camelCase properties, shared by
 * `<kap-practice>` and every widget. Values stay the strings a therapist typed; the core
 * parses them, so a bad one can be shown back exactly as written.
 */
export class PracticeSettingsElement extends LitElement {
  @property({ attribute: 'practice-name' }) practiceName?: string;
  @property() currency?: string;
  @property() locale?: string;
  @property({ attribute: 'medicine-fee' }) medicineFee?: string;
  @property({ attribute: 'medicine-minutes' }) medicineMinutes?: string;
  @property({ attribute: 'session-fee' }) sessionFee?: string;
  @property({ attribute: 'session-minutes' }) sessionMinutes?: string;
  @property({ attribute: 'preparation-sessions' }) preparationSessions?: string;
  @property({ attribute: 'medicine-sessions' }) medicineSessions?: string;
  @property() weeks?: string;
  @property({ attribute: 'integration-per-medicine' }) integrationPerMedicine?: string;
  @property({ attribute: 'service-area' }) serviceArea?: string;
  @property({ attribute: 'booking-endpoint' }) bookingEndpoint?: string;
  @property({ attribute: 'contact-email' }) contactEmail?: string;
  @property({ attribute: 'contact-phone' }) contactPhone?: string;
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl?: string;
  @property() timezone?: string;

  /** The settings as strings by attribute name; unset ones are undefined. */
  protected settingAttributes(): SettingAttributes {
    const own: Record<string, string | undefined> = {};
    const record = this as unknown as Record<string, unknown>;
    for (const [attribute, property] of SETTING_PROPERTIES) {
      const value = record[property];
      own[attribute] = value === undefined || value === null ? undefined : String(value);
    }
    return own;
  }
}
