import type {
  ClientStatus,
  DayPart,
  FieldCode,
  PreferredContact,
  RequestType,
  Weekday,
} from '../../core/booking.js';
import { defineMessages } from '../../core/localize.js';
import type { BookingErrorKind } from './events.js';

const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico',
  GU: 'Guam', VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
};

const REQUEST_TYPE_LABELS: Readonly<Record<RequestType, string>> = {
  consultation: 'Book a free consultation call',
  preparation: 'Start with preparation sessions',
  question: 'Ask a question',
};

const CONTACT_LABELS: Readonly<Record<PreferredContact, string>> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text message',
};

const CONTACT_CHANNELS: Readonly<Record<PreferredContact, string>> = {
  email: 'by email',
  phone: 'by phone',
  text: 'by text message',
};

const CLIENT_LABELS: Readonly<Record<ClientStatus, string>> = {
  new: 'No, I’m new',
  returning: 'Yes, I’m a returning client',
};

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};

const DAY_PART_NAMES: Readonly<Record<DayPart, string>> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

const FAILURES: Readonly<Record<BookingErrorKind, string>> = {
  network:
    'We couldn’t reach the practice. Please check your internet connection and try again. Everything you typed is still here.',
  timeout:
    'The practice’s server took too long to answer. Everything you typed is still here; please try again.',
  server:
    'Something went wrong on the practice’s side, not yours. Everything you typed is still here; please try again in a moment.',
  'rate-limited':
    'The practice’s server is busy right now. Everything you typed is still here; please wait a minute and try again.',
  rejected: 'The practice’s form isn’t accepting requests at the moment, so your request wasn’t sent.',
  validation: 'The practice couldn’t accept some of your answers. Please check the fields marked below.',
  offline:
    'You’re offline. Your request will be sent as soon as your connection comes back. Please keep this page open.',
  'not-configured': 'This form isn’t set up to send requests yet, so your request wasn’t sent.',
  'not-loaded':
    'This form didn’t finish loading, so your request wasn’t sent. Please check your internet connection and try again. If it still won’t send, reload the page: what you typed will stay, and you’ll only need to tick the consent box again.',
};

/** What a field error may mention; counts arrive already formatted for the locale. */
export interface FieldErrorDetail {
  max: string;
  count: string;
  area: string;
  contact: PreferredContact;
}

/**
 * Every word the booking request shows, announces or sends. Counts arrive already formatted
 * for the locale.
 *
 * The Spanish speaks to the visitor as usted, the way a clinician writes to a client, and calls
 * the practice "el consultorio". Its crisis note adds what a Spanish speaker needs from 988:
 * press 2 for Spanish, or text AYUDA. The email the visitor sends is in their language too, so
 * they can read what goes out under their name.
 */
export const bookingMessages = defineMessages('kap-booking-request', {
  widgetName: 'Consultation request',
  formLabel: 'Request a consultation',
  intro: 'It takes about two minutes. Fields marked “optional” can be left empty.',
  optional: 'optional',

  requestTypeLegend: 'What would you like to do?',
  requestType: (type: RequestType) => REQUEST_TYPE_LABELS[type],
  nameLabel: 'Your name',
  emailLabel: 'Email',
  phoneLabel: 'Phone',
  phoneHint: 'Needed only if you’d like a call or a text.',
  contactLegend: 'How should the practice get in touch?',
  contact: (contact: PreferredContact) => CONTACT_LABELS[contact],
  stateLabel: 'State you live in',
  stateHint: 'A therapist can only treat people who live where they are licensed.',
  statePlaceholder: 'Choose your state',
  outsideUs: 'I live outside the US',
  stateName: (code: string) => STATE_NAMES[code] ?? code,
  areaNote: (area: string) =>
    `Treatment is only offered to people who live in ${area}. You’re still welcome to ask a question.`,
  areaSwitch: 'Change my request to a question',
  clientLegend: 'Have you worked with the practice before?',
  client: (status: ClientStatus) => CLIENT_LABELS[status],
  timesLegend: 'When are you usually free?',
  timesHint: 'Choose any times that suit you for a call.',
  weekday: (day: Weekday) => WEEKDAY_NAMES[day],
  dayPart: (part: DayPart) => DAY_PART_NAMES[part],
  slot: (day: Weekday, part: DayPart) => `${WEEKDAY_NAMES[day]} ${DAY_PART_NAMES[part].toLowerCase()}`,
  messageLabel: 'Message',
  messageHint: 'Please don’t include health details here. You can talk about them privately with the practice.',
  messageCount: (count: string, max: string) => `${count} of ${max} characters`,

  privacyTitle: 'Your privacy',
  disclosureWhatTerm: 'What is collected',
  disclosureWhat:
    'Your name, email, phone number if you give one, how and when to reach you, the state you live in, whether you’re new or returning, and your message.',
  disclosureWhyTerm: 'Why',
  disclosureWhy: 'Only to reply to you and arrange a consultation. It isn’t used for marketing.',
  disclosureWhoTerm: 'Who receives it',
  disclosureWho: (practice: string) =>
    `${practice}, through the email or form service that delivers it. It isn’t sold or shared with anyone else.`,
  disclosureWithdrawTerm: 'How to withdraw',
  disclosureWithdraw: (email?: string) =>
    `You can withdraw your consent at any time and ask for your request to be deleted by writing to ${email ?? 'the practice'}.`,
  privacyLink: 'Read the consumer health data privacy policy',
  opensNewTab: '(opens in a new tab)',
  consentShort: 'The consent box',
  consentLabel: (practice: string) =>
    `I agree that ${practice} may collect and use the information in this form to reply to my request.`,

  honeypotLabel: 'Leave this field empty',

  submit: 'Send request',
  submitMailto: 'Continue in my email app',
  sending: 'Sending…',
  waiting: 'Waiting for a connection…',
  tryAgain: 'Try again',
  draftNote: 'What you type is kept only in this browser tab, so a reload won’t lose it. It disappears when you close the tab.',
  crisisNote: 'This form is not for emergencies. If you are in crisis, call or text',
  crisisLine: '988',
  crisisBetween: 'or call',
  emergency: '911',

  summary: (labels: string[], count: string) =>
    `${labels.length === 1 ? 'One answer needs' : `${count} answers need`} your attention: ${labels.join('; ')}.`,
  statusSending: 'Sending your request…',
  statusRetrying: (attempt: string, max: string) => `Still trying, attempt ${attempt} of ${max}…`,
  statusOffline: 'You seem to be offline. You can keep filling in the form; it will be sent once you’re back online.',
  failure: (kind: BookingErrorKind) => FAILURES[kind],
  reachEmail: 'You can also write to the practice at',
  reachPhoneAlso: 'or call',
  reachPhoneOnly: 'You can also call the practice at',
  serverSaid: (text: string) => `The practice’s form said: ${text}`,
  serverFieldError: (said: string) =>
    said
      ? `The practice’s form didn’t accept this answer (it said “${said}”). Please check it.`
      : 'The practice’s form didn’t accept this answer. Please check it.',

  fieldError: (field: string, code: FieldCode, detail: FieldErrorDetail) => fieldError(field, code, detail),
  errorPrefix: 'Error:',

  successTitle: (name: string) => `Thank you, ${name}. Your request is on its way.`,
  successNext: (practice: string, days: number, daysText: string, contact: PreferredContact) =>
    `What happens next: ${practice} will reply within ${days === 1 ? `${daysText} business day` : `${daysText} business days`}, ${CONTACT_CHANNELS[contact]}.`,
  referenceLabel: 'Your reference number:',
  referenceHint: 'Please mention it if you get in touch about this request.',
  mailtoTitle: (name: string) => `Thank you, ${name}. One more step: send the email.`,
  mailtoNext:
    'Your email app should have opened with your request written out. Please press Send there; the request reaches the practice only once you do.',
  mailtoOpen: 'Open the email again',
  mailtoFallback: 'If no email app opened, write to',

  subject: (type: RequestType, name: string, reference: string) =>
    `${{ consultation: 'Consultation request', preparation: 'Request to start preparation', question: 'Question' }[type]} from ${name} (${reference})`,
  mailRequest: 'Request',
  mailName: 'Name',
  mailEmail: 'Email',
  mailPhone: 'Phone',
  mailContact: 'Best way to reach me',
  mailState: 'State I live in',
  mailClient: 'Worked with the practice before',
  mailTimes: 'Times that suit me',
  mailMessage: 'Message',
  mailReference: 'Reference',
  mailConsent: (practice: string, when: string) =>
    `I agree that ${practice} may collect and use the information in this message to reply to my request (agreed ${when}).`,
  none: '(none)',
});

function fieldError(field: string, code: FieldCode, detail: FieldErrorDetail): string {
  switch (code) {
    case 'required':
      return (
        {
          name: 'Please enter your name.',
          email: 'Please enter your email address.',
          state: 'Please choose the state you live in, or “I live outside the US”.',
          consent: 'Please tick the box so the practice may use your answers to reply to you.',
        }[field] ?? 'Please answer this question.'
      );
    case 'too-long':
      return field === 'message'
        ? `Please shorten your message to ${detail.max} characters or fewer (it has ${detail.count}).`
        : `Please shorten this to ${detail.max} characters or fewer.`;
    case 'email':
      return 'Please enter an email address like name@example.com.';
    case 'phone':
      return 'Please enter a phone number with digits, like 206-555-0100 or +1 206 555 0100.';
    case 'phone-needed':
      return `Please add a phone number for a ${CONTACT_LABELS[detail.contact].toLowerCase()}, or choose email.`;
    case 'outside-area':
      return `Treatment is only offered to people who live in ${detail.area}. Please choose “Ask a question” to send your message.`;
    case 'invalid':
      return 'Please check this answer.';
  }
}

export type BookingMessages = (typeof bookingMessages)['en'];
