import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { gfeProvider } from './gfe-availability.js';
import {
  checkBirthDate,
  checkGfeRequest,
  checkPatientName,
  gfeSummary,
  issueGfe,
  newGfeId,
  periodEnd,
  toGfeSubmission,
  GFE_DISCLAIMERS,
  GFE_DISPUTE,
  GFE_SEPARATE_SERVICES,
} from './gfe.js';
import { MAX_CENTS } from './money.js';
import { DEFAULT_PRACTICE, type PracticeSettings } from './practice.js';
import { estimate, defaultPricingPlan, PRICING_PLAN_LIMITS, type PricingPlan } from './pricing.js';

const gfePractice: PracticeSettings = {
  ...DEFAULT_PRACTICE,
  practiceName: 'Cedar Therapy',
  providerName: 'Jane Rivera, LMHC',
  providerNpi: '1234567893',
  providerTin: '12-3456789',
  practiceAddress: '100 Pine St, Suite 2, Seattle, WA 98101',
};
const patient = { name: 'Ana Flores', birthDate: '1985-03-27' };
const fixedBytes = (length: number) => Uint8Array.from({ length }, (_, i) => i * 5);
// 2026-12-01 18:00 in Seattle: already December 2 in UTC.
const now = new Date('2026-12-02T02:00:00Z');

describe('gfeProvider: whether a GFE can be issued', () => {
  it('needs the NPI, the EIN and the office address, all three', () => {
    expect(gfeProvider(DEFAULT_PRACTICE)).to.equal(null);
    for (const missing of ['providerNpi', 'providerTin', 'practiceAddress'] as const) {
      expect(gfeProvider({ ...gfePractice, [missing]: undefined }), missing).to.equal(null);
    }
    expect(gfeProvider({ ...gfePractice, providerNpi: '1234567890' }), 'a wrong check digit').to.equal(null);
    expect(gfeProvider(gfePractice)).to.deep.equal({
      name: 'Jane Rivera, LMHC',
      npi: '1234567893',
      tin: '12-3456789',
      address: '100 Pine St, Suite 2, Seattle, WA 98101',
      states: ['WA'],
    });
  });

  it('names the practice as the provider when no provider name is set', () => {
    expect(gfeProvider({ ...gfePractice, providerName: undefined })?.name).to.equal('Cedar Therapy');
  });
});

describe('checkPatientName and checkBirthDate: what the visitor types', () => {
  const today = '2026-12-01';
  const date = (month: string, day: string, year: string) => checkBirthDate({ month, day, year }, today);

  it('takes a full name with its spaces tidied, and refuses none or too long a one', () => {
    expect(checkPatientName('  Ana   María  Flores ')).to.deep.equal({ ok: true, value: 'Ana María Flores' });
    expect(checkPatientName('   ')).to.deep.equal({ ok: false, problem: 'name-missing' });
    expect(checkPatientName('x'.repeat(101))).to.deep.equal({ ok: false, problem: 'name-too-long' });
  });

  it('takes a real date in the past', () => {
    expect(date('3', '27', '1985')).to.deep.equal({ ok: true, value: '1985-03-27' });
    expect(date('02', '29', '2000')).to.deep.equal({ ok: true, value: '2000-02-29' });
    expect(date('11', '30', '2026')).to.deep.equal({ ok: true, value: '2026-11-30' });
  });

  it('says which way a date is wrong', () => {
    expect(date('', '', '')).to.deep.equal({ ok: false, problem: 'birth-date-missing' });
    expect(date('3', '', '1985')).to.deep.equal({ ok: false, problem: 'birth-date-incomplete' });
    for (const [m, d, y] of [['2', '29', '2001'], ['4', '31', '1990'], ['13', '1', '1990'], ['0', '1', '1990'], ['3', '27', '85'], ['March', '27', '1985'], ['3', '27.5', '1985']]) {
      expect(date(m!, d!, y!), `${m}/${d}/${y}`).to.deep.equal({ ok: false, problem: 'birth-date-not-a-date' });
    }
    expect(date('12', '1', '2026'), 'today').to.deep.equal({ ok: false, problem: 'birth-date-not-past' });
    expect(date('1', '5', '2030'), 'the future').to.deep.equal({ ok: false, problem: 'birth-date-not-past' });
    expect(date('11', '30', '1896')).to.deep.equal({ ok: false, problem: 'birth-date-too-old' });
    expect(date('12', '1', '1896')).to.deep.equal({ ok: true, value: '1896-12-01' });
  });

  it('checks the whole form at once, reporting every problem', () => {
    expect(checkGfeRequest({ name: ' Ana Flores ', month: '3', day: '27', year: '1985' }, today)).to.deep.equal({
      ok: true,
      patient: { name: 'Ana Flores', birthDate: '1985-03-27' },
    });
    expect(checkGfeRequest({ name: '', month: '2', day: '30', year: '1985' }, today)).to.deep.equal({
      ok: false,
      problems: { name: 'name-missing', birthDate: 'birth-date-not-a-date' },
    });
  });
});

describe('dates on the practice\'s calendar', () => {
  it('covers whole months: through the day before the same date, or to the end of a shorter month', () => {
    expect(periodEnd('2026-12-01', 12)).to.equal('2027-11-30');
    expect(periodEnd('2026-03-15', 1)).to.equal('2026-04-14');
    expect(periodEnd('2027-01-31', 1)).to.equal('2027-02-28');
    expect(periodEnd('2027-03-01', 6)).to.equal('2027-08-31');
    expect(periodEnd('2028-02-29', 12)).to.equal('2029-02-28');
  });
});

describe('newGfeId: the GFE number', () => {
  it('carries the date of issue and six characters a person can read out', () => {
    expect(newGfeId('2026-12-01', fixedBytes)).to.equal('GFE-20261201-05AFMS');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), (bytes) =>
        /^GFE-20261201-[0-9A-HJKMNP-TV-Z]{6}$/.test(newGfeId('2026-12-01', () => bytes)),
      ),
    );
    expect(newGfeId('2026-12-01')).not.to.equal(newGfeId('2026-12-01'));
  });
});

describe('issueGfe: the document', () => {
  const seed = () => issueGfe({ settings: gfePractice, estimate: estimate(defaultPricingPlan(gfePractice), gfePractice), patient, now, randomBytes: fixedBytes });

  it('holds every element for the seed protocol: $4,810 over 12 months', () => {
    const gfe = seed();
    expect(gfe.gfeId).to.equal('GFE-20261201-05AFMS');
    expect(gfe.issuedAt).to.equal('2026-12-02T02:00:00.000Z');
    expect([gfe.issuedOn, gfe.coversFrom, gfe.coversThrough, gfe.months]).to.deep.equal(['2026-12-01', '2026-12-01', '2027-11-30', 12]);
    expect(gfe.patient).to.deep.equal(patient);
    expect(gfe.provider.npi).to.equal('1234567893');
    expect(gfe.items.map((item) => [item.kind, item.serviceCode, item.quantity, item.unitCents, item.totalCents])).to.deep.equal([
      ['preparation', '90834', 2, 18_500, 37_000],
      ['medicine', undefined, 6, 55_500, 333_000],
      ['integration', '90834', 6, 18_500, 111_000],
    ]);
    expect([gfe.totalCents, gfe.currency]).to.deep.equal([481_000, 'USD']);
    expect(gfe.separatelyScheduled).to.deep.equal(['prescriber-evaluation', 'prescriber-follow-ups', 'medication']);
    expect(gfe.disclaimers).to.deep.equal(['other-services', 'estimate-only', 'dispute-resolution', 'not-a-contract']);
  });

  it('states the dispute-resolution facts: $400, 120 days, cms.gov/nosurprises, 1-800-985-3059', () => {
    expect(GFE_DISPUTE).to.include({ thresholdCents: 40_000, days: 120, url: 'https://www.cms.gov/nosurprises', phone: '1-800-985-3059' });
  });

  it('uses the practice\'s codes and period: medicine-code, session-code, gfe-months', () => {
    const settings = { ...gfePractice, medicineCode: 'S0201', sessionCode: '90837', gfeMonths: 6 };
    const priced = estimate(defaultPricingPlan(settings), settings);
    const gfe = issueGfe({ settings, estimate: priced, patient, now });
    expect(gfe.items.map((item) => item.serviceCode)).to.deep.equal(['90837', 'S0201', '90837']);
    expect(gfe.coversThrough).to.equal('2027-05-31');
  });

  it('refuses to issue without the settings a GFE needs', () => {
    expect(() => issueGfe({ settings: DEFAULT_PRACTICE, estimate: estimate(defaultPricingPlan(DEFAULT_PRACTICE), DEFAULT_PRACTICE), patient, now })).to.throw(
      RangeError,
      /provider-npi/,
    );
  });

  it('over any counts and fees: every element present, items adding up to the total to the cent', () => {
    const limit = (key: keyof PricingPlan) => fc.integer(PRICING_PLAN_LIMITS[key]);
    // Fees up to what one session may cost, so the biggest plan stays within MAX_CENTS.
    const fee = fc.integer({ min: 0, max: Math.floor(MAX_CENTS / 50) });
    fc.assert(
      fc.property(
        fc.record({
          preparationSessions: limit('preparationSessions'),
          medicineSessions: limit('medicineSessions'),
          integrationSessions: limit('integrationSessions'),
          weeks: limit('weeks'),
        }),
        fee,
        fee,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('USD', 'JPY', 'EUR'),
        (plan, medicineFeeCents, sessionFeeCents, gfeMonths, currency) => {
          const settings = { ...gfePractice, medicineFeeCents, sessionFeeCents, gfeMonths, currency };
          const priced = estimate(plan, settings);
          const gfe = issueGfe({ settings, estimate: priced, patient, now });
          expect(gfe.totalCents).to.equal(priced.totalCents);
          expect(gfe.items.reduce((sum, item) => sum + item.totalCents, 0)).to.equal(gfe.totalCents);
          for (const item of gfe.items) {
            expect(Number.isSafeInteger(item.totalCents)).to.equal(true);
            expect(item.totalCents).to.equal(item.quantity * item.unitCents);
            expect(item.quantity).to.be.greaterThan(0);
          }
          const counts = { preparation: plan.preparationSessions, medicine: plan.medicineSessions, integration: plan.integrationSessions };
          for (const [kind, quantity] of Object.entries(counts)) {
            expect(gfe.items.find((item) => item.kind === kind)?.quantity ?? 0).to.equal(quantity);
          }
          expect(gfe.patient.name && gfe.patient.birthDate).to.be.ok;
          expect(gfe.provider.name && gfe.provider.npi && gfe.provider.tin && gfe.provider.address).to.be.ok;
          expect(gfe.provider.states.length).to.be.greaterThan(0);
          expect(gfe.separatelyScheduled).to.deep.equal(GFE_SEPARATE_SERVICES);
          expect(gfe.disclaimers).to.deep.equal(GFE_DISCLAIMERS);
          expect(gfe.gfeId).to.match(/^GFE-\d{8}-[0-9A-Z]{6}$/);
          expect(gfe.months).to.equal(gfeMonths);
          expect(gfe.coversFrom <= gfe.coversThrough).to.equal(true);
          expect(gfe.currency).to.equal(currency);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the GFE out of the browser', () => {
  const gfe = issueGfe({ settings: gfePractice, estimate: estimate(defaultPricingPlan(gfePractice), gfePractice), patient, now, randomBytes: fixedBytes });

  it('tells the page the number, time and total, and nothing of the patient', () => {
    const summary = gfeSummary(gfe);
    expect(summary).to.deep.equal({ gfeId: 'GFE-20261201-05AFMS', issuedAt: '2026-12-02T02:00:00.000Z', totalCents: 481_000, currency: 'USD' });
    expect(JSON.stringify(summary)).not.to.match(/Ana|1985/);
  });

  it('gives the practice the figures as data and the text the patient read', () => {
    const body = toGfeSubmission(gfe, { subject: 'Good Faith Estimate GFE-20261201-05AFMS', text: 'The document', language: 'en-US', idempotencyKey: 'key-1' });
    expect(body).to.include({
      requestType: 'good-faith-estimate',
      gfeId: 'GFE-20261201-05AFMS',
      patientName: 'Ana Flores',
      patientBirthDate: '1985-03-27',
      providerNpi: '1234567893',
      totalCents: 481_000,
      document: 'The document',
      idempotencyKey: 'key-1',
      _gotcha: '',
    });
    expect(JSON.parse(body.items)).to.deep.equal(gfe.items);
  });
});
