/**
 * The practice settings every widget resolves, built from their one declaration
 * (settings.ts): the seed practice as defaults, parsing from the attribute strings a therapist
 * types into a page builder, and layering. Every rejection names the attribute, the value given
 * and what would be accepted. No Lit, no DOM.
 */
import { toMajorString } from './money.js';
import { issueMessage, type SettingIssue } from './setting-parsers.js';
import type { PracticeSettings } from './settings-schema.js';
import { SETTINGS, parseByRule, type ParseContext } from './settings.js';

export * from './setting-parsers.js';
export * from './settings.js';
export type { PracticeSettings } from './settings-schema.js';

/**
 * The practice of the seed page: a Washington State therapist's KAP protocol and rates. The
 * settings-schema test holds it to `practiceSettingsSchema`.
 */
export const DEFAULT_PRACTICE: Readonly<PracticeSettings> = Object.freeze(
  Object.fromEntries(SETTINGS.filter((setting) => setting.default !== undefined).map((setting) => [setting.key, setting.default])),
) as PracticeSettings;

/** Attribute strings as found on an element; `null`/`undefined` means "not set". */
export type SettingAttributes = Readonly<Record<string, string | null | undefined>>;

export interface ParsedSettings {
  /** Only the settings that were given and valid. */
  values: Partial<PracticeSettings>;
  issues: SettingIssue[];
}

export interface ParseOptions {
  /** The provider's currency, in which a widget's own fee is read when it sets none. */
  inheritedCurrency?: string;
  /** The page's address, for URL settings written as a path. */
  baseUrl?: string;
}

/**
 * Reads the practice attributes of one element. Settings that are absent stay absent (so a
 * provider or the default can fill them); settings that are present but wrong become issues.
 */
export function parseSettingAttributes(attributes: SettingAttributes, options: ParseOptions = {}): ParsedSettings {
  const values: Record<string, unknown> = {};
  const issues: SettingIssue[] = [];
  for (const setting of SETTINGS) {
    const raw = attributes[setting.attribute];
    if (raw === null || raw === undefined) continue;
    const currency = (values['currency'] as string | undefined) ?? options.inheritedCurrency ?? DEFAULT_PRACTICE.currency;
    const context: ParseContext = options.baseUrl ? { currency, baseUrl: options.baseUrl } : { currency };
    const parsed = parseByRule(setting.rule, raw, context);
    if (parsed.ok) values[setting.key] = parsed.value;
    else issues.push({ attribute: setting.attribute, value: raw, message: issueMessage(setting.attribute, raw, parsed.message) });
  }
  return { values: values as Partial<PracticeSettings>, issues };
}

/**
 * Layers settings: the first layer that has a key wins, the seed practice fills the rest. The
 * layers come from `parseSettingAttributes`, so every value is one its setting's rule accepted
 * (the settings-schema test holds those to the schema), and the result is whole settings.
 */
export function resolveSettings(...layers: Partial<PracticeSettings>[]): PracticeSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_PRACTICE };
  for (const layer of [...layers].reverse()) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged as PracticeSettings;
}

/**
 * The attribute form of a setting, as a snippet writes it (fees back in major units).
 * `parseSettingAttributes(settingsToAttributes(s))` gives `s` back.
 */
export function settingsToAttributes(settings: Partial<PracticeSettings>): Record<string, string> {
  const currency = settings.currency ?? DEFAULT_PRACTICE.currency;
  const out: Record<string, string> = {};
  for (const setting of SETTINGS) {
    const value = settings[setting.key];
    if (value === undefined) continue;
    if (setting.rule.kind === 'money') {
      out[setting.attribute] = toMajorString(value as number, currency);
    } else if (Array.isArray(value)) {
      out[setting.attribute] = value.join(' ');
    } else {
      out[setting.attribute] = String(value);
    }
  }
  return out;
}
