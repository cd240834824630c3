/**
 * Every practice setting, declared once. Each entry is one attribute of API.md: its name, the
 * value type the widgets work with (a zod/mini schema), the seed practice's value and the rule
 * that reads what a therapist typed. Everything else follows from this list: the settings
 * schema and defaults (practice.ts), the attributes and properties of `<kap-practice>` and of
 * every widget, their entries in custom-elements.json, the configurator's fields, the README's
 * settings table and the WordPress plugin's settings page. The words that explain each setting
 * live beside it in settings-docs.ts, which no widget imports: a visitor's page never needs
 * them. No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { MAX_CENTS } from './money.js';
import {
  US_STATES,
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

export interface SettingDeclaration<
  K extends string = string,
  S extends z.ZodMiniType = z.ZodMiniType,
  R extends SettingRule = SettingRule,
  A extends string = string,
> {
  /** The property of the resolved settings (`PracticeSettings`). */
  key: K;
  /** The attribute a therapist writes, kebab-case; the element property is its camelCase. */
  attribute: A;
  schema: S;
  /** The seed practice's value; `undefined` for a setting that is off until set. */
  default: z.output<S>;
  rule: R;
  group: SettingGroup;
}

const declare = <K extends string, S extends z.ZodMiniType, const R extends SettingRule, A extends string>(
  declaration: SettingDeclaration<K, S, R, A>,
) => declaration;

const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const count = (rule: { min: number; max: number }) => z.int().check(z.minimum(rule.min), z.maximum(rule.max));
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
  declare({
    key: 'practiceName', attribute: 'practice-name', group: 'practice',
    schema: z.string().check(z.minLength(1), z.maxLength(nameRule.max)), default: PRACTICE_NAME, rule: nameRule,
  }),
  declare({
    key: 'currency', attribute: 'currency', group: 'language',
    schema: z.string().check(z.regex(/^[A-Z]{3}$/)), default: 'USD', rule: { kind: 'currency' },
  }),
  declare({
    key: 'locale', attribute: 'locale', group: 'language',
    // Unset: the nearest `lang`, else en-US (resolved by the element, which sees the page).
    schema: z.optional(z.string().check(z.minLength(2))), default: undefined, rule: { kind: 'locale' },
  }),
  declare({
    key: 'medicineFeeCents', attribute: 'medicine-fee', group: 'sessions',
    schema: cents, default: 55_500, rule: { kind: 'money' },
  }),
  declare({
    key: 'medicineMinutes', attribute: 'medicine-minutes', group: 'sessions',
    schema: count(medicineMinutes), default: 180, rule: medicineMinutes,
  }),
  declare({
    key: 'sessionFeeCents', attribute: 'session-fee', group: 'sessions',
    schema: cents, default: 18_500, rule: { kind: 'money' },
  }),
  declare({
    key: 'sessionMinutes', attribute: 'session-minutes', group: 'sessions',
    schema: count(sessionMinutes), default: 50, rule: sessionMinutes,
  }),
  declare({
    key: 'preparationSessions', attribute: 'preparation-sessions', group: 'sessions',
    schema: count(preparationSessions), default: 2, rule: preparationSessions,
  }),
  declare({
    key: 'medicineSessions', attribute: 'medicine-sessions', group: 'sessions',
    schema: count(medicineSessions), default: 6, rule: medicineSessions,
  }),
  declare({
    key: 'weeks', attribute: 'weeks', group: 'sessions',
    schema: count(weeks), default: 3, rule: weeks,
  }),
  declare({
    key: 'integrationPerMedicine', attribute: 'integration-per-medicine', group: 'sessions',
    schema: count(integrationPerMedicine), default: 1, rule: integrationPerMedicine,
  }),
  declare({
    key: 'serviceArea', attribute: 'service-area', group: 'practice',
    schema: z.array(z.enum(US_STATES)).check(z.minLength(1)), default: ['WA'], rule: { kind: 'states' },
  }),
  declare({
    key: 'contactEmail', attribute: 'contact-email', group: 'practice',
    schema: z.optional(z.email()), default: undefined, rule: { kind: 'email' },
  }),
  declare({
    key: 'contactPhone', attribute: 'contact-phone', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'phone' },
  }),
  declare({
    key: 'privacyPolicyUrl', attribute: 'privacy-policy-url', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: httpUrl,
  }),
  declare({
    key: 'bookingEndpoint', attribute: 'booking-endpoint', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: httpUrl,
  }),
  declare({
    key: 'timezone', attribute: 'timezone', group: 'language',
    schema: z.string().check(z.minLength(1)), default: 'America/Los_Angeles', rule: { kind: 'timezone' },
  }),
  declare({
    key: 'providerName', attribute: 'provider-name', group: 'gfe',
    // Unset: the practice name (gfe.ts), which a therapist may have changed.
    schema: z.optional(z.string().check(z.minLength(1), z.maxLength(nameRule.max))), default: undefined, rule: nameRule,
  }),
  declare({
    key: 'providerNpi', attribute: 'provider-npi', group: 'gfe',
    schema: z.optional(z.string().check(z.regex(/^\d{10}$/))), default: undefined, rule: { kind: 'npi' },
  }),
  declare({
    key: 'providerTin', attribute: 'provider-tin', group: 'gfe',
    schema: z.optional(z.string().check(z.regex(/^\d{2}-\d{7}$/))), default: undefined, rule: { kind: 'ein' },
  }),
  declare({
    key: 'practiceAddress', attribute: 'practice-address', group: 'gfe',
    schema: z.optional(z.string().check(z.minLength(1), z.maxLength(addressRule.max))), default: undefined, rule: addressRule,
  }),
  declare({
    key: 'medicineCode', attribute: 'medicine-code', group: 'gfe',
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'service-code' },
  }),
  declare({
    key: 'sessionCode', attribute: 'session-code', group: 'gfe',
    // Unset: by session length (gfe.ts), 90834 for 38-52 minutes, 90837 for 53 or more.
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'service-code' },
  }),
  declare({
    key: 'gfeMonths', attribute: 'gfe-months', group: 'gfe',
    schema: count(gfeMonths), default: 12, rule: gfeMonths,
  }),
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

type CountSetting = Extract<Setting, { rule: { kind: 'count' } }>;

/** The range a count setting holds, for code that must stay within it (pricing's plan limits). */
export function countLimits(key: CountSetting['key']): { min: number; max: number } {
  const setting = SETTINGS.find((s): s is CountSetting => s.key === key && s.rule.kind === 'count');
  // The key's type admits only count settings, so the search always finds one.
  return { min: setting!.rule.min, max: setting!.rule.max };
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
