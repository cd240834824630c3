import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  formServiceEndpoint,
  preflightsFor,
  type FormService,
  type TestEndpoint,
} from './booking-endpoint.test-helpers.js';
import './define.js';
import type { KapBookingErrorDetail, KapBookingRequest, KapBookingSuccessDetail } from './kap-booking-request.js';

/**
 * The booking request against form services on another origin, as on every practice site
 * (test/server/cross-origin.mjs): one whose preflight allows only Content-Type and Accept, one
 * that answers no preflight at all. A request that needed a preflight would never leave.
 */
const SERVICES: Record<FormService, string> = {
  strict: 'whose preflight allows only Content-Type and Accept',
  'no-preflight': 'that answers no preflight at all',
};

async function setup(endpoint: TestEndpoint): Promise<KapBookingRequest> {
  return fixture<KapBookingRequest>(html`
    <kap-booking-request
      booking-endpoint=${endpoint.url}
      contact-email="hello@example.com"
      privacy-policy-url="https://example.com/privacy"
      .minimumFillTime=${0}
      .retryDelay=${10}
      .requestTimeout=${5000}
    ></kap-booking-request>
  `);
}

const $ = <T extends Element = HTMLElement>(el: KapBookingRequest, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the form`);
  return found;
};
const statusText = (el: KapBookingRequest) => $(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();

async function fillAndSend(el: KapBookingRequest): Promise<void> {
  const steps: [string, { type: string } | { press: string }][] = [
    ['#name', { type: 'Ada Lovelace' }],
    ['#email', { type: 'ada@example.com' }],
    ['#state', { type: 'Washington' }],
    ['[value="mon-morning"]', { press: 'Space' }],
    ['#consent', { press: 'Space' }],
    ['[part="submit"]', { press: 'Enter' }],
  ];
  for (const [selector, keys] of steps) {
    $(el, selector).focus();
    await sendKeys(keys);
  }
}

/** Sends a filled-in request to `endpoint` and waits for the error the widget reports. */
async function failedAt(endpoint: TestEndpoint): Promise<{ el: KapBookingRequest; detail: KapBookingErrorDetail }> {
  const el = await setup(endpoint);
  const failed = oneEvent(el, 'kap-booking-error');
  await fillAndSend(el);
  const { detail } = (await failed) as CustomEvent<KapBookingErrorDetail>;
  await el.updateComplete;
  return { el, detail };
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

for (const [service, which] of Object.entries(SERVICES) as [FormService, string][]) {
  describe(`kap-booking-request and a form service on another origin ${which}`, () => {
    it('delivers, with no preflight, a form-encoded request carrying its reference and key', async () => {
      const endpoint = await formServiceEndpoint(service, 'ok');
      const el = await setup(endpoint);
      const success = oneEvent(el, 'kap-booking-success');
      await fillAndSend(el);
      const { detail } = (await success) as CustomEvent<KapBookingSuccessDetail>;
      const [received, ...others] = (await endpoint.log()).requests;
      expect(others).to.have.length(0);
      expect(received!.headers['content-type']).to.equal('application/x-www-form-urlencoded');
      expect(received!.headers.accept).to.equal('application/json');
      expect(received!.headers['idempotency-key']).to.equal('');
      expect(received!.body).to.include({
        name: 'Ada Lovelace',
        _replyto: 'ada@example.com',
        state: 'WA',
        preferredTimes: 'mon-morning',
        consent: 'true',
        reference: detail.id,
        _gotcha: '',
      });
      expect(received!.key).to.be.a('string').and.not.equal('');
      expect(await preflightsFor(endpoint.url)).to.deep.equal([]);
      expect($(el, '[part="reference"]').textContent).to.equal(detail.id);
    });

    it('shows a 422\'s field errors at the fields', async () => {
      const { el, detail } = await failedAt(await formServiceEndpoint(service, 'invalid'));
      expect(detail).to.include({ kind: 'validation', retryable: false });
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email-error').textContent).to.contain('should be an email');
      expect(statusText(el)).to.contain('couldn’t accept some of your answers');
    });

    it('retries a 500 with the same reference and key, and the practice gets it once', async () => {
      const endpoint = await formServiceEndpoint(service, 'fail-once');
      const el = await setup(endpoint);
      const success = oneEvent(el, 'kap-booking-success');
      await fillAndSend(el);
      await success;
      const log = await endpoint.log();
      expect(log.requests).to.have.length(2);
      expect(new Set(log.requests.map((request) => request.key)).size).to.equal(1);
      expect(new Set(log.requests.map((request) => request.body['reference'])).size).to.equal(1);
      expect(log.delivered).to.have.length(1);
    });

    it('says the server failed after a lasting 500, and keeps everything', async () => {
      const { el, detail } = await failedAt(await formServiceEndpoint(service, 'fail'));
      expect(detail).to.include({ kind: 'server', retryable: true });
      expect($(el, '[part="submit"]').textContent!.trim()).to.equal('Try again');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('Ada Lovelace');
    });

    it('reports a dropped connection as unreachable, and "Try again" delivers once the service is back', async () => {
      const endpoint = await formServiceEndpoint(service, 'down');
      const { el, detail } = await failedAt(endpoint);
      expect(detail.kind).to.equal('network');
      expect(statusText(el)).to.contain('couldn’t reach the practice');
      await endpoint.up();
      const success = oneEvent(el, 'kap-booking-success');
      $(el, '[part="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await success;
      const log = await endpoint.log();
      expect(log.delivered).to.have.length(1);
      expect(Object.keys(log.keys), 'every attempt carried the same key').to.have.length(1);
    });
  });
}
