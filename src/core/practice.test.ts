import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PRACTICE,
  parseSettingAttributes,
  parseUrl,
  resolveSettings,
  settingsToAttributes,
  type PracticeSettings,
} from './practice.js';

const issuesOf = (attributes: Record<string, string>) => parseSettingAttributes(attributes).issues;

describe('practice settings from attributes', () => {
  it('defaults to the seed practice', () => {
    const settings = resolveSettings();
    expect(settings.medicineFeeCents).to.equal(55_500);
    expect(settings.sessionFeeCents).to.equal(18_500);
    expect(settings.medicineSessions).to.equal(6);
    expect(settings.weeks).to.equal(3);
    expect(settings.preparationSessions).to.equal(2);
    expect(settings.serviceArea).to.deep.equal(['WA']);
    expect(settings.timezone).to.equal('America/Los_Angeles');
  });

  it('accepts "555", "555.5" and "555.50"', () => {
    for (const [value, cents] of [['555', 55_500], ['555.5', 55_550], ['555.50', 55_550]] as const) {
      const parsed = parseSettingAttributes({ 'medicine-fee': value });
      expect(parsed.issues).to.deep.equal([]);
      expect(parsed.values.medicineFeeCents).to.equal(cents);
    }
  });

  for (const value of ['abc', '5,55', '-1', '1e3', '555.555', '']) {
    it(`rejects medicine-fee=${JSON.stringify(value)}, naming the attribute, the value and what is accepted`, () => {
      const [issue, ...rest] = issuesOf({ 'medicine-fee': value });
      expect(rest).to.deep.equal([]);
      expect(issue).to.include({ attribute: 'medicine-fee', value });
      expect(issue!.message).to.contain('medicine-fee');
      expect(issue!.message).to.contain(`"${value}"`);
      expect(issue!.message).to.contain('like 555 or 555.50');
    });
  }

  it('reads fees in the currency given: no decimals for JPY', () => {
    expect(parseSettingAttributes({ currency: 'JPY', 'session-fee': '18500' }).values.sessionFeeCents).to.equal(18_500);
    const [issue] = issuesOf({ currency: 'JPY', 'session-fee': '185.5' });
    expect(issue!.message).to.contain('no decimals');
    expect(parseSettingAttributes({ 'session-fee': '185.5' }, { inheritedCurrency: 'JPY' }).issues).to.have.length(1);
  });

  it('explains each kind of bad value in plain words', () => {
    const issues = issuesOf({
      weeks: '0',
      currency: 'dollars',
      'service-area': 'Washington',
      'contact-email': 'not-an-email',
      timezone: 'Pacific',
      locale: '!!',
      'medicine-sessions': '2.5',
    });
    const byAttribute = Object.fromEntries(issues.map((issue) => [issue.attribute, issue.message]));
    expect(byAttribute['weeks']).to.contain('from 1 to 52');
    expect(byAttribute['currency']).to.contain('three-letter');
    expect(byAttribute['service-area']).to.contain('two-letter US state codes');
    expect(byAttribute['contact-email']).to.contain('email address');
    expect(byAttribute['timezone']).to.contain('America/Los_Angeles');
    expect(byAttribute['locale']).to.contain('en-US');
    expect(byAttribute['medicine-sessions']).to.contain('whole number');
  });

  it('refuses URLs that are not http(s), and mailto:/tel: only where a link makes sense', () => {
    expect(issuesOf({ 'booking-endpoint': 'javascript:alert(1)' })).to.have.length(1);
    expect(issuesOf({ 'privacy-policy-url': 'mailto:a@b.co' })).to.have.length(1);
    expect(issuesOf({ 'booking-endpoint': 'https://formspree.io/f/abc' })).to.deep.equal([]);
    expect(parseUrl('mailto:hello@example.com', 'link').ok).to.equal(true);
    expect(parseUrl('tel:+12065550100', 'link').ok).to.equal(true);
    expect(parseUrl('data:text/html,hi', 'link').ok).to.equal(false);
    expect(parseUrl('/api/booking', 'http').ok).to.equal(false);
    expect(parseUrl('/api/booking', 'http', 'https://practice.example/kap/')).to.deep.equal({
      ok: true,
      value: 'https://practice.example/api/booking',
    });
  });

  it('keeps a 10,000-character value out of the message', () => {
    const [issue] = issuesOf({ weeks: 'x'.repeat(10_000) });
    expect(issue!.message.length).to.be.below(300);
    expect(issue!.value).to.have.length(10_000);
  });

  it('cuts a long value in the message without splitting an emoji in half', () => {
    const [issue] = issuesOf({ weeks: `${'x'.repeat(56)}🙂🙂🙂` });
    expect(issue!.message).to.contain(`"${'x'.repeat(56)}..."`);
    expect(issue!.message).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('layers settings: the first layer that sets a key wins', () => {
    const settings = resolveSettings({ weeks: 4 }, { weeks: 5, medicineSessions: 8 });
    expect(settings.weeks).to.equal(4);
    expect(settings.medicineSessions).to.equal(8);
    expect(settings.sessionFeeCents).to.equal(DEFAULT_PRACTICE.sessionFeeCents);
  });

  it('writes settings back as attributes that read the same', () => {
    const settingsArb = fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CAD'),
      medicineFeeCents: fc.integer({ min: 0, max: 100_000_000 }),
      sessionFeeCents: fc.integer({ min: 0, max: 100_000_000 }),
      weeks: fc.integer({ min: 1, max: 52 }),
      serviceArea: fc.uniqueArray(fc.constantFrom('WA', 'OR', 'CA', 'ID'), { minLength: 1 }),
    }) as fc.Arbitrary<Partial<PracticeSettings>>;
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const parsed = parseSettingAttributes(settingsToAttributes(settings));
        expect(parsed.issues).to.deep.equal([]);
        expect(parsed.values).to.deep.equal(settings);
      }),
    );
  });
});
