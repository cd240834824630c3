/**
 * Reading what a visitor types into the estimator's fields. Visitors type "2", " 2 ", "2.5",
 * "-1", "1e9", "$1,500.00", "1.500,00 €", "７０%" or paste a sentence: each reading is either a
 * value to use, a value adjusted into range with the reason, or no value with the reason.
 * Pure functions, so every case is tested without a page.
 */
import { numberFormat } from '../../core/intl.js';
import { MAX_CENTS, parseMoney } from '../../core/money.js';

type Adjustment = 'rounded' | 'below-min' | 'above-max';
type Rejection = 'not-a-number' | 'too-many-decimals';

export type FieldReading =
  | { status: 'ok'; value: number }
  | { status: 'adjusted'; value: number; reason: Adjustment }
  | { status: 'invalid'; reason: Rejection }
  | { status: 'empty' };

interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
}

function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/**
 * A decimal number as digit strings, whichever of "." and "," the visitor's habit uses:
 * with both, the last one is the decimal point; one that repeats groups thousands; a single
 * one is a thousands separator only where the locale groups with it and three digits follow
 * ("1.500" in de-DE, "1,500" in en-US). Full-width digits count; currency signs, spaces and
 * a trailing "%" are ignored; anything else makes it not a number.
 */
function readDecimal(text: string, locale: string): Decimal | 'empty' | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\s'’]/g, '')
    .replace(/\p{Sc}/gu, '')
    .replace(/%$/, '');
  if (cleaned === '') return 'empty';
  const match = /^([-−+]?)(\d[\d.,]*|[.,]\d+)$/u.exec(cleaned);
  if (!match) return null;
  const sign = match[1] ?? '';
  // "1500." is on its way to "1500.50": read it as the whole number typed so far.
  const body = (match[2] ?? '').replace(/(\d)[.,]$/, '$1');
  if (/[.,]$/.test(body) || /[.,]{2}/.test(body)) return null;
  const decimalAt = decimalPointIndex(body, locale);
  const whole = (decimalAt < 0 ? body : body.slice(0, decimalAt)).replace(/[.,]/g, '');
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + 1);
  if (/[.,]/.test(fraction)) return null;
  return { negative: sign === '-' || sign === '−', whole: whole === '' ? '0' : whole, fraction };
}

function decimalPointIndex(body: string, locale: string): number {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return Math.max(lastDot, lastComma);
  const at = Math.max(lastDot, lastComma);
  if (at < 0) return -1;
  const mark = body[at] ?? '';
  if (body.indexOf(mark) !== at) return -1;
  const { decimal, group } = separatorsOf(locale);
  // Where the locale groups with neither mark (a space in fr-FR), the one that is not its
  // decimal point can only be grouping.
  const groupsThousands = mark === group || (mark !== decimal && group !== '.' && group !== ',');
  return groupsThousands && body.length - at - 1 === 3 ? -1 : at;
}

/** Whole numbers such as session counts and percentages: rounded and clamped into range. */
export function readWholeNumber(text: string, min: number, max: number, locale: string): FieldReading {
  const decimal = readDecimal(text, locale);
  if (decimal === 'empty') return { status: 'empty' };
  if (decimal === null) return { status: 'invalid', reason: 'not-a-number' };
  const digits = decimal.whole.replace(/^0+(?=\d)/, '');
  // Beyond any range here: compare lengths rather than trust a 30-digit Number.
  let value = digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits);
  let reason: Adjustment | undefined;
  if (/[1-9]/.test(decimal.fraction)) {
    if ((decimal.fraction[0] ?? '0') >= '5') value += 1;
    reason = 'rounded';
  }
  if (decimal.negative && value !== 0) value = -value;
  if (value < min) return { status: 'adjusted', value: min, reason: 'below-min' };
  if (value > max) return { status: 'adjusted', value: max, reason: 'above-max' };
  return reason ? { status: 'adjusted', value, reason } : { status: 'ok', value };
}

/** An amount of money in minor units: exact digits, never rounded; clamped at 0 and the cap. */
export function readAmount(text: string, currency: string, locale: string): FieldReading {
  const decimal = readDecimal(text, locale);
  if (decimal === 'empty') return { status: 'empty' };
  if (decimal === null) return { status: 'invalid', reason: 'not-a-number' };
  // Now plain digits and a point, which parseMoney reads as it reads a fee; zeros at the end
  // of the fraction change nothing, so "30000.00" yen is whole.
  const fraction = decimal.fraction.replace(/0+$/, '');
  const money = parseMoney(fraction === '' ? decimal.whole : `${decimal.whole}.${fraction}`, currency);
  if (!money.ok && money.reason !== 'too-large') {
    return { status: 'invalid', reason: money.reason === 'too-many-decimals' ? 'too-many-decimals' : 'not-a-number' };
  }
  if (decimal.negative && !(money.ok && money.cents === 0)) return { status: 'adjusted', value: 0, reason: 'below-min' };
  return money.ok ? { status: 'ok', value: money.cents } : { status: 'adjusted', value: MAX_CENTS, reason: 'above-max' };
}
