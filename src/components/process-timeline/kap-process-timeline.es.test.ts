import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { TemplateResult } from 'lit';
import './define.js';
import './messages.es.js';
import type { KapProcessTimeline } from './kap-process-timeline.js';
import { timelineMessages, type TimelineMessages } from './messages.js';
import { addCalendarDays, weekdayOf, type DayOfWeek, type IsoDate, type SessionKind } from '../../core/schedule.js';
import { todayIn } from '../../core/today.js';
import { sharedMessages } from '../../shared/messages.js';
import { quietly } from '../../../test/helpers/console.js';
import { catalogueTexts, type FunctionKeys } from '../../../test/i18n/helpers.js';
import {
  inLang,
  openEveryPhase,
  part,
  parts,
  regionOf,
  root,
  textOf,
  toggles,
  userFacingText,
} from './kap-process-timeline.test-harness.js';

const { en } = timelineMessages;
const es = timelineMessages.es!;
type Key = keyof TimelineMessages;
type FunctionKey = FunctionKeys<TimelineMessages>;

const ZONE = 'America/Los_Angeles';

/** The first `day` of the week on or after `date`. */
function firstOnOrAfter(date: IsoDate, day: DayOfWeek): IsoDate {
  let candidate = date;
  while (weekdayOf(candidate) !== day) candidate = addCalendarDays(candidate, 1);
  return candidate;
}

// Next year's first Monday of March: always ahead of today, so these tests never rot.
const YEAR = Number(todayIn(ZONE).slice(0, 4)) + 1;
const START = firstOnOrAfter(`${YEAR}-03-01`, 'mon');
// The US moves its clocks forward on the second Sunday of March.
const CLOCKS_FORWARD = firstOnOrAfter(`${YEAR}-03-08`, 'sun');
// From a Monday start: the Friday of the first integration session and the Thursday of the
// third medicine session, which push the series into a fourth week and its integration later.
const CLOSED = `${addCalendarDays(START, 11)} ${addCalendarDays(START, 17)}`;
const dayOfMonth = (date: IsoDate) => Number(date.slice(8));

/** Stands for whatever a message is given (a date, a duration): never a word of either language. */
const MARK = '\u0001';
const KINDS: readonly SessionKind[] = ['preparation', 'medicine', 'integration'];

/** Every text a function message can produce, called as the widget calls it (a record, so a new key must be listed). */
function calls(m: TimelineMessages): Record<FunctionKey, string[]> {
  return {
    preparationMeta: [m.preparationMeta(1, MARK), m.preparationMeta(2, MARK)],
    medicineMeta: [m.medicineMeta(1, 1, MARK), m.medicineMeta(6, 3, MARK)],
    medicineBody: [m.medicineBody(MARK)],
    integrationMeta: [m.integrationMeta(1, MARK), m.integrationMeta(2, MARK)],
    planIntro: [m.planIntro(MARK)],
    planSummary: [m.planSummary(1, MARK, MARK), m.planSummary(14, MARK, MARK)],
    timeZoneNote: [m.timeZoneNote(MARK)],
    weekTitle: [m.weekTitle(2)],
    sessionLabel: KINDS.map((kind) => m.sessionLabel(kind, 1, 6)),
    startUnreadable: [m.startUnreadable(MARK)],
    startPassedPicker: [m.startPassedPicker(MARK)],
    startPassed: [m.startPassed(MARK)],
    warnStartMoved: [m.warnStartMoved(MARK, MARK)],
    warnSeriesClosed: [m.warnSeriesClosed(3, 4)],
    warnSeriesDays: [m.warnSeriesDays(1, 2), m.warnSeriesDays(3, 4)],
    warnIntegration: [m.warnIntegration(2, MARK, 72)],
    warnTimeSkipped: [m.warnTimeSkipped(MARK, MARK)],
    icsSummary: [m.icsSummary(MARK, MARK)],
  };
}

const texts = (m: TimelineMessages): Record<Key, string[]> => catalogueTexts(m, calls(m));

/** The fixed words of a message's texts, without what it was given. */
const fixedWords = (all: string[]) => all.flatMap((text) => text.split(/[\u0001\d]+/)).map((piece) => piece.trim());

const englishTexts = texts(en);
const spanishTexts = texts(es);

/** English text that must not appear in Spanish: pieces the Spanish message of the same key does not share. */
const englishFragments: string[] = (Object.keys(en) as Key[]).flatMap((key) => {
  const shared = new Set(fixedWords(spanishTexts[key]));
  return fixedWords(englishTexts[key]).filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4 && !shared.has(piece));
});

/**
 * Common English words, whole: what the catalogue comparison could miss, such as a literal in
 * the template or a date formatted in English. Month and weekday abbreviations that Spanish
 * shares ("mar", "may", "jun", "jul", "oct", "nov") are left out.
 */
const ENGLISH_WORDS = new RegExp(
  `(?<!\\p{L})(${[
    'the', 'your', 'you', 'session', 'sessions', 'week', 'weeks', 'calendar', 'preparation', 'medicine',
    'integration', 'ongoing', 'consultation', 'minutes', 'hours', 'hour', 'each', 'about', 'after', 'before',
    'with', 'and', 'from', 'please', 'note', 'date', 'dates', 'start', 'starts', 'time', 'times', 'day', 'days',
    'ride', 'home', 'free', 'call', 'here', 'first', 'add', 'treatment', 'timeline', 'Pacific',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
    'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'Jan', 'Apr', 'Aug', 'Dec',
  ].join('|')})(?!\\p{L})`,
  'iu',
);
/** English clock markers; es-US writes "a.m." and "p.m.". */
const ENGLISH_CLOCK = /(?<!\p{L})(AM|PM)(?!\p{L})/u;

function expectNoEnglish(text: string, where: string) {
  for (const fragment of englishFragments) {
    expect(text, `${where}: English "${fragment}"`).not.to.contain(fragment);
  }
  expect(ENGLISH_WORDS.exec(text)?.[0], `${where}: an English word`).to.equal(undefined);
  expect(ENGLISH_CLOCK.exec(text)?.[0], `${where}: an English time`).to.equal(undefined);
}

const SHORT_DAY = /(lun|mar|mié|jue|vie|sáb|dom), \d{1,2} de (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/;

/** Clicks on download links are recorded instead of followed. */
async function download(run: () => Promise<void>): Promise<{ href: string; download: string }[]> {
  const clicked: { href: string; download: string }[] = [];
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  };
  try {
    await run();
  } finally {
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return clicked;
}

describe('<kap-process-timeline> Spanish catalogue', () => {
  it('translates every key, with nothing empty and nothing left in English', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en) as Key[]) {
      const spanish = fixedWords(spanishTexts[key]);
      const english = fixedWords(englishTexts[key]);
      expect(spanishTexts[key].join('').replaceAll(MARK, '').trim(), key).not.to.equal('');
      // Only the calendar summary, "label · practice", has no words of its own to translate.
      if (english.some((piece) => /\p{L}/u.test(piece))) expect(spanish.join(' '), key).not.to.equal(english.join(' '));
    }
  });

  it('keeps the facts of the seed page in the phase explanations', () => {
    expect(es.integrationBody).to.contain('entre 24 y 48 horas');
    expect(es.integrationMeta(1, '50 minutos')).to.contain('entre 24 y 48 horas');
    expect(es.consultationBodyMore).to.contain('Su terapeuta no receta');
    expect(es.medicineBodyMore).to.contain('alguien le lleve a casa');
    expect(es.medicineTitle).to.equal('Sesiones con ketamina');
    expect(es.sessionLabel('medicine', 2, 6)).to.equal('Sesión con ketamina 2 de 6');
    expect(es.preparationMeta(1, '50 minutos')).to.equal('1 sesión de 50 minutos');
    expect(es.medicineMeta(6, 3, '3 horas')).to.equal('6 sesiones en 3 semanas, de alrededor de 3 horas cada\u00a0una');
  });
});

describe('<kap-process-timeline> in Spanish', () => {
  describe('leaves no English in any state a visitor can reach', () => {
    it('in the phases, each one open, with the current one marked', async () => {
      /** A Spanish page's phases, every explanation open, checked for English; their text for more checks. */
      const readPhases = async (template: TemplateResult, where: string) => {
        const { el } = await inLang('es', template);
        await openEveryPhase(el);
        const text = userFacingText(el);
        expectNoEnglish(text, where);
        return { el, text };
      };
      const { el, text } = await readPhases(html`<kap-process-timeline current-phase="preparation"></kap-process-timeline>`, 'phases');
      expect(text).to.contain('Usted está aquí');
      // Whitespace is collapsed here, the no-break space in "cada una" too.
      expect(text).to.contain('2 sesiones de 50 minutos cada una');
      expect(text).to.contain('6 sesiones en 3 semanas, de alrededor de 3 horas cada una');
      expect(text).to.contain('Cada sesión dura alrededor de 3 horas');
      expect(part(el, 'phases')!.getAttribute('aria-label')).to.equal(es.phasesLabel);

      const small = await readPhases(
        html`<kap-process-timeline preparation-sessions="1" medicine-sessions="1" weeks="1" medicine-minutes="90" integration-per-medicine="2"></kap-process-timeline>`,
        'a one-session practice',
      );
      expect(small.text).to.contain('1 sesión de 50 minutos');
      expect(small.text).to.contain('1 sesión en 1 semana, de alrededor de 1.5 horas');
      expect(small.text).to.contain('2 después de cada sesión con ketamina');
    });

    it('in a dated plan with closed days and every kind of note', async () => {
      const { el } = await inLang(
        'es',
        html`<kap-process-timeline start-date=${START} closed-dates=${CLOSED} practice-name="Consultorio Serena"></kap-process-timeline>`,
      );
      const text = userFacingText(el);
      expectNoEnglish(text, 'plan with closed days');
      expect(text).to.contain(`Si empieza el lunes, ${dayOfMonth(START)} de marzo de ${YEAR}`);
      expect(text).to.contain('Los horarios están en hora del Pacífico.');
      expect(text).to.contain('Agregar al calendario');
      expect(text).to.contain('Tenga en cuenta');
      const warnings = parts(el, 'warning').map(textOf);
      expect(warnings).to.include(es.warnSeriesClosed(3, 4));
      expect(warnings.some((w) => w.startsWith('La sesión de integración que sigue a la sesión con ketamina'))).to.equal(true);
      expect(parts(el, 'week-title').map(textOf).every((title, i) => title.startsWith(`Semana ${i + 1} `))).to.equal(true);
      for (const date of parts(el, 'date')) expect(textOf(date)).to.match(SHORT_DAY);

      const notes = [
        // A Saturday start: the first session moves to Monday.
        html`<kap-process-timeline start-date=${addCalendarDays(START, -2)}></kap-process-timeline>`,
        // Sundays only, at a time the clocks skip: the series runs longer and one session starts later.
        html`<kap-process-timeline start-date=${CLOCKS_FORWARD} preparation-sessions="0" session-days="sun" session-time="2:30"></kap-process-timeline>`,
        // Friday's integration waits for Monday.
        html`<kap-process-timeline start-date=${START} session-days="tue fri"></kap-process-timeline>`,
      ];
      const seen: string[] = [];
      for (const template of notes) {
        const { el: other } = await inLang('es', template);
        const otherText = userFacingText(other);
        expectNoEnglish(otherText, textOf(part(other, 'warnings')));
        seen.push(...parts(other, 'warning').map(textOf));
      }
      const all = seen.join('\n');
      expect(all).to.match(/La primera sesión no puede ser el sábado, \d+ de (febrero|marzo), así que el plan empieza el lunes, \d+ de marzo\./);
      expect(all).to.match(/Como el domingo, \d+ de marzo se adelantan los relojes, esa sesión empieza a las 3:30 a\.m\., porque/);
      expect(all).to.contain('Hay más sesiones con ketamina que días de sesión en 3 semanas, así que la serie se extiende a 6 semanas.');
      expect(all).to.match(/queda para el lunes, \d+ de marzo, 72 horas después de esa sesión/);
    });

    it('in the date field and in each message about the date', async () => {
      const { el } = await inLang('es', html`<kap-process-timeline date-picker></kap-process-timeline>`);
      const input = part(el, 'date-input') as HTMLInputElement;
      const views = [{ where: 'empty field', text: userFacingText(el) }];
      const enter = async (where: string, value: string, event: 'change' | 'blur') => {
        input.value = value;
        input.dispatchEvent(new Event(event));
        await el.updateComplete;
        views.push({ where, text: userFacingText(el) });
      };
      expect(textOf(root(el).querySelector(`label[for="${input.id}"]`))).to.equal('Fecha de la primera sesión');
      await enter('a date', START, 'change');
      expect(parts(el, 'session')).to.have.length(14);
      await enter('a date that has passed', addCalendarDays(todayIn(ZONE), -3), 'change');
      expect(textOf(part(el, 'message'))).to.match(/^El \p{L}+, \d+ de \p{L}+ de \d{4} ya pasó\. Por favor, elija hoy o una fecha posterior\.$/u);
      // What Chrome reports for a year left half-typed, once the visitor leaves the field.
      await enter('half a date', '0020-03-01', 'blur');
      expect(textOf(part(el, 'message'))).to.equal(es.startUnreadablePicker);
      for (const view of views) expectNoEnglish(view.text, view.where);

      const { el: unreadable } = await inLang('es', html`<kap-process-timeline start-date="03/01/2049"></kap-process-timeline>`);
      expect(textOf(part(unreadable, 'message'))).to.equal(es.startUnreadable('03/01/2049'));
      expectNoEnglish(userFacingText(unreadable), 'an unreadable start-date');
      const { el: past } = await inLang('es', html`<kap-process-timeline start-date="2020-01-06"></kap-process-timeline>`);
      expect(textOf(part(past, 'message'))).to.equal(es.startPassed('lunes, 6 de enero de 2020'));
      expectNoEnglish(userFacingText(past), 'a start-date that has passed');
    });

    it('in the title of the settings panel', async () => {
      const { el } = await quietly(() => inLang('es', html`<kap-process-timeline weeks="0"></kap-process-timeline>`));
      expect(textOf(part(el, 'error')!.querySelector('h2'))).to.equal(`Etapas del tratamiento: ${sharedMessages.es!.configErrorTitle}`);
    });
  });

  it('downloads a calendar file in Spanish', async () => {
    const { el } = await inLang(
      'es',
      html`<kap-process-timeline start-date=${START} practice-name="Consultorio Serena"></kap-process-timeline>`,
    );
    const clicked = await download(async () => {
      (part(el, 'calendar-button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
    });
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('plan-de-tratamiento.ics');
    const file = await (await fetch(clicked[0]!.href)).text();
    const events = new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).to.have.length(14);
    expect(events.slice(0, 4).map((e) => e.summary)).to.deep.equal([
      'Sesión de preparación 1 de 2 · Consultorio Serena',
      'Sesión de preparación 2 de 2 · Consultorio Serena',
      'Sesión con ketamina 1 de 6 · Consultorio Serena',
      'Sesión de integración 1 de 6 · Consultorio Serena',
    ]);
    expect(events[2]!.description).to.equal(`${es.icsMedicine}\n${es.icsProposed}`);
    expect(events[3]!.description).to.equal(`${es.icsIntegration}\n${es.icsProposed}`);
    // The same sessions the visitor sees.
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).to.deep.equal(parts(el, 'date').map((d) => d.getAttribute('datetime')));
    for (const event of events) expectNoEnglish(`${event.summary}\n${event.description}`, `calendar: ${event.summary}`);
  });

  it('keeps the date the visitor typed and the open phase when the page switches from English to Spanish', async () => {
    const { section, el } = await inLang('en', html`<kap-process-timeline date-picker></kap-process-timeline>`);
    const input = part(el, 'date-input') as HTMLInputElement;
    input.focus();
    const [year, month, day] = START.split('-');
    await sendKeys({ type: `${month}${day}${year}` });
    await el.updateComplete;
    expect(el.startDate).to.equal(START);
    const medicine = toggles(el)[2]!;
    medicine.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(medicine.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(root(el).querySelector('[role="status"]'))).to.contain('14 sessions, from Monday');

    section.setAttribute('lang', 'es');
    await waitUntil(() => textOf(part(el, 'phase-title')) === es.consultationTitle, 'in Spanish', { timeout: 5000 });
    expect(part(el, 'date-input') === input, 'the same field').to.equal(true);
    expect(input.value).to.equal(START);
    expect(el.startDate).to.equal(START);
    expect(parts(el, 'session')).to.have.length(14);
    expect(medicine.getAttribute('aria-expanded'), 'the phase stays open').to.equal('true');
    expect(regionOf(el, medicine).hidden).to.equal(false);
    expect(textOf(regionOf(el, medicine))).to.contain('alguien le lleve a casa');
    expect(textOf(root(el).querySelector('[role="status"]'))).to.contain(`14 sesiones, del lunes, ${dayOfMonth(START)} de marzo de ${YEAR}`);
    expect(part(el, 'base')!.lang).to.equal('es-US');
    expectNoEnglish(userFacingText(el), 'after the switch');
  });

  it('passes axe in Spanish, with the current phase, one open, a note and the date field', async () => {
    const { el } = await inLang(
      'es',
      html`<kap-process-timeline current-phase="medicine" date-picker start-date=${START} closed-dates=${CLOSED}></kap-process-timeline>`,
    );
    toggles(el)[2]!.click();
    await el.updateComplete;
    expect(parts(el, 'warning').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('writes dates and times the es-US way, and es-ES its own way', async () => {
    const { el: us } = await inLang('es', html`<kap-process-timeline start-date=${START}></kap-process-timeline>`);
    const medicineUs = parts(us, 'session').find((s) => s.classList.contains('session--medicine'))!;
    expect(textOf(medicineUs.querySelector('[part="date"]'))).to.match(/^jue, \d+ de mar 10:00 a\.m\. – 1:00 p\.m\.$/);
    // Weeks start on Sunday in the US.
    expect(textOf(part(us, 'week-title'))).to.match(new RegExp(`^Semana 1 ${dayOfMonth(addCalendarDays(START, -1))}(–| de feb – )`));

    const spain = await fixture<KapProcessTimeline>(html`<kap-process-timeline locale="es-ES" start-date=${START}></kap-process-timeline>`);
    const medicineEs = parts(spain, 'session').find((s) => s.classList.contains('session--medicine'))!;
    expect(textOf(medicineEs.querySelector('[part="date"]'))).to.match(/^jue, \d+ mar 10:00–13:00$/);
    // And on Monday in Spain.
    expect(textOf(part(spain, 'week-title'))).to.equal(`Semana 1 ${dayOfMonth(START)}–${dayOfMonth(addCalendarDays(START, 6))} mar`);
    expect(textOf(part(spain, 'phase-title'))).to.equal(es.consultationTitle);
  });

  it('marks its text as Spanish when the locale setting asks for it on an English page', async () => {
    const { el } = await inLang('en', html`<kap-process-timeline locale="es-US"></kap-process-timeline>`);
    expect(textOf(part(el, 'phase-title'))).to.equal(es.consultationTitle);
    expect(part(el, 'base')!.lang).to.equal('es-US');
  });

  it('falls back to English, dates too, for a language it does not speak', async () => {
    const { el } = await inLang('fr', html`<kap-process-timeline start-date=${START}></kap-process-timeline>`);
    expect(textOf(part(el, 'phase-title'))).to.equal(en.consultationTitle);
    expect(part(el, 'base')!.lang).to.equal('en');
    expect(textOf(root(el).querySelector('.plan-intro'))).to.contain(`If you start on Monday, March ${dayOfMonth(START)}, ${YEAR},`);
    expect(textOf(part(el, 'calendar-button'))).to.equal(en.calendarButton);
  });
});
