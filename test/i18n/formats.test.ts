import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { complete } from '../../src/components/intake-screen/kap-intake-screen.test-harness.js';
import type { KapIntakeScreen } from '../../src/components/intake-screen/kap-intake-screen.js';

/**
 * One rule in every widget: words inside its sentences (month and weekday names, "50 minutes")
 * are in the text language, the figures (order of day, month and year, decimal and grouping
 * marks, the currency format) follow the format locale. Each date, amount and count a widget
 * shows is checked against Intl with the locale it should have used.
 */
interface Case {
  name: string;
  /** The widget's own `locale`, if any. */
  locale?: string;
  /** The `lang` of the section around it; the page's when `page` is true. */
  lang: string;
  page?: boolean;
  /** The locale of numbers, counts and money. */
  figures: string;
  /** The locale of dates and durations: the text language, in the figures' order. */
  words: string;
}

const CASES: Case[] = [
  { name: 'locale="de-DE" on an English page', locale: 'de-DE', lang: 'en', figures: 'de-DE', words: 'en-DE' },
  { name: 'locale="es-MX" on an English page', locale: 'es-MX', lang: 'en', figures: 'es-MX', words: 'es-MX' },
  { name: 'lang="es"', lang: 'es', figures: 'es-US', words: 'es-US' },
  { name: 'a page in French', lang: 'fr', page: true, figures: 'en-US', words: 'en-US' },
];

const ZONE = 'America/Los_Angeles';
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (root: ParentNode, selector: string) => squash(root.querySelector(selector)?.textContent ?? '');
const minutes = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value);
const longDate = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

async function render<E extends HTMLElement>(tag: string, c: Case, attributes: Record<string, string> = {}): Promise<E> {
  const element = document.createElement(tag) as E;
  for (const [name, value] of Object.entries({ ...attributes, ...(c.locale ? { locale: c.locale } : {}) })) {
    element.setAttribute(name, value);
  }
  const section = document.createElement('div');
  if (!c.page) section.lang = c.lang;
  return fixture<E>(element, { parentNode: section });
}

describe('dates, amounts and counts in every widget', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      let pageLang = '';
      beforeEach(() => {
        pageLang = document.documentElement.lang;
        if (c.page) document.documentElement.lang = c.lang;
      });
      afterEach(() => {
        document.documentElement.lang = pageLang;
      });

      it('the timeline: session days, times and lengths', async () => {
        const el = await render<HTMLElement>('kap-process-timeline', c, { 'start-date': '2027-03-01' });
        const root = el.shadowRoot!;
        const dates = [...root.querySelectorAll<HTMLTimeElement>('time[part~="date"]')];
        expect(dates.length).to.be.above(0);
        for (const date of dates) {
          const start = new Date(date.dateTime);
          const day = new Intl.DateTimeFormat(c.words, { weekday: 'short', month: 'short', day: 'numeric', timeZone: ZONE });
          expect(text(date, '.day')).to.equal(day.format(start));
        }
        const first = dates[0]!;
        const hours = new Intl.DateTimeFormat(c.words, { hour: 'numeric', minute: '2-digit', timeZone: ZONE });
        expect(text(first, '.time')).to.contain(squash(hours.formatToParts(new Date(first.dateTime)).map((part) => part.value).join('')).split(' ')[0]!);
        expect(text(root, '[part~="phases"]')).to.contain(minutes(c.words, 50));
      });

      it('the cost estimator: amounts, counts, the printed date and session lengths', async () => {
        const el = await render<LitElement>('kap-cost-estimator', c);
        const root = el.shadowRoot!;
        expect(text(root, '.total-amount')).to.equal(squash(new Intl.NumberFormat(c.figures, { style: 'currency', currency: 'USD' }).format(4810)));
        expect(text(root, '#amounts-in')).to.contain(new Intl.NumberFormat(c.figures).format(1500));
        // The header is dated as printing begins, as a browser signals it.
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        expect(text(root, '[part~="print-header"]')).to.contain(longDate(c.words));
        expect(text(root, '[part~="line-item"]')).to.contain(minutes(c.words, 50));
      });

      it('the booking request: its counts', async () => {
        // The message's length limit, 1,000 characters.
        const el = await render<HTMLElement>('kap-booking-request', c);
        expect(text(el.shadowRoot!, '#message-count')).to.contain(new Intl.NumberFormat(c.figures).format(1000));
      });

      it('the self-check: the printed date', async () => {
        const el = await render<KapIntakeScreen>('kap-intake-screen', c);
        await complete(el, { phq9: [0, 0, 1, 0, 0, 0, 1, 0, 0], gad7: [1, 0, 0, 0, 0, 1, 0] });
        expect(text(el.shadowRoot!, '.print-answers')).to.contain(longDate(c.words));
      });
    });
  }
});
