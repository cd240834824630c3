/**
 * The checks behind every practice setting (src/core/settings.ts declares which setting uses
 * which): each reads the string a therapist typed and either gives the value or says, in words a
 * therapist understands, what would be accepted. No Lit, no DOM.
 */
import { dateTimeFormat } from './intl.js';
import { minorDigits, parseMoney } from './money.js';

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const;
export type UsState = (typeof US_STATES)[number];

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
  if (value.length <= 60) return `"${value}"`;
  // Cut at 57 UTF-16 units, but never between the two halves of an emoji or other astral character.
  const cut = value.slice(0, 57);
  return `"${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}..."`;
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

/**
 * What an email address must look like, for the contact-email setting, the booking form and the
 * WordPress plugin's PHP alike: the pattern zod's `z.email()` checks by default (letters, digits
 * and `_'+-.` before the @, a dotted domain ending in two letters or more). It is written here,
 * not imported from zod, so that widgets without a form need no zod at all.
 */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

export function parseEmail(value: string): FieldResult<string> {
  const email = value.trim();
  return EMAIL_PATTERN.test(email) && email.length <= 254
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

/**
 * Whether a 10-digit NPI's last digit is its check digit: the Luhn algorithm over "80840"
 * (the health industry prefix of the card issuer identifier) followed by the first nine digits.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every second digit of the number with its check digit is doubled; the
    // check digit is last, so counted over the 14 digits without it the doubled ones are the
    // rightmost and every second one from there.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}

export function parseNpi(value: string): FieldResult<string> {
  const npi = value.trim();
  if (!/^\d{10}$/.test(npi)) return fail('Use the 10 digits of your NPI, with no spaces or dashes, like 1234567893.');
  return isValidNpi(npi)
    ? ok(npi)
    : fail('Its last digit does not match the other nine: check the number against your NPI record (NPPES).');
}

/** An EIN, written as the IRS does: two digits, a dash, seven digits. Never a Social Security number. */
export function parseEin(value: string): FieldResult<string> {
  const text = value.trim();
  const digits = text.replace(/-/g, '');
  return /^\d{2}-?\d{7}$/.test(text) && !/^0{9}$/.test(digits)
    ? ok(`${digits.slice(0, 2)}-${digits.slice(2)}`)
    : fail("Use the practice's EIN, two digits, a dash and seven digits, like 12-3456789.");
}

/** Codes that no longer exist and must not appear on an estimate (DOMAIN.md section 2). */
export const DELETED_SERVICE_CODES: ReadonlySet<string> = new Set(['99354', '99355']);

/**
 * A procedure code as a Good Faith Estimate lists it: a CPT code (five digits, or four and a
 * letter for Category II and III, like 0820T) or a HCPCS Level II code (a letter and four digits).
 */
export function parseServiceCode(value: string): FieldResult<string> {
  const code = value.trim().toUpperCase();
  if (DELETED_SERVICE_CODES.has(code)) return fail(`${code} was deleted from CPT in 2023; use the code your payer lists today, like 90837.`);
  return /^(\d{5}|\d{4}[A-Z]|[A-Z]\d{4})$/.test(code)
    ? ok(code)
    : fail('Use a five-character CPT or HCPCS code, like 90837 or 0820T.');
}
