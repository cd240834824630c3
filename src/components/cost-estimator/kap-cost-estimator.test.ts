import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { KapConfigErrorDetail } from '../../shared/events.js';
import type { KapPractice } from '../practice/kap-practice.js';
import '../practice/define.js';
import './define.js';
import type { KapCostEstimator, KapEstimateChangeDetail } from './kap-cost-estimator.js';
import { quietly } from '../../../test/helpers/console.js';
import { startPrinting } from '../../../test/helpers/print.js';
import { field, noteOf, part, parts, root, totalText, typeInto, visibleText } from './kap-cost-estimator.test-harness.js';

/** Records every kap-estimate-change from the moment it is called. */
function recordChanges() {
  const details: KapEstimateChangeDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<KapEstimateChangeDetail>).detail);
  document.addEventListener('kap-estimate-change', listener);
  return { details, stop: () => document.removeEventListener('kap-estimate-change', listener) };
}

/** Nothing a visitor reads may be a broken figure. */
function expectNoBrokenFigures(el: Element) {
  const text = visibleText(el);
  expect(text).not.to.match(/NaN|undefined|Infinity|\$-|-\$|null/);
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('<kap-cost-estimator> default', () => {
  it('prices the seed protocol at $4,810 with service codes, per week, and fires once on first render', async () => {
    const changes = recordChanges();
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    changes.stop();
    expect(totalText(el)).to.equal('$4,810.00');
    const rows = parts(el, 'line-item').map((row) => row.innerText.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Preparation sessions 50 minutes, service code 90834 2 × $185.00 $370.00',
      'Medicine sessions 3 hours 6 × $555.00 $3,330.00',
      'Integration sessions 50 minutes, service code 90834 6 × $185.00 $1,110.00',
    ]);
    expect(part(el, 'per-week')!.textContent).to.contain('$1,603.33 a week over 3 weeks');
    expect(changes.details).to.have.length(1);
    expect(changes.details[0]).to.deep.include({ totalCents: 481_000, reimbursementCents: 0, netCents: 481_000, currency: 'USD' });
    expect(changes.details[0]!.lineItems.map((item) => item.kind)).to.deep.equal(['preparation', 'medicine', 'integration']);
    await expect(el).to.be.accessible();
  });

  it('says plainly what the estimate is and is not', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const disclaimers = parts(el, 'disclaimer').map((d) => d.textContent!).join(' ');
    expect(disclaimers).to.contain('informal estimate, not a Good Faith Estimate');
    expect(disclaimers).to.contain('prescriber\'s fees and the medication');
    expect(disclaimers).to.contain('Most insurance plans do not cover ketamine');
    expect(disclaimers).to.contain('$400');
    expect(disclaimers).to.contain('120 days');
    expect(root(el).querySelector('a[href="https://www.cms.gov/nosurprises"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:+18009853059"]')!.textContent).to.equal('1-800-985-3059');
  });

  it('follows the practice\'s own protocol and fees', async () => {
    const el = await fixture<KapCostEstimator>(
      html`<kap-cost-estimator preparation-sessions="1" integration-per-medicine="2" session-minutes="60"></kap-cost-estimator>`,
    );
    expect(field(el, 'Preparation sessions').value).to.equal('1');
    expect(field(el, 'Integration sessions').value).to.equal('12');
    expect(parts(el, 'line-item')[0]!.textContent).to.contain('90837');
    // 1 x 185 + 6 x 555 + 12 x 185
    expect(totalText(el)).to.equal('$5,735.00');
  });
});

describe('<kap-cost-estimator> inside <kap-practice>', () => {
  it('takes the provider\'s settings and follows their changes until the visitor sets a count', async () => {
    const practice = await fixture<HTMLElement>(html`
      <kap-practice preparation-sessions="3" session-fee="200">
        <kap-cost-estimator></kap-cost-estimator>
      </kap-practice>
    `);
    const el = practice.querySelector('kap-cost-estimator')!;
    await el.updateComplete;
    expect(field(el, 'Preparation sessions').value).to.equal('3');
    // 3 x 200 + 6 x 555 + 6 x 200
    expect(totalText(el)).to.equal('$5,130.00');
    practice.setAttribute('preparation-sessions', '1');
    await (practice as KapPractice).updateComplete;
    await el.updateComplete;
    expect(field(el, 'Preparation sessions').value).to.equal('1');
    await typeInto(field(el, 'Preparation sessions'), '4');
    practice.setAttribute('preparation-sessions', '2');
    await (practice as KapPractice).updateComplete;
    await el.updateComplete;
    expect(totalText(el)).to.equal('$5,330.00');
    expect(field(el, 'Preparation sessions').value, 'the visitor\'s choice stays').to.equal('4');
  });
});

describe('<kap-cost-estimator> typing', () => {
  it('updates the total and fires the event as the visitor types, with no submit', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const fired = oneEvent(el, 'kap-estimate-change');
    await typeInto(field(el, 'Preparation sessions'), '4');
    const { detail } = await fired;
    expect(totalText(el)).to.equal('$5,180.00');
    expect(detail.totalCents).to.equal(518_000);
    expect(detail.lineItems[0]).to.include({ kind: 'preparation', quantity: 4, totalCents: 74_000 });
    expect(root(el).querySelector('button[type="submit"], form')).to.equal(null);
  });

  it('steps with the arrow keys; integration follows medicine until the visitor sets it', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const medicine = field(el, 'Medicine sessions');
    const integration = field(el, 'Integration sessions');
    medicine.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(medicine.value).to.equal('7');
    expect(medicine.getAttribute('aria-valuenow')).to.equal('7');
    expect(integration.value).to.equal('7');
    expect(totalText(el)).to.equal('$5,550.00');
    expect(part(el, 'per-week')!.textContent).to.contain('over 4 weeks');

    await typeInto(integration, '3');
    medicine.focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(medicine.value).to.equal('2');
    expect(integration.value).to.equal('3');
    // 2 x 185 + 2 x 555 + 3 x 185
    expect(totalText(el)).to.equal('$2,035.00');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(medicine.value, 'never below one medicine session').to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('steps with the plus and minus buttons, which stop at the ends of the range', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const fewer = root(el).querySelector<HTMLButtonElement>('[aria-label="One fewer preparation session"]')!;
    fewer.click();
    await el.updateComplete;
    fewer.click();
    await el.updateComplete;
    expect(field(el, 'Preparation sessions').value).to.equal('0');
    expect(fewer.disabled).to.equal(true);
    expect(parts(el, 'line-item').map((row) => row.querySelector('th')!.innerText.split('\n')[0])).to.deep.equal([
      'Medicine sessions',
      'Integration sessions',
    ]);
    expect(totalText(el)).to.equal('$4,440.00');
  });

  it('explains or clamps bad input inline and never shows a broken figure', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const preparation = field(el, 'Preparation sessions');

    await typeInto(preparation, 'abc');
    expect(preparation.getAttribute('aria-invalid')).to.equal('true');
    expect(noteOf(el, preparation)).to.equal('Use digits only, like 2. The estimate uses 2 for now.');
    expect(totalText(el)).to.equal('$4,810.00');
    expectNoBrokenFigures(el);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(preparation.value, 'leaving the field puts back the count in use').to.equal('2');
    expect(noteOf(el, preparation)).to.equal('');

    await typeInto(preparation, '2.5');
    expect(noteOf(el, preparation)).to.equal('Sessions are whole, so the estimate uses 3.');
    expect(totalText(el)).to.equal('$4,995.00');

    await typeInto(preparation, '-1');
    expect(noteOf(el, preparation)).to.equal('The fewest is 0, so the estimate uses 0.');
    expect(totalText(el)).to.equal('$4,440.00');

    await typeInto(preparation, '1000000000');
    expect(noteOf(el, preparation)).to.contain('goes up to 10, so it uses 10');
    expect(totalText(el)).to.equal('$6,290.00');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(preparation.value).to.equal('10');
    expect(noteOf(el, preparation), 'the clamp stays explained').to.contain('uses 10');

    // Typed key by key, "1" was a valid count before "e" made the text unreadable.
    await typeInto(preparation, '1e9');
    expect(preparation.getAttribute('aria-invalid')).to.equal('true');
    expect(noteOf(el, preparation)).to.equal('Use digits only, like 1. The estimate uses 1 for now.');
    expect(totalText(el)).to.equal('$4,625.00');

    await typeInto(preparation, '');
    expect(noteOf(el, preparation)).to.equal('Enter a number. The estimate uses 1 for now.');

    await typeInto(field(el, 'Medicine sessions'), 'two sessions please');
    expect(totalText(el)).to.equal('$4,625.00');
    expectNoBrokenFigures(el);
    await expect(el).to.be.accessible();
  });

  it('announces the new total politely once the visitor pauses, not at every keystroke', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const region = root(el).querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim(), 'nothing announced on load').to.equal('');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await typeInto(field(el, 'Integration sessions'), '12');
    await waitUntil(() => heard.length > 0, 'announced', { timeout: 5000 });
    observer.disconnect();
    expect(heard).to.deep.equal(['Estimated total $5,920.00.']);
  });
});

describe('<kap-cost-estimator> out-of-network benefits', () => {
  async function openBenefits(el: KapCostEstimator) {
    const toggle = part(el, 'benefits-toggle') as HTMLButtonElement;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    return toggle;
  }

  it('opens from the keyboard with the four labelled fields, and asks for what it needs', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const toggle = part(el, 'benefits-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'benefits')!.hidden).to.equal(true);
    await openBenefits(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent).to.contain('I have out-of-network benefits');
    for (const label of ['Plan pays (%)', 'Deductible remaining', 'Out-of-pocket maximum remaining', 'Allowed amount per session']) {
      expect(field(el, label).matches('[part~="input"]'), label).to.equal(true);
    }
    expect(part(el, 'reimbursement')!.textContent).to.contain('fill in Plan pays (%) and Deductible remaining');
    await expect(el).to.be.accessible();
  });

  it('draws the closed benefits a task after the rest, moving nothing the visitor sees', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = document.createElement('kap-cost-estimator') as KapCostEstimator;
    document.body.append(el);
    // A mutation observer's callback runs as the first render lands, before the task that draws the rest.
    const between = await new Promise<{ fields: number; printTop: number }>((resolve) => {
      const seen = new MutationObserver(() => {
        seen.disconnect();
        resolve({
          fields: root(el).querySelectorAll('[part~="benefits"] input').length,
          printTop: part(el, 'print-button')!.getBoundingClientRect().top,
        });
      });
      seen.observe(root(el), { childList: true, subtree: true });
    });
    await el.updateComplete;
    try {
      expect(between.fields, 'the benefits fields, on the first render').to.equal(0);
      expect(root(el).querySelectorAll('[part~="benefits"] input')).to.have.length(4);
      // Below the controls at this width: had the closed benefits taken room, the button would have moved down.
      expect(part(el, 'print-button')!.getBoundingClientRect().top).to.equal(between.printTop);
    } finally {
      el.remove();
    }
  });

  it('shows the reimbursement and net cost from the visitor\'s benefits, live', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    await openBenefits(el);
    await typeInto(field(el, 'Plan pays (%)'), '70');
    const fired = oneEvent(el, 'kap-estimate-change');
    await typeInto(field(el, 'Deductible remaining'), '0');
    const { detail } = await fired;
    // 8 superbill sessions x 70% of $185
    expect(detail).to.deep.include({ totalCents: 481_000, reimbursementCents: 103_600, netCents: 377_400 });
    const reimbursement = part(el, 'reimbursement')!.innerText;
    expect(reimbursement).to.contain('$1,036.00');
    expect(part(el, 'net')!.innerText).to.contain('$3,774.00');

    await typeInto(field(el, 'Deductible remaining'), '$500');
    expect(part(el, 'reimbursement')!.innerText).to.contain('$686.00');
    await typeInto(field(el, 'Allowed amount per session'), '150');
    // (8 x 150 - 500) x 70% = 490; $35 a session above the allowed amount is the visitor's.
    expect(part(el, 'reimbursement')!.innerText).to.contain('$490.00');
    expect(part(el, 'reimbursement')!.innerText).to.contain('$280.00 of the fees is above what your plan allows');
    await typeInto(field(el, 'Out-of-pocket maximum remaining'), '600');
    // The visitor's share stops at $600 of the $1,200 allowed.
    expect(part(el, 'reimbursement')!.innerText).to.contain('$600.00');
    expect(part(el, 'reimbursement')!.innerText).to.contain('reach your out-of-pocket maximum');
    await expect(el).to.be.accessible();
  });

  it('explains unreadable or out-of-range benefits inline', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    await openBenefits(el);
    const percent = field(el, 'Plan pays (%)');
    await typeInto(percent, '150');
    expect(noteOf(el, percent)).to.equal('A plan pays at most 100%, so the estimate uses 100%.');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(percent.value).to.equal('100');
    const deductible = field(el, 'Deductible remaining');
    await typeInto(deductible, 'lots');
    expect(deductible.getAttribute('aria-invalid')).to.equal('true');
    expect(noteOf(el, deductible)).to.contain('Use digits, like 1,500.');
    expect(part(el, 'reimbursement')!.textContent).to.contain('fill in');
    await typeInto(deductible, '-20');
    expect(noteOf(el, deductible)).to.equal('Amounts can\'t be negative, so the estimate uses $0.00.');
    expect(part(el, 'reimbursement')!.innerText).to.contain('$1,480.00');
    expectNoBrokenFigures(el);
    await expect(el).to.be.accessible();
  });

  it('stops counting benefits when the visitor closes them', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator></kap-cost-estimator>`);
    const toggle = await openBenefits(el);
    await typeInto(field(el, 'Plan pays (%)'), '50');
    await typeInto(field(el, 'Deductible remaining'), '0');
    toggle.focus();
    const fired = oneEvent(el, 'kap-estimate-change');
    await sendKeys({ press: 'Space' });
    expect((await fired).detail.reimbursementCents).to.equal(0);
    expect(part(el, 'reimbursement')).to.equal(null);
  });
});

describe('<kap-cost-estimator> currency and locale', () => {
  it('formats euros the German way and reads German amounts', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator currency="EUR" locale="de-DE"></kap-cost-estimator>`);
    expect(totalText(el)).to.equal('4.810,00\u00a0€');
    expect(parts(el, 'line-item')[1]!.innerText).to.contain('3.330,00\u00a0€');
    part(el, 'benefits-toggle')!.click();
    await el.updateComplete;
    await typeInto(field(el, 'Plan pays (%)'), '70');
    await typeInto(field(el, 'Deductible remaining'), '1.000');
    // (1.480 - 1.000) x 70% = 336
    expect(part(el, 'reimbursement')!.innerText).to.contain('336,00\u00a0€');
    await expect(el).to.be.accessible();
  });

  it('formats yen with no decimals and refuses fractions of a yen', async () => {
    const el = await fixture<KapCostEstimator>(
      html`<kap-cost-estimator currency="JPY" medicine-fee="80000" session-fee="25000"></kap-cost-estimator>`,
    );
    expect(totalText(el)).to.equal('¥680,000');
    part(el, 'benefits-toggle')!.click();
    await el.updateComplete;
    const deductible = field(el, 'Deductible remaining');
    await typeInto(deductible, '1000.5');
    expect(noteOf(el, deductible)).to.contain('Use a whole amount, with no decimals');
    expectNoBrokenFigures(el);
    await expect(el).to.be.accessible();
  });
});

describe('<kap-cost-estimator> Good Faith Estimate link', () => {
  it('leads to gfe-url when given', async () => {
    const el = await fixture<KapCostEstimator>(
      html`<kap-cost-estimator gfe-url="https://example.com/gfe" contact-email="hello@example.com"></kap-cost-estimator>`,
    );
    const link = part(el, 'gfe-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.com/gfe');
    expect(link.textContent!.trim()).to.equal('Request a Good Faith Estimate');
  });

  it('falls back to an email to the practice, then its phone, then plain words', async () => {
    const withEmail = await fixture<KapCostEstimator>(html`<kap-cost-estimator contact-email="hello@example.com"></kap-cost-estimator>`);
    expect(part(withEmail, 'gfe-link')!.getAttribute('href')).to.equal(
      'mailto:hello@example.com?subject=Good%20Faith%20Estimate%20request',
    );
    const withPhone = await fixture<KapCostEstimator>(html`<kap-cost-estimator contact-phone="206-555-0100"></kap-cost-estimator>`);
    expect(part(withPhone, 'gfe-link')!.getAttribute('href')).to.equal('tel:2065550100');
    const withNeither = await fixture<KapCostEstimator>(html`<kap-cost-estimator practice-name="Cedar Therapy"></kap-cost-estimator>`);
    expect(part(withNeither, 'gfe-link')).to.equal(null);
    expect(root(withNeither).querySelector('.gfe-request')!.textContent).to.contain('ask Cedar Therapy');
  });

  it('reports a bad gfe-url in the settings panel instead of linking to it', async () => {
    let detail: KapConfigErrorDetail | undefined;
    const changes = recordChanges();
    const el = await quietly(async () => {
      const listener = (event: Event) => (detail = (event as CustomEvent<KapConfigErrorDetail>).detail);
      document.addEventListener('kap-config-error', listener);
      const created = await fixture<KapCostEstimator>(html`<kap-cost-estimator gfe-url="javascript:alert(1)"></kap-cost-estimator>`);
      document.removeEventListener('kap-config-error', listener);
      return created;
    });
    changes.stop();
    expect(part(el, 'error')!.textContent).to.contain('gfe-url');
    expect(detail!.issues[0]).to.include({ attribute: 'gfe-url', value: 'javascript:alert(1)' });
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(changes.details, 'no estimate while a setting is wrong').to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<kap-cost-estimator> a bad practice setting', () => {
  it('shows the settings panel, then the estimate once it is fixed', async () => {
    const el = await quietly(() => fixture<KapCostEstimator>(html`<kap-cost-estimator medicine-fee="abc"></kap-cost-estimator>`));
    expect(part(el, 'error')!.textContent).to.contain('medicine-fee');
    expect(part(el, 'total')).to.equal(null);
    const fired = oneEvent(el, 'kap-estimate-change');
    el.setAttribute('medicine-fee', '600');
    expect((await fired).detail.totalCents).to.equal(6 * 60_000 + 8 * 18_500);
  });
});

describe('<kap-cost-estimator> themes and small screens', () => {
  it('renders dark and stays accessible', async () => {
    const el = await fixture<KapCostEstimator>(html`<kap-cost-estimator theme="dark"></kap-cost-estimator>`);
    const base = getComputedStyle(part(el, 'base')!);
    expect(base.backgroundColor).to.equal('rgb(21, 27, 30)');
    expect(base.color).to.equal('rgb(232, 238, 240)');
    part(el, 'benefits-toggle')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has no horizontal scroll at 390 px, benefits open, in German euros', async () => {
    await setViewport({ width: 390, height: 800 });
    const el = await fixture<KapCostEstimator>(
      html`<kap-cost-estimator currency="EUR" locale="de-DE" medicine-fee="1555.55" practice-name="Praxis für Psychotherapie Dr. Maximiliane Mustermann-Schönefeld"></kap-cost-estimator>`,
    );
    part(el, 'benefits-toggle')!.click();
    await el.updateComplete;
    await typeInto(field(el, 'Plan pays (%)'), '70');
    await typeInto(field(el, 'Deductible remaining'), '1234567,89');
    const base = part(el, 'base')!;
    expect(document.documentElement.scrollWidth).to.be.at.most(390);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const element of root(el).querySelectorAll<HTMLElement>('table, .stepper, .affixed, .total, [part~="reimbursement"]')) {
      expect(element.getBoundingClientRect().right, element.className).to.be.at.most(base.getBoundingClientRect().right);
    }
  });
});

describe('<kap-cost-estimator> print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints the practice, the date, the lines with codes, the totals and the disclaimers, without the controls', async () => {
    const el = await fixture<KapCostEstimator>(
      html`<kap-cost-estimator practice-name="Cedar Therapy" contact-email="hello@example.com" theme="dark"></kap-cost-estimator>`,
    );
    await startPrinting();
    const header = part(el, 'print-header')!;
    expect(getComputedStyle(header).display).to.equal('block');
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
    expect(header.innerText).to.contain('Cedar Therapy');
    expect(header.innerText).to.contain(`Prepared ${today}`);
    expect(header.innerText).to.contain('hello@example.com');
    expect(getComputedStyle(part(el, 'controls')!).display).to.equal('none');
    expect(getComputedStyle(part(el, 'print-button')!).display).to.equal('none');
    const printed = visibleText(el);
    expect(printed).to.contain('service code 90834');
    expect(printed).to.contain('$4,810.00');
    expect(printed).to.contain('not a Good Faith Estimate');
    expect(printed).to.contain('$400');
    expect(printed).to.contain('cms.gov/nosurprises');
    expect(printed).to.contain('1-800-985-3059');
    expect(printed).to.contain('not a contract');
    expect(printed).not.to.contain('Request a Good Faith Estimate');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor, 'white paper, even in dark theme').to.equal('rgb(255, 255, 255)');
  });

  it('prints the estimate alone from its button, then gives the page back', async () => {
    // The estimator itself is the fixture (a plain wrapper would wait on an animation frame,
    // which a background test page may not get); the page's own content sits beside it.
    const page = document.createElement('div');
    const other = document.createElement('p');
    other.id = 'page-content';
    other.textContent = "The practice's own page";
    document.body.append(page);
    const estimator = await fixture<HTMLElement>(html`<kap-cost-estimator></kap-cost-estimator>`, { parentNode: page });
    page.prepend(other);
    await emulateMedia({ media: 'print' });
    const original = window.print;
    let otherWhilePrinting = '';
    let estimatorWhilePrinting = '';
    window.print = () => {
      otherWhilePrinting = getComputedStyle(other).display;
      estimatorWhilePrinting = getComputedStyle(estimator).display;
    };
    try {
      const button = part(estimator, 'print-button') as HTMLButtonElement;
      button.click();
      await waitUntil(() => otherWhilePrinting !== '', 'print called');
    } finally {
      window.print = original;
    }
    expect(otherWhilePrinting).to.equal('none');
    expect(estimatorWhilePrinting).to.equal('block');
    window.dispatchEvent(new Event('afterprint'));
    expect(getComputedStyle(other).display).to.equal('block');
    expect(estimator.hasAttribute('data-kap-printing')).to.equal(false);
  });
});
