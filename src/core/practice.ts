/**
 * The practice settings every widget resolves, built from their one declaration
 * (settings.ts): the zod/mini schema, the seed practice as defaults, and parsing from the
 * attribute strings a therapist types into a page builder. Every rejection names the
 * attribute, the value given and what would be accepted. No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { toMajorString } from './money.js';
import { issueMessage, type SettingIssue } from './setting-parsers.js';
import { SETTINGS, parseByRule, type ParseContext, type Setting } from './settings.js';

export * from './setting-parsers.js';
export * from './settings.js';

type SettingsShape = { [S in Setting as S['key']]: S['schema'] };

/** The settings every widget resolves, with money already in minor units. */
export const practiceSettingsSchema = z.object(
  // Object.fromEntries loses the keys' types; SettingsShape restores them from the same list.
  Object.fromEntries(SETTINGS.map((setting) => [setting.key, setting.schema])) as SettingsShape,
);

export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

/** The practice of the seed page: a Washington State therapist's KAP protocol and rates. */
export const DEFAULT_PRACTICE: Readonly<PracticeSettings> = Object.freeze(
  practiceSettingsSchema.parse(Object.fromEntries(SETTINGS.map((setting) => [setting.key, setting.default]))),
);

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
 * Layers settings: the first layer that has a key wins, the seed practice fills the rest.
 * The result is checked against the schema, so a widget only ever sees whole settings.
 */
export function resolveSettings(...layers: Partial<PracticeSettings>[]): PracticeSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_PRACTICE };
  for (const layer of [...layers].reverse()) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return practiceSettingsSchema.parse(merged);
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
