import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  formServiceEndpoint,
  testEndpoint,
} from '../components/booking-request/booking-endpoint.test-helpers.js';
import { DeliveryController, type Delivery, type DeliveryOutcome, type DeliveryState } from './delivery-controller.js';

/**
 * A host of the smallest kind: it renders where its delivery stands, and keeps every state it
 * rendered and every outcome it was told of.
 */
class DeliveryHost extends LitElement {
  readonly rendered: DeliveryState[] = [];
  readonly outcomes: DeliveryOutcome[] = [];
  readonly delivery = new DeliveryController(this, {
    timeoutMs: () => 2_000,
    backoffBaseMs: () => 10,
    onOutcome: (outcome) => this.outcomes.push(outcome),
  });

  protected override render() {
    this.rendered.push(this.delivery.state);
    return html`<p>${this.delivery.state.phase}</p>`;
  }
}
customElements.define('test-delivery-host', DeliveryHost);

const setup = () => fixture<DeliveryHost>(html`<test-delivery-host></test-delivery-host>`);
const shown = (host: DeliveryHost) => host.shadowRoot!.textContent!.trim();

/** An estimate's copy, say: the controller takes any body. */
const body = { kind: 'good-faith-estimate', reference: 'GFE-1', totalCents: 481000, items: ['90791', '90834'] };
const deliveryTo = (endpoint: string, idempotencyKey: string = crypto.randomUUID()): Delivery => ({ endpoint, body, idempotencyKey });

function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => Reflect.deleteProperty(navigator, 'onLine');
}

describe('DeliveryController', () => {
  it('sends the body with its key, and its host renders "sending" then "delivered"', async () => {
    const endpoint = testEndpoint('ok');
    const host = await setup();
    expect(shown(host)).to.equal('idle');
    const outcome = await host.delivery.send(deliveryTo(endpoint.url, 'key-ok'));
    expect(outcome).to.deep.equal({ phase: 'delivered', status: 200, attempts: 1 });
    await host.updateComplete;
    expect(shown(host)).to.equal('delivered');
    expect(host.rendered.map((state) => state.phase)).to.deep.equal(['idle', 'sending', 'delivered']);
    expect(host.outcomes).to.deep.equal([outcome]);
    const log = await endpoint.log();
    expect(log.delivered).to.deep.equal([body]);
    expect(log.requests[0]!.headers['idempotency-key']).to.equal('key-ok');
  });

  it('tells its host of each retry, and delivers once', async () => {
    const endpoint = testEndpoint('fail-once');
    const host = await setup();
    const states: DeliveryState[] = [];
    host.addController({ hostUpdate: () => states.push(host.delivery.state) });
    await host.delivery.send(deliveryTo(endpoint.url));
    const retry = states.find((state) => state.phase === 'sending' && state.retry);
    expect(retry).to.deep.nested.include({ 'retry.attempt': 2, 'retry.maxAttempts': 3, 'retry.reason': 'server' });
    expect(host.delivery.state).to.deep.equal({ phase: 'delivered', status: 200, attempts: 2 });
    expect((await endpoint.log()).delivered).to.have.length(1);
  });

  it('reports a refusal with the server\'s field errors, and a lasting failure as one to try again', async () => {
    const host = await setup();
    const refused = await host.delivery.send(deliveryTo(testEndpoint('invalid').url));
    expect(refused.phase).to.equal('failed');
    if (refused.phase !== 'failed') return;
    expect(refused.failure).to.include({ kind: 'validation', retryable: false, status: 422 });
    expect(refused.failure.errors[0]).to.deep.equal({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' });

    const failed = await host.delivery.send(deliveryTo(testEndpoint('fail').url));
    expect(failed).to.deep.include({ phase: 'failed' });
    if (failed.phase !== 'failed') return;
    expect(failed.failure).to.include({ kind: 'server', retryable: true, status: 500 });
  });

  it('loses nothing: sending the same delivery again keeps its key, and the receiver delivers it once', async () => {
    const endpoint = testEndpoint('down');
    const host = await setup();
    const delivery = deliveryTo(endpoint.url);
    expect((await host.delivery.send(delivery)).phase).to.equal('failed');
    await endpoint.up();
    expect((await host.delivery.send(delivery)).phase).to.equal('delivered');
    const log = await endpoint.log();
    expect(Object.keys(log.keys)).to.deep.equal([delivery.idempotencyKey]);
    expect(log.delivered).to.deep.equal([body]);
  });

  it('sends one delivery at a time: a second send while one is on its way sends nothing more', async () => {
    const endpoint = testEndpoint('slow', { ms: '300' });
    const host = await setup();
    const first = host.delivery.send(deliveryTo(endpoint.url));
    expect(host.delivery.busy).to.equal(true);
    const second = host.delivery.send(deliveryTo(endpoint.url));
    expect(await second).to.deep.equal(await first);
    expect((await endpoint.log()).requests).to.have.length(1);
  });

  it('waits while the browser is offline, and sends by itself when the connection returns', async () => {
    const endpoint = testEndpoint('ok');
    const host = await setup();
    const restore = goOffline();
    try {
      await host.updateComplete;
      expect(host.delivery.online).to.equal(false);
      expect(await host.delivery.send(deliveryTo(endpoint.url))).to.deep.equal({ phase: 'offline' });
      await host.updateComplete;
      expect(shown(host)).to.equal('offline');
      expect(host.delivery.busy).to.equal(true);
      expect((await endpoint.log()).requests, 'nothing goes out offline').to.have.length(0);
    } finally {
      restore();
    }
    window.dispatchEvent(new Event('online'));
    await new Promise<void>((resolve) => {
      const check = () => (host.delivery.state.phase === 'delivered' ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(host.outcomes.map((outcome) => outcome.phase)).to.deep.equal(['offline', 'delivered']);
    expect((await endpoint.log()).delivered).to.deep.equal([body]);
  });

  it('lets a delivery on its way finish when its host leaves the page', async () => {
    const endpoint = testEndpoint('slow', { ms: '200' });
    const host = await setup();
    const outcome = host.delivery.send(deliveryTo(endpoint.url));
    host.remove();
    expect((await outcome).phase).to.equal('delivered');
    expect((await endpoint.log()).delivered).to.have.length(1);
  });

  it('resets to idle once its host has shown the outcome, but never while busy', async () => {
    const host = await setup();
    const sending = host.delivery.send(deliveryTo(testEndpoint('slow', { ms: '200' }).url));
    host.delivery.reset();
    expect(host.delivery.state.phase).to.equal('sending');
    await sending;
    host.delivery.reset();
    expect(host.delivery.state).to.deep.equal({ phase: 'idle' });
  });

  it('sends any body to a form service on another origin as a CORS-simple request, the key in the body', async () => {
    const endpoint = await formServiceEndpoint('strict', 'ok');
    const host = await setup();
    expect((await host.delivery.send(deliveryTo(endpoint.url, 'key-gfe'))).phase).to.equal('delivered');
    const [received] = (await endpoint.log()).requests;
    expect(received!.headers['content-type']).to.equal('application/x-www-form-urlencoded');
    expect(received!.body).to.deep.equal({
      kind: 'good-faith-estimate',
      reference: 'GFE-1',
      totalCents: '481000',
      items: '90791, 90834',
      idempotencyKey: 'key-gfe',
    });
  });
});
