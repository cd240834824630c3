import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { testEndpoint } from '../../src/components/booking-request/booking-endpoint.test-helpers.js';
import type { KapBookingRequest } from '../../src/components/booking-request/kap-booking-request.js';
import { chunksRequested, closeFrames, deepQueryAll, frameWindow, openFrame, until, type FrameWindow } from './helpers.js';

/**
 * The booking request's rules (zod and the request's schema, chunks/booking-checks.js) through
 * dist/kap-loader.js: not part of the form's first load, fetched when a visitor first reaches
 * into the form, and a send that cannot get them says so and keeps everything.
 */
const loader = (base = '') => `<script type="module" src="${base}/dist/kap-loader.js"></script>`;

async function bookingForm(win: FrameWindow): Promise<KapBookingRequest> {
  await win.customElements.whenDefined('kap-booking-request');
  const element = deepQueryAll<KapBookingRequest>(win.document, 'kap-booking-request')[0]!;
  await until(() => Boolean(element.shadowRoot?.querySelector('form')), 'the booking form');
  // Its lower part, the send button with it, is drawn a task after its top (KapElement.later).
  await element.updateComplete;
  // A person takes longer than the spam rule's 3 seconds; the test does not.
  element.minimumFillTime = 0;
  return element;
}

const control = (form: KapBookingRequest, selector: string) => form.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
const statusText = (form: KapBookingRequest) => form.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function typeInto(form: KapBookingRequest, selector: string, text: string): Promise<void> {
  control(form, selector).focus();
  await sendKeys({ type: text });
}

describe('the booking request\'s rules through the loader', () => {
  afterEach(closeFrames);
  // The frames share this page's sessionStorage: one test's draft would fill the next one's form.
  beforeEach(() => sessionStorage.clear());

  it('are fetched only when a visitor reaches into the form, and then check what was typed', async () => {
    const win = frameWindow(await openFrame({ html: `${loader()}<kap-booking-request></kap-booking-request>` }));
    const form = await bookingForm(win);
    // A frame (each page of the runner's) can be kept from rendering; a nap lets any late load show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chunksRequested(win)).to.deep.equal(['kap-booking-request', 'kap-delivery', 'kap-shared']);

    await typeInto(form, '#email', 'ada@');
    await sendKeys({ press: 'Tab' });
    await until(() => control(form, '#email').getAttribute('aria-invalid') === 'true', 'the email marked invalid');
    expect(chunksRequested(win)).to.deep.equal(['booking-checks', 'kap-booking-request', 'kap-delivery', 'kap-shared']);
    expect(form.shadowRoot!.querySelector('#email-error')!.textContent).to.contain('like name@example.com');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('that cannot be fetched make a send say so and keep everything; once the connection is back, "Try again" sends', async () => {
    const endpoint = testEndpoint('ok');
    const run = `run-${Math.random().toString(36).slice(2)}`;
    const win = frameWindow(
      await openFrame({ html: `${loader(`/lost-rules/${run}`)}<kap-booking-request booking-endpoint="${endpoint.url}"></kap-booking-request>` }),
    );
    const form = await bookingForm(win);
    // Reaching into the form asks for the rules, and the send asks again: the connection drops each time.
    await typeInto(form, '#name', 'Ada Lovelace');
    await typeInto(form, '#email', 'ada@example.com');
    await typeInto(form, '#state', 'Washington');
    control(form, '#consent').focus();
    await sendKeys({ press: 'Space' });
    control(form, '[part="submit"]').focus();
    const failed = new Promise<CustomEvent>((resolve) => form.addEventListener('kap-booking-error', resolve as EventListener, { once: true }));
    await sendKeys({ press: 'Enter' });
    expect((await failed).detail).to.include({ kind: 'not-loaded', retryable: true });
    await until(() => statusText(form).includes('This form didn’t finish loading'), 'the failure shown');
    expect(control(form, '[part="submit"]').textContent!.trim()).to.equal('Try again');
    expect(control(form, '#name').value).to.equal('Ada Lovelace');
    expect(control(form, '#email').value).to.equal('ada@example.com');
    expect(control(form, '#consent').checked).to.equal(true);
    expect((await endpoint.log()).requests).to.have.length(0);

    await fetch(`/lost-rules/${run}/back`);
    const sent = new Promise<CustomEvent>((resolve) => form.addEventListener('kap-booking-success', resolve as EventListener, { once: true }));
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail).to.include({ via: 'endpoint' });
    const { delivered } = await endpoint.log();
    expect(delivered).to.have.length(1);
    expect(delivered[0]).to.include({ name: 'Ada Lovelace', email: 'ada@example.com', state: 'WA' });
    expect(win.pageErrors, 'a lost chunk is no page error').to.deep.equal([]);
  });

  it('that arrive late check what was there when the visitor pressed send, and leave a visitor who typed on where they are', async () => {
    const endpoint = testEndpoint('ok');
    const win = frameWindow(await openFrame({ html: `${loader('/slow-rules')}<kap-booking-request booking-endpoint="${endpoint.url}"></kap-booking-request>` }));
    const form = await bookingForm(win);
    control(form, '[part="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    // The rules are on their way (a second): the visitor goes back and types their name.
    await typeInto(form, '#name', 'Ada Lovelace');
    await until(() => statusText(form) !== '', 'the status sums up what is missing');
    expect(control(form, '#name').getAttribute('aria-invalid'), 'the name typed meanwhile is not called missing').to.equal('false');
    expect(control(form, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect(statusText(form)).to.contain('3 answers need your attention: Email; State you live in; The consent box');
    expect(form.shadowRoot!.activeElement, 'focus stays where the visitor types').to.equal(control(form, '#name'));
    expect(control(form, '#name').value).to.equal('Ada Lovelace');
    expect((await endpoint.log()).requests).to.have.length(0);
  });
});
