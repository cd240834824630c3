/**
 * Intl formatters cost tens of microseconds to build and hold no state, and the widgets format
 * on every render (every keystroke in a form): one formatter per kind, locale and options is
 * built once and kept. The options are few and fixed in code, so the cache stays small.
 */
const formatters = new Map<string, unknown>();

function kept<T>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  kept(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  kept(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  kept(`list|${locale}|${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
