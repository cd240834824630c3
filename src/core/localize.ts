/**
 * Which language a widget speaks and which locale writes its figures, decided here once for
 * every widget and for the core's screening and crisis texts; and where the texts of each
 * language are found, including texts that arrive after the widget (the loader fetches
 * Spanish only where it is read).
 *
 * The rule: words are in the text language, the one we have a catalogue for (English where
 * we have none). Figures follow the format locale: the order of day, month and year, the
 * decimal and grouping marks and the currency format. `locale="de-DE"` on an English page
 * writes "1 March 2027" and "4.810,00 €" in English sentences; a page in French, whose words
 * we do not have, gets English words with the figures of English in the page's region.
 */
import { numberFormat } from './intl.js';

/** The languages the suite speaks, by primary language subtag; English is always complete. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages whose texts may come in a pack of their own. */
export type Translation = Exclude<Language, 'en'>;

/** The locale of a widget that is told nothing: the seed practice is in the US. */
export const DEFAULT_LOCALE = 'en-US';

/** Whether we have words in a language (a primary subtag, "es"). */
export const isLanguage = (language: string): language is Language => (LANGUAGES as readonly string[]).includes(language);

/** What a widget asks before it writes a word or a figure. */
export interface Localization {
  /** The catalogue its words come from. */
  language: Language;
  /** For its `lang` attribute (screen readers, hyphenation): the locale where its words are the locale's. */
  lang: string;
  /** Numbers, counts and money: the format locale as given ("de-DE"). */
  locale: string;
  /** Dates, times, durations, lists and sorting: words of the text language in the format locale's order ("en-DE"). */
  textLocale: string;
}

/** A page's `lang` as a locale. A tag without a region takes the US's: pages in the US say only the language. */
function langLocale(lang: string): Intl.Locale | undefined {
  try {
    const locale = new Intl.Locale(lang);
    // A bare "es" would format money the way Spain does ("4810,00 US$").
    // A page language we have no words for gets English text; its numbers and dates then
    // follow English too, so a sentence never mixes two languages. An explicit `locale`
    // setting (say de-DE for euros) is the practice's choice and is kept as given.
    return new Intl.Locale(isLanguage(locale.language) ? locale.language : 'en', { region: locale.region ?? 'US' });
  } catch {
    return undefined;
  }
}

/**
 * The text language's words in the format locale's order. Chromium has data for English in
 * many regions ("en-DE" writes "1 March 2027", 24-hour times and "2,5 hours"); where it has
 * none it falls back to the bare language, so international English ("en-001", day before
 * month) stands in, closer to most regions than the US order.
 */
function textLocaleFor(language: Language, format: Intl.Locale): string {
  const { calendar, hourCycle, numberingSystem, region } = format;
  const options = { ...(calendar ? { calendar } : {}), ...(hourCycle ? { hourCycle } : {}), ...(numberingSystem ? { numberingSystem } : {}) };
  for (const inRegion of [region, '001']) {
    if (!inRegion) continue;
    const tag = new Intl.Locale(language, { ...options, region: inRegion }).toString();
    if (new Intl.DateTimeFormat(tag).resolvedOptions().locale.startsWith(`${language}-${inRegion}`)) return tag;
  }
  return new Intl.Locale(language, options).toString();
}

const decided = new Map<string, Localization>();

/**
 * The localization of a widget from its `locale` setting (already validated) and the nearest
 * `lang` above it. Widgets ask on every update, so each answer is kept.
 */
export function localization(setting: string | undefined, lang: string | undefined): Localization {
  const key = `${setting ?? ''}|${lang ?? ''}`;
  let answer = decided.get(key);
  if (!answer) {
    const format = (setting ? new Intl.Locale(setting) : lang ? langLocale(lang) : undefined) ?? new Intl.Locale(DEFAULT_LOCALE);
    const locale = format.toString();
    const language = isLanguage(format.language) ? format.language : 'en';
    const own = language === format.language;
    answer = {
      language,
      lang: language === 'en' ? 'en' : own ? locale : language,
      locale,
      textLocale: own ? locale : textLocaleFor(language, format),
    };
    decided.set(key, answer);
  }
  return answer;
}

/**
 * A length of time in words: whole and half hours from an hour and a half on, and whole
 * hours, read better in hours ("3 hours", "1.5 hours", "1 hour"); others in minutes
 * ("50 minutes"). The one way every widget words a session's length.
 */
export function durationText(minutes: number, textLocale: string): string {
  const inHours = minutes % 60 === 0 || (minutes >= 90 && minutes % 30 === 0);
  return numberFormat(textLocale, {
    style: 'unit',
    unit: inHours ? 'hour' : 'minute',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(inHours ? minutes / 60 : minutes);
}

// ---- texts --------------------------------------------------------------------------

/** A text in English and, where its translation has arrived, in other languages. */
export type ScreenText<T> = { readonly en: T } & { readonly [L in Translation]?: T };

/** The text for a primary language subtag ("es"), or the English one when it has none. */
export function screenText<T>(text: ScreenText<T>, language: string): T {
  return (text as Readonly<Partial<Record<string, T>>>)[language] ?? text.en;
}

/** The language `screenText` gives a text in: the one asked for, or English when it has none. */
export function screenTextLanguage(text: ScreenText<unknown>, language: string): Language {
  return (text as Readonly<Partial<Record<string, unknown>>>)[language] === undefined ? 'en' : (language as Language);
}

const translations = new Map<string, unknown>();

/**
 * A text whose English is given here and whose translations are added under `key`, by a
 * language pack that may arrive later: reading `text.es` finds the Spanish once its pack is in.
 */
export function translatable<T>(key: string, en: T): ScreenText<T> {
  const text = { en };
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    Object.defineProperty(text, language, { enumerable: true, get: () => translations.get(`${language}|${key}`) });
  }
  return text as ScreenText<T>;
}

/** A language pack's texts, by the keys their English was made `translatable` under. */
export function addTranslations(language: Translation, texts: Readonly<Record<string, unknown>>): void {
  for (const [key, text] of Object.entries(texts)) translations.set(`${language}|${key}`, text);
}

/** A message is plain text, or a function of the values it mentions. */
export type Message = string | ((...args: never[]) => string);
export type MessageShape = Record<string, Message>;
/** A widget's words: English here, other languages from its language pack. */
export type Catalogue<M extends MessageShape> = ScreenText<M>;

/**
 * The one road every user-facing string takes. Each widget keeps its catalogue beside it
 * (`messages.ts`, English) and its translations in packs (`messages.es.ts`), which add one
 * object of the same shape under the same key: the type checker refuses a translation that
 * misses a key.
 */
export const defineMessages = <M extends MessageShape>(key: string, en: M): Catalogue<M> => translatable(key, en);

const packLoaders = new Map<string, () => Promise<unknown>>();
/** A pack being fetched, or `true` once it is in or has failed: either way nothing more to wait for. */
const packs = new Map<string, Promise<void> | true>();

/**
 * Where a widget's texts in a language come from when they are not built in: the loader's
 * chunks register the pack of each widget they define. Without one, the texts are inline.
 */
export function addPackLoader(language: Translation, pack: string, load: () => Promise<unknown>): void {
  packLoaders.set(`${language}|${pack}`, load);
}

/**
 * `true` when there is nothing to wait for before a widget speaks a language: its texts are
 * here, or cannot be fetched (the widget then speaks English; one warning for the page,
 * however many widgets ask). Otherwise a promise of their arrival.
 */
export function packReady(language: Language, pack: string): true | Promise<void> {
  const key = `${language}|${pack}`;
  const load = packLoaders.get(key);
  if (language === 'en' || !load) return true;
  let ready = packs.get(key);
  if (!ready) {
    ready = load().then(
      () => undefined,
      (error: unknown) => {
        console.warn(`kap-widgets: the ${language} texts of <${pack}> could not be loaded; it is shown in English.`, error);
      },
    ).finally(() => packs.set(key, true));
    packs.set(key, ready);
  }
  return ready;
}
