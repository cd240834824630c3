import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { YesNoUnsure } from '../../core/screening/index.js';
import './define.js';
import { $, $$, checked, choose, forward, shadow } from './kap-intake-screen.test-harness.js';
import type { KapIntakeScreen } from './kap-intake-screen.js';

const title = (el: KapIntakeScreen) => $(el, '#step-title')?.textContent?.trim();
const focused = (el: KapIntakeScreen) => shadow(el).activeElement;
const text = (el: KapIntakeScreen) => shadow(el).textContent!.replace(/\s+/g, ' ');
const press = (key: string) => sendKeys({ press: key });

const CRISIS_HREFS = ['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911', 'tel:+18667891511'];

interface Plan {
  phq9: number[];
  functional?: number;
  gad7: number[];
  history?: YesNoUnsure;
  health?: Record<string, YesNoUnsure>;
}

const low: Plan = { phq9: [0, 0, 1, 0, 0, 0, 1, 0, 0], gad7: [1, 0, 0, 0, 0, 1, 0] };
const moderate: Plan = { phq9: [2, 2, 1, 1, 1, 2, 1, 1, 0], functional: 1, gad7: [1, 1, 1, 1, 1, 1, 0] };

async function answerStep(el: KapIntakeScreen, plan: Plan): Promise<void> {
  const step = title(el);
  if (step === 'Mood (PHQ-9)') {
    for (const [i, score] of plan.phq9.entries()) await choose(el, `phq9-${i + 1}`, score);
    if (plan.functional !== undefined) await choose(el, 'functional', plan.functional);
  } else if (step === 'Anxiety (GAD-7)') {
    for (const [i, score] of plan.gad7.entries()) await choose(el, `gad7-${i + 1}`, score);
  } else if (step === 'Treatment so far') {
    for (const name of ['history-antidepressants', 'history-therapy', 'history-daily-life']) {
      await choose(el, name, plan.history ?? 'yes');
    }
  } else if (step === 'Health and safety') {
    for (const fieldset of $$(el, 'fieldset')) {
      const id = fieldset.id.replace(/^health-/, '');
      await choose(el, fieldset.id, plan.health?.[id] ?? 'no');
    }
  }
}

/** Taps through a whole screen from the introduction to the results. */
async function complete(el: KapIntakeScreen, plan: Plan): Promise<void> {
  expect(await forward(el)).to.equal('phq9');
  for (const next of ['gad7', 'treatment-history', 'health-and-safety', 'results']) {
    await answerStep(el, plan);
    expect(await forward(el)).to.equal(next);
  }
}

describe('<kap-intake-screen> by keyboard alone', () => {
  it('goes from the introduction to the results and back to the start with Tab, arrows, Space and Enter', async function () {
    // About 150 real key presses, each a round trip to the browser driver, and six axe runs.
    this.timeout(60_000);
    // The screen itself is the fixture (a plain wrapper would wait on an animation frame, which
    // a background test page may not get), after a button of the host page.
    const page = document.createElement('div');
    const before = document.createElement('button');
    before.id = 'before';
    before.textContent = 'Page before';
    document.body.append(page);
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen booking-url="#contact"></kap-intake-screen>`, {
      parentNode: page,
    });
    page.prepend(before);
    before.focus();
    await expect(el).to.be.accessible();

    /** Enter on the focused button: the next step's title takes focus, and the step passes axe. */
    const enterStep = async (expected: string) => {
      await press('Enter');
      await el.updateComplete;
      expect(title(el)).to.equal(expected);
      expect(focused(el)).to.equal($(el, '#step-title'));
      await expect(el).to.be.accessible();
    };

    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Start');
    await enterStep('Mood (PHQ-9)');

    /** Tab into a group with nothing chosen lands on its first answer; Space takes it, each ArrowDown the next. */
    const answerGroup = async (arrows: number) => {
      await press('Tab');
      if (arrows === 0) await press('Space');
      for (let i = 0; i < arrows; i++) await press('ArrowDown');
    };
    for (const score of moderate.phq9) await answerGroup(score);
    await answerGroup(2);
    expect(checked(el)).to.deep.equal([
      'phq9-1=2', 'phq9-2=2', 'phq9-3=1', 'phq9-4=1', 'phq9-5=1', 'phq9-6=2', 'phq9-7=1', 'phq9-8=1', 'phq9-9=0',
      'functional=2',
    ]);
    expect($(el, '[part="crisis"]')).to.equal(null);
    await press('Tab');
    expect(focused(el)?.getAttribute('part')).to.equal('back-button');
    await press('Tab');
    expect(focused(el)?.getAttribute('part')).to.equal('next-button');
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('false');
    await enterStep('Anxiety (GAD-7)');

    for (const score of [2, 2, 1, 1, 1, 1, 0]) await answerGroup(score);
    await press('Tab');
    await press('Tab');
    await enterStep('Treatment so far');

    // Yes, No, Not sure: Space takes "Yes", one ArrowRight "No".
    await answerGroup(0);
    await press('Tab');
    await press('ArrowRight');
    await answerGroup(0);
    expect(checked(el)).to.deep.equal(['history-antidepressants=yes', 'history-therapy=no', 'history-daily-life=yes']);
    await press('Tab');
    await press('Tab');
    await enterStep('Health and safety');

    const questions = $$(el, 'fieldset').length;
    expect(questions).to.equal(22);
    for (let i = 0; i < questions; i++) await answerGroup(1);
    expect(checked(el).every((answer) => answer.endsWith('=no'))).to.equal(true);
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('See my results');
    await enterStep('Your results');
    expect($(el, '[part="outcome"] h3')!.textContent).to.equal('KAP may be a fit for you');
    expect(text(el)).to.contain('11 out of 27: in the range the questionnaire calls moderate (10 to 14).');
    expect(text(el)).to.contain('8 out of 21: in the range the questionnaire calls mild (5 to 9).');

    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Request a consultation');
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.textContent?.trim()).to.equal('Start over');
    await enterStep('A private self-check');
    await press('Tab');
    await enterStep('Mood (PHQ-9)');
    expect(checked(el), 'Start over forgets every answer').to.deep.equal([]);
  });
});

describe('<kap-intake-screen> steps', () => {
  it('introduces itself: what it is and is not, that answers stay on this device, about 5 minutes', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    expect(title(el)).to.equal('A private self-check');
    expect(text(el)).to.contain('Your answers stay on this device');
    expect(text(el)).to.contain('about 5 minutes');
    expect(text(el)).to.contain('It is not a diagnosis');
    expect($$<HTMLAnchorElement>(el, '[part="crisis-link"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:988',
      'sms:988',
      'tel:911',
    ]);
  });

  it('shows a named progress bar whose value follows the step', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    const bar = () => $(el, '[part="progress"]')!;
    expect(bar().getAttribute('role')).to.equal('progressbar');
    expect(bar().getAttribute('aria-label')).to.equal('Progress');
    expect(bar().getAttribute('aria-valuenow')).to.equal('1');
    expect(bar().getAttribute('aria-valuemax')).to.equal('6');
    await forward(el);
    expect(bar().getAttribute('aria-valuenow')).to.equal('2');
    expect(bar().getAttribute('aria-valuetext')).to.equal('Step 2 of 6: Mood (PHQ-9)');
    expect(bar().textContent).to.contain('Step 2 of 6');
  });

  it('asks each question in a fieldset with a legend and native radios, word for word', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await forward(el);
    expect(text(el)).to.contain('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    const fieldsets = $$(el, 'fieldset[part="question"]');
    expect(fieldsets).to.have.length(10);
    expect(fieldsets[8]!.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '9. Thoughts that you would be better off dead or of hurting yourself in some way.',
    );
    expect([...fieldsets[0]!.querySelectorAll('[part~="option"]')].map((o) => o.textContent!.trim())).to.deep.equal([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(fieldsets[0]!.querySelectorAll('input[type="radio"][name="phq9-1"]')).to.have.length(4);
    expect(fieldsets[9]!.textContent).to.contain('If you checked off any problems');
    expect(fieldsets[9]!.textContent).to.contain('(optional)');
    expect(text(el)).to.contain('Developed by Drs. Robert L. Spitzer');
  });

  it('keeps Next from going on until the step is complete, says why, and takes the visitor to the first gap', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await forward(el);
    await choose(el, 'phq9-1', 0);
    await choose(el, 'phq9-2', 1);
    const next = $<HTMLButtonElement>(el, '[part="next-button"]')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    const reason = $(el, `#${next.getAttribute('aria-describedby')}`);
    expect(reason?.textContent).to.equal('Answer 7 more questions to go on.');

    const steps: string[] = [];
    el.addEventListener('kap-screen-step', (event) => steps.push(event.detail.step));
    next.focus();
    await press('Enter');
    await el.updateComplete;
    await el.updateComplete;
    expect(title(el)).to.equal('Mood (PHQ-9)');
    expect(steps).to.deep.equal([]);
    expect((focused(el) as HTMLInputElement).name).to.equal('phq9-3');
    expect($(el, 'fieldset#phq9-3 legend')!.textContent).to.contain('Not answered yet');
    expect($(el, 'fieldset#phq9-1 legend')!.textContent).not.to.contain('Not answered yet');
    await expect(el).to.be.accessible();

    for (let i = 3; i <= 9; i++) await choose(el, `phq9-${i}`, 0);
    expect(next.getAttribute('aria-disabled')).to.equal('false');
    expect(next.hasAttribute('aria-describedby')).to.equal(false);
    expect(text(el)).not.to.contain('Not answered yet');
    expect(await forward(el)).to.equal('gad7');
  });

  it('keeps every answer when going back and forward', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await forward(el);
    await answerStep(el, moderate);
    const phq9 = checked(el);
    await forward(el);
    await choose(el, 'gad7-1', 3);
    await choose(el, 'gad7-4', 2);
    const back = oneEvent(el, 'kap-screen-step');
    $(el, '[part="back-button"]')!.click();
    expect((await back).detail.step).to.equal('phq9');
    expect(checked(el)).to.deep.equal(phq9);
    await forward(el);
    expect(checked(el)).to.deep.equal(['gad7-1=3', 'gad7-4=2']);
  });
});

describe('<kap-intake-screen> crisis resources', () => {
  it('shows and announces them in place the moment item 9 is above "Not at all", and lets the visitor go on', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen booking-url="https://example.com/book"></kap-intake-screen>`);
    const shown: unknown[] = [];
    el.addEventListener('kap-crisis-shown', (event) => shown.push(event.detail));
    await forward(el);
    for (let i = 1; i <= 8; i++) await choose(el, `phq9-${i}`, 0);
    expect($(el, '[part="crisis"]')).to.equal(null);
    expect($(el, '[role="status"]')!.textContent).to.equal('');

    // Real keys: Tab to item 9 is long, so focus its first answer and move with the arrow.
    $<HTMLInputElement>(el, 'input[name="phq9-9"][value="0"]')!.focus();
    await press('ArrowDown');
    await el.updateComplete;
    const panel = $(el, 'fieldset#phq9-9')!.nextElementSibling!;
    expect(panel.getAttribute('part')).to.equal('crisis');
    expect(panel.textContent).to.contain('Support is available right now');
    expect($(el, '[role="status"]')!.textContent).to.contain('Call or text 988, or call 911');
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('[part="crisis-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.include.members(CRISIS_HREFS);
    expect(links.map((a) => a.textContent)).to.include('Text HOME to 741741');
    await el.updateComplete;
    expect(shown).to.deep.equal([{}]);
    await expect(el).to.be.accessible();

    expect($(el, '[part="next-button"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect(await forward(el)).to.equal('gad7');
    expect($(el, '[part="crisis"]'), 'still at hand on the next step').to.exist;
    for (const next of ['treatment-history', 'health-and-safety', 'results']) {
      await answerStep(el, { ...moderate, health: { pregnancy: 'no' } });
      expect(await forward(el)).to.equal(next);
    }
    expect(shown, 'announced once, not on every step').to.have.length(1);

    const result = $(el, '[part="result"]')!;
    const first = result.querySelector('#step-title')!.nextElementSibling!;
    expect(first.getAttribute('part'), 'the results lead with the resources').to.equal('crisis');
    expect(first.textContent).to.contain('Please reach out for support now');
    expect($(el, '[part="booking-link"]')).to.equal(null);
    expect(text(el)).not.to.match(/\$\s?\d|Request a consultation|may be a fit/);
    expect(text(el)).to.contain('This is not a diagnosis.');
    const footer = $(el, '[part="crisis-footer"]')!;
    expect([...footer.querySelectorAll('[part="crisis-link"]')].map((a) => a.getAttribute('href'))).to.include.members(CRISIS_HREFS);
    await expect(el).to.be.accessible();
  });

  it('takes the panel away again if item 9 goes back to "Not at all"', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await forward(el);
    await choose(el, 'phq9-9', 3);
    expect($(el, '[part="crisis"]')).to.exist;
    await choose(el, 'phq9-9', 0);
    expect($(el, '[part="crisis"]')).to.equal(null);
    expect($(el, '[role="status"]')!.textContent).to.equal('');
  });

  it('shows them in place after a plan or intention to end one\u2019s life, and leads the results with them', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen booking-url="#contact"></kap-intake-screen>`);
    const shown = oneEvent(el, 'kap-crisis-shown');
    await forward(el);
    for (let step = 0; step < 3; step++) {
      await answerStep(el, moderate);
      await forward(el);
    }
    await answerStep(el, moderate);
    await choose(el, 'health-suicidal-intent', 'unsure');
    expect($(el, 'fieldset#health-suicidal-intent')!.nextElementSibling!.getAttribute('part')).to.equal('crisis');
    expect((await shown).detail).to.deep.equal({});
    expect(await forward(el)).to.equal('results');
    expect($(el, '[part="result"] [part="crisis"]')).to.exist;
    expect($(el, '[part="booking-link"]')).to.equal(null);
  });

  it('puts the resources in the footer of every results view', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await complete(el, low);
    const footer = $(el, '[part="crisis-footer"]')!;
    expect(footer.textContent).to.contain('If you need support now');
    expect([...footer.querySelectorAll('[part="crisis-link"]')].map((a) => a.getAttribute('href'))).to.include.members(CRISIS_HREFS);
  });
});

describe('<kap-intake-screen> outcomes', () => {
  const cases: [string, Plan, string, string | null][] = [
    ['not-now', { ...moderate, health: { 'ketamine-allergy': 'yes', liver: 'yes' } }, 'KAP is likely not appropriate right now', 'Talk with us'],
    ['talk-with-a-prescriber', { ...moderate, health: { seizures: 'unsure' } }, 'Talk with a prescriber', 'Request a consultation'],
    ['may-fit', { ...low, gad7: [2, 2, 2, 2, 1, 1, 0] }, 'KAP may be a fit for you', 'Request a consultation'],
    ['mild', low, 'Your answers are below the range KAP is meant for', 'Talk with us'],
  ];
  for (const [outcome, plan, heading, link] of cases) {
    it(`${outcome}: says so in plain words, with next steps and the booking link`, async () => {
      const el = await fixture<KapIntakeScreen>(
        html`<kap-intake-screen booking-url="https://example.com/#contact" share-results-with-page></kap-intake-screen>`,
      );
      const completed = oneEvent(el, 'kap-screen-complete');
      await complete(el, plan);
      expect((await completed).detail.outcome).to.equal(outcome);
      expect($(el, '[part="outcome"] h3')!.textContent).to.equal(heading);
      const booking = $<HTMLAnchorElement>(el, '[part="booking-link"]')!;
      expect(booking.textContent).to.equal(link);
      expect(booking.getAttribute('href')).to.equal('https://example.com/#contact');
      expect(text(el)).to.contain('This is not a diagnosis.');
      expect(text(el)).to.contain('No permission required to reproduce, translate, display or distribute.');
      expect(text(el)).not.to.match(/eligib|approved|you have depression|you have anxiety/i);
      await expect(el).to.be.accessible();
    });
  }

  it('names the answers behind a concern and the medicines to mention, without telling anyone to stop one', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await complete(el, { ...moderate, health: { seizures: 'unsure', bipolar: 'yes', lamotrigine: 'yes' } });
    const outcome = $(el, '[part="outcome"]')!.textContent!.replace(/\s+/g, ' ');
    expect(outcome).to.contain('Have you been diagnosed with bipolar disorder? Yes.');
    expect(outcome).to.contain('Have you ever had seizures? Not sure.');
    expect(text(el)).to.contain('Lamotrigine may weaken the effect of ketamine.');
    expect(text(el)).to.contain('Please don\u2019t stop or change any medicine without talking with the doctor who prescribed it.');
  });

  it('shows no booking link when booking-url is not set', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await complete(el, moderate);
    expect($(el, '[part="outcome"]')).to.exist;
    expect($(el, '[part="booking-link"]')).to.equal(null);
  });

  it('reads well in dark mode too', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen theme="dark" booking-url="#book"></kap-intake-screen>`);
    await complete(el, { ...moderate, health: { bipolar: 'yes' } });
    await expect(el).to.be.accessible();
  });
});

describe('<kap-intake-screen> print and start over', () => {
  it('prints the answers locally: a print view with every question and answer, and no buttons', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen practice-name="Cedar Therapy"></kap-intake-screen>`);
    await complete(el, moderate);
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      $(el, '[part="print-button"]')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);

    const answers = $(el, '.print-answers')!;
    expect(getComputedStyle(answers).display, 'hidden on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(answers).display).to.equal('block');
      expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
      const printedText = answers.textContent!.replace(/\s+/g, ' ');
      expect(printedText).to.contain('Self-check answers for Cedar Therapy');
      expect(printedText).to.contain('Little interest or pleasure in doing things. More than half the days (2)');
      expect(printedText).to.contain('get along with other people? Somewhat difficult');
      expect(printedText).to.contain('Do you have liver disease? No');
      expect(answers.querySelectorAll('li')).to.have.length(10 + 7 + 3 + 22);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('clears everything on Start over', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await complete(el, { ...moderate, phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] });
    const moved = oneEvent(el, 'kap-screen-step');
    $(el, '[part="start-over-button"]')!.click();
    expect((await moved).detail.step).to.equal('introduction');
    expect($(el, '[role="status"]')!.textContent).to.equal('');
    await forward(el);
    expect(checked(el)).to.deep.equal([]);
    expect($(el, '[part="crisis"]')).to.equal(null);
  });
});

describe('<kap-intake-screen> settings', () => {
  it('shows a bad booking-url in the settings panel above a screen that still works, without the link', async () => {
    const original = console.error;
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => void logged.push(args);
    let el!: KapIntakeScreen;
    let issues: unknown;
    const listener = (event: Event) => (issues = (event as CustomEvent<{ issues: unknown }>).detail.issues);
    document.addEventListener('kap-config-error', listener);
    try {
      el = await fixture<KapIntakeScreen>(html`<kap-intake-screen booking-url="javascript:alert(1)"></kap-intake-screen>`);
    } finally {
      console.error = original;
      document.removeEventListener('kap-config-error', listener);
    }
    const panel = $(el, '[part="error"]')!;
    expect(panel.textContent).to.contain('booking-url');
    expect(panel.textContent).to.contain('"javascript:alert(1)"');
    expect(issues).to.deep.equal([
      {
        attribute: 'booking-url',
        value: 'javascript:alert(1)',
        message:
          'booking-url="javascript:alert(1)" can\'t be used. Use a full web address that starts with https://, or a mailto: or tel: link.',
      },
    ]);
    expect(logged).to.have.length(1);
    await expect(el).to.be.accessible();
    await complete(el, moderate);
    expect($(el, '[part="outcome"] h3')!.textContent).to.equal('KAP may be a fit for you');
    expect($(el, '[part="booking-link"]')).to.equal(null);
    expect($$<HTMLAnchorElement>(el, 'a').filter((a) => a.protocol === 'javascript:')).to.deep.equal([]);
  });
});

describe('<kap-intake-screen> privacy', () => {
  it('makes no request, stores nothing and leaves nothing in the page from start to finish', async () => {
    const requests: string[] = [];
    const originals = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      beacon: navigator.sendBeacon,
      WebSocket: window.WebSocket,
      print: window.print,
    };
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(`fetch ${String(input)}`);
      return Promise.reject(new TypeError('blocked by test'));
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      requests.push(`xhr ${method} ${String(url)}`);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => {
      requests.push(`beacon ${String(url)}`);
      return false;
    };
    window.WebSocket = class {
      constructor(url: string | URL) {
        requests.push(`websocket ${String(url)}`);
        throw new Error('blocked by test');
      }
    } as unknown as typeof WebSocket;
    window.print = () => undefined;
    const resources: string[] = [];
    const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });

    const storage = () => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    });
    const databases = async () => (await indexedDB.databases()).map((db) => db.name);
    const before = storage();
    const databasesBefore = await databases();
    const href = location.href;
    const historyLength = history.length;

    const events: { type: string; detail: unknown }[] = [];
    const record = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
    const types = ['kap-screen-step', 'kap-screen-complete', 'kap-crisis-shown'] as const;
    types.forEach((type) => document.addEventListener(type, record));
    try {
      const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen booking-url="#contact"></kap-intake-screen>`);
      const attributes = el.getAttributeNames();
      await complete(el, { ...moderate, phq9: [3, 3, 3, 3, 3, 3, 3, 3, 1], health: { bipolar: 'yes', opioids: 'unsure' } });
      $(el, '[part="print-button"]')!.click();
      $(el, '[part="back-button"]')!.click();
      await el.updateComplete;
      await forward(el);
      // Let any deferred work (a timer, a beacon on idle) show itself before judging.
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.takeRecords().forEach((entry) => resources.push(entry.name));

      expect(requests, 'network calls').to.deep.equal([]);
      expect(resources, 'resources loaded').to.deep.equal([]);
      expect(storage()).to.deep.equal(before);
      expect(await databases()).to.deep.equal(databasesBefore);
      expect(location.href).to.equal(href);
      expect(history.length).to.equal(historyLength);
      expect(el.getAttributeNames()).to.deep.equal(attributes);
      expect(el.innerHTML.replace(/<!---->/g, '').trim(), 'nothing written into the page\u2019s own DOM').to.equal('');

      expect(events.map((e) => e.type)).to.deep.equal([
        'kap-screen-step',
        'kap-crisis-shown',
        'kap-screen-step',
        'kap-screen-step',
        'kap-screen-step',
        'kap-screen-step',
        'kap-screen-complete',
        'kap-screen-step',
        'kap-screen-step',
        'kap-screen-complete',
      ]);
      for (const { type, detail } of events) {
        if (type === 'kap-screen-step') expect(Object.keys(detail as object)).to.deep.equal(['step']);
        else expect(detail, type).to.deep.equal({});
      }
    } finally {
      observer.disconnect();
      types.forEach((type) => document.removeEventListener(type, record));
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      window.WebSocket = originals.WebSocket;
      window.print = originals.print;
    }
  });

  it('forgets every answer when the page reloads (a new element starts empty)', async () => {
    const first = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    await forward(first);
    await answerStep(first, moderate);
    await forward(first);
    first.remove();
    const second = await fixture<KapIntakeScreen>(html`<kap-intake-screen></kap-intake-screen>`);
    expect(title(second)).to.equal('A private self-check');
    await forward(second);
    expect(checked(second)).to.deep.equal([]);
  });

  it('shares bands and outcome, never answers or totals, only with share-results-with-page', async () => {
    const el = await fixture<KapIntakeScreen>(html`<kap-intake-screen share-results-with-page></kap-intake-screen>`);
    const completed = oneEvent(el, 'kap-screen-complete');
    await complete(el, moderate);
    expect((await completed).detail).to.deep.equal({ phq9Band: 'moderate', gad7Band: 'mild', outcome: 'may-fit' });
  });
});
