import { LitElement, type PropertyDeclarations } from 'lit';
import { SETTINGS, propertyOf, type SettingAttributes, type SettingProperties } from '../core/practice.js';

/** Each declared setting as a property and its attribute. */
const SETTING_PROPERTIES = SETTINGS.map((setting) => [setting.attribute, propertyOf(setting.attribute)] as const);

/**
 * The practice settings of API.md as attributes with camelCase properties, shared by
 * `<kap-practice>` and every widget, made from the core's one declaration of them
 * (src/core/settings.ts): a setting declared there is an attribute and a property here, and
 * in custom-elements.json (custom-elements-manifest.config.mjs). Values stay the strings a
 * therapist typed; the core parses them, so a bad one can be shown back exactly as written.
 */
export class PracticeSettingsElement extends LitElement {
  static override properties: PropertyDeclarations = Object.fromEntries(
    SETTING_PROPERTIES.map(([attribute, property]) => [property, { attribute }]),
  );

  /** The settings as strings by attribute name; unset ones are undefined. */
  protected settingAttributes(): SettingAttributes {
    const own: Record<string, string | undefined> = {};
    const properties: SettingProperties = this;
    for (const [attribute, property] of SETTING_PROPERTIES) {
      const value: unknown = properties[property];
      own[attribute] = value === undefined || value === null ? undefined : String(value);
    }
    return own;
  }
}

// The properties that `static properties` creates above, typed from the same declaration.
export interface PracticeSettingsElement extends SettingProperties {}
