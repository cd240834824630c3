import { expect } from '@open-wc/testing';
import {
  formServiceEndpoint,
  formServiceOrigin,
  preflightsFor,
  type FormService,
} from '../components/booking-request/booking-endpoint.test-helpers.js';
import { formFields, isCrossOrigin, submitForm, wireRequest } from './submit.js';

const PAGE = 'https://practice.example/contact';

describe('what the submission client puts on the wire', () => {
  it('tells the page\'s own origin from another', () => {
    expect(isCrossOrigin('/api/booking', PAGE)).to.equal(false);
    expect(isCrossOrigin('https://practice.example/api', PAGE)).to.equal(false);
    expect(isCrossOrigin('https://formspree.io/f/abc', PAGE)).to.equal(true);
    expect(isCrossOrigin('https://practice.example:8443/api', PAGE), 'another port').to.equal(true);
    expect(isCrossOrigin('http://practice.example/api', PAGE), 'another scheme').to.equal(true);
    expect(isCrossOrigin('/api/booking', undefined), 'no page: the request every service takes').to.equal(true);
  });

  it('sends another origin a CORS-simple request: form fields, Accept and Content-Type only, the key in the body', () => {
    const wire = wireRequest('https://formspree.io/f/abc', { name: 'Ada', reference: 'KAP-1' }, 'key-1', PAGE);
    expect(wire.headers).to.deep.equal({ Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(wire.body).to.equal('name=Ada&reference=KAP-1&idempotencyKey=key-1');
  });

  it('keeps a key the body already carries, and sends the page\'s own origin JSON with the header', () => {
    const body = { name: 'Ada', idempotencyKey: 'key-2' };
    expect(wireRequest('https://formspree.io/f/abc', body, 'key-2', PAGE).body).to.equal('name=Ada&idempotencyKey=key-2');
    expect(wireRequest('/api/booking', body, 'key-2', PAGE)).to.deep.equal({
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': 'key-2' },
      body: JSON.stringify(body),
    });
  });

  it('writes lists, true and false, numbers and objects as a person reading the form would want them', () => {
    const fields = formFields({
      times: ['mon-morning', 'wed-evening'],
      none: [],
      consent: true,
      returning: false,
      cents: 48100,
      plan: { weeks: 3 },
      missing: undefined,
      empty: null,
      note: 'a & b = c\nd',
    });
    expect([...fields]).to.deep.equal([
      ['times', 'mon-morning, wed-evening'],
      ['none', ''],
      ['consent', 'true'],
      ['returning', 'false'],
      ['cents', '48100'],
      ['plan', '{"weeks":3}'],
      ['note', 'a & b = c\nd'],
    ]);
  });
});

const SERVICES: Record<FormService, string> = {
  strict: 'whose preflight allows only Content-Type and Accept',
  'no-preflight': 'that answers no preflight at all',
};

for (const [service, which] of Object.entries(SERVICES) as [FormService, string][]) {
  describe(`the submission client and a form service on another origin ${which}`, () => {
    const body = { name: 'Ada', reference: 'KAP-TEST', preferredTimes: ['mon-morning'], consent: true };
    const fast = { backoffBaseMs: 20, random: () => 0.5 };

    it('would have been refused with an Idempotency-Key header: the browser stops it before it leaves', async () => {
      const endpoint = await formServiceEndpoint(service, 'ok');
      let refused = false;
      try {
        await fetch(endpoint.url, {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': 'key-x' },
          body: JSON.stringify(body),
        });
      } catch {
        refused = true;
      }
      expect(refused).to.equal(true);
      expect((await endpoint.log()).requests, 'the POST never reached the service').to.have.length(0);
      expect((await preflightsFor(endpoint.url)).map((preflight) => preflight.headers)).to.deep.equal([
        'content-type,idempotency-key',
      ]);
    });

    it('delivers without a preflight: form-encoded, Accept: application/json, the key and reference in the body', async () => {
      document.cookie = 'tracker=1; path=/';
      const endpoint = await formServiceEndpoint(service, 'ok');
      const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-1' });
      document.cookie = 'tracker=; path=/; max-age=0';
      expect(result).to.deep.equal({ ok: true, status: 200, attempts: 1, next: 'https://example.com/thanks' });
      const [received, ...others] = (await endpoint.log()).requests;
      expect(others).to.have.length(0);
      expect(received!.headers.accept).to.equal('application/json');
      expect(received!.headers['content-type']).to.equal('application/x-www-form-urlencoded');
      expect(received!.headers['idempotency-key']).to.equal('');
      expect(received!.headers.cookie).to.equal('');
      expect(received!.key).to.equal('key-1');
      expect(received!.body).to.deep.equal({
        name: 'Ada',
        reference: 'KAP-TEST',
        preferredTimes: 'mon-morning',
        consent: 'true',
        idempotencyKey: 'key-1',
      });
      expect(await preflightsFor(endpoint.url), 'a simple request needs no preflight').to.deep.equal([]);
    });

    it('hands back a 422\'s field errors, read across origins', async () => {
      const endpoint = await formServiceEndpoint(service, 'invalid');
      const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-2', ...fast });
      expect(result).to.include({ ok: false, kind: 'validation', status: 422, retryable: false, attempts: 1 });
      if (result.ok) return;
      expect(result.errors[0]).to.deep.equal({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' });
    });

    it('retries a 500 with the same key in the body, and the service delivers it once', async () => {
      const endpoint = await formServiceEndpoint(service, 'fail-once');
      const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-3', ...fast });
      expect(result).to.include({ ok: true, attempts: 2 });
      const log = await endpoint.log();
      expect(log.keys).to.deep.equal({ 'key-3': 2 });
      expect(log.delivered).to.have.length(1);
    });

    it('reports a 500 that lasts as a server failure after three attempts', async () => {
      const endpoint = await formServiceEndpoint(service, 'fail');
      const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-4', ...fast });
      expect(result).to.include({ ok: false, kind: 'server', status: 500, retryable: true, attempts: 3 });
    });

    it('reports a dropped connection as a network failure', async () => {
      const endpoint = await formServiceEndpoint(service, 'down');
      const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-5', ...fast });
      expect(result).to.include({ ok: false, kind: 'network', retryable: true, attempts: 3 });
    });
  });
}

describe('the cross-origin form services of the tests', () => {
  it('listen on another origin than the page', async () => {
    for (const service of Object.keys(SERVICES) as FormService[]) {
      expect(new URL(await formServiceOrigin(service)).origin).to.not.equal(location.origin);
    }
  });
});
