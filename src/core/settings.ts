/**
 * Every practice setting, declared once. Each entry is one attribute of API.md: its name, the
 * seed practice's value and the rule that reads what a therapist typed, which gives the value
 * its type. Everything else follows from this list: the defaults and the resolving of settings
 * (practice.ts), the attributes and properties of `<kap-practice>` and of every widget, their
 * entries in custom-elements.json, the configurator's fields, the README's settings table and
 * the WordPress plugin's settings page. Two files sit beside it that no widget imports, since a
 * visitor's page needs neither: each setting's zod/mini schema (settings-schema.ts, the
 * `practiceSettingsSchema` of the npm API, which tests hold every rule's values to) and the
 * words that explain it (settings-docs.ts). No Lit, no DOM.
 */
import {
  parseCount,
  parseCurrency,
  parseEin,
  parseEmail,
  parseLocale,
  parseMoneySetting,
  parseNpi,
  parsePhone,
  parseServiceCode,
  parseStates,
  parseText,
  parseTimeZone,
  parseUrl,
  type FieldResult,
  type UsState,
} from './setting-parsers.js';

/**
 * How a setting's text is read, as plain data: the widgets, the configurator and the WordPress
 * plugin's PHP all check values by these rules, with the same messages.
 */
export type SettingRule =
  | { kind: 'text'; max: number }
  | { kind: 'currency' }
  | { kind: 'locale' }
  | { kind: 'timezone' }
  | { kind: 'money' }
  | { kind: 'count'; min: number; max: number; unit: 'minutes' | 'sessions' | 'weeks' | 'months' }
  | { kind: 'states' }
  | { kind: 'url'; allow: 'http' | 'link' }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'npi' }
  | { kind: 'ein' }
  | { kind: 'service-code' };

/** Where a setting belongs: the practice itself, or what a Good Faith Estimate needs. */
export type SettingGroup = 'practice' | 'sessions' | 'language' | 'gfe';

/** The value a rule reads from a setting's text: fees in minor units, counts, state codes, else text. */
export type RuleValue<R extends SettingRule> = R extends { kind: 'money' | 'count' } ? number : R extends { kind: 'states' } ? UsState[] : string;

export interface SettingDeclaration<K extends string = string, R extends SettingRule = SettingRule, A extends string = string> {
  /** The property of the resolved settings (`PracticeSettings`). */
  key: K;
  /** The attribute a therapist writes, kebab-case; the element property is its camelCase. */
  attribute: A;
  /** The seed practice's value; `undefined` for a setting that is off until set. */
  default: RuleValue<R> | undefined;
  rule: R;
  group: SettingGroup;
}

const declare = <K extends string, const R extends SettingRule, A extends string>(declaration: SettingDeclaration<K, R, A>) =>
  declaration;

const countRule = <U extends 'minutes' | 'sessions' | 'weeks' | 'months'>(min: number, max: number, unit: U) =>
  ({ kind: 'count', min, max, unit }) as const;

export const PRACTICE_NAME = 'Ketamine-Assisted Psychotherapy';
const nameRule = { kind: 'text', max: 120 } as const;
const addressRule = { kind: 'text', max: 200 } as const;
const medicineMinutes = countRule(15, 600, 'minutes');
const sessionMinutes = countRule(15, 240, 'minutes');
const preparationSessions = countRule(0, 10, 'sessions');
const medicineSessions = countRule(1, 12, 'sessions');
const weeks = countRule(1, 52, 'weeks');
const integrationPerMedicine = countRule(0, 4, 'sessions');
const gfeMonths = countRule(1, 12, 'months');
const httpUrl = { kind: 'url', allow: 'http' } as const;

/**
 * In the order they are read and listed: currency comes before the fees, because it decides
 * how many decimals a fee may have. The configurator and the settings page show them by group.
 */
export const SETTINGS = [
  declare({ key: 'practiceName', attribute: 'practice-name', group: 'practice', default: PRACTICE_NAME, rule: nameRule }),
  declare({ key: 'currency', attribute: 'currency', group: 'language', default: 'USD', rule: { kind: 'currency' } }),
  // Unset: the nearest `lang`, else en-US (resolved by the element, which sees the page).
  declare({ key: 'locale', attribute: 'locale', group: 'language', default: undefined, rule: { kind: 'locale' } }),
  declare({ key: 'medicineFeeCents', attribute: 'medicine-fee', group: 'sessions', default: 55_500, rule: { kind: 'money' } }),
  declare({ key: 'medicineMinutes', attribute: 'medicine-minutes', group: 'sessions', default: 180, rule: medicineMinutes }),
  declare({ key: 'sessionFeeCents', attribute: 'session-fee', group: 'sessions', default: 18_500, rule: { kind: 'money' } }),
  declare({ key: 'sessionMinutes', attribute: 'session-minutes', group: 'sessions', default: 50, rule: sessionMinutes }),
  declare({ key: 'preparationSessions', attribute: 'preparation-sessions', group: 'sessions', default: 2, rule: preparationSessions }),
  declare({ key: 'medicineSessions', attribute: 'medicine-sessions', group: 'sessions', default: 6, rule: medicineSessions }),
  declare({ key: 'weeks', attribute: 'weeks', group: 'sessions', default: 3, rule: weeks }),
  declare({ key: 'integrationPerMedicine', attribute: 'integration-per-medicine', group: 'sessions', default: 1, rule: integrationPerMedicine }),
  declare({ key: 'serviceArea', attribute: 'service-area', group: 'practice', default: ['WA'], rule: { kind: 'states' } }),
  declare({ key: 'contactEmail', attribute: 'contact-email', group: 'practice', default: undefined, rule: { kind: 'email' } }),
  declare({ key: 'contactPhone', attribute: 'contact-phone', group: 'practice', default: undefined, rule: { kind: 'phone' } }),
  declare({ key: 'privacyPolicyUrl', attribute: 'privacy-policy-url', group: 'practice', default: undefined, rule: httpUrl }),
  declare({ key: 'bookingEndpoint', attribute: 'booking-endpoint', group: 'practice', default: undefined, rule: httpUrl }),
  declare({ key: 'timezone', attribute: 'timezone', group: 'language', default: 'America/Los_Angeles', rule: { kind: 'timezone' } }),
  // Unset: the practice name (gfe.ts), which a therapist may have changed.
  declare({ key: 'providerName', attribute: 'provider-name', group: 'gfe', default: undefined, rule: nameRule }),
  declare({ key: 'providerNpi', attribute: 'provider-npi', group: 'gfe', default: undefined, rule: { kind: 'npi' } }),
  declare({ key: 'providerTin', attribute: 'provider-tin', group: 'gfe', default: undefined, rule: { kind: 'ein' } }),
  declare({ key: 'practiceAddress', attribute: 'practice-address', group: 'gfe', default: undefined, rule: addressRule }),
  declare({ key: 'medicineCode', attribute: 'medicine-code', group: 'gfe', default: undefined, rule: { kind: 'service-code' } }),
  // Unset: by session length (gfe.ts), 90834 for 38-52 minutes, 90837 for 53 or more.
  declare({ key: 'sessionCode', attribute: 'session-code', group: 'gfe', default: undefined, rule: { kind: 'service-code' } }),
  declare({ key: 'gfeMonths', attribute: 'gfe-months', group: 'gfe', default: 12, rule: gfeMonths }),
] as const;

export type Setting = (typeof SETTINGS)[number];
export type SettingKey = Setting['key'];
export type SettingAttribute = Setting['attribute'];

/** `medicine-fee` -> `medicineFee`: the element property that mirrors a settings attribute. */
export type PropertyOf<A extends string> = A extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<PropertyOf<Tail>>}` : A;
export const propertyOf = <A extends string>(attribute: A): PropertyOf<A> =>
  attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as PropertyOf<A>;

/** The settings' properties on `<kap-practice>` and every widget: the strings as typed. */
export type SettingProperties = { [S in Setting as PropertyOf<S['attribute']>]?: string };

type SettingRules = { [S in Setting as S['key']]: S['rule'] };

/** One setting's rule, typed by its key: a count's range, a text's longest length. */
export function ruleOf<K extends SettingKey>(key: K): SettingRules[K] {
  // The key's type admits only declared settings, so the search always finds one.
  const setting = SETTINGS.find((s) => s.key === key)!;
  return setting.rule as SettingRules[K];
}

type CountSetting = Extract<Setting, { rule: { kind: 'count' } }>;

/** The range a count setting holds, for code that must stay within it (pricing's plan limits). */
export function countLimits(key: CountSetting['key']): { min: number; max: number } {
  const { min, max } = ruleOf(key);
  return { min, max };
}

/** What a rule's check may need beyond its own string. */
export interface ParseContext {
  /** The currency the fees are written in: the element's own, else its provider's. */
  currency: string;
  /** The page's address, against which a URL setting that starts with "/" is read. */
  baseUrl?: string;
}

/** Reads one setting's text by its rule. */
export function parseByRule(rule: SettingRule, value: string, context: ParseContext): FieldResult<unknown> {
  switch (rule.kind) {
    case 'text': return parseText(value, rule.max);
    case 'currency': return parseCurrency(value);
    case 'locale': return parseLocale(value);
    case 'timezone': return parseTimeZone(value);
    case 'money': return parseMoneySetting(value, context.currency);
    case 'count': return parseCount(value, rule.min, rule.max, rule.unit);
    case 'states': return parseStates(value);
    case 'url': return parseUrl(value, rule.allow, context.baseUrl);
    case 'email': return parseEmail(value);
    case 'phone': return parsePhone(value);
    case 'npi': return parseNpi(value);
    case 'ein': return parseEin(value);
    case 'service-code': return parseServiceCode(value);
  }
}
