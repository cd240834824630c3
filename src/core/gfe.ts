/**
 * The Good Faith Estimate (US No Surprises Act, 45 CFR 149.610; DOMAIN.md section 2) as a
 * document model: what the practice issues to one self-pay patient for the plan they chose,
 * with every element of 149.610(c) in the order of the CMS model form (CMS-10791). Words live
 * in the widget's catalogue; this module holds the facts, the figures and the checks of what
 * the visitor types. No Lit, no DOM.
 *
 * The charges are the estimate's own line items (core/pricing.ts): the GFE never prices anything
 * again, so it always says what the informal estimate said.
 */
import type { Cents } from './money.js';
import type { Estimate, LineItemKind } from './pricing.js';
import type { PracticeSettings } from './practice.js';
import type { IsoDate } from './schedule.js';
import { todayIn } from './today.js';
import { gfeProvider, type GfeProvider } from './gfe-availability.js';
import { readableCode, type RandomBytes } from './ids.js';

/** The patient-provider dispute resolution facts the third disclaimer states (149.610(c)(9)). */
export const GFE_DISPUTE = Object.freeze({
  /** Billed at least this much above the GFE, for one provider. */
  thresholdCents: 40_000,
  /** Days from the date of the bill within which the process can be started. */
  days: 120,
  url: 'https://www.cms.gov/nosurprises',
  urlText: 'cms.gov/nosurprises',
  phone: '1-800-985-3059',
  tel: 'tel:+18009853059',
});

/**
 * Services scheduled separately, before or during the period of care (149.610(c)(6)): the
 * prescriber's are listed here rather than priced, as HHS has paused enforcement of
 * co-provider charges.
 */
export const GFE_SEPARATE_SERVICES = ['prescriber-evaluation', 'prescriber-follow-ups', 'medication'] as const;
export type GfeSeparateService = (typeof GFE_SEPARATE_SERVICES)[number];

/** The four disclaimers of 149.610(c)(7)-(10), in the model form's order. */
export const GFE_DISCLAIMERS = ['other-services', 'estimate-only', 'dispute-resolution', 'not-a-contract'] as const;
export type GfeDisclaimer = (typeof GFE_DISCLAIMERS)[number];

export interface GfePatient {
  name: string;
  birthDate: IsoDate;
}

/** One item (149.610(c)(3)-(4)): sessions of one kind, with their code and expected charge. */
export interface GfeItem {
  kind: LineItemKind;
  /** Unset where the practice gave none (the medicine session, unless `medicine-code`). */
  serviceCode?: string;
  quantity: number;
  unitCents: Cents;
  /** Expected charge: quantity x unit charge, exact. */
  totalCents: Cents;
  minutes: number;
}

export interface GoodFaithEstimate {
  gfeId: string;
  /** When it was issued, ISO 8601. */
  issuedAt: string;
  /** The date of issue on the practice's calendar. */
  issuedOn: IsoDate;
  /** The period of care it covers: from the date of issue through the day before `months` later. */
  coversFrom: IsoDate;
  coversThrough: IsoDate;
  months: number;
  patient: GfePatient;
  provider: GfeProvider;
  items: GfeItem[];
  totalCents: Cents;
  currency: string;
  separatelyScheduled: readonly GfeSeparateService[];
  disclaimers: readonly GfeDisclaimer[];
}

// ---------------------------------------------------------------------------------------------
// What the visitor types

export const PATIENT_NAME_MAX = 100;
/** Older than this, a date of birth is far likelier a mistyped year than a patient. */
const OLDEST_AGE_YEARS = 130;

export type NameProblem = 'name-missing' | 'name-too-long';
export type BirthDateProblem =
  /** Nothing entered. */
  | 'birth-date-missing'
  /** Some of month, day and year missing. */
  | 'birth-date-incomplete'
  /** Not digits, a year not of four digits, or a day the month does not have. */
  | 'birth-date-not-a-date'
  /** Today or later. */
  | 'birth-date-not-past'
  /** More than 130 years ago. */
  | 'birth-date-too-old';
export type GfeRequestProblem = NameProblem | BirthDateProblem;

export type Checked<T, P> = { ok: true; value: T } | { ok: false; problem: P };

/** The full name as the patient writes it, spaces tidied. */
export function checkPatientName(text: string): Checked<string, NameProblem> {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, problem: 'name-missing' };
  if (name.length > PATIENT_NAME_MAX) return { ok: false, problem: 'name-too-long' };
  return { ok: true, value: name };
}

export interface BirthDateInput {
  month: string;
  day: string;
  year: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number): IsoDate => `${year}-${pad2(month)}-${pad2(day)}`;

/** A real date in the past: `today` is the date on the practice's calendar. */
export function checkBirthDate(input: BirthDateInput, today: IsoDate): Checked<IsoDate, BirthDateProblem> {
  const fields = [input.month, input.day, input.year].map((part) => part.trim());
  const filled = fields.filter((part) => part !== '').length;
  if (filled === 0) return { ok: false, problem: 'birth-date-missing' };
  if (filled < 3) return { ok: false, problem: 'birth-date-incomplete' };
  const [month, day, year] = fields as [string, string, string];
  if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year)) {
    return { ok: false, problem: 'birth-date-not-a-date' };
  }
  const [m, d, y] = [Number(month), Number(day), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: 'birth-date-not-a-date' };
  }
  const iso = isoOf(y, m, d);
  if (iso >= today) return { ok: false, problem: 'birth-date-not-past' };
  const oldest = `${String(Number(today.slice(0, 4)) - OLDEST_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`;
  if (iso < oldest) return { ok: false, problem: 'birth-date-too-old' };
  return { ok: true, value: iso };
}

export interface GfeRequestInput extends BirthDateInput {
  name: string;
}

export type GfeRequestCheck =
  | { ok: true; patient: GfePatient }
  | { ok: false; problems: { name?: NameProblem; birthDate?: BirthDateProblem } };

/** The form as a whole: the patient, or every problem at once. */
export function checkGfeRequest(input: GfeRequestInput, today: IsoDate): GfeRequestCheck {
  const name = checkPatientName(input.name);
  const birthDate = checkBirthDate(input, today);
  if (name.ok && birthDate.ok) return { ok: true, patient: { name: name.value, birthDate: birthDate.value } };
  return {
    ok: false,
    problems: {
      ...(name.ok ? {} : { name: name.problem }),
      ...(birthDate.ok ? {} : { birthDate: birthDate.problem }),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Dates, on the practice's calendar

/**
 * The last day of a period of `months` starting on `from`: the day before the same date
 * `months` later, or the month's last day where that month is shorter (Jan 31 + 1 month ends Feb 28).
 */
export function periodEnd(from: IsoDate, months: number): IsoDate {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const lastOfTarget = new Date(Date.UTC(y, monthIndex + 1, 0)).getUTCDate();
  const sameDay = new Date(Date.UTC(y, monthIndex, Math.min(d, lastOfTarget)));
  const end = new Date(sameDay.getTime() - (d > lastOfTarget ? 0 : 86_400_000));
  return end.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Issuing

/**
 * The GFE number: its date of issue and 30 random bits, like `GFE-20270301-7F3K9Q`, so a
 * practice's copies sort by date and two issued on one day still differ.
 */
export function newGfeId(issuedOn: IsoDate, randomBytes?: RandomBytes): string {
  return `GFE-${issuedOn.replaceAll('-', '')}-${readableCode(6, randomBytes)}`;
}

export interface IssueOptions {
  settings: PracticeSettings;
  /** The estimate of the plan the visitor chose, as the estimator shows it. */
  estimate: Estimate;
  patient: GfePatient;
  now?: Date;
  randomBytes?: RandomBytes;
}

/**
 * The GFE for one patient and one plan. Throws when the practice has not set what a GFE needs
 * (see gfeProvider): the estimator offers no GFE then.
 */
export function issueGfe(options: IssueOptions): GoodFaithEstimate {
  const { settings, estimate, patient } = options;
  const provider = gfeProvider(settings);
  if (!provider) throw new RangeError('A Good Faith Estimate needs provider-npi, provider-tin and practice-address.');
  const now = options.now ?? new Date();
  const issuedOn = todayIn(settings.timezone, now);
  const months = settings.gfeMonths;
  return {
    gfeId: newGfeId(issuedOn, options.randomBytes),
    issuedAt: now.toISOString(),
    issuedOn,
    coversFrom: issuedOn,
    coversThrough: periodEnd(issuedOn, months),
    months,
    patient: { ...patient },
    provider: { ...provider, states: [...provider.states] },
    items: estimate.lineItems.map((item) => ({
      kind: item.kind,
      ...(item.serviceCode ? { serviceCode: item.serviceCode } : {}),
      quantity: item.quantity,
      unitCents: item.unitCents,
      totalCents: item.totalCents,
      minutes: item.minutes,
    })),
    totalCents: estimate.totalCents,
    currency: estimate.currency,
    separatelyScheduled: GFE_SEPARATE_SERVICES,
    disclaimers: GFE_DISCLAIMERS,
  };
}

/** What `kap-gfe-issued` tells the page: nothing of the patient's. */
export interface GfeIssuedSummary {
  gfeId: string;
  issuedAt: string;
  totalCents: Cents;
  currency: string;
}

export function gfeSummary(gfe: GoodFaithEstimate): GfeIssuedSummary {
  return { gfeId: gfe.gfeId, issuedAt: gfe.issuedAt, totalCents: gfe.totalCents, currency: gfe.currency };
}

export interface GfeSubmissionMeta {
  /** The e-mail subject line (Formspree's `_subject`). */
  subject: string;
  /** The document as the patient read it, word for word: the copy the practice keeps. */
  text: string;
  /** The language it was issued in, BCP 47. */
  language: string;
  idempotencyKey: string;
}

/**
 * The practice's copy, as JSON for the booking endpoint (Formspree-compatible): the figures as
 * data, and the text the patient was given, since the practice must keep what it issued.
 */
export function toGfeSubmission(gfe: GoodFaithEstimate, meta: GfeSubmissionMeta) {
  return {
    requestType: 'good-faith-estimate',
    gfeId: gfe.gfeId,
    issuedAt: gfe.issuedAt,
    issuedOn: gfe.issuedOn,
    coversFrom: gfe.coversFrom,
    coversThrough: gfe.coversThrough,
    patientName: gfe.patient.name,
    patientBirthDate: gfe.patient.birthDate,
    providerName: gfe.provider.name,
    providerNpi: gfe.provider.npi,
    providerTin: gfe.provider.tin,
    practiceAddress: gfe.provider.address,
    states: gfe.provider.states.join(' '),
    // As JSON text: a form service shown form fields (a cross-origin endpoint) reads it the same.
    items: JSON.stringify(gfe.items),
    totalCents: gfe.totalCents,
    currency: gfe.currency,
    language: meta.language,
    document: meta.text,
    idempotencyKey: meta.idempotencyKey,
    _subject: meta.subject,
    _gotcha: '',
  };
}
export type GfeSubmission = ReturnType<typeof toGfeSubmission>;
