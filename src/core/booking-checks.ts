/**
 * The booking request's rules: the zod schema a request must meet before it is sent, and the
 * checks built on it. A module of its own because zod and the schema are the largest part of
 * the form's code and a visitor needs neither to see the form: the booking request imports
 * this module when the visitor first reaches into the form (through the loader, a chunk
 * fetched then), and the form is drawn, and takes typing, without it.
 *
 * Validation reports codes, not sentences: the element turns each code into words in the
 * visitor's language.
 */
import * as z from 'zod/mini';
import {
  CLIENT_STATUSES,
  EMAIL_MAX,
  FIELD_CODE_LIST,
  isBookingField,
  isOutsideServiceArea,
  MESSAGE_MAX,
  NAME_MAX,
  PREFERRED_CONTACTS,
  REQUEST_TYPES,
  RESIDENCES,
  TIME_SLOTS,
  type BookingInput,
  type BookingValidation,
  type FieldCode,
  type FieldProblems,
  type TimeSlot,
} from './booking.js';
import { EMAIL_PATTERN, parsePhone, type UsState } from './practice.js';

const FIELD_CODES: ReadonlySet<string> = new Set<FieldCode>(FIELD_CODE_LIST);

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'too-long'));
const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'too-long'));

const isPhone = (value: string) => parsePhone(value).ok;

let schema: ReturnType<typeof buildSchema> | undefined;

/**
 * The request as the form holds it and as it is sent, built on first use (building zod
 * schemas is work nobody waits for until a field is checked). `consent` must be `true`; the
 * honeypot `_gotcha` travels as typed (empty for people) so the spam rule can read it.
 */
export const bookingRequestSchema = () => (schema ??= buildSchema());

function buildSchema() {
  return z
    .object({
      name: requiredText(NAME_MAX),
      email: z.pipe(
        z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(EMAIL_MAX, 'email')),
        z.email({ pattern: EMAIL_PATTERN, error: 'email' }),
      ),
      phone: trimmed(40).check(z.refine((value) => value === '' || isPhone(value), 'phone')),
      preferredContact: z.enum(PREFERRED_CONTACTS, 'invalid'),
      requestType: z.enum(REQUEST_TYPES, 'invalid'),
      preferredTimes: z
        .array(z.enum(TIME_SLOTS as [TimeSlot, ...TimeSlot[]], 'invalid'))
        .check(z.refine((slots) => new Set(slots).size === slots.length, 'invalid')),
      state: z.enum(RESIDENCES, 'required'),
      clientStatus: z.enum(CLIENT_STATUSES, 'invalid'),
      message: trimmed(MESSAGE_MAX),
      consent: z.literal(true, 'required'),
      _gotcha: z.string(),
    })
    .check(
      // A call or a text needs a number to call or text. Runs even when another field is wrong,
      // so the visitor sees every problem at once.
      z.refine((request) => !needsPhone(request), {
        path: ['phone'],
        message: 'phone-needed',
        when: (payload) => typeof payload.value === 'object' && payload.value !== null,
      }),
    );
}

function needsPhone(request: { preferredContact?: unknown; phone?: unknown }): boolean {
  const wantsPhone = request.preferredContact === 'phone' || request.preferredContact === 'text';
  return wantsPhone && (typeof request.phone !== 'string' || request.phone.trim() === '');
}

/**
 * Checks a request against the schema and the practice's service area: someone who lives
 * outside it can still ask a question, but not ask to start treatment. Gives the first
 * problem of each field.
 */
export function validateBookingRequest(input: BookingInput, serviceArea: readonly UsState[]): BookingValidation {
  const problems: FieldProblems = {};
  const parsed = bookingRequestSchema().safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !isBookingField(field)) continue;
      problems[field] ??= FIELD_CODES.has(issue.message) ? (issue.message as FieldCode) : 'invalid';
    }
  }
  if (isOutsideServiceArea(input.state, serviceArea) && input.requestType !== 'question') {
    problems.requestType ??= 'outside-area';
  }
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, request: parsed.data, problems };
  return { ok: false, problems };
}

/** The problem of one field alone, as shown when the visitor leaves it. */
export function validateField(
  field: keyof BookingInput,
  input: BookingInput,
  serviceArea: readonly UsState[],
): FieldCode | undefined {
  return validateBookingRequest(input, serviceArea).problems[field];
}
