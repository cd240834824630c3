import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { KapGfeIssuedDetail } from '../../../shared/events.js';
import { testEndpoint } from '../../booking-request/booking-endpoint.test-helpers.js';
import '../define.js';
import type { KapCostEstimator } from '../kap-cost-estimator.js';
import { quietly } from '../../../../test/helpers/console.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: HTMLElement | null) => element!.innerText.replace(/\s+/g, ' ').trim();

/** A practice that has set everything a GFE needs. */
function practice(extra: Record<string, string> = {}) {
  const attributes: Record<string, string> = {
    'practice-name': 'Cedar Therapy',
    'provider-name': 'Jane Rivera, LMHC',
    'provider-npi': '1234567893',
    'provider-tin': '12-3456789',
    'practice-address': '100 Pine St, Suite 2, Seattle, WA 98101',
    'contact-email': 'hello@example.com',
    ...extra,
  };
  const el = document.createElement('kap-cost-estimator');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<KapCostEstimator>(el);
}

/** Opens the form the way a visitor does and waits until its module has loaded. */
async function openForm(el: KapCostEstimator) {
  part(el, 'gfe-open')!.click();
  await waitUntil(() => part(el, 'gfe-form'), 'the GFE form loads');
  await el.updateComplete;
  return part(el, 'gfe-form')!;
}

/** Fills in the form with the keyboard: the name, then Tab through the date fields, then Enter. */
async function fillIn(el: KapCostEstimator, name: string, date: string[]) {
  root(el).getElementById('gfe-name')!.focus();
  await sendKeys({ type: name });
  for (const value of date) {
    await sendKeys({ press: 'Tab' });
    if (value) await sendKeys({ type: value });
  }
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function issue(el: KapCostEstimator) {
  await openForm(el);
  await fillIn(el, 'Ana María Flores', ['3', '27', '1985']);
  await waitUntil(() => part(el, 'gfe-document'), 'the GFE is shown');
  return part(el, 'gfe-document')!;
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('<kap-cost-estimator> Good Faith Estimate: without its settings', () => {
  it('stays an informal estimate with the notice and "Request a Good Faith Estimate"', async () => {
    for (const missing of ['provider-npi', 'provider-tin', 'practice-address']) {
      const el = await practice();
      el.removeAttribute(missing);
      await el.updateComplete;
      expect(part(el, 'gfe-open'), missing).to.equal(null);
      expect(part(el, 'gfe-link')!.textContent!.trim(), missing).to.equal('Request a Good Faith Estimate');
      expect(text(part(el, 'base')), missing).to.contain('This is an informal estimate, not a Good Faith Estimate');
      expect(part(el, 'gfe-notice'), missing).to.exist;
    }
  });

  it('names a bad NPI in the settings panel', async () => {
    const el = await quietly(() => practice({ 'provider-npi': '1234567890' }));
    expect(text(part(el, 'error'))).to.contain('provider-npi="1234567890"');
    expect(part(el, 'gfe-open')).to.equal(null);
  });
});

describe('<kap-cost-estimator> Good Faith Estimate: the form', () => {
  it('offers the GFE, loads its form on request, and is accessible', async () => {
    const el = await practice();
    expect(part(el, 'gfe-link')).to.equal(null);
    const open = part(el, 'gfe-open')!;
    expect(open.textContent!.trim()).to.equal('Get your Good Faith Estimate');
    expect(part(el, 'gfe-form'), 'nothing before the visitor asks').to.equal(null);
    const form = await openForm(el);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('gfe-form-title');
    expect(text(form)).to.contain('2 preparation sessions, 6 medicine sessions, 6 integration sessions, $4,810.00 in all');
    expect(text(form)).to.contain('Your name and date of birth stay in this browser');
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with an empty form, an impossible date and a date to come', async () => {
    const el = await practice();
    await openForm(el);
    await fillIn(el, '', ['', '', '']);
    const problems = root(el).getElementById('gfe-problems')!;
    expect(root(el).activeElement).to.equal(problems);
    expect(text(problems)).to.contain('Enter your full name.');
    expect(text(problems)).to.contain('Enter your date of birth.');
    expect(root(el).getElementById('gfe-name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    await fillIn(el, 'Ana Flores', ['2', '30', '1985']);
    expect(text(root(el).getElementById('gfe-birth-date-note'))).to.equal(
      'That date is not on the calendar. Check the month (1 to 12), the day, and the year (4 digits).',
    );
    expect(root(el).getElementById('gfe-name-note')!.textContent!.trim(), 'the name is fixed').to.equal('');

    const year = root(el).getElementById('gfe-year') as HTMLInputElement;
    year.focus();
    year.select();
    await sendKeys({ type: String(new Date().getFullYear() + 1) });
    const month = root(el).getElementById('gfe-month') as HTMLInputElement;
    const day = root(el).getElementById('gfe-day') as HTMLInputElement;
    for (const [input, value] of [[month, '3'], [day, '27']] as const) {
      input.focus();
      input.select();
      await sendKeys({ type: value });
    }
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).getElementById('gfe-birth-date-note'))).to.equal('Your date of birth must be a date in the past.');
    expect(part(el, 'gfe-document')).to.equal(null);
  });

  it('closes with Cancel and gives focus back to its button', async () => {
    const el = await practice();
    await openForm(el);
    const cancel = [...part(el, 'gfe-form')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!;
    cancel.click();
    await waitUntil(() => !part(el, 'gfe-form'), 'the form closes');
    expect(root(el).activeElement).to.equal(part(el, 'gfe-open'));
  });
});

describe('<kap-cost-estimator> Good Faith Estimate: the document', () => {
  it('holds every element in the CMS model form\'s order, for the plan chosen, and is accessible', async () => {
    const el = await practice({ 'session-code': '90837', 'gfe-months': '6' });
    // The visitor chooses a plan first: one preparation session fewer.
    const preparation = root(el).getElementById('count-preparation') as HTMLInputElement;
    preparation.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const issued: KapGfeIssuedDetail[] = [];
    el.addEventListener('kap-gfe-issued', (event) => issued.push(event.detail));
    const doc = await issue(el);

    const headings = [...doc.querySelectorAll('h3, h4')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'Good Faith Estimate for Health Care Items and Services',
      'Patient',
      'Primary service',
      'Provider',
      'Items and services expected',
      'Services scheduled separately',
      'Disclaimer',
      'This estimate',
    ]);
    const printed = text(doc);
    for (const fact of [
      'Ana María Flores',
      'March 27, 1985',
      'Ketamine-assisted psychotherapy',
      'Jane Rivera, LMHC',
      '1234567893',
      '12-3456789',
      '100 Pine St, Suite 2, Seattle, WA 98101',
      'WA',
      "The prescriber's medical evaluation before treatment",
      'Follow-up visits with the prescriber',
      'The medication (ketamine)',
      'Separate Good Faith Estimates will be issued',
      'not reflected in this Good Faith Estimate',
      'only an estimate',
      'at least $400 more',
      '120 calendar days',
      'cms.gov/nosurprises',
      '1-800-985-3059',
      'will not affect the quality',
      'is not a contract',
      'Keep a copy of this Good Faith Estimate',
      '(6 months)',
    ]) {
      expect(printed, fact).to.contain(fact);
    }
    const rows = [...doc.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['90837', '1', '$185.00', '$185.00'],
      ['None listed', '6', '$555.00', '$3,330.00'],
      ['90837', '6', '$185.00', '$1,110.00'],
    ]);
    expect(doc.querySelector('tfoot')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Total estimated charges $4,625.00');
    expect(doc.querySelector<HTMLAnchorElement>('a[href="https://www.cms.gov/nosurprises"]')).to.exist;
    expect(doc.querySelector<HTMLAnchorElement>('a[href="tel:+18009853059"]')).to.exist;
    const gfeId = doc.querySelector('.gfe-id')!.textContent!.trim();
    expect(gfeId).to.match(/^GFE-\d{8}-[0-9A-Z]{6}$/);

    expect(issued).to.have.length(1);
    expect(Object.keys(issued[0]!).sort()).to.deep.equal(['currency', 'gfeId', 'issuedAt', 'totalCents']);
    expect(issued[0]).to.include({ gfeId, totalCents: 462_500, currency: 'USD' });
    expect(JSON.stringify(issued[0])).not.to.match(/Ana|1985/);
    expect(root(el).activeElement?.id).to.equal('gfe-document-title');
    await expect(el).to.be.accessible();
  });

  it('sends nothing anywhere without a booking endpoint, and says so', async () => {
    const el = await practice();
    const before = performance.getEntriesByType('resource').length;
    await issue(el);
    const after = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(after.filter((name) => !name.includes('/src/') && !name.includes('/node_modules/'))).to.deep.equal([]);
    expect(text(part(el, 'gfe-delivery'))).to.equal(
      'This page does not send your estimate to Cedar Therapy. Print it or save it as a PDF, and keep a copy.',
    );
  });

  it('words lengths and dates by the suite\'s one rule: "3 hours" as in the estimate, English words in de-DE order', async () => {
    const el = await practice({ locale: 'de-DE' });
    await openForm(el);
    // de-DE writes day, month, year, and so do the date fields.
    await fillIn(el, 'Ana María Flores', ['27', '3', '1985']);
    await waitUntil(() => part(el, 'gfe-document'), 'the GFE is shown');
    const doc = part(el, 'gfe-document')!;
    const lengths = [...doc.querySelectorAll('.gfe-item .gfe-minutes:not(.gfe-inline)')].map((span) => span.textContent!.trim());
    expect(lengths).to.deep.equal(['50 minutes', '3 hours', '50 minutes']);
    const born = new Intl.DateTimeFormat('en-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(1985, 2, 27));
    expect(born).to.equal('27 March 1985');
    expect(text(doc)).to.contain(`Date of birth ${born}`);
    expect(text(doc)).not.to.match(/Dezember|Januar|März/);
  });

  it('in US Spanish', async () => {
    const el = await practice({ lang: 'es' });
    const form = await openForm(el);
    expect(form.querySelector('h3')!.textContent!.trim()).to.equal('Obtenga su Estimación de buena fe');
    const order = [...form.querySelectorAll('.gfe-date-label')].map((label) => label.textContent!.trim());
    expect(order, 'the date in the order es-US writes it').to.deep.equal(['Día', 'Mes', 'Año']);
    await expect(el).to.be.accessible();
    await fillIn(el, 'Ana María Flores', ['27', '3', '1985']);
    const doc = part(el, 'gfe-document')!;
    const printed = text(doc);
    expect(doc.querySelector('h3')!.textContent!.trim()).to.equal('Estimación de buena fe de artículos y servicios de atención médica');
    for (const fact of ['27 de marzo de 1985', 'Proveedor', 'Total de cargos estimados', '$4,810.00', 'al menos $400 más', '120 días calendario', 'no es un contrato', 'Guarde una copia']) {
      expect(printed, fact).to.contain(fact);
    }
    await expect(el).to.be.accessible();
  });

  it('prints alone on Letter paper: nothing of the page or of the widget\'s controls', async () => {
    const page = document.createElement('p');
    page.textContent = "The practice's own page";
    document.body.prepend(page);
    const el = await practice();
    await issue(el);
    await setViewport({ width: 816, height: 1056 });
    const original = window.print;
    const seen: Record<string, boolean | number> = {};
    window.print = () => {
      seen['page'] = page.checkVisibility();
      for (const name of ['heading', 'controls', 'table', 'gfe-notice', 'gfe-document', 'gfe-delivery', 'gfe-print']) {
        seen[name] = part(el, name)!.checkVisibility();
      }
      seen['width'] = part(el, 'gfe-document')!.scrollWidth;
    };
    try {
      await emulateMedia({ media: 'print' });
      part(el, 'gfe-print')!.click();
      await waitUntil(() => 'page' in seen, 'print called');
    } finally {
      window.print = original;
      page.remove();
    }
    expect(seen).to.deep.include({
      page: false,
      heading: false,
      controls: false,
      table: false,
      'gfe-notice': false,
      'gfe-delivery': false,
      'gfe-print': false,
      'gfe-document': true,
    });
    expect(seen['width']).to.be.at.most(816);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(part(el, 'gfe-document')!.checkVisibility(), 'the informal estimate prints without it again').to.equal(false);
    expect(part(el, 'table')!.checkVisibility()).to.equal(true);
  });
});

describe('<kap-cost-estimator> Good Faith Estimate: the practice\'s copy', () => {
  it('reaches a real endpoint exactly once across a 500 and a dropped connection, and says so', async () => {
    const endpoint = testEndpoint('fail-then-drop');
    const el = await practice({ 'booking-endpoint': endpoint.url });
    await issue(el);
    await waitUntil(() => text(part(el, 'gfe-delivery')).includes('has received'), 'the copy arrives', { timeout: 15_000 });
    expect(text(part(el, 'gfe-delivery'))).to.equal('Cedar Therapy has received a copy of this estimate.');
    const log = await endpoint.log();
    expect(log.requests).to.have.length(3);
    expect(new Set(log.requests.map((request) => request.key)).size, 'one key on every attempt').to.equal(1);
    expect(log.delivered).to.have.length(1);
    const copy = log.delivered[0]!;
    expect(copy).to.include({
      requestType: 'good-faith-estimate',
      patientName: 'Ana María Flores',
      patientBirthDate: '1985-03-27',
      providerNpi: '1234567893',
      totalCents: 481_000,
      currency: 'USD',
    });
    expect(copy['gfeId']).to.equal(part(el, 'gfe-document')!.querySelector('.gfe-id')!.textContent!.trim());
    expect(copy['document']).to.contain('Keep a copy of this Good Faith Estimate');
    expect(log.requests[0]!.headers.cookie, 'no cookies').to.equal('');
  });

  it('offers to send again when the practice\'s server keeps failing', async () => {
    const endpoint = testEndpoint('fail');
    const el = await practice({ 'booking-endpoint': endpoint.url });
    await issue(el);
    await waitUntil(() => text(part(el, 'gfe-delivery')).includes('has not reached'), 'the copy fails', { timeout: 15_000 });
    const again = part(el, 'gfe-delivery')!.querySelector('button')!;
    expect(again.textContent!.trim()).to.equal('Send the copy again');
    expect((await endpoint.log()).requests).to.have.length(3);
    again.click();
    await waitUntil(async () => (await endpoint.log()).requests.length > 3, 'sent again', { timeout: 15_000 });
    const { requests } = await endpoint.log();
    expect(new Set(requests.map((request) => request.key)).size, 'the same copy, the same key').to.equal(1);
  });
});
