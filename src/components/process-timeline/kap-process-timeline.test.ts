import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { addCalendarDays } from '../../core/schedule.js';
import { todayIn } from '../../core/today.js';
import type { KapConfigErrorDetail } from '../../shared/events.js';
import '../practice/define.js';
import './define.js';
import type { KapPhaseToggleDetail, KapProcessTimeline } from './kap-process-timeline.js';
import { quietly } from '../../../test/helpers/console.js';
import { part, parts, regionOf, root, toggles, visibleTextOf as textOf } from './kap-process-timeline.test-harness.js';

// A Monday far enough ahead that no test run will see it as past. In 2049, as in 2027, the
// clocks in Los Angeles go forward on Sunday March 14, in the middle of the series.
const START = '2049-03-01';

const activeInside = (el: Element) => root(el).activeElement;

/**
 * A plain wrapper around timelines, ready once they have rendered. (`fixture` would wait for an
 * animation frame, which a page running beside another test file may not get.)
 */
async function plainFixture(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(template);
  await Promise.all([...wrapper.querySelectorAll('kap-process-timeline')].map((el) => el.updateComplete));
  return wrapper;
}

/** Records kap-phase-toggle details from the moment it is called. */
function recordToggles() {
  const details: KapPhaseToggleDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<KapPhaseToggleDetail>).detail);
  document.addEventListener('kap-phase-toggle', listener);
  return { details, stop: () => document.removeEventListener('kap-phase-toggle', listener) };
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('<kap-process-timeline> phases', () => {
  it('shows the five phases with counts and durations from the seed practice, and no dates', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline></kap-process-timeline>`);
    const phases = parts(el, 'phase');
    expect(phases.map((p) => textOf(p.querySelector('[part~="phase-title"]')!))).to.deep.equal([
      'Consultation', 'Preparation', 'Medicine sessions', 'Integration', 'Ongoing integration',
    ]);
    expect(parts(el, 'phase-meta').map(textOf)).to.deep.equal([
      'A free call',
      '2 sessions, 50 minutes each',
      '6 sessions over 3 weeks, about 3 hours each',
      'One after each medicine session, 24 to 48 hours later, 50 minutes each',
      'As you need it, after the series',
    ]);
    expect(parts(el, 'marker').map(textOf)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(part(el, 'plan')).to.equal(undefined);
    expect(part(el, 'calendar-button')).to.equal(undefined);
    expect(parts(el, 'phase-body').every((body) => body.hidden)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('follows the practice settings, its own or its provider\'s, and leaves out an empty phase', async () => {
    const wrapper = await fixture(html`
      <kap-practice medicine-sessions="4" weeks="2" medicine-minutes="150">
        <kap-process-timeline preparation-sessions="0" integration-per-medicine="2" session-minutes="45"></kap-process-timeline>
      </kap-practice>
    `);
    const el = wrapper.querySelector('kap-process-timeline')!;
    await el.updateComplete;
    expect(parts(el, 'phase-meta').map(textOf)).to.deep.equal([
      'A free call',
      '4 sessions over 2 weeks, about 2.5 hours each',
      '2 after each medicine session, 24 to 48 hours later, 45 minutes each',
      'As you need it, after the series',
    ]);
    expect(parts(el, 'marker').map(textOf)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('opens and closes a phase from the keyboard, with aria-expanded, its region and kap-phase-toggle', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline></kap-process-timeline>`);
    const [consultation, preparation] = toggles(el);
    const recorded = recordToggles();

    await sendKeys({ press: 'Tab' });
    expect(activeInside(el) === consultation, 'focus on Consultation').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const region = regionOf(el, consultation!);
    expect(consultation!.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-labelledby')).to.equal(consultation!.id);
    expect(textOf(region)).to.contain('Your therapist does not prescribe.');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(activeInside(el) === preparation, 'focus on Preparation').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(preparation!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(regionOf(el, preparation!))).to.contain('explore your intentions');

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(activeInside(el) === consultation, 'focus on Consultation').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    recorded.stop();
    expect(consultation!.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    expect(recorded.details).to.deep.equal([
      { phase: 'consultation', open: true },
      { phase: 'preparation', open: true },
      { phase: 'consultation', open: false },
    ]);
  });

  it('explains the medicine session with the practice\'s length and the ride home', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline></kap-process-timeline>`);
    toggles(el)[2]!.click();
    await el.updateComplete;
    const body = textOf(part(el, 'phase-body') && regionOf(el, toggles(el)[2]!));
    expect(body).to.contain('Each session lasts about 3 hours');
    expect(body).to.contain('drive you home');
  });

  it('highlights the current phase with a part, aria-current and words, not colour alone', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline current-phase="integration"></kap-process-timeline>`);
    const current = parts(el, 'phase--current');
    expect(current).to.have.length(1);
    expect(current[0]!.getAttribute('part')).to.equal('phase phase--current');
    expect(current[0]!.getAttribute('aria-current')).to.equal('step');
    expect(textOf(current[0]!)).to.contain('Integration');
    expect(textOf(current[0]!.querySelector('[part="current-label"]')!)).to.equal('You are here');
    expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
    el.currentPhase = 'consultation';
    await el.updateComplete;
    expect(textOf(part(el, 'phase--current'))).to.contain('Consultation');
    await expect(el).to.be.accessible();
  });

  it('is vertical in a narrow container and horizontal in a wide one, whatever the window', async () => {
    await setViewport({ width: 1200, height: 800 });
    const wrapper = await plainFixture(html`
      <div>
        <div style="width: 340px"><kap-process-timeline id="narrow"></kap-process-timeline></div>
        <div style="width: 1000px"><kap-process-timeline id="wide"></kap-process-timeline></div>
      </div>
    `);
    const boxes = (id: string) => parts(wrapper.querySelector(`#${id}`)!, 'marker').map((m) => m.getBoundingClientRect());
    const narrow = boxes('narrow');
    const wide = boxes('wide');
    expect(narrow.every((box, i) => i === 0 || box.top > narrow[i - 1]!.bottom), 'narrow stacks').to.equal(true);
    expect(new Set(narrow.map((box) => Math.round(box.left))).size).to.equal(1);
    expect(new Set(wide.map((box) => Math.round(box.top))).size, 'wide shares one row').to.equal(1);
    expect(wide.every((box, i) => i === 0 || box.left > wide[i - 1]!.right)).to.equal(true);
  });

  it('reports a wrong current-phase or session setting in the settings panel', async () => {
    let detail: KapConfigErrorDetail | undefined;
    const el = await quietly(async () => {
      const pending = fixture<KapProcessTimeline>(
        html`<kap-process-timeline current-phase="dosing" session-days="weekends" session-time="10am" closed-dates="2049-12-25 xmas"></kap-process-timeline>`,
      );
      detail = (await oneEvent(document, 'kap-config-error')).detail;
      return pending;
    });
    const panel = part(el, 'error')!;
    expect(detail!.issues.map((issue) => issue.attribute)).to.deep.equal(['session-days', 'session-time', 'closed-dates', 'current-phase']);
    expect(textOf(panel)).to.contain('current-phase="dosing"');
    expect(textOf(panel)).to.contain('like mon thu');
    expect(textOf(panel)).to.contain('"xmas" is not one');
    await expect(el).to.be.accessible();
  });
});

describe('<kap-process-timeline> dated plan', () => {
  it('lists every session by week in the practice\'s time, keeping 10:00 across the March change', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline start-date=${START}></kap-process-timeline>`);
    const weeks = parts(el, 'week');
    expect(weeks.map((w) => textOf(w.querySelector('[part="week-title"]')!))).to.deep.equal([
      'Week 1 Feb 28 – Mar 6', 'Week 2 Mar 7 – 13', 'Week 3 Mar 14 – 20', 'Week 4 Mar 21 – 27', 'Week 5 Mar 28 – Apr 3',
    ]);
    const secondWeek = [...weeks[1]!.querySelectorAll('[part~="session"]')].map((s) => textOf(s));
    expect(secondWeek).to.deep.equal([
      'Mon, Mar 8 10:00 – 10:50 AM Preparation session 2 of 2',
      'Thu, Mar 11 10:00 AM – 1:00 PM Medicine session 1 of 6 Arrange a ride home',
      'Fri, Mar 12 10:00 – 10:50 AM Integration session 1 of 6',
    ]);
    const dates = parts(el, 'date');
    expect(dates).to.have.length(14);
    expect(dates[2]!.getAttribute('datetime')).to.equal('2049-03-11T18:00:00.000Z');
    expect(dates[4]!.getAttribute('datetime')).to.equal('2049-03-15T17:00:00.000Z');
    expect(textOf(dates[4])).to.equal('Mon, Mar 15 10:00 AM – 1:00 PM');
    expect(textOf(part(el, 'plan'))).to.contain('14 sessions, from Monday, March 1, 2049 to Tuesday, March 30, 2049.');
    expect(textOf(part(el, 'plan'))).to.contain('All times are Pacific Time.');
    expect(part(el, 'warnings')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('uses the practice\'s locale and time zone', async () => {
    const el = await fixture<KapProcessTimeline>(
      html`<kap-process-timeline start-date=${START} locale="en-GB" timezone="Europe/London" session-time="9:30"></kap-process-timeline>`,
    );
    const first = part(el, 'session')!;
    expect(textOf(first)).to.equal('Mon 1 Mar 09:30–10:20 Preparation session 1 of 2');
    expect(first.querySelector('[part="date"]')!.getAttribute('datetime')).to.equal('2049-03-01T09:30:00.000Z');
    // Weeks start on Monday in Britain.
    expect(textOf(part(el, 'week-title'))).to.equal('Week 1 1 – 7 Mar');
  });

  it('puts medicine sessions on the session days at the session time', async () => {
    const el = await fixture<KapProcessTimeline>(
      html`<kap-process-timeline start-date=${START} session-days="tue fri" session-time="14:00" preparation-sessions="0"></kap-process-timeline>`,
    );
    const medicine = parts(el, 'session').filter((s) => s.classList.contains('session--medicine')).map(textOf);
    expect(medicine.map((m) => m.slice(0, 30))).to.deep.equal([
      'Tue, Mar 2 2:00 – 5:00 PM Medi', 'Fri, Mar 5 2:00 – 5:00 PM Medi', 'Tue, Mar 9 2:00 – 5:00 PM Medi',
      'Fri, Mar 12 2:00 – 5:00 PM Med', 'Tue, Mar 16 2:00 – 5:00 PM Med', 'Fri, Mar 19 2:00 – 5:00 PM Med',
    ]);
    // Friday to Monday is 72 hours: the plan names it rather than hiding it.
    expect(parts(el, 'warning').map(textOf)).to.satisfy((warnings: string[]) =>
      warnings.some((w) => w.startsWith('The integration session after medicine session 2 falls on Mon, Mar 8, 72 hours later')),
    );
  });

  it('skips closed dates and says how that changes the plan', async () => {
    const el = await fixture<KapProcessTimeline>(
      html`<kap-process-timeline start-date=${START} closed-dates="2049-03-18 2049-03-12"></kap-process-timeline>`,
    );
    const dates = parts(el, 'date').map((d) => d.getAttribute('datetime')!.slice(0, 10));
    expect(dates).not.to.include('2049-03-18');
    expect(dates).not.to.include('2049-03-12');
    const warnings = parts(el, 'warning').map(textOf);
    expect(warnings).to.include('Because of days the practice is closed, the medicine sessions take 4 weeks instead of 3.');
    expect(warnings.some((w) => w.startsWith('The integration session after medicine session 1 falls on'))).to.equal(true);
    expect(textOf(part(el, 'plan'))).to.contain('Please note');
    await expect(el).to.be.accessible();
  });

  it('downloads the plan as an .ics file that reads back as the same sessions', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline start-date=${START} practice-name="Cedar, Therapy"></kap-process-timeline>`);
    const clicked: { href: string; download: string }[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      (part(el, 'calendar-button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('treatment-plan.ics');
    expect(clicked[0]!.href).to.match(/^blob:/);
    const response = await fetch(clicked[0]!.href);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    const text = await response.text();
    expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);

    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const shown = parts(el, 'date').map((d) => d.getAttribute('datetime'));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).to.deep.equal(shown);
    expect(events[2]!.summary).to.equal('Medicine session 1 of 6 · Cedar, Therapy');
    expect(events[2]!.location).to.equal('Cedar, Therapy');
    expect(events[2]!.description).to.contain('drive you home');
    expect(events[2]!.description).to.contain('the practice confirms every session');
    expect(events[2]!.endDate.toJSDate().getTime() - events[2]!.startDate.toJSDate().getTime()).to.equal(180 * 60_000);
  });

  it('shows a clear message instead of dates for a start date that has passed, and keeps the phases', async () => {
    const past = addCalendarDays(todayIn('America/Los_Angeles'), -7);
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline start-date=${past}></kap-process-timeline>`);
    const message = part(el, 'message')!;
    expect(textOf(message)).to.match(/^This plan started on \w+day, .+, which has passed, so its dates aren't shown\./);
    expect(message.getAttribute('role')).to.equal('alert');
    expect(parts(el, 'session')).to.have.length(0);
    expect(part(el, 'calendar-button')).to.equal(undefined);
    expect(parts(el, 'phase')).to.have.length(5);
    expect(part(el, 'error')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('plans from today', async () => {
    const today = todayIn('America/Los_Angeles');
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline start-date=${today}></kap-process-timeline>`);
    expect(part(el, 'message')).to.equal(undefined);
    expect(parts(el, 'session')).to.have.length(14);
  });

  it('names an unreadable start-date in place of the plan, and keeps the phases', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline start-date="03/01/2049"></kap-process-timeline>`);
    expect(textOf(part(el, 'message'))).to.equal(
      'The start date "03/01/2049" can\'t be read, so no dates are shown. Write it as year-month-day, like 2027-03-01.',
    );
    expect(parts(el, 'phase')).to.have.length(5);
    expect(parts(el, 'session')).to.have.length(0);
  });
});

describe('<kap-process-timeline> date picker', () => {
  it('lets a visitor type a start date and see the plan, or a message for a past date', async () => {
    const el = await fixture<KapProcessTimeline>(html`<kap-process-timeline date-picker></kap-process-timeline>`);
    const input = part(el, 'date-input') as HTMLInputElement;
    const label = root(el).querySelector(`label[for="${input.id}"]`);
    expect(textOf(label!)).to.equal('First session date');
    expect(input.min).to.equal(todayIn('America/Los_Angeles'));
    expect(parts(el, 'session')).to.have.length(0);
    const status = root(el).querySelector('[role="status"]')!;
    expect(textOf(status)).to.equal('');
    await expect(el).to.be.accessible();

    input.focus();
    await sendKeys({ type: '03012049' });
    await el.updateComplete;
    expect(el.startDate).to.equal(START);
    // The same live region, now filled, so a screen reader hears what the date gives.
    expect(root(el).querySelector('[role="status"]') === status, 'the same region').to.equal(true);
    expect(textOf(status)).to.contain('14 sessions, from Monday, March 1, 2049 to Tuesday, March 30, 2049.');
    expect(parts(el, 'session')).to.have.length(14);
    expect(textOf(part(el, 'session'))).to.contain('Mon, Mar 1');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();

    const [year, month, day] = addCalendarDays(todayIn('America/Los_Angeles'), -3).split('-');
    // Back from the year to the month segment of the same field, as a keyboard user would.
    for (let i = 0; i < 2; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }
    await sendKeys({ type: `${month}${day}${year}` });
    await el.updateComplete;
    const message = part(el, 'message')!;
    expect(textOf(message)).to.match(/has already passed\. Please choose today or a later date\.$/);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal(message.id);
    expect(parts(el, 'session')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('waits for a half-typed year, and asks for a whole date when the visitor leaves it half-typed', async () => {
    const page = await plainFixture(html`<div><kap-process-timeline date-picker></kap-process-timeline><a href="#next">Next</a></div>`);
    const el = page.querySelector('kap-process-timeline')!;
    const input = part(el, 'date-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: '030120' });
    await el.updateComplete;
    expect(part(el, 'message'), 'no message while typing').to.equal(undefined);
    // Tab moves through the field's own segments first, then on to the link.
    const link = page.querySelector('a')!;
    for (let i = 0; i < 3 && document.activeElement !== link; i++) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement === link, 'focus moved on').to.equal(true);
    expect(textOf(part(el, 'message'))).to.equal('Please enter a complete date, or choose one from the calendar.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });
});

describe('<kap-process-timeline> dark', () => {
  it('passes axe with the plan, a warning and the current phase in the dark theme', async () => {
    const el = await fixture<KapProcessTimeline>(
      html`<kap-process-timeline theme="dark" current-phase="medicine" start-date=${START} closed-dates="2049-03-18" date-picker></kap-process-timeline>`,
    );
    toggles(el)[2]!.click();
    await el.updateComplete;
    expect(parts(el, 'warning')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
