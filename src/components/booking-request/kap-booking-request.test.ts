import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { US_STATES } from '../../core/practice.js';
import type { KapConfigErrorDetail } from '../../shared/events.js';
import { testEndpoint, type TestEndpoint } from './booking-endpoint.test-helpers.js';
import './define.js';
import {
  $,
  clickSubmit,
  fillRequired,
  focused,
  input,
  press,
  query,
  RULES_ARRIVE,
  statusText,
  submitByKeyboard,
  submitText,
  typeInto,
} from './kap-booking-request.test-harness.js';
import type {
  KapBookingErrorDetail,
  KapBookingRequest,
  KapBookingSubmitDetail,
  KapBookingSuccessDetail,
} from './kap-booking-request.js';

interface Setup {
  endpoint?: TestEndpoint;
  email?: string;
  phone?: string;
  serviceArea?: string;
  replyDays?: string;
  theme?: 'dark';
  timeout?: number;
  minimumFillTime?: number;
}

async function setup(options: Setup = {}): Promise<KapBookingRequest> {
  const el = await fixture<KapBookingRequest>(html`
    <kap-booking-request
      booking-endpoint=${ifDefined(options.endpoint?.url)}
      contact-email=${ifDefined(options.email)}
      contact-phone=${ifDefined(options.phone)}
      service-area=${ifDefined(options.serviceArea)}
      reply-days=${ifDefined(options.replyDays)}
      theme=${ifDefined(options.theme)}
      privacy-policy-url="https://example.com/privacy"
      .minimumFillTime=${options.minimumFillTime ?? 0}
      .retryDelay=${10}
      .requestTimeout=${options.timeout ?? 5000}
    ></kap-booking-request>
  `);
  return el;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe('kap-booking-request: the form', () => {
  it('has labelled fields with autocomplete and phone keyboards, and an unticked consent with the four disclosures', async () => {
    const el = await setup({ endpoint: testEndpoint('ok'), email: 'hello@example.com' });
    const name = input(el, '#name');
    const email = input(el, '#email');
    const phone = input(el, '#phone');
    expect(name.labels![0]!.textContent).to.contain('Your name');
    expect(name.autocomplete).to.equal('name');
    expect([email.type, email.autocomplete, email.inputMode]).to.deep.equal(['email', 'email', 'email']);
    expect([phone.type, phone.autocomplete, phone.inputMode]).to.deep.equal(['tel', 'tel', 'tel']);
    expect(input(el, '#state').labels![0]!.textContent).to.contain('State you live in');
    const states = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#state option')].filter((option) => /^[A-Z]{2}$/.test(option.value));
    expect(states).to.have.length(US_STATES.length);
    const names = states.map((option) => option.textContent!.trim());
    expect(names, 'in the order of their names').to.deep.equal([...names].sort(new Intl.Collator('en').compare));
    expect(names.indexOf('District of Columbia')).to.be.below(names.indexOf('Florida'));
    expect($(el, '#message-hint').textContent).to.contain('don’t include health details');
    expect(input(el, '#message').getAttribute('aria-describedby')).to.contain('message-hint');

    const consent = input(el, '#consent');
    expect(consent.checked).to.equal(false);
    const disclosures = $(el, '[part~="consent"]').textContent!;
    for (const words of ['What is collected', 'Why', 'Who receives it', 'How to withdraw', 'hello@example.com']) {
      expect(disclosures).to.contain(words);
    }
    expect($<HTMLAnchorElement>(el, '[part="privacy-link"]').href).to.equal('https://example.com/privacy');

    const honeypot = input(el, '[name="_gotcha"]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
    const hidden = honeypot.closest('[aria-hidden="true"]')!.getBoundingClientRect();
    expect(hidden.width * hidden.height, 'visually hidden').to.be.at.most(1);

    const defaults = document.createElement('kap-booking-request');
    expect([defaults.requestTimeout, defaults.retryDelay, defaults.minimumFillTime], 'real-world defaults').to.deep.equal([
      15_000, 1_000, 3_000,
    ]);

    for (const part of ['base', 'form', 'field', 'label', 'input', 'consent', 'submit', 'status']) {
      expect(query(el, `[part~="${part}"]`), part).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('checks a changed field when the visitor leaves it, and clears the error once it is right', async () => {
    const el = await setup({ endpoint: testEndpoint('ok') });
    await typeInto(el, '#name', '');
    await sendKeys({ press: 'Tab' });
    expect(query(el, '[part="field-error"]'), 'no nagging about an untouched field').to.equal(null);

    await typeInto(el, '#email', 'ada@');
    await sendKeys({ press: 'Tab' });
    const email = input(el, '#email');
    // The form's rules arrive when the visitor first reaches into it: the error shows once they are here.
    await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the email field is marked invalid', RULES_ARRIVE);
    const errorId = email.getAttribute('aria-describedby')!;
    const error = el.shadowRoot!.getElementById(errorId)!;
    expect(error.getAttribute('part')).to.equal('field-error');
    expect(error.textContent).to.contain('like name@example.com');
    expect(error.closest('[part~="field"]')).to.equal(email.closest('[part~="field"]'));
    await expect(el).to.be.accessible();

    await typeInto(el, '#email', 'example.com');
    await el.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(query(el, '#email-error')).to.equal(null);
  });

  it('on submit marks every problem, sums them up and takes the visitor to the first; nothing is sent', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    await submitByKeyboard(el);
    await waitUntil(() => statusText(el) !== '', 'the status sums up the problems', RULES_ARRIVE);
    for (const field of ['name', 'email', 'state', 'consent']) {
      expect(input(el, `#${field}`).getAttribute('aria-invalid'), field).to.equal('true');
      expect(query(el, `#${field}-error`), field).to.exist;
    }
    expect(focused(el)).to.equal($(el, '#name'));
    expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
    expect(statusText(el)).to.contain('4 answers need your attention: Your name; Email; State you live in');
    expect((await endpoint.log()).requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for a phone number when the visitor wants a call', async () => {
    const el = await setup({ endpoint: testEndpoint('ok') });
    await fillRequired(el);
    await press(el, '#preferredContact-email', 'ArrowRight');
    await submitByKeyboard(el);
    await el.updateComplete;
    expect($(el, '#phone-error').textContent).to.contain('add a phone number for a phone call');
    expect(focused(el)).to.equal($(el, '#phone'));
  });

  it('counts the message and refuses one over 1,000 characters', async () => {
    const el = await setup({ endpoint: testEndpoint('ok') });
    await typeInto(el, '#message', 'Hello there');
    await el.updateComplete;
    expect($(el, '#message-count').textContent).to.contain('11 of 1,000 characters');
    const message = input(el, '#message');
    message.value = 'x'.repeat(1001);
    message.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await fillRequired(el);
    await submitByKeyboard(el);
    await el.updateComplete;
    expect($(el, '#message-error').textContent).to.contain('shorten your message to 1,000 characters');
  });
});

describe('kap-booking-request: delivery to a real endpoint', () => {
  it('delivers a request typed on the keyboard and shows what happens next with a reference number', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    await fillRequired(el);
    await typeInto(el, '#phone', '+1 206 555 0100');
    await press(el, '[value="mon-morning"]');
    await typeInto(el, '#message', 'Is there parking?');
    await expect(el).to.be.accessible();

    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    const { detail } = (await success) as CustomEvent<KapBookingSuccessDetail>;

    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    const [received] = log.requests;
    expect(received!.headers.accept).to.equal('application/json');
    expect(received!.headers['content-type']).to.equal('application/json');
    expect(received!.key).to.equal(received!.body['idempotencyKey']);
    expect(received!.body).to.include({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      _replyto: 'ada@example.com',
      phone: '+1 206 555 0100',
      state: 'WA',
      requestType: 'consultation',
      clientStatus: 'new',
      message: 'Is there parking?',
      consent: true,
      _gotcha: '',
    });
    expect(received!.body['preferredTimes']).to.deep.equal(['mon-morning']);
    expect(received!.body['_subject']).to.equal(`Consultation request from Ada Lovelace (${detail.id})`);
    expect(received!.body['reference']).to.equal(detail.id);

    expect(detail.via).to.equal('endpoint');
    const view = $(el, '[part="success"]');
    expect(view.textContent).to.contain('reply within 2 business days, by email');
    expect($(el, '[part="reference"]').textContent).to.equal(detail.id);
    expect(focused(el)).to.equal($(el, '#success-title'));
    expect(query(el, 'form')).to.equal(null);
    expect(sessionStorage.length, 'the draft is cleared').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows a 422\'s field errors at the fields', async () => {
    const el = await setup({ endpoint: testEndpoint('invalid') });
    await fillRequired(el);
    await typeInto(el, '#phone', '206 555 0100');
    const failed = oneEvent(el, 'kap-booking-error');
    await submitByKeyboard(el);
    const { detail } = (await failed) as CustomEvent<KapBookingErrorDetail>;
    expect(detail).to.include({ kind: 'validation', retryable: false });
    await el.updateComplete;
    expect(input(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#email-error').textContent).to.contain('didn’t accept this answer (it said “should be an email”)');
    expect($(el, '#phone-error').textContent).to.contain('is not a phone number we can call');
    expect(focused(el)).to.equal($(el, '#email'));
    expect(statusText(el)).to.contain('couldn’t accept some of your answers');
    expect(input(el, '#name').value, 'nothing typed is lost').to.equal('Ada Lovelace');
    await expect(el).to.be.accessible();
  });

  it('retries a 500 with the same key, so the practice gets one request and the visitor sees success', async () => {
    const endpoint = testEndpoint('fail-once');
    const el = await setup({ endpoint });
    await fillRequired(el);
    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    await success;
    const log = await endpoint.log();
    expect(Object.values(log.keys)).to.deep.equal([2]);
    expect(log.delivered).to.have.length(1);
    expect(query(el, '[part="success"]')).to.exist;
  });

  it('waits out a 429 and then delivers', async () => {
    const endpoint = testEndpoint('busy', { 'retry-after': '1' });
    const el = await setup({ endpoint });
    await fillRequired(el);
    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    await el.updateComplete;
    expect(submitText(el)).to.equal('Sending…');
    expect($(el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitUntil(() => statusText(el).includes('Still trying, attempt 2 of 3'), 'the status tells of the retry');
    await success;
    const log = await endpoint.log();
    expect(log.requests.map((r) => r.key)).to.have.length(2);
    expect(new Set(log.requests.map((r) => r.key)).size).to.equal(1);
  });

  it('says in plain words when the server is too slow, keeps everything and offers Try again', async () => {
    const endpoint = testEndpoint('slow', { ms: '5000' });
    const el = await setup({ endpoint, timeout: 100 });
    await fillRequired(el);
    const failed = oneEvent(el, 'kap-booking-error');
    await submitByKeyboard(el);
    const { detail } = (await failed) as CustomEvent<KapBookingErrorDetail>;
    expect(detail).to.include({ kind: 'timeout', retryable: true });
    await el.updateComplete;
    expect(statusText(el)).to.contain('took too long to answer');
    expect(statusText(el)).to.equal(detail.message);
    expect(submitText(el)).to.equal('Try again');
    expect(input(el, '#name').value).to.equal('Ada Lovelace');
    expect(input(el, '#consent').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps everything while the server is down, and "Try again" delivers once it is back', async () => {
    const endpoint = testEndpoint('down');
    const el = await setup({ endpoint, email: 'hello@example.com' });
    await fillRequired(el);
    const failed = oneEvent(el, 'kap-booking-error');
    await submitByKeyboard(el);
    expect(((await failed) as CustomEvent<KapBookingErrorDetail>).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(statusText(el)).to.contain('couldn’t reach the practice');
    const fallback = $<HTMLAnchorElement>(el, '[part="status"] a');
    expect(fallback.href, 'the email fallback carries the request').to.match(/^mailto:hello@example.com\?subject=.*Ada%20Lovelace/);
    expect(input(el, '#email').value).to.equal('ada@example.com');

    await endpoint.up();
    const success = oneEvent(el, 'kap-booking-success');
    expect(focused(el), 'focus stays on the button').to.equal($(el, '[part="submit"]'));
    expect(submitText(el)).to.equal('Try again');
    await sendKeys({ press: 'Enter' });
    await success;
    const log = await endpoint.log();
    expect(log.delivered).to.have.length(1);
    expect(Object.keys(log.keys), 'every attempt carried the same key').to.have.length(1);
  });

  it('sends once when the button is double-clicked', async () => {
    const endpoint = testEndpoint('slow', { ms: '300' });
    const el = await setup({ endpoint });
    await fillRequired(el);
    let submits = 0;
    el.addEventListener('kap-booking-submit', () => submits++);
    const success = oneEvent(el, 'kap-booking-success');
    await clickSubmit(el);
    await clickSubmit(el);
    await success;
    expect((await endpoint.log()).requests).to.have.length(1);
    expect(submits).to.equal(1);
  });

  it('explains a refused form, offers no pointless retry and gives the practice\'s email and phone', async () => {
    const el = await setup({ endpoint: testEndpoint('reject'), email: 'hello@example.com', phone: '206-555-0100' });
    await fillRequired(el);
    const failed = oneEvent(el, 'kap-booking-error');
    await submitByKeyboard(el);
    expect(((await failed) as CustomEvent<KapBookingErrorDetail>).detail).to.include({ kind: 'rejected', retryable: false });
    await el.updateComplete;
    expect(statusText(el)).to.contain('isn’t accepting requests');
    expect(submitText(el)).to.equal('Send request');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="status"] a')].map((a) => a.href);
    expect(links[1]).to.equal('tel:2065550100');
    await expect(el).to.be.accessible();
  });
});

describe('kap-booking-request: other ways to deliver', () => {
  it('builds a mailto: link with the subject and the whole request when only contact-email is set', async () => {
    const el = await setup({ email: 'hello@example.com' });
    const opened: string[] = [];
    el.openUrl = (url) => opened.push(url);
    await fillRequired(el);
    await press(el, '[value="wed-evening"]');
    await press(el, '[value="mon-afternoon"]');
    await typeInto(el, '#message', 'Two lines\nof text & more');
    expect(submitText(el)).to.equal('Continue in my email app');
    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    const { detail } = (await success) as CustomEvent<KapBookingSuccessDetail>;
    expect(detail.via).to.equal('mailto');
    expect(opened).to.have.length(1);
    const url = new URL(opened[0]!);
    expect(url.protocol + url.pathname).to.equal('mailto:hello@example.com');
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).to.equal(`Consultation request from Ada Lovelace (${detail.id})`);
    const body = params.get('body')!;
    for (const line of [
      'Name: Ada Lovelace',
      'Email: ada@example.com',
      'State I live in: Washington',
      'Times that suit me: Monday afternoon, Wednesday evening',
      `Reference: ${detail.id}`,
      'Two lines\r\nof text & more',
    ]) {
      expect(body).to.contain(line);
    }
    expect(body).to.contain('I agree that');
    expect($(el, '[part="success"]').textContent).to.contain('One more step: send the email');
    expect($<HTMLAnchorElement>(el, '[part="mailto-link"]').href).to.equal(opened[0]);
    await expect(el).to.be.accessible();
  });

  it('lets the page deliver the request itself by cancelling kap-booking-submit', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    let request: KapBookingSubmitDetail['request'] | undefined;
    el.addEventListener('kap-booking-submit', (event) => {
      request = event.detail.request;
      event.preventDefault();
    });
    await fillRequired(el);
    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    const { detail } = (await success) as CustomEvent<KapBookingSuccessDetail>;
    expect(detail.via).to.equal('event');
    expect(request).to.include({ name: 'Ada Lovelace', email: 'ada@example.com', state: 'WA', consent: true });
    expect((await endpoint.log()).requests).to.have.length(0);
    expect($(el, '[part="reference"]').textContent).to.equal(detail.id);
  });

  it('says so when requests have nowhere to go', async () => {
    const el = await setup();
    await fillRequired(el);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const failed = oneEvent(el, 'kap-booking-error');
    await submitByKeyboard(el);
    const { detail } = (await failed) as CustomEvent<KapBookingErrorDetail>;
    console.error = original;
    expect(detail).to.include({ kind: 'not-configured', retryable: false });
    expect(errors).to.have.length(1);
    await el.updateComplete;
    expect(statusText(el)).to.contain('isn’t set up to send requests');
  });
});

describe('kap-booking-request: nothing typed is lost', () => {
  it('keeps a draft in sessionStorage, without consent or honeypot, and restores it after a reload', async () => {
    const el = await setup({ endpoint: testEndpoint('ok') });
    await fillRequired(el);
    await press(el, '[value="fri-morning"]');
    const honeypot = input(el, '[name="_gotcha"]');
    honeypot.value = 'bot text';
    honeypot.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const stored = [...Array(sessionStorage.length).keys()].map((i) => sessionStorage.getItem(sessionStorage.key(i)!)!);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.contain('Ada Lovelace');
    expect(stored[0]).to.not.contain('consent');
    expect(stored[0]).to.not.contain('bot text');
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');

    el.remove();
    const again = await setup({ endpoint: testEndpoint('ok') });
    expect(input(again, '#name').value).to.equal('Ada Lovelace');
    expect(input(again, '#email').value).to.equal('ada@example.com');
    expect(input(again, '#state').value).to.equal('WA');
    expect(input(again, '[value="fri-morning"]').checked).to.equal(true);
    expect(input(again, '#consent').checked, 'consent is asked again').to.equal(false);
    expect(input(again, '[name="_gotcha"]').value).to.equal('');
  });

  it('says when it is offline, waits, and sends when the connection returns', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    await fillRequired(el);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(statusText(el)).to.contain('You seem to be offline');
      const waiting = oneEvent(el, 'kap-booking-error');
      await submitByKeyboard(el);
      expect(((await waiting) as CustomEvent<KapBookingErrorDetail>).detail).to.include({ kind: 'offline', retryable: true });
      await el.updateComplete;
      expect(statusText(el)).to.contain('will be sent as soon as your connection comes back');
      expect(submitText(el)).to.equal('Waiting for a connection…');
      await sendKeys({ press: 'Enter' });
      expect((await endpoint.log()).requests).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
    const success = oneEvent(el, 'kap-booking-success');
    window.dispatchEvent(new Event('online'));
    await success;
    expect((await endpoint.log()).delivered).to.have.length(1);
  });
});

describe('kap-booking-request: spam', () => {
  it('drops a request with a filled honeypot silently: success shown, nothing sent, no event', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    let events = 0;
    for (const name of ['kap-booking-submit', 'kap-booking-success', 'kap-booking-error'] as const) {
      el.addEventListener(name, () => events++);
    }
    await fillRequired(el);
    const honeypot = input(el, '[name="_gotcha"]');
    honeypot.value = 'https://spam.example';
    honeypot.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await submitByKeyboard(el);
    await el.updateComplete;
    expect(query(el, '[part="success"]')).to.exist;
    expect((await endpoint.log()).requests).to.have.length(0);
    expect(events).to.equal(0);
  });

  it('drops a request sent sooner than a person could fill in the form', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint, minimumFillTime: 60_000 });
    await fillRequired(el);
    await submitByKeyboard(el);
    await el.updateComplete;
    expect(query(el, '[part="success"]')).to.exist;
    expect((await endpoint.log()).requests).to.have.length(0);
  });
});

describe('kap-booking-request: service area and settings', () => {
  it('tells someone outside the service area that treatment is for residents, and still takes a question', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    await fillRequired(el, 'Oregon');
    const note = $(el, '[part="note"]');
    expect(note.textContent).to.contain('only offered to people who live in Washington');
    expect(note.closest('[aria-live="polite"]')).to.exist;
    await expect(el).to.be.accessible();

    await submitByKeyboard(el);
    await el.updateComplete;
    expect($(el, '#requestType-error').textContent).to.contain('choose “Ask a question”');
    expect(focused(el)).to.equal($(el, '#requestType-consultation'));

    await press(el, '.note button', 'Enter');
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#requestType-question'));
    expect(input(el, '#requestType-question').checked).to.equal(true);
    expect(query(el, '#requestType-error')).to.equal(null);

    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    await success;
    expect((await endpoint.log()).delivered[0]).to.include({ state: 'OR', requestType: 'question' });
  });

  it('promises a reply within reply-days business days', async () => {
    const el = await setup({ replyDays: '3' });
    el.addEventListener('kap-booking-submit', (event) => event.preventDefault());
    await fillRequired(el);
    const success = oneEvent(el, 'kap-booking-success');
    await submitByKeyboard(el);
    await success;
    expect($(el, '[part="success"]').textContent).to.contain('within 3 business days');
  });

  it('shows the settings panel for a bad reply-days', async () => {
    const original = console.error;
    console.error = () => undefined;
    const reported = oneEvent(document, 'kap-config-error');
    const el = await setup({ replyDays: 'soon' });
    const { detail } = (await reported) as CustomEvent<KapConfigErrorDetail>;
    console.error = original;
    expect(detail.issues[0]).to.include({ attribute: 'reply-days', value: 'soon' });
    const panel = $(el, '[part="error"]');
    expect(panel.textContent).to.contain('reply-days="soon"');
    expect(panel.textContent).to.contain('whole number of business days from 1 to 30');
    expect(query(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme, with errors shown', async () => {
    const el = await setup({ endpoint: testEndpoint('ok'), theme: 'dark' });
    await submitByKeyboard(el);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('kap-booking-request: a whole run by keyboard alone', () => {
  /** Presses Tab until the control is focused, as a keyboard user would. */
  async function tabTo(el: KapBookingRequest, selector: string): Promise<void> {
    const target = $(el, selector);
    for (let presses = 0; presses < 40 && focused(el) !== target; presses++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(el), selector).to.equal(target);
  }

  it('fills in and sends the request with Tab, arrows, Space, typing and Enter', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    const before = document.createElement('button');
    before.textContent = 'Before the form';
    el.before(before);
    before.focus();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#requestType-consultation'));
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, '#name');
    await sendKeys({ type: 'Grace Hopper' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'grace@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '206-555-0100' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Washington' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '#preferredContact-email'));
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(el, '[value="tue-evening"]');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '#message');
    await sendKeys({ type: 'Mornings are best.' });
    await tabTo(el, '#consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($(el, '[part="submit"]'));
    const success = oneEvent(el, 'kap-booking-success');
    await sendKeys({ press: 'Enter' });
    await success;
    before.remove();

    expect((await endpoint.log()).delivered[0]).to.deep.include({
      requestType: 'preparation',
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '206-555-0100',
      state: 'WA',
      preferredContact: 'text',
      clientStatus: 'returning',
      preferredTimes: ['tue-evening'],
      message: 'Mornings are best.',
      consent: true,
    });
    expect(focused(el)).to.equal($(el, '#success-title'));
    expect($(el, '[part="success"]').textContent).to.contain('by text message');
  });
});
