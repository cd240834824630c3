/**
 * The e-mail a visitor sends when the practice has no endpoint (`mailto:` with the request
 * written out): the same facts as the form, one a line, in the visitor's language. Pure: the
 * words come from the widget's catalogue, the date already formatted.
 */
import {
  DAY_PARTS,
  OUTSIDE_US,
  WEEKDAYS,
  type BookingRequest,
  type ClientStatus,
  type DayPart,
  type PreferredContact,
  type RequestType,
  type TimeSlot,
  type Weekday,
} from './booking.js';

/** The words of the e-mail, as the booking request's catalogue has them. */
export interface BookingMailWords {
  mailRequest: string;
  mailName: string;
  mailEmail: string;
  mailPhone: string;
  mailContact: string;
  mailState: string;
  mailClient: string;
  mailTimes: string;
  mailReference: string;
  mailMessage: string;
  /** Written where an answer was left empty. */
  none: string;
  outsideUs: string;
  requestType: (type: RequestType) => string;
  contact: (contact: PreferredContact) => string;
  client: (status: ClientStatus) => string;
  stateName: (code: string) => string;
  slot: (day: Weekday, part: DayPart) => string;
  mailConsent: (practice: string, when: string) => string;
}

export interface BookingMailFacts {
  reference: string;
  practiceName: string;
  /** When the visitor gave consent, formatted for the visitor's locale. */
  consentedWhen: string;
}

/** The chosen times in week order, whatever order they were ticked in. */
export function slotList(slots: readonly TimeSlot[], words: Pick<BookingMailWords, 'slot'>): string {
  return WEEKDAYS.flatMap((day) =>
    DAY_PARTS.filter((part) => slots.includes(`${day}-${part}`)).map((part) => words.slot(day, part)),
  ).join(', ');
}

/** The body of the e-mail, lines joined with "\n" (mailtoHref makes them CRLF). */
export function bookingMailBody(request: BookingRequest, facts: BookingMailFacts, words: BookingMailWords): string {
  const residence = request.state === OUTSIDE_US ? words.outsideUs : words.stateName(request.state);
  return [
    `${words.mailRequest}: ${words.requestType(request.requestType)}`,
    `${words.mailName}: ${request.name}`,
    `${words.mailEmail}: ${request.email}`,
    `${words.mailPhone}: ${request.phone || words.none}`,
    `${words.mailContact}: ${words.contact(request.preferredContact)}`,
    `${words.mailState}: ${residence}`,
    `${words.mailClient}: ${words.client(request.clientStatus)}`,
    `${words.mailTimes}: ${slotList(request.preferredTimes, words) || words.none}`,
    `${words.mailReference}: ${facts.reference}`,
    '',
    `${words.mailMessage}:`,
    request.message || words.none,
    '',
    words.mailConsent(facts.practiceName, facts.consentedWhen),
  ].join('\n');
}
