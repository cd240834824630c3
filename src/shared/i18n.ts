/**
 * The one road every user-facing string takes. Each widget keeps its catalogue beside it
 * (`messages.ts`), English first; another language is one more object of the same shape, and
 * the type checker refuses a translation that misses a key.
 */
import { screenText, type ScreenLanguage, type ScreenText } from '../core/screening/language.js';

/** A message is plain text, or a function of the values it mentions. */
export type Message = string | ((...args: never[]) => string);
export type MessageShape = Record<string, Message>;

/** Languages a catalogue may carry, by their primary language subtag: the screening texts' own. */
export type Language = ScreenLanguage;
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** Whether we have words in a language (a primary subtag, "es"). */
export const isLanguage = (language: string): language is Language => (LANGUAGES as readonly string[]).includes(language);

export type Catalogue<M extends MessageShape> = ScreenText<M>;

/** A catalogue from its English text and any translations of the same keys. */
export function defineMessages<M extends MessageShape>(
  en: M,
  translations: Partial<Record<Exclude<Language, 'en'>, M>> = {},
): Catalogue<M> {
  return { en, ...translations };
}

/** The primary language of a BCP 47 tag: "es-US" -> "es". */
export function languageOf(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? 'en';
}

/** The messages for a locale; an unknown language falls back to English. */
export function pickMessages<M extends MessageShape>(catalogue: Catalogue<M>, locale: string): M {
  return screenText(catalogue, languageOf(locale));
}
