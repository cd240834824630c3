import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mailtoHref } from './links.js';
import { testEndpoint } from '../components/booking-request/booking-endpoint.test-helpers.js';
import {
  EMPTY_BOOKING,
  isLikelySpam,
  mapServerErrors,
  newReference,
  parseDraft,
  toDraft,
  toSubmission,
  type BookingInput,
  type BookingRequest,
} from './booking.js';
import { validateBookingRequest } from './booking-checks.js';
import { backoffDelay, parseRetryAfter, submitForm, type RetryNotice } from './submit.js';

const valid: BookingInput = {
  ...EMPTY_BOOKING,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  state: 'WA',
  consent: true,
};
const check = (changes: Partial<BookingInput>, area: ('WA' | 'OR')[] = ['WA']) =>
  validateBookingRequest({ ...valid, ...changes }, area);

describe('the booking request schema', () => {
  it('accepts a complete request and trims what was typed', () => {
    const result = check({ name: '  Ada  ', email: ' ada@example.com ', message: ' Hello ' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.request.name).to.equal('Ada');
    expect(result.request.email).to.equal('ada@example.com');
    expect(result.request.message).to.equal('Hello');
  });

  it('needs a name of at most 100 characters', () => {
    expect(check({ name: '   ' }).problems.name).to.equal('required');
    expect(check({ name: 'a'.repeat(101) }).problems.name).to.equal('too-long');
    expect(check({ name: 'a'.repeat(100) }).ok).to.equal(true);
  });

  it('needs a valid email address', () => {
    expect(check({ email: '' }).problems.email).to.equal('required');
    expect(check({ email: 'ada@' }).problems.email).to.equal('email');
    expect(check({ email: 'ada at example.com' }).problems.email).to.equal('email');
  });

  it('takes phone numbers in national and international formats, and no letters', () => {
    for (const phone of ['206-555-0100', '(206) 555-0100', '+1 206 555 0100', '+44 20 7946 0958', '206.555.0100']) {
      expect(check({ phone }).ok, phone).to.equal(true);
    }
    expect(check({ phone: 'call me' }).problems.phone).to.equal('phone');
    expect(check({ phone: '12' }).problems.phone).to.equal('phone');
  });

  it('asks for a number when the visitor wants a call or a text', () => {
    expect(check({ preferredContact: 'phone' }).problems.phone).to.equal('phone-needed');
    expect(check({ preferredContact: 'text' }).problems.phone).to.equal('phone-needed');
    expect(check({ preferredContact: 'text', phone: '206 555 0100' }).ok).to.equal(true);
  });

  it('needs the consent box ticked, and the state of residence chosen', () => {
    const result = check({ consent: false, state: '' });
    expect(result.problems.consent).to.equal('required');
    expect(result.problems.state).to.equal('required');
  });

  it('keeps the message to 1,000 characters', () => {
    expect(check({ message: 'x'.repeat(1000) }).ok).to.equal(true);
    expect(check({ message: 'x'.repeat(1001) }).problems.message).to.equal('too-long');
  });

  it('lets someone outside the service area ask a question, but not ask to start treatment', () => {
    expect(check({ state: 'OR', requestType: 'consultation' }).problems.requestType).to.equal('outside-area');
    expect(check({ state: 'OR', requestType: 'preparation' }).problems.requestType).to.equal('outside-area');
    expect(check({ state: 'OR', requestType: 'question' }).ok).to.equal(true);
    expect(check({ state: 'OR' }, ['WA', 'OR']).ok).to.equal(true);
    expect(check({ state: 'outside-us', requestType: 'question' }).ok).to.equal(true);
  });

  it('reports every problem at once, the first one per field', () => {
    const result = validateBookingRequest({ ...EMPTY_BOOKING, preferredContact: 'phone' }, ['WA']);
    expect(result.problems).to.deep.equal({
      name: 'required',
      email: 'required',
      phone: 'phone-needed',
      state: 'required',
      consent: 'required',
    });
  });

  it('refuses repeated or unknown time slots', () => {
    expect(check({ preferredTimes: ['mon-morning', 'fri-evening'] }).ok).to.equal(true);
    expect(check({ preferredTimes: ['mon-morning', 'mon-morning'] }).problems.preferredTimes).to.equal('invalid');
    const unknown = ['sun-morning'] as unknown as BookingInput['preferredTimes'];
    expect(check({ preferredTimes: unknown }).problems.preferredTimes).to.equal('invalid');
  });
});

describe('spam, references and drafts', () => {
  it('treats a filled honeypot or a form sent too fast as spam', () => {
    expect(isLikelySpam('', 5000, 3000)).to.equal(false);
    expect(isLikelySpam('http://spam.example', 5000, 3000)).to.equal(true);
    expect(isLikelySpam('', 1200, 3000)).to.equal(true);
  });

  it('makes references a person can read aloud', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        expect(newReference(() => bytes)).to.match(/^KAP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      }),
    );
    expect(newReference()).to.not.equal(newReference());
  });

  it('keeps neither the consent nor the honeypot in a draft, and restores what it can', () => {
    const draft = toDraft({ ...valid, _gotcha: 'bot' });
    expect(draft).to.not.have.property('consent');
    expect(draft).to.not.have.property('_gotcha');
    const restored = parseDraft(JSON.parse(JSON.stringify({ ...draft, consent: true, phone: 42, state: 'XX' })));
    expect(restored).to.deep.equal({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      preferredContact: 'email',
      requestType: 'consultation',
      preferredTimes: [],
      clientStatus: 'new',
      message: '',
    });
    expect(parseDraft('nonsense')).to.deep.equal({});
  });
});

describe('the body and the mailto link', () => {
  const validated = check({});
  if (!validated.ok) throw new Error('the valid request should pass');
  const request: BookingRequest = validated.request;
  const meta = { subject: 'Consultation request', reference: 'KAP-AAAA-BBBB', idempotencyKey: 'k-1', consentedAt: '2025-01-01T00:00:00.000Z' };

  it('sets _replyto, _subject and an empty honeypot for Formspree', () => {
    const body = toSubmission(request, meta);
    expect(body._replyto).to.equal('ada@example.com');
    expect(body._subject).to.equal('Consultation request');
    expect(body._gotcha).to.equal('');
    expect(body.idempotencyKey).to.equal('k-1');
    expect(body.consent).to.equal(true);
  });

  it('encodes any subject and body so they arrive as typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subject, body) => {
        const url = new URL(mailtoHref('hello@example.com', subject, body));
        expect(url.protocol).to.equal('mailto:');
        expect(url.pathname).to.equal('hello@example.com');
        const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
        expect(params.get('subject')).to.equal(subject.replace(/\r?\n/g, '\r\n'));
        expect(params.get('body')).to.equal(body.replace(/\r?\n/g, '\r\n'));
      }),
    );
  });

  it('puts a server\'s field errors back at the fields', () => {
    const mapped = mapServerErrors([
      { field: '_replyto', code: 'TYPE_EMAIL', message: 'should be an email' },
      { field: 'name', code: 'REQUIRED_FIELD_EMPTY', message: 'is required' },
      { field: 'phone', code: 'SOMETHING_NEW', message: 'looks odd' },
      { field: 'favouriteColour', code: 'X', message: 'unknown' },
      { code: 'FORM_DISABLED', message: 'This form is disabled' },
    ]);
    expect(mapped.fields.email).to.deep.equal({ code: 'email', message: 'should be an email' });
    expect(mapped.fields.name).to.deep.equal({ code: 'required', message: 'is required' });
    expect(mapped.fields.phone).to.deep.equal({ code: 'invalid', message: 'looks odd' });
    expect(mapped.form).to.deep.equal(['favouriteColour: unknown', 'This form is disabled']);
  });
});

describe('backoff and Retry-After', () => {
  it('doubles the pause after each failure, with jitter inside the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (failures, r) => {
        const delay = backoffDelay(failures, 1000, () => r);
        const ceiling = 1000 * 2 ** (failures - 1);
        expect(delay).to.be.within(ceiling / 2, ceiling);
      }),
    );
    expect(backoffDelay(1, 1000, () => 0)).to.equal(500);
    expect(backoffDelay(2, 1000, () => 0.999)).to.equal(1999);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

describe('the submission client, against a real endpoint', () => {
  const body = { name: 'Ada', idempotencyKey: 'key-1' };
  const fast = { backoffBaseMs: 20, random: () => 0.5 };

  it('posts JSON with the Formspree headers and the Idempotency-Key, and sends no cookie', async () => {
    document.cookie = 'tracker=1; path=/';
    const endpoint = testEndpoint('ok');
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-1' });
    document.cookie = 'tracker=; path=/; max-age=0';
    expect(result).to.deep.equal({ ok: true, status: 200, attempts: 1, next: 'https://example.com/thanks' });
    const log = await endpoint.log();
    expect(log.requests).to.have.length(1);
    const [received] = log.requests;
    expect(received!.headers.accept).to.equal('application/json');
    expect(received!.headers['content-type']).to.equal('application/json');
    expect(received!.headers['idempotency-key']).to.equal('key-1');
    expect(received!.headers.cookie).to.equal('');
    expect(received!.body).to.deep.equal(body);
  });

  it('retries a 500 with the same key, and the receiver delivers it once', async () => {
    const endpoint = testEndpoint('fail-once');
    const notices: RetryNotice[] = [];
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-2', ...fast, onRetry: (n) => notices.push(n) });
    expect(result.ok).to.equal(true);
    expect(result.attempts).to.equal(2);
    expect(notices).to.deep.equal([{ attempt: 2, maxAttempts: 3, delayMs: 15, reason: 'server' }]);
    const log = await endpoint.log();
    expect(log.keys).to.deep.equal({ 'key-2': 2 });
    expect(log.delivered).to.have.length(1);
  });

  it('stops after three attempts', async () => {
    const endpoint = testEndpoint('fail');
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-3', ...fast });
    expect(result).to.include({ ok: false, kind: 'server', status: 500, retryable: true, attempts: 3 });
    expect((await endpoint.log()).requests).to.have.length(3);
  });

  it('waits as long as a 429 asks, not the backoff', async () => {
    const endpoint = testEndpoint('busy', { 'retry-after': '1' });
    const notices: RetryNotice[] = [];
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-4', backoffBaseMs: 60_000, onRetry: (n) => notices.push(n) });
    expect(result.ok).to.equal(true);
    expect(notices).to.deep.equal([{ attempt: 2, maxAttempts: 3, delayMs: 1000, reason: 'rate-limited' }]);
  });

  it('gives up at once when Retry-After is longer than it will wait', async () => {
    const endpoint = testEndpoint('busy', { 'retry-after': '3600' });
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-5', ...fast });
    expect(result).to.include({ ok: false, kind: 'rate-limited', retryable: true, attempts: 1, retryAfterMs: 3_600_000 });
  });

  it('does not retry a 422, and hands back its field errors', async () => {
    const endpoint = testEndpoint('invalid');
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-6', ...fast });
    expect(result).to.include({ ok: false, kind: 'validation', status: 422, retryable: false, attempts: 1 });
    if (result.ok) return;
    expect(result.errors[0]).to.deep.equal({ field: 'email', code: 'TYPE_EMAIL', message: 'should be an email' });
    expect(result.serverMessage).to.equal('Validation errors');
  });

  it('does not retry another 4xx', async () => {
    const endpoint = testEndpoint('reject');
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-7', ...fast });
    expect(result).to.include({ ok: false, kind: 'rejected', status: 403, retryable: false, attempts: 1 });
    expect((await endpoint.log()).requests).to.have.length(1);
  });

  it('times out each attempt, then reports a timeout', async () => {
    const endpoint = testEndpoint('slow', { ms: '5000' });
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-8', timeoutMs: 150, ...fast });
    expect(result).to.include({ ok: false, kind: 'timeout', retryable: true, attempts: 3 });
  });

  it('recovers when only the first attempt is too slow', async () => {
    const endpoint = testEndpoint('slow', { ms: '5000', times: '1' });
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-9', timeoutMs: 300, ...fast });
    expect(result).to.include({ ok: true, attempts: 2 });
    expect((await endpoint.log()).delivered).to.have.length(1);
  });

  it('reports a dropped connection as a network failure', async () => {
    const endpoint = testEndpoint('down');
    const result = await submitForm({ endpoint: endpoint.url, body, idempotencyKey: 'key-10', ...fast });
    expect(result).to.include({ ok: false, kind: 'network', retryable: true, attempts: 3 });
  });

  it('stops at once when cancelled, even mid-pause', async () => {
    const endpoint = testEndpoint('fail');
    const controller = new AbortController();
    const result = await submitForm({
      endpoint: endpoint.url,
      body,
      idempotencyKey: 'key-11',
      backoffBaseMs: 60_000,
      signal: controller.signal,
      onRetry: () => controller.abort(),
    });
    expect(result).to.include({ ok: false, kind: 'aborted', attempts: 1 });
  });
});
