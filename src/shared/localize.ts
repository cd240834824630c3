import type { ReactiveController, ReactiveElement } from 'lit';
import { dateTimeFormat, listFormat, numberFormat } from '../core/intl.js';
import {
  durationText,
  localization,
  packReady,
  screenText,
  type Localization,
  type ScreenText,
} from '../core/localize.js';
import { unwatchLang, watchLang } from './lang-observer.js';

/**
 * What an element of a widget whose texts come in packs (`pack`, its tag) would wait for before
 * it draws, read before it is defined: its own `locale`, else its provider's, else the nearest
 * `lang` (a provider's setting given as a property, or a bad `locale`, it finds out once defined).
 */
export function textsFor(element: Element, pack: string): true | Promise<void> {
  const setting = element.getAttribute('locale') ?? element.closest('kap-practice')?.getAttribute('locale') ?? undefined;
  try {
    return packReady(localization(setting, nearestLang(element)).language, pack);
  } catch {
    return true;
  }
}

/** The nearest `lang` above an element, crossing shadow roots; the page's as a last resort. */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || undefined;
}

/**
 * Every widget's one source of language and formats (in the manner of Shoelace's
 * LocalizeController): the element tells it its `locale` setting once per update, and asks it
 * for words and figures. The rule itself is the core's (core/localize.ts); this adds what
 * needs the page: the nearest `lang`, its changes at run time, and a wait for a language
 * pack that has not arrived, so a widget is never drawn in English and then again in Spanish.
 */
export class LocalizeController implements ReactiveController {
  private current: Localization = localization(undefined, undefined);

  /**
   * @param host The widget.
   * @param pack The name its language packs are registered under (the tag it is defined as
   *   by the loader), or undefined for an element whose words are all inline.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly pack?: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host);
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  /** Decides the language and locales for this update from the widget's `locale` setting and the page. */
  resolve(setting: string | undefined): void {
    this.current = localization(setting, nearestLang(this.host));
  }

  /**
   * Nothing, when the widget can be drawn now; else a promise that settles once its words in
   * its language have arrived or cannot (then it speaks English). Settings are not parsed
   * again and the widget's state is untouched while it waits.
   */
  textsArriving(): Promise<void> | undefined {
    if (!this.pack) return undefined;
    const ready = packReady(this.current.language, this.pack);
    return ready === true ? undefined : ready;
  }

  /** The catalogue language: for choosing words. */
  get language(): Localization['language'] {
    return this.current.language;
  }

  /** For the widget's `lang` attribute. */
  get lang(): string {
    return this.current.lang;
  }

  /** The format locale: numbers, counts, money. */
  get locale(): string {
    return this.current.locale;
  }

  /** Words in the text language, order of the format locale: dates, times, durations, lists. */
  get textLocale(): string {
    return this.current.textLocale;
  }

  /** A widget's words in its language; English where a translation has not arrived. */
  t<T>(text: ScreenText<T>): T {
    return screenText(text, this.current.language);
  }

  /** A count or other plain number ("1,000", "1.000"). */
  count(value: number | Intl.StringNumericLiteral, options?: Intl.NumberFormatOptions): string {
    return this.numberFormat(options).format(value);
  }

  /** A formatter for numbers in the format locale, for their parts. */
  numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    return numberFormat(this.current.locale, options);
  }

  /** A date or time: month and weekday names in the text language, order and clock of the format locale. */
  date(value: Date | number, options: Intl.DateTimeFormatOptions): string {
    return dateTimeFormat(this.current.textLocale, options).format(value);
  }

  /** A formatter for dates and times, for ranges and parts. */
  dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return dateTimeFormat(this.current.textLocale, options);
  }

  /** A session's length, worded one way in every widget ("50 minutes", "3 hours"). */
  duration(minutes: number): string {
    return durationText(minutes, this.current.textLocale);
  }

  /** Names joined the language's way ("WA or OR"). */
  list(items: readonly string[], options: Intl.ListFormatOptions): string {
    return listFormat(this.current.textLocale, options).format(items);
  }
}
