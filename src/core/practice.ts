/**
 * The practice settings of the public contract (API.md): one zod/mini schema, the seed
 * practice as defaults, and parsing from the attribute strings a therapist types into a page
 * builder. Every rejection names the attribute, the value given and what would be accepted,
 * in words a therapist understands. No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { dateTimeFormat } from './intl.js';
import { MAX_CENTS, minorDigits, parseMoney, toMajorString } from './money.js';

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const;
export type UsState = (typeof US_STATES)[number];

const centsSchema = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const count = ([min, max]: readonly [number, number]) => z.int().check(z.minimum(min), z.maximum(max));

/** The ranges of the count settings: the schema holds values to them, the attribute parsers explain them. */
export const SETTING_RANGES = {
  medicineMinutes: [15, 600],
  sessionMinutes: [15, 240],
  preparationSessions: [0, 10],
  medicineSessions: [1, 12],
  weeks: [1, 52],
  integrationPerMedicine: [0, 4],
} as const;
/** The longest practice name a setting may hold. */
const PRACTICE_NAME_MAX = 120;

/** The settings every widget resolves, with money already in minor units. */
export const practiceSettingsSchema = z.object({
  practiceName: z.string().check(z.minLength(1), z.maxLength(PRACTICE_NAME_MAX)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** Unset: the nearest `lang`, else en-US (resolved by the element, which sees the page). */
  locale: z.optional(z.string().check(z.minLength(2))),
  medicineFeeCents: centsSchema,
  medicineMinutes: count(SETTING_RANGES.medicineMinutes),
  sessionFeeCents: centsSchema,
  sessionMinutes: count(SETTING_RANGES.sessionMinutes),
  preparationSessions: count(SETTING_RANGES.preparationSessions),
  medicineSessions: count(SETTING_RANGES.medicineSessions),
  weeks: count(SETTING_RANGES.weeks),
  integrationPerMedicine: count(SETTING_RANGES.integrationPerMedicine),
  serviceArea: z.array(z.enum(US_STATES)).check(z.minLength(1)),
  bookingEndpoint: z.optional(z.string()),
  contactEmail: z.optional(z.email()),
  contactPhone: z.optional(z.string()),
  privacyPolicyUrl: z.optional(z.string()),
  timezone: z.string().check(z.minLength(1)),
});

export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;
export type SettingKey = keyof PracticeSettings;

/** The practice of the seed page: a Washington State therapist's KAP protocol and rates. */
export const DEFAULT_PRACTICE: Readonly<PracticeSettings> = Object.freeze<PracticeSettings>({
  practiceName: 'Ketamine-Assisted Psychotherapy',
  currency: 'USD',
  locale: undefined,
  medicineFeeCents: 55_500,
  medicineMinutes: 180,
  sessionFeeCents: 18_500,
  sessionMinutes: 50,
  preparationSessions: 2,
  medicineSessions: 6,
  weeks: 3,
  integrationPerMedicine: 1,
  serviceArea: ['WA'],
  bookingEndpoint: undefined,
  contactEmail: undefined,
  contactPhone: undefined,
  privacyPolicyUrl: undefined,
  timezone: 'America/Los_Angeles',
});

/** One problem with one setting, as the error panel and `kap-config-error` report it. */
export interface SettingIssue {
  attribute: string;
  value: string;
  message: string;
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(message: string): FieldResult<T> => ({ ok: false, message });

/** Shows a value inside a message without letting a 10,000-character paste swamp it. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `"${shown}"`;
}

export function issueMessage(attribute: string, value: string, accepted: string): string {
  return `${attribute}=${quoteValue(value)} can't be used. ${accepted}`;
}

/** Whole numbers in a range, written with digits only ("6", not "6.0", "six" or "1e1"). */
export function parseCount(value: string, min: number, max: number, what: string): FieldResult<number> {
  const text = value.trim();
  const accepted = `Use a whole number of ${what} from ${min} to ${max}, like ${Math.min(max, Math.max(min, 2))}.`;
  if (!/^\d{1,4}$/.test(text)) return fail(accepted);
  const n = Number(text);
  return n >= min && n <= max ? ok(n) : fail(accepted);
}

const moneyExample = (currency: string) =>
  minorDigits(currency) === 0 ? 'like 555' : `like 555 or 555.50`;

export function parseMoneySetting(value: string, currency: string): FieldResult<number> {
  const parsed = parseMoney(value, currency);
  if (parsed.ok) return ok(parsed.cents);
  const digits = minorDigits(currency);
  const decimals = digits === 0 ? 'no decimals' : `up to ${digits} decimals after a point`;
  return fail(
    `Write the amount in ${currency} with digits only, ${decimals}, and no currency sign, ` +
      `comma or minus, ${moneyExample(currency)}.`,
  );
}

let knownCurrencies: Set<string> | undefined;
export function parseCurrency(value: string): FieldResult<string> {
  const code = value.trim().toUpperCase();
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code)
    ? ok(code)
    : fail('Use a three-letter ISO 4217 currency code, like USD, CAD or EUR.');
}

export function parseLocale(value: string): FieldResult<string> {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim());
    if (canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0) return ok(canonical);
  } catch {
    // RangeError: not a well-formed language tag; reported below in plain words.
  }
  return fail('Use a language tag, like en-US or es-US.');
}

export function parseTimeZone(value: string): FieldResult<string> {
  const zone = value.trim();
  try {
    if (zone) return ok(dateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);
  } catch {
    // RangeError: unknown zone; reported below.
  }
  return fail('Use a time zone name from the IANA list, like America/Los_Angeles or America/New_York.');
}

export function parseText(value: string, max: number): FieldResult<string> {
  const text = value.trim();
  if (text === '') return fail('Write some text here, or remove the attribute to use the default.');
  if (text.length > max) return fail(`Keep it to ${max} characters or fewer.`);
  return ok(text);
}

export function parseStates(value: string): FieldResult<UsState[]> {
  const codes = value.toUpperCase().split(/[\s,]+/).filter(Boolean);
  const known = new Set<string>(US_STATES);
  const states = codes.filter((code): code is UsState => known.has(code));
  return codes.length > 0 && states.length === codes.length
    ? ok([...new Set(states)])
    : fail('Use two-letter US state codes separated by spaces, like WA or WA OR.');
}

export function parseEmail(value: string): FieldResult<string> {
  const email = value.trim();
  return z.email().safeParse(email).success && email.length <= 254
    ? ok(email)
    : fail('Use an email address, like hello@example.com.');
}

export function parsePhone(value: string): FieldResult<string> {
  const phone = value.trim();
  const digits = phone.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(phone) && digits.length >= 7 && digits.length <= 15
    ? ok(phone)
    : fail('Use a phone number with digits, spaces and dashes, like 206-555-0100 or +1 206 555 0100.');
}

export type UrlKind = 'http' | 'link';

/**
 * URLs a setting may hold: http(s) always; `mailto:` and `tel:` only where a link makes sense
 * (`kind: 'link'`). Anything else, `javascript:` above all, is a settings error.
 */
export function parseUrl(value: string, kind: UrlKind, baseUrl?: string): FieldResult<string> {
  const text = value.trim();
  const accepted =
    kind === 'http'
      ? 'Use a full web address that starts with https://.'
      : 'Use a full web address that starts with https://, or a mailto: or tel: link.';
  let url: URL;
  try {
    // A path like "/api/booking" is read against the page's address when one is given.
    url = baseUrl && text.startsWith('/') && !text.startsWith('//') ? new URL(text, baseUrl) : new URL(text);
  } catch {
    return fail(accepted);
  }
  const allowed = kind === 'http' ? ['https:', 'http:'] : ['https:', 'http:', 'mailto:', 'tel:'];
  if (!allowed.includes(url.protocol)) return fail(accepted);
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return fail(accepted);
  return ok(url.href);
}

/** What a field's parser may need beyond its own string. */
export interface ParseContext {
  /** The currency the fees are written in: the element's own, else its provider's. */
  currency: string;
  /** The page's address, against which a URL setting that starts with "/" is read. */
  baseUrl?: string;
}

type ParseFn = (value: string, context: ParseContext) => FieldResult<unknown>;

interface SettingField {
  key: SettingKey;
  attribute: string;
  parse: ParseFn;
}

/**
 * The attributes of API.md in the order they are read: currency comes before the fees,
 * because it decides how many decimals a fee may have.
 */
export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'practiceName', attribute: 'practice-name', parse: (v) => parseText(v, PRACTICE_NAME_MAX) },
  { key: 'currency', attribute: 'currency', parse: parseCurrency },
  { key: 'locale', attribute: 'locale', parse: parseLocale },
  {
    key: 'medicineFeeCents',
    attribute: 'medicine-fee',
    parse: (v, c) => parseMoneySetting(v, c.currency),
  },
  { key: 'medicineMinutes', attribute: 'medicine-minutes', parse: (v) => parseCount(v, ...SETTING_RANGES.medicineMinutes, 'minutes') },
  {
    key: 'sessionFeeCents',
    attribute: 'session-fee',
    parse: (v, c) => parseMoneySetting(v, c.currency),
  },
  { key: 'sessionMinutes', attribute: 'session-minutes', parse: (v) => parseCount(v, ...SETTING_RANGES.sessionMinutes, 'minutes') },
  {
    key: 'preparationSessions',
    attribute: 'preparation-sessions',
    parse: (v) => parseCount(v, ...SETTING_RANGES.preparationSessions, 'sessions'),
  },
  { key: 'medicineSessions', attribute: 'medicine-sessions', parse: (v) => parseCount(v, ...SETTING_RANGES.medicineSessions, 'sessions') },
  { key: 'weeks', attribute: 'weeks', parse: (v) => parseCount(v, ...SETTING_RANGES.weeks, 'weeks') },
  {
    key: 'integrationPerMedicine',
    attribute: 'integration-per-medicine',
    parse: (v) => parseCount(v, ...SETTING_RANGES.integrationPerMedicine, 'sessions'),
  },
  { key: 'serviceArea', attribute: 'service-area', parse: parseStates },
  { key: 'bookingEndpoint', attribute: 'booking-endpoint', parse: (v, c) => parseUrl(v, 'http', c.baseUrl) },
  { key: 'contactEmail', attribute: 'contact-email', parse: parseEmail },
  { key: 'contactPhone', attribute: 'contact-phone', parse: parsePhone },
  { key: 'privacyPolicyUrl', attribute: 'privacy-policy-url', parse: (v, c) => parseUrl(v, 'http', c.baseUrl) },
  { key: 'timezone', attribute: 'timezone', parse: parseTimeZone },
];

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
  for (const field of SETTING_FIELDS) {
    const raw = attributes[field.attribute];
    if (raw === null || raw === undefined) continue;
    const currency = (values['currency'] as string | undefined) ?? options.inheritedCurrency ?? DEFAULT_PRACTICE.currency;
    const context: ParseContext = options.baseUrl ? { currency, baseUrl: options.baseUrl } : { currency };
    const parsed = field.parse(raw, context);
    if (parsed.ok) values[field.key] = parsed.value;
    else issues.push({ attribute: field.attribute, value: raw, message: issueMessage(field.attribute, raw, parsed.message) });
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
  for (const field of SETTING_FIELDS) {
    const value = settings[field.key];
    if (value === undefined) continue;
    if (field.key === 'medicineFeeCents' || field.key === 'sessionFeeCents') {
      out[field.attribute] = toMajorString(value as number, currency);
    } else if (Array.isArray(value)) {
      out[field.attribute] = value.join(' ');
    } else {
      out[field.attribute] = String(value);
    }
  }
  return out;
}
