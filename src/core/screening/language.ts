/**
 * The languages screening texts come in. English is always there; Spanish (US) is added per
 * text where DOMAIN.md section 6 gives its exact wording, so a text without a translation
 * falls back to English rather than to improvised words.
 */
export type ScreenLanguage = 'en' | 'es';

/** A text in English and, where an exact translation exists, in other languages. */
export type ScreenText<T> = { readonly en: T } & { readonly [L in Exclude<ScreenLanguage, 'en'>]?: T };

/** The text for a primary language subtag ("es"), or the English one when it has none. */
export function screenText<T>(text: ScreenText<T>, language: string): T {
  return (text as Readonly<Partial<Record<string, T>>>)[language] ?? text.en;
}

/** The language `screenText` gives a text in: the one asked for, or English when it has none. */
export function screenTextLanguage(text: ScreenText<unknown>, language: string): ScreenLanguage {
  return (text as Readonly<Partial<Record<string, unknown>>>)[language] === undefined ? 'en' : (language as ScreenLanguage);
}
