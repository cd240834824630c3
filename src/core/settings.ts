/**
 * Every practice setting, declared once. Each entry is one attribute of API.md: its name, the
 * value type the widgets work with (a zod/mini schema), the seed practice's value, the rule that
 * reads what a therapist typed, and the words that explain it. Everything else follows from this
 * list: the settings schema and defaults (practice.ts), the attributes and properties of
 * `<kap-practice>` and of every widget, their entries in custom-elements.json, the
 * configurator's fields, the README's settings table and the WordPress plugin's settings page.
 * No Lit, no DOM.
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
  /** A field's label, for the configurator and the WordPress settings page. */
  label: string;
  /** What the setting does, in the README's and the manifest's words. */
  meaning: string;
  /** The default as the README's table shows it. */
  defaultText: string;
  /** A short help line under a form field. */
  hint: string;
  /** What a browser may fill a form field with (the HTML `autocomplete` token). */
  autocomplete?: string;
}

const declare = <K extends string, S extends z.ZodMiniType, const R extends SettingRule, A extends string>(
  declaration: SettingDeclaration<K, S, R, A>,
) => declaration;

const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const count = (rule: { min: number; max: number }) => z.int().check(z.minimum(rule.min), z.maximum(rule.max));
const countRule = <U extends 'minutes' | 'sessions' | 'weeks' | 'months'>(min: number, max: number, unit: U) =>
  ({ kind: 'count', min, max, unit }) as const;

const PRACTICE_NAME = 'Ketamine-Assisted Psychotherapy';
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
    key: 'practiceName', attribute: 'practice-name', autocomplete: 'organization', group: 'practice',
    schema: z.string().check(z.minLength(1), z.maxLength(nameRule.max)), default: PRACTICE_NAME, rule: nameRule,
    label: 'Practice name', meaning: 'shown in copy and on the printed estimate', defaultText: `\`${PRACTICE_NAME}\``,
    hint: 'Shown in the widgets and on the printed estimate.',
  }),
  declare({
    key: 'currency', attribute: 'currency', group: 'language',
    schema: z.string().check(z.regex(/^[A-Z]{3}$/)), default: 'USD', rule: { kind: 'currency' },
    label: 'Currency', meaning: 'ISO 4217 code', defaultText: '`USD`',
    hint: 'Three-letter code, like USD or CAD.',
  }),
  declare({
    key: 'locale', attribute: 'locale', group: 'language',
    // Unset: the nearest `lang`, else en-US (resolved by the element, which sees the page).
    schema: z.optional(z.string().check(z.minLength(2))), default: undefined, rule: { kind: 'locale' },
    label: 'Language of the widgets', meaning: 'BCP 47 tag; else the nearest `lang`', defaultText: '`en-US`',
    hint: "Leave empty to follow your page's language, or write a tag like en-US or es-US.",
  }),
  declare({
    key: 'medicineFeeCents', attribute: 'medicine-fee', group: 'sessions',
    schema: cents, default: 55_500, rule: { kind: 'money' },
    label: 'Fee per medicine session', meaning: 'fee per medicine session, in major units (`555`, `555.00`)', defaultText: '`555`',
    hint: 'Digits only, like 555 or 555.50.',
  }),
  declare({
    key: 'medicineMinutes', attribute: 'medicine-minutes', group: 'sessions',
    schema: count(medicineMinutes), default: 180, rule: medicineMinutes,
    label: 'Minutes per medicine session', meaning: 'length of a medicine session', defaultText: '`180`',
    hint: '15 to 600.',
  }),
  declare({
    key: 'sessionFeeCents', attribute: 'session-fee', group: 'sessions',
    schema: cents, default: 18_500, rule: { kind: 'money' },
    label: 'Fee per preparation or integration session', meaning: 'fee per preparation or integration session', defaultText: '`185`',
    hint: 'Digits only, like 185.',
  }),
  declare({
    key: 'sessionMinutes', attribute: 'session-minutes', group: 'sessions',
    schema: count(sessionMinutes), default: 50, rule: sessionMinutes,
    label: 'Minutes per preparation or integration session', meaning: 'length of those sessions', defaultText: '`50`',
    hint: '15 to 240.',
  }),
  declare({
    key: 'preparationSessions', attribute: 'preparation-sessions', group: 'sessions',
    schema: count(preparationSessions), default: 2, rule: preparationSessions,
    label: 'Preparation sessions', meaning: 'before the first medicine session (0-10)', defaultText: '`2`',
    hint: 'Before the first medicine session, 0 to 10.',
  }),
  declare({
    key: 'medicineSessions', attribute: 'medicine-sessions', group: 'sessions',
    schema: count(medicineSessions), default: 6, rule: medicineSessions,
    label: 'Medicine sessions', meaning: 'in the series (1-12)', defaultText: '`6`',
    hint: 'In the series, 1 to 12.',
  }),
  declare({
    key: 'weeks', attribute: 'weeks', group: 'sessions',
    schema: count(weeks), default: 3, rule: weeks,
    label: 'Weeks the series spans', meaning: 'the series spans this many weeks (1-52)', defaultText: '`3`',
    hint: '1 to 52.',
  }),
  declare({
    key: 'integrationPerMedicine', attribute: 'integration-per-medicine', group: 'sessions',
    schema: count(integrationPerMedicine), default: 1, rule: integrationPerMedicine,
    label: 'Integration sessions after each medicine session', meaning: 'integration sessions after each medicine session (0-4)', defaultText: '`1`',
    hint: '0 to 4.',
  }),
  declare({
    key: 'serviceArea', attribute: 'service-area', group: 'practice',
    schema: z.array(z.enum(US_STATES)).check(z.minLength(1)), default: ['WA'], rule: { kind: 'states' },
    label: 'States you serve', meaning: 'US state code(s) the practice serves, space-separated', defaultText: '`WA`',
    hint: 'Two-letter US state codes separated by spaces, like WA or WA OR.',
  }),
  declare({
    key: 'contactEmail', attribute: 'contact-email', autocomplete: 'email', group: 'practice',
    schema: z.optional(z.email()), default: undefined, rule: { kind: 'email' },
    label: 'Contact email', meaning: 'for the `mailto:` fallback and copy', defaultText: 'none',
    hint: "Shown to visitors, and used if a booking request can't be sent.",
  }),
  declare({
    key: 'contactPhone', attribute: 'contact-phone', autocomplete: 'tel', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'phone' },
    label: 'Phone', meaning: 'shown in copy', defaultText: 'none',
    hint: 'Optional. Shown to visitors.',
  }),
  declare({
    key: 'privacyPolicyUrl', attribute: 'privacy-policy-url', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: httpUrl,
    label: 'Privacy policy address', meaning: 'your consumer health data privacy policy', defaultText: 'none',
    hint: 'Your consumer health data privacy policy, starting with https://. The booking form links to it.',
  }),
  declare({
    key: 'bookingEndpoint', attribute: 'booking-endpoint', group: 'practice',
    schema: z.optional(z.string()), default: undefined, rule: httpUrl,
    label: 'Where booking requests go', meaning: 'URL that receives booking requests (Formspree-compatible)', defaultText: 'none',
    hint: "A form service address, like your Formspree form's https://formspree.io/f/… Leave empty and the form offers to email you instead.",
  }),
  declare({
    key: 'timezone', attribute: 'timezone', group: 'language',
    schema: z.string().check(z.minLength(1)), default: 'America/Los_Angeles', rule: { kind: 'timezone' },
    label: 'Your time zone', meaning: 'IANA time zone of the practice', defaultText: '`America/Los_Angeles`',
    hint: 'Where your sessions take place, like America/Los_Angeles.',
  }),
  declare({
    key: 'providerName', attribute: 'provider-name', group: 'gfe',
    // Unset: the practice name (gfe.ts), which a therapist may have changed.
    schema: z.optional(z.string().check(z.minLength(1), z.maxLength(nameRule.max))), default: undefined, rule: nameRule,
    label: 'Treating provider', meaning: 'legal name and credentials of the treating provider, e.g. `Jane Rivera, LMHC`',
    defaultText: '`practice-name`', hint: 'Legal name and credentials, like Jane Rivera, LMHC. Empty: the practice name.',
  }),
  declare({
    key: 'providerNpi', attribute: 'provider-npi', group: 'gfe',
    schema: z.optional(z.string().check(z.regex(/^\d{10}$/))), default: undefined, rule: { kind: 'npi' },
    label: 'NPI', meaning: '10-digit National Provider Identifier (check digit verified)', defaultText: 'none',
    hint: 'The 10 digits of your NPI.',
  }),
  declare({
    key: 'providerTin', attribute: 'provider-tin', group: 'gfe',
    schema: z.optional(z.string().check(z.regex(/^\d{2}-\d{7}$/))), default: undefined, rule: { kind: 'ein' },
    label: 'EIN', meaning: "the practice's EIN, `NN-NNNNNNN`", defaultText: 'none',
    hint: "The practice's Employer Identification Number, like 12-3456789. Never a Social Security number.",
  }),
  declare({
    key: 'practiceAddress', attribute: 'practice-address', autocomplete: 'street-address', group: 'gfe',
    schema: z.optional(z.string().check(z.minLength(1), z.maxLength(addressRule.max))), default: undefined, rule: addressRule,
    label: 'Office address', meaning: 'the office where sessions take place, one line', defaultText: 'none',
    hint: 'Where sessions take place, on one line.',
  }),
  declare({
    key: 'medicineCode', attribute: 'medicine-code', group: 'gfe',
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'service-code' },
    label: 'Service code for medicine sessions', meaning: 'service code on medicine-session lines', defaultText: 'none (blank on the GFE)',
    hint: 'The CPT code you bill for a medicine session, if any.',
  }),
  declare({
    key: 'sessionCode', attribute: 'session-code', group: 'gfe',
    // Unset: by session length (gfe.ts), 90834 for 38-52 minutes, 90837 for 53 or more.
    schema: z.optional(z.string()), default: undefined, rule: { kind: 'service-code' },
    label: 'Service code for preparation and integration', meaning: 'service code on preparation and integration lines',
    defaultText: 'by length: 90834 (38-52 min), 90837 (53+)', hint: 'Empty: 90834 for 38 to 52 minutes, 90837 for 53 or more.',
  }),
  declare({
    key: 'gfeMonths', attribute: 'gfe-months', group: 'gfe',
    schema: count(gfeMonths), default: 12, rule: gfeMonths,
    label: 'Months one estimate covers', meaning: 'the period of care one Good Faith Estimate covers (1-12)', defaultText: '`12`',
    hint: '1 to 12.',
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
