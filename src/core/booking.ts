/**
 * The booking request: what a visitor may send a practice, the rules it must meet, and the
 * forms it travels in (a Formspree-compatible JSON body, or a `mailto:` link). It collects
 * the minimum of DOMAIN.md section 4: contact data, never clinical data. No Lit, no DOM.
 *
 * The rules a request must meet are in booking-checks.ts, with zod: the form is drawn, and
 * takes typing, before they arrive.
 */
import { readableCode, type RandomBytes } from './ids.js';
import { US_STATES, type UsState } from './practice.js';

export const REQUEST_TYPES = ['consultation', 'preparation', 'question'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const PREFERRED_CONTACTS = ['email', 'phone', 'text'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

export const CLIENT_STATUSES = ['new', 'returning'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export type TimeSlot = `${Weekday}-${DayPart}`;
export const TIME_SLOTS: readonly TimeSlot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part): TimeSlot => `${day}-${part}`),
);

/** Where the visitor lives: a US state or territory, or somewhere else. */
export const OUTSIDE_US = 'outside-us';
export const RESIDENCES = [...US_STATES, OUTSIDE_US] as const;
export type Residence = UsState | typeof OUTSIDE_US;

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const MESSAGE_MAX = 1000;

export const FIELD_CODE_LIST = ['required', 'too-long', 'email', 'phone', 'phone-needed', 'outside-area', 'invalid'] as const;
/** Why a field was refused. Each has its own words in the element's catalogue. */
export type FieldCode = (typeof FIELD_CODE_LIST)[number];

/** A request that passed validateBookingRequest (core/booking-checks.ts): text trimmed, consent given. */
export type BookingRequest = Omit<BookingInput, 'state' | 'consent'> & { state: Residence; consent: true };
export type BookingField = keyof BookingRequest;

/** What the form holds before validation: every field present, the state possibly unchosen. */
export interface BookingInput {
  name: string;
  email: string;
  phone: string;
  preferredContact: PreferredContact;
  requestType: RequestType;
  preferredTimes: TimeSlot[];
  state: Residence | '';
  clientStatus: ClientStatus;
  message: string;
  consent: boolean;
  _gotcha: string;
}

/** The fields in the order the form shows them: the first invalid one gets focus. */
export const BOOKING_FIELDS: readonly (keyof BookingInput)[] = [
  'requestType',
  'name',
  'email',
  'phone',
  'preferredContact',
  'state',
  'clientStatus',
  'preferredTimes',
  'message',
  'consent',
  '_gotcha',
];

export const EMPTY_BOOKING: Readonly<BookingInput> = Object.freeze({
  name: '',
  email: '',
  phone: '',
  preferredContact: 'email',
  requestType: 'consultation',
  preferredTimes: [],
  state: '',
  clientStatus: 'new',
  message: '',
  consent: false,
  _gotcha: '',
});

/** Whether a name (a form control's, a server error's) is one of the request's fields. */
export const isBookingField = (name: string): name is keyof BookingInput => name in EMPTY_BOOKING;

export type FieldProblems = Partial<Record<keyof BookingInput, FieldCode>>;

export type BookingValidation =
  | { ok: true; request: BookingRequest; problems: FieldProblems }
  | { ok: false; problems: FieldProblems };

/** True when treatment can't be offered where the visitor lives. */
export function isOutsideServiceArea(state: Residence | '', serviceArea: readonly UsState[]): boolean {
  return state !== '' && !(serviceArea as readonly string[]).includes(state);
}

/**
 * The spam rule: a filled honeypot, or a form sent sooner than a person could fill it in.
 * Such a request is dropped without a word, so a bot learns nothing.
 */
export function isLikelySpam(honeypot: string, elapsedMs: number, minimumMs: number): boolean {
  return honeypot.trim() !== '' || elapsedMs < minimumMs;
}

/** A short reference the visitor can quote, like "KAP-7F3K-9Q2M" (40 random bits). */
export function newReference(randomBytes?: RandomBytes): string {
  const chars = readableCode(8, randomBytes);
  return `KAP-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** A key that lets the receiver recognise a retry of a request it already has. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Who the request is, for the person who reads it at the practice. */
export interface SubmissionMeta {
  /** The e-mail subject line (Formspree's `_subject`), in the language the visitor read the form in. */
  subject: string;
  reference: string;
  idempotencyKey: string;
  /** When the visitor ticked the consent box, ISO 8601: the record that consent came first. */
  consentedAt: string;
}

/**
 * The body for a Formspree-compatible endpoint: the request's fields, `_replyto` so the
 * practice can answer by e-mail, `_subject`, the honeypot as `""`, the reference the visitor
 * sees and the idempotency key (a same-origin endpoint also gets it as a header). submitForm
 * sends it as JSON to the page's own origin and as form fields to another.
 */
export function toSubmission(request: BookingRequest, meta: SubmissionMeta) {
  return {
    name: request.name,
    email: request.email,
    phone: request.phone,
    preferredContact: request.preferredContact,
    requestType: request.requestType,
    preferredTimes: request.preferredTimes,
    state: request.state,
    clientStatus: request.clientStatus,
    message: request.message,
    consent: request.consent,
    consentedAt: meta.consentedAt,
    reference: meta.reference,
    idempotencyKey: meta.idempotencyKey,
    _replyto: request.email,
    _subject: meta.subject,
    _gotcha: '',
  };
}
export type BookingSubmission = ReturnType<typeof toSubmission>;

/** Formspree's answer for a refused field: `{ field?, code, message }`. */
export interface ServerFieldError {
  field?: string;
  code?: string;
  message?: string;
}

export interface MappedServerErrors {
  /** Problems the form can show at a field, keyed by our field names. */
  fields: Partial<Record<keyof BookingInput, { code: FieldCode; message?: string }>>;
  /** The server's words for problems that belong to no field of ours. */
  form: string[];
}

// The names in the body that stand for a form field under another name.
const SERVER_FIELD_ALIASES: Readonly<Record<string, keyof BookingInput>> = { _replyto: 'email' };

// Formspree's codes that mean the same as ours; any other keeps the server's own words.
const SERVER_CODES: Readonly<Record<string, FieldCode>> = {
  REQUIRED_FIELD_EMPTY: 'required',
  REQUIRED_FIELD_MISSING: 'required',
  TYPE_EMAIL: 'email',
  TYPE_TEL: 'phone',
  TYPE_PHONE: 'phone',
};

/** Puts each of a server's field errors back at the field the visitor filled in. */
export function mapServerErrors(errors: readonly ServerFieldError[]): MappedServerErrors {
  const mapped: MappedServerErrors = { fields: {}, form: [] };
  for (const error of errors) {
    const name = error.field ?? '';
    const field = SERVER_FIELD_ALIASES[name] ?? (isBookingField(name) ? name : undefined);
    if (field && field !== '_gotcha') {
      const code = SERVER_CODES[error.code ?? ''] ?? 'invalid';
      mapped.fields[field] ??= error.message ? { code, message: error.message } : { code };
    } else if (error.message) {
      mapped.form.push(name ? `${name}: ${error.message}` : error.message);
    }
  }
  return mapped;
}

/** A draft kept while the visitor types: never the consent, never the honeypot. */
export type BookingDraft = Omit<BookingInput, 'consent' | '_gotcha'>;

/** The draft part of the form's values. */
export function toDraft(input: BookingInput): BookingDraft {
  const { consent: _consent, _gotcha, ...draft } = input;
  return draft;
}

/** Whether a stored value may stand for one draft field. */
type DraftCheck<T> = (value: unknown) => value is T;

const textOf =
  (max: number): DraftCheck<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;
const oneOf =
  <T extends string>(choices: readonly T[]): DraftCheck<T> =>
  (value): value is T =>
    (choices as readonly unknown[]).includes(value);
const isSlot = oneOf(TIME_SLOTS);

// Plain checks, not zod: a draft is read as the form first connects, before the form's rules
// (booking-checks.ts) have been fetched. Lengths are generous: a draft keeps what was typed,
// the rules say later what is too long.
const DRAFT_FIELDS: { readonly [K in keyof BookingDraft]: DraftCheck<BookingDraft[K]> } = {
  name: textOf(NAME_MAX * 4),
  email: textOf(EMAIL_MAX * 2),
  phone: textOf(80),
  preferredContact: oneOf(PREFERRED_CONTACTS),
  requestType: oneOf(REQUEST_TYPES),
  preferredTimes: (value): value is TimeSlot[] => Array.isArray(value) && value.every(isSlot),
  state: oneOf<Residence | ''>([...RESIDENCES, '']),
  clientStatus: oneOf(CLIENT_STATUSES),
  message: textOf(MESSAGE_MAX * 10),
};

/**
 * Reads a stored draft field by field: what is missing or malformed is left out, so a
 * damaged or older draft restores what it can and never breaks the form.
 */
export function parseDraft(value: unknown): Partial<BookingDraft> {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(DRAFT_FIELDS)) {
    const field = record[key];
    if (check(field)) draft[key] = Array.isArray(field) ? [...field] : field;
  }
  return draft as Partial<BookingDraft>;
}
