/**
 * The price of a KAP treatment plan and what an out-of-network plan may pay back
 * (DOMAIN.md section 2). Pure integer arithmetic on minor units; no Lit, no DOM.
 *
 * Rounding rule (the only one): amounts are rounded half up to the minor unit, once per
 * session, when the plan's percentage is applied (`percentOf`); the per-week figure is the
 * total divided by the weeks, rounded the same way. Everything else is exact addition.
 */
import { assertCents, percentOf, sumCents, type Cents } from './money.js';
import type { PracticeSettings } from './practice.js';
import { countLimits } from './settings.js';

export type LineItemKind = 'preparation' | 'medicine' | 'integration';

/** The order sessions happen in, which is also the order of the line items. */
export const LINE_ITEM_KINDS: readonly LineItemKind[] = ['preparation', 'medicine', 'integration'];

/** One row of the estimate: sessions of one kind at one fee. */
export interface EstimateLineItem {
  kind: LineItemKind;
  /** Key of the row's name in a widget's message catalogue ("preparationSession"). */
  labelKey: `${LineItemKind}Session`;
  quantity: number;
  unitCents: Cents;
  totalCents: Cents;
  /** Length of one session. */
  minutes: number;
  /** CPT code a superbill would use, when one applies. */
  serviceCode?: string;
  /** Whether out-of-network benefits are counted for these sessions. */
  reimbursable: boolean;
}

/** How many sessions of each kind the visitor is pricing, and over how many weeks. */
export interface PricingPlan {
  preparationSessions: number;
  medicineSessions: number;
  integrationSessions: number;
  weeks: number;
}

/**
 * The ranges a plan may take: beyond them the estimate stops being a useful guide. The counts a
 * practice sets have the settings' ranges; integration sessions follow from two settings and have their own cap.
 */
export const PRICING_PLAN_LIMITS = {
  preparationSessions: countLimits('preparationSessions'),
  medicineSessions: countLimits('medicineSessions'),
  integrationSessions: { min: 0, max: 24 },
  weeks: countLimits('weeks'),
} as const satisfies Record<keyof PricingPlan, { min: number; max: number }>;

/**
 * What the price depends on: the practice's fees and lengths, its service codes, plus one
 * billing choice. `medicineCode` has no default, as the medicine session's billing is
 * payer-dependent; without `sessionCode`, preparation and integration take the code their length gives.
 */
export type PricingSettings = Pick<
  PracticeSettings,
  | 'currency'
  | 'medicineFeeCents'
  | 'medicineMinutes'
  | 'sessionFeeCents'
  | 'sessionMinutes'
  | 'preparationSessions'
  | 'medicineSessions'
  | 'weeks'
  | 'integrationPerMedicine'
  | 'medicineCode'
  | 'sessionCode'
> & {
  /** Kinds the practice writes superbills for; default preparation and integration. */
  reimbursableKinds?: readonly LineItemKind[];
};

export const DEFAULT_REIMBURSABLE_KINDS: readonly LineItemKind[] = ['preparation', 'integration'];

/** Out-of-network benefits as a visitor reads them off their plan. */
export interface OutOfNetworkBenefits {
  /** Share of the allowed amount the plan pays after the deductible, 0 to 100. */
  planPaysPercent: number;
  deductibleRemainingCents: Cents;
  /** What the visitor can still be asked to pay toward allowed amounts this year; unset: no cap. */
  outOfPocketMaxRemainingCents?: Cents;
  /** What the plan allows for one session; unset: the practice's fee. */
  allowedPerSessionCents?: Cents;
}

/** How the reimbursement came about, for copy that explains it. */
export interface ReimbursementBreakdown {
  /** Sessions the benefits were counted for. */
  sessions: number;
  /** Sum over those sessions of min(fee, allowed). */
  eligibleCents: Cents;
  deductibleAppliedCents: Cents;
  /** Deductible plus coinsurance the visitor pays on allowed amounts, after the cap. */
  patientShareCents: Cents;
  /** Sum of what each fee exceeds the allowed amount by: always the visitor's. */
  aboveAllowedCents: Cents;
  reimbursementCents: Cents;
  outOfPocketMaxReached: boolean;
}

export interface Estimate {
  currency: string;
  lineItems: EstimateLineItem[];
  totalCents: Cents;
  weeks: number;
  perWeekCents: Cents;
  /** Null when no benefits were given. */
  reimbursement: ReimbursementBreakdown | null;
  /** 0 when no benefits were given. */
  reimbursementCents: Cents;
  netCents: Cents;
}

/** CPT code of a psychotherapy session by its length: 38-52 min 90834, 53+ min 90837. */
export function psychotherapyServiceCode(minutes: number): string | undefined {
  if (minutes >= 53) return '90837';
  if (minutes >= 38) return '90834';
  // Shorter sessions use a code DOMAIN.md does not list; print none rather than guess.
  return undefined;
}

/** Integration sessions when each medicine session is followed by the practice's usual number. */
export function integrationSessionsFor(medicineSessions: number, settings: Pick<PricingSettings, 'integrationPerMedicine'>): number {
  return Math.min(PRICING_PLAN_LIMITS.integrationSessions.max, medicineSessions * settings.integrationPerMedicine);
}

/**
 * Weeks a series of this many medicine sessions spans at the practice's pace (6 over 3 weeks
 * is 2 a week), so the per-week figure stays honest when a visitor changes the count.
 */
export function weeksFor(medicineSessions: number, settings: Pick<PricingSettings, 'medicineSessions' | 'weeks'>): number {
  const weeks = Math.ceil((medicineSessions * settings.weeks) / settings.medicineSessions);
  const { min, max } = PRICING_PLAN_LIMITS.weeks;
  return Math.min(max, Math.max(min, weeks));
}

/** The practice's own protocol as a plan: the estimate a visitor sees before changing anything. */
export function defaultPricingPlan(settings: PricingSettings): PricingPlan {
  return {
    preparationSessions: settings.preparationSessions,
    medicineSessions: settings.medicineSessions,
    integrationSessions: integrationSessionsFor(settings.medicineSessions, settings),
    weeks: settings.weeks,
  };
}

/**
 * Sessions in the order they happen: every preparation session, then each medicine session
 * followed by its integration sessions (spread evenly, earlier medicine sessions taking any
 * extra). The deductible and the out-of-pocket maximum are used up in this order.
 */
export function sessionOrder(plan: PricingPlan): LineItemKind[] {
  const order: LineItemKind[] = Array.from({ length: plan.preparationSessions }, () => 'preparation' as const);
  const each = Math.floor(plan.integrationSessions / plan.medicineSessions);
  const extra = plan.integrationSessions % plan.medicineSessions;
  for (let i = 0; i < plan.medicineSessions; i++) {
    order.push('medicine');
    const following = each + (i < extra ? 1 : 0);
    for (let j = 0; j < following; j++) order.push('integration');
  }
  return order;
}

function assertWhole(name: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

function assertPlan(plan: PricingPlan): void {
  for (const key of Object.keys(PRICING_PLAN_LIMITS) as (keyof PricingPlan)[]) {
    const { min, max } = PRICING_PLAN_LIMITS[key];
    assertWhole(key, plan[key], min, max);
  }
}

function assertBenefits(benefits: OutOfNetworkBenefits): void {
  assertWhole('planPaysPercent', benefits.planPaysPercent, 0, 100);
  for (const amount of [
    benefits.deductibleRemainingCents,
    benefits.outOfPocketMaxRemainingCents,
    benefits.allowedPerSessionCents,
  ]) {
    if (amount === undefined) continue;
    assertCents(amount);
    if (amount < 0) throw new RangeError(`Benefit amounts cannot be negative, got ${amount}`);
  }
}

/** The fee, length and code of one session of a kind. */
function sessionTerms(kind: LineItemKind, settings: PricingSettings): Pick<EstimateLineItem, 'unitCents' | 'minutes' | 'serviceCode'> {
  if (kind === 'medicine') {
    return {
      unitCents: settings.medicineFeeCents,
      minutes: settings.medicineMinutes,
      ...(settings.medicineCode ? { serviceCode: settings.medicineCode } : {}),
    };
  }
  // An empty code is no code, as for the medicine session: the length gives one.
  const code = settings.sessionCode || psychotherapyServiceCode(settings.sessionMinutes);
  return { unitCents: settings.sessionFeeCents, minutes: settings.sessionMinutes, ...(code ? { serviceCode: code } : {}) };
}

/** Which count of the plan each kind of session takes its quantity from. */
export const QUANTITY_OF: Record<LineItemKind, keyof PricingPlan> = {
  preparation: 'preparationSessions',
  medicine: 'medicineSessions',
  integration: 'integrationSessions',
};

/**
 * Out-of-network reimbursement, session by session in date order (DOMAIN.md section 2):
 * eligible = min(fee, allowed); applied = min(deductible remaining, eligible);
 * reimbursed = (eligible - applied) x plan pays, rounded half up. The visitor's share of
 * allowed amounts (applied + coinsurance) stops at the out-of-pocket maximum remaining; from
 * then on the plan pays the whole allowed amount. A fee above the allowed amount is the
 * visitor's in full and does not count toward the maximum.
 */
export function reimburse(
  sessions: readonly { feeCents: Cents; reimbursable: boolean }[],
  benefits: OutOfNetworkBenefits,
): ReimbursementBreakdown {
  assertBenefits(benefits);
  let deductibleLeft = benefits.deductibleRemainingCents;
  let capLeft = benefits.outOfPocketMaxRemainingCents ?? Number.POSITIVE_INFINITY;
  const result: ReimbursementBreakdown = {
    sessions: 0,
    eligibleCents: 0,
    deductibleAppliedCents: 0,
    patientShareCents: 0,
    aboveAllowedCents: 0,
    reimbursementCents: 0,
    outOfPocketMaxReached: false,
  };
  for (const session of sessions) {
    if (!session.reimbursable) continue;
    const eligible = Math.min(session.feeCents, benefits.allowedPerSessionCents ?? session.feeCents);
    const applied = Math.min(deductibleLeft, eligible);
    const coinsurance = eligible - applied - percentOf(eligible - applied, benefits.planPaysPercent);
    const share = Math.min(applied + coinsurance, capLeft);
    deductibleLeft -= applied;
    capLeft -= share;
    result.sessions += 1;
    result.eligibleCents += eligible;
    result.deductibleAppliedCents += Math.min(applied, share);
    result.patientShareCents += share;
    result.aboveAllowedCents += session.feeCents - eligible;
    result.reimbursementCents += eligible - share;
  }
  // Reached also when the shares add up to exactly the cap: the plan pays in full from then on.
  result.outOfPocketMaxReached = capLeft === 0;
  assertCents(result.reimbursementCents);
  return result;
}

/** A non-negative amount split into equal parts, rounded half up like `percentOf`. */
export function divideRounded(cents: Cents, parts: number): Cents {
  assertCents(cents);
  assertWhole('parts', parts, 1, Number.MAX_SAFE_INTEGER);
  if (cents < 0) throw new RangeError(`Only non-negative amounts are divided, got ${cents}`);
  return Math.floor((2 * cents + parts) / (2 * parts));
}

/**
 * The estimate of a plan at a practice's fees: line items (sessions of a kind that take
 * place), the total, the cost per week, and with benefits the reimbursement and net cost.
 * Throws RangeError for a plan or benefits outside their ranges; widgets clamp first.
 */
export function estimate(plan: PricingPlan, settings: PricingSettings, benefits?: OutOfNetworkBenefits): Estimate {
  assertPlan(plan);
  const reimbursable = new Set(settings.reimbursableKinds ?? DEFAULT_REIMBURSABLE_KINDS);
  const lineItems: EstimateLineItem[] = [];
  for (const kind of LINE_ITEM_KINDS) {
    const quantity = plan[QUANTITY_OF[kind]];
    if (quantity === 0) continue;
    const terms = sessionTerms(kind, settings);
    lineItems.push({
      kind,
      labelKey: `${kind}Session`,
      quantity,
      ...terms,
      totalCents: terms.unitCents * quantity,
      reimbursable: reimbursable.has(kind),
    });
  }
  const totalCents = sumCents(lineItems.map((item) => item.totalCents));
  const breakdown = benefits
    ? reimburse(
        sessionOrder(plan).map((kind) => ({ feeCents: sessionTerms(kind, settings).unitCents, reimbursable: reimbursable.has(kind) })),
        benefits,
      )
    : null;
  const reimbursementCents = breakdown?.reimbursementCents ?? 0;
  return {
    currency: settings.currency,
    lineItems,
    totalCents,
    weeks: plan.weeks,
    perWeekCents: divideRounded(totalCents, plan.weeks),
    reimbursement: breakdown,
    reimbursementCents,
    netCents: totalCents - reimbursementCents,
  };
}
