/**
 * The one road every user-facing string takes. Each widget keeps its catalogue beside it
 * (`messages.ts`), English first; another language is one more object of the same shape, and
 * the type checker refuses a translation that misses a key.
 */

/** A message is plain text, or a function of the values it mentions. */
export type Message = string | ((...args: never[]) => string);
export type MessageShape = Record<string, Message>;

/** Languages a catalogue may carry, by their primary language subtag. */
export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

export type Catalogue<M extends MessageShape> = { en: M } & Partial<Record<Exclude<Language, 'en'>, M>>;

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
  const language = languageOf(locale);
  return (language !== 'en' && (catalogue as Partial<Record<string, M>>)[language]) || catalogue.en;
}
