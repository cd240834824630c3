/**
 * Money as integer minor units (cents for USD, yen for JPY). No float ever holds an amount:
 * parsing works on the digits of the string, and formatting hands Intl an exact decimal
 * string rather than `cents / 100`.
 */

import { numberFormat } from './intl.js';

/** An amount in the currency's minor unit: always a safe, non-negative-or-negative integer. */
export type Cents = number;

/** How many minor-unit digits a currency has (USD 2, JPY 0, BHD 3), as Intl knows it. */
export function minorDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type MoneyParse =
  | { ok: true; cents: Cents }
  | { ok: false; reason: 'empty' | 'format' | 'too-many-decimals' | 'too-large' };

/** Largest amount a setting may hold: a billion minor units keeps every sum a safe integer. */
export const MAX_CENTS = 1_000_000_000;

/**
 * Reads an amount written in major units ("555", "555.5", "555.50") into minor units.
 * Rejects signs, exponents, thousands separators, decimal commas and more decimals than
 * the currency has: a therapist's typo must never become a different price.
 */
export function parseMoney(value: string, currency = 'USD'): MoneyParse {
  const text = value.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, reason: 'too-many-decimals' };
  if (whole.replace(/^0+/, '').length > 12) return { ok: false, reason: 'too-large' };
  const cents = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, reason: 'too-large' };
  return { ok: true, cents };
}

/** The exact decimal string of an amount in major units: 55550 USD -> "555.50". */
export function toMajorString(cents: Cents, currency = 'USD'): string {
  assertCents(cents);
  const digits = minorDigits(currency);
  const sign = cents < 0 ? '-' : '';
  const abs = String(Math.abs(cents)).padStart(digits + 1, '0');
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Formats minor units for people, in the practice's currency and locale ("$4,810.00", "4.810,00 €"). */
export function formatMoney(cents: Cents, currency: string, locale: string): string {
  // Intl reads a numeric string as an exact decimal, so no binary fraction is ever involved.
  return numberFormat(locale, { style: 'currency', currency }).format(toMajorString(cents, currency) as Intl.StringNumericLiteral);
}

/** Throws in development paths only when a non-integer slips into money arithmetic. */
export function assertCents(value: number): asserts value is Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Money must be an integer number of minor units, got ${value}`);
  }
}

/** Sums minor units, refusing anything that is not an integer. */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) {
    assertCents(value);
    total += value;
  }
  assertCents(total);
  return total;
}

/**
 * Multiplies an amount by a whole-number percentage and rounds half up to the minor unit.
 * The one rounding rule of the pricing core: integer arithmetic, so 70% of 12000 is 8400.
 */
export function percentOf(cents: Cents, percent: number): Cents {
  assertCents(cents);
  assertCents(percent);
  const product = cents * percent;
  const rounded = Math.floor((product + 50) / 100);
  return product >= 0 ? rounded : -Math.floor((-product + 50) / 100);
}
