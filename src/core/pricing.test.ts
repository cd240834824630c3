import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_PRACTICE } from './practice.js';
import {
  defaultPricingPlan,
  divideRounded,
  estimate,
  integrationSessionsFor,
  psychotherapyServiceCode,
  reimburse,
  sessionOrder,
  weeksFor,
  PRICING_PLAN_LIMITS,
  type OutOfNetworkBenefits,
  type PricingPlan,
  type PricingSettings,
} from './pricing.js';

const practice: PricingSettings = DEFAULT_PRACTICE;
const plan = (overrides: Partial<PricingPlan> = {}): PricingPlan => ({ ...defaultPricingPlan(practice), ...overrides });

describe('estimate: the price of a plan', () => {
  it('prices the seed protocol at $4,810: 6 x $555 + 8 x $185', () => {
    const result = estimate(defaultPricingPlan(practice), practice);
    expect(result.totalCents).to.equal(481_000);
    expect(result.lineItems.map((item) => [item.kind, item.quantity, item.unitCents, item.totalCents])).to.deep.equal([
      ['preparation', 2, 18_500, 37_000],
      ['medicine', 6, 55_500, 333_000],
      ['integration', 6, 18_500, 111_000],
    ]);
    expect(result.reimbursement).to.equal(null);
    expect(result.reimbursementCents).to.equal(0);
    expect(result.netCents).to.equal(481_000);
    expect(result.currency).to.equal('USD');
  });

  it('prices one preparation session at $4,625', () => {
    expect(estimate(plan({ preparationSessions: 1 }), practice).totalCents).to.equal(462_500);
  });

  it('codes a 50-minute session 90834 and leaves the medicine session uncoded', () => {
    const [preparation, medicine, integration] = estimate(plan(), practice).lineItems;
    expect(preparation).to.include({ serviceCode: '90834', minutes: 50, labelKey: 'preparationSession', reimbursable: true });
    expect(medicine).to.include({ minutes: 180, labelKey: 'medicineSession', reimbursable: false });
    expect(medicine!.serviceCode).to.equal(undefined);
    expect(integration).to.include({ serviceCode: '90834', reimbursable: true });
  });

  it('uses the practice\'s medicine code when it sets one', () => {
    const [, medicine] = estimate(plan(), { ...practice, medicineCode: '0820T' }).lineItems;
    expect(medicine!.serviceCode).to.equal('0820T');
  });

  it('uses the practice\'s session code when it sets one, and the length\'s code for an empty one', () => {
    const codes = (sessionCode: string) => estimate(plan(), { ...practice, sessionCode }).lineItems.map((item) => item.serviceCode);
    expect(codes('90837')).to.deep.equal(['90837', undefined, '90837']);
    expect(codes('')).to.deep.equal(['90834', undefined, '90834']);
  });

  it('derives the psychotherapy code from the session length, never a deleted code', () => {
    expect(psychotherapyServiceCode(37)).to.equal(undefined);
    expect(psychotherapyServiceCode(38)).to.equal('90834');
    expect(psychotherapyServiceCode(52)).to.equal('90834');
    expect(psychotherapyServiceCode(53)).to.equal('90837');
    expect(psychotherapyServiceCode(90)).to.equal('90837');
    const codes = estimate(plan(), { ...practice, sessionMinutes: 60 }).lineItems.map((item) => item.serviceCode);
    expect(codes).to.deep.equal(['90837', undefined, '90837']);
  });

  it('leaves out kinds with no sessions', () => {
    const result = estimate(plan({ preparationSessions: 0, integrationSessions: 0 }), practice);
    expect(result.lineItems.map((item) => item.kind)).to.deep.equal(['medicine']);
    expect(result.totalCents).to.equal(333_000);
  });

  it('gives the cost per week over the series, rounded half up', () => {
    expect(estimate(plan(), practice).perWeekCents).to.equal(160_333);
    expect(estimate(plan({ weeks: 1 }), practice).perWeekCents).to.equal(481_000);
    expect(divideRounded(5, 2)).to.equal(3);
    expect(divideRounded(4, 3)).to.equal(1);
    expect(divideRounded(0, 7)).to.equal(0);
  });

  it('refuses a plan outside its ranges instead of pricing nonsense', () => {
    expect(() => estimate(plan({ medicineSessions: 0 }), practice)).to.throw(RangeError);
    expect(() => estimate(plan({ preparationSessions: 2.5 }), practice)).to.throw(RangeError);
    expect(() => estimate(plan({ integrationSessions: Number.NaN }), practice)).to.throw(RangeError);
    expect(() => estimate(plan(), practice, { planPaysPercent: 101, deductibleRemainingCents: 0 })).to.throw(RangeError);
    expect(() => estimate(plan(), practice, { planPaysPercent: 70, deductibleRemainingCents: -1 })).to.throw(RangeError);
  });
});

describe('the plan a practice implies', () => {
  it('follows each medicine session with the practice\'s integration sessions, up to 24', () => {
    expect(integrationSessionsFor(6, practice)).to.equal(6);
    expect(integrationSessionsFor(5, { integrationPerMedicine: 2 })).to.equal(10);
    expect(integrationSessionsFor(12, { integrationPerMedicine: 4 })).to.equal(24);
  });

  it('keeps the practice\'s pace when the number of medicine sessions changes', () => {
    expect(weeksFor(6, practice)).to.equal(3);
    expect(weeksFor(12, practice)).to.equal(6);
    expect(weeksFor(5, practice)).to.equal(3);
    expect(weeksFor(1, practice)).to.equal(1);
    expect(weeksFor(12, { medicineSessions: 1, weeks: 52 })).to.equal(52);
  });

  it('orders sessions as they happen: preparation, then each medicine session and its integration', () => {
    expect(sessionOrder(plan({ preparationSessions: 1, medicineSessions: 2, integrationSessions: 3 }))).to.deep.equal([
      'preparation', 'medicine', 'integration', 'integration', 'medicine', 'integration',
    ]);
    expect(sessionOrder(plan({ preparationSessions: 0, medicineSessions: 3, integrationSessions: 1 }))).to.deep.equal([
      'medicine', 'integration', 'medicine', 'medicine',
    ]);
  });
});

describe('out-of-network reimbursement (DOMAIN.md section 2)', () => {
  const benefits = (overrides: Partial<OutOfNetworkBenefits> = {}): OutOfNetworkBenefits => ({
    planPaysPercent: 70,
    deductibleRemainingCents: 0,
    ...overrides,
  });

  it('pays $84 back on a $200 fee with a $120 allowed amount at 70%, deductible met', () => {
    const onePlan = plan({ preparationSessions: 1, medicineSessions: 1, integrationSessions: 0, weeks: 1 });
    const result = estimate(onePlan, { ...practice, sessionFeeCents: 20_000 }, benefits({ allowedPerSessionCents: 12_000 }));
    expect(result.reimbursementCents).to.equal(8_400);
    expect(result.reimbursement).to.include({ sessions: 1, eligibleCents: 12_000, aboveAllowedCents: 8_000 });
    expect(result.netCents).to.equal(20_000 + 55_500 - 8_400);
  });

  // The seed plan has 8 reimbursable sessions at $185: $1,480 eligible.
  const cases: { name: string; deductible: number; reimbursement: number; applied: number }[] = [
    { name: 'larger than the eligible sum: nothing comes back', deductible: 200_000, reimbursement: 0, applied: 148_000 },
    { name: 'equal to the eligible sum: nothing comes back', deductible: 148_000, reimbursement: 0, applied: 148_000 },
    { name: 'smaller: 70% of what is left after it', deductible: 50_000, reimbursement: 68_600, applied: 50_000 },
    { name: 'met: 70% of every session', deductible: 0, reimbursement: 103_600, applied: 0 },
  ];
  for (const { name, deductible, reimbursement, applied } of cases) {
    it(`with a deductible ${name}`, () => {
      const result = estimate(plan(), practice, benefits({ deductibleRemainingCents: deductible }));
      expect(result.reimbursementCents).to.equal(reimbursement);
      expect(result.reimbursement!.deductibleAppliedCents).to.equal(applied);
      expect(result.reimbursement!.eligibleCents).to.equal(148_000);
      expect(result.netCents).to.equal(481_000 - reimbursement);
    });
  }

  it('carries the deductible across sessions in order, splitting the session it ends in', () => {
    const result = reimburse(
      [
        { feeCents: 18_500, reimbursable: true },
        { feeCents: 55_500, reimbursable: false },
        { feeCents: 18_500, reimbursable: true },
      ],
      benefits({ deductibleRemainingCents: 25_000 }),
    );
    // Session 1: all deductible. Session 2 is not counted. Session 3: $65 deductible, 70% of $120.
    expect(result.reimbursementCents).to.equal(8_400);
    expect(result.sessions).to.equal(2);
  });

  it('rounds half up once per session, not once on the sum', () => {
    // 50% of $123.45 is $61.725: $61.73 a session, 8 sessions $493.84 (not $493.80).
    const result = estimate(plan(), practice, benefits({ planPaysPercent: 50, allowedPerSessionCents: 12_345 }));
    expect(result.reimbursementCents).to.equal(49_384);
  });

  it('stops the visitor\'s share at the out-of-pocket maximum, then pays the whole allowed amount', () => {
    const result = estimate(plan(), practice, benefits({ deductibleRemainingCents: 50_000, outOfPocketMaxRemainingCents: 60_000 }));
    expect(result.reimbursement!.patientShareCents).to.equal(60_000);
    expect(result.reimbursementCents).to.equal(148_000 - 60_000);
    expect(result.reimbursement!.outOfPocketMaxReached).to.equal(true);
  });

  it('leaves the cap unreached when the share stays under it', () => {
    const result = estimate(plan(), practice, benefits({ deductibleRemainingCents: 50_000, outOfPocketMaxRemainingCents: 80_000 }));
    expect(result.reimbursementCents).to.equal(68_600);
    expect(result.reimbursement!.outOfPocketMaxReached).to.equal(false);
  });

  it('never pays the excess over the allowed amount, even past the cap', () => {
    const result = estimate(
      plan(),
      practice,
      benefits({ allowedPerSessionCents: 15_000, outOfPocketMaxRemainingCents: 0 }),
    );
    expect(result.reimbursementCents).to.equal(8 * 15_000);
    expect(result.reimbursement!.aboveAllowedCents).to.equal(8 * 3_500);
  });

  it('counts the medicine session only when the practice marks it reimbursable', () => {
    const withMedicine = estimate(plan(), { ...practice, reimbursableKinds: ['preparation', 'medicine', 'integration'] }, benefits());
    expect(withMedicine.reimbursement!.sessions).to.equal(14);
    expect(withMedicine.reimbursementCents).to.equal(8 * 12_950 + 6 * 38_850);
  });
});

describe('estimate properties', () => {
  const planArb = fc.record({
    preparationSessions: fc.integer(PRICING_PLAN_LIMITS.preparationSessions),
    medicineSessions: fc.integer(PRICING_PLAN_LIMITS.medicineSessions),
    integrationSessions: fc.integer(PRICING_PLAN_LIMITS.integrationSessions),
    weeks: fc.integer(PRICING_PLAN_LIMITS.weeks),
  });
  const money = fc.integer({ min: 0, max: 2_000_000 });
  const settingsArb = fc.record({
    currency: fc.constantFrom('USD', 'EUR', 'JPY'),
    medicineFeeCents: money,
    medicineMinutes: fc.integer({ min: 15, max: 600 }),
    sessionFeeCents: money,
    sessionMinutes: fc.integer({ min: 15, max: 240 }),
    preparationSessions: fc.constant(2),
    medicineSessions: fc.constant(6),
    weeks: fc.constant(3),
    integrationPerMedicine: fc.constant(1),
    reimbursableKinds: fc.subarray(['preparation', 'medicine', 'integration'] as const),
  });
  const benefitsArb = fc.record(
    {
      planPaysPercent: fc.integer({ min: 0, max: 100 }),
      deductibleRemainingCents: fc.integer({ min: 0, max: 5_000_000 }),
      outOfPocketMaxRemainingCents: fc.integer({ min: 0, max: 5_000_000 }),
      allowedPerSessionCents: money,
    },
    { requiredKeys: ['planPaysPercent', 'deductibleRemainingCents'] },
  );

  it('totals the sum of its lines, nets total minus reimbursement, in integer cents', () => {
    fc.assert(
      fc.property(planArb, settingsArb, fc.option(benefitsArb, { nil: undefined }), (p, s, b) => {
        const result = estimate(p, s, b);
        const amounts = [result.totalCents, result.perWeekCents, result.reimbursementCents, result.netCents];
        for (const item of result.lineItems) amounts.push(item.unitCents, item.totalCents);
        expect(amounts.every(Number.isSafeInteger), 'integers').to.equal(true);
        expect(result.totalCents).to.equal(result.lineItems.reduce((sum, item) => sum + item.totalCents, 0));
        expect(result.netCents).to.equal(result.totalCents - result.reimbursementCents);
        expect(result.lineItems.every((item) => item.totalCents === item.unitCents * item.quantity)).to.equal(true);
        expect(result.lineItems.some((item) => item.serviceCode === '99354' || item.serviceCode === '99355')).to.equal(false);
      }),
    );
  });

  it('pays back between nothing and the eligible amount', () => {
    fc.assert(
      fc.property(planArb, settingsArb, benefitsArb, (p, s, b) => {
        const result = estimate(p, s, b);
        const breakdown = result.reimbursement!;
        expect(result.reimbursementCents).to.be.at.least(0);
        expect(result.reimbursementCents).to.be.at.most(breakdown.eligibleCents);
        expect(breakdown.eligibleCents).to.be.at.most(result.totalCents);
        expect(breakdown.eligibleCents).to.equal(breakdown.reimbursementCents + breakdown.patientShareCents);
      }),
    );
  });

  it('never pays back less when the plan pays a larger share', () => {
    fc.assert(
      fc.property(planArb, settingsArb, benefitsArb, fc.integer({ min: 0, max: 100 }), (p, s, b, other) => {
        const low = Math.min(b.planPaysPercent, other);
        const high = Math.max(b.planPaysPercent, other);
        const paidLow = estimate(p, s, { ...b, planPaysPercent: low }).reimbursementCents;
        const paidHigh = estimate(p, s, { ...b, planPaysPercent: high }).reimbursementCents;
        expect(paidHigh).to.be.at.least(paidLow);
      }),
    );
  });

  it('never pays back more when more of the deductible remains', () => {
    fc.assert(
      fc.property(planArb, settingsArb, benefitsArb, fc.integer({ min: 0, max: 5_000_000 }), (p, s, b, extra) => {
        const paid = estimate(p, s, b).reimbursementCents;
        const paidWithMore = estimate(p, s, { ...b, deductibleRemainingCents: b.deductibleRemainingCents + extra }).reimbursementCents;
        expect(paidWithMore).to.be.at.most(paid);
      }),
    );
  });
});
