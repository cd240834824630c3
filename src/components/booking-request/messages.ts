import type {
  ClientStatus,
  DayPart,
  FieldCode,
  PreferredContact,
  RequestType,
  Weekday,
} from '../../core/booking.js';
import { defineMessages } from '../../shared/i18n.js';
import type { BookingErrorKind } from './kap-booking-request.js';

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
};

/** What a field error may mention; counts arrive already formatted for the locale. */
interface FieldErrorDetail {
  max: string;
  count: string;
  area: string;
  contact: PreferredContact;
}

// The Spanish names that US sources in Spanish use (Carolina del Norte, Nueva York, Hawái),
// as a Spanish-language US form lists them; every other name (Washington, Idaho, Texas) is
// written the same in both languages.
const STATE_NAMES_ES: Readonly<Record<string, string>> = {
  ...STATE_NAMES,
  DC: 'Distrito de Columbia', HI: 'Hawái', LA: 'Luisiana', MS: 'Misisipi', MO: 'Misuri',
  NH: 'Nuevo Hampshire', NJ: 'Nueva Jersey', NM: 'Nuevo México', NY: 'Nueva York',
  NC: 'Carolina del Norte', ND: 'Dakota del Norte', OR: 'Oregón', PA: 'Pensilvania',
  SC: 'Carolina del Sur', SD: 'Dakota del Sur', WV: 'Virginia Occidental',
  VI: 'Islas Vírgenes de EE. UU.', AS: 'Samoa Estadounidense', MP: 'Islas Marianas del Norte',
};

const REQUEST_TYPE_LABELS_ES: Readonly<Record<RequestType, string>> = {
  consultation: 'Programar una llamada de consulta gratuita',
  preparation: 'Comenzar con las sesiones de preparación',
  question: 'Hacer una pregunta',
};

const CONTACT_LABELS_ES: Readonly<Record<PreferredContact, string>> = {
  email: 'Correo electrónico',
  phone: 'Llamada telefónica',
  text: 'Mensaje de texto',
};

const CONTACT_CHANNELS_ES: Readonly<Record<PreferredContact, string>> = {
  email: 'por correo electrónico',
  phone: 'por teléfono',
  text: 'por mensaje de texto',
};

// Neither answer needs "nuevo(a)": both read the same for anyone.
const CLIENT_LABELS_ES: Readonly<Record<ClientStatus, string>> = {
  new: 'No, es la primera vez',
  returning: 'Sí, ya he sido cliente',
};

// Capitalised as labels; the time slots in a sentence use them in lower case, as Spanish writes days.
const WEEKDAY_NAMES_ES: Readonly<Record<Weekday, string>> = {
  mon: 'Lunes',
  tue: 'Martes',
  wed: 'Miércoles',
  thu: 'Jueves',
  fri: 'Viernes',
};

const DAY_PART_NAMES_ES: Readonly<Record<DayPart, string>> = {
  morning: 'Mañana',
  afternoon: 'Tarde',
  evening: 'Noche',
};

const FAILURES_ES: Readonly<Record<BookingErrorKind, string>> = {
  network:
    'No pudimos comunicarnos con el consultorio. Revise su conexión a internet e inténtelo de nuevo. Todo lo que escribió sigue aquí.',
  timeout:
    'El servidor del consultorio tardó demasiado en responder. Todo lo que escribió sigue aquí; inténtelo de nuevo, por favor.',
  server:
    'Hubo un problema del lado del consultorio, no del suyo. Todo lo que escribió sigue aquí; inténtelo de nuevo en un momento.',
  'rate-limited':
    'El servidor del consultorio está muy ocupado en este momento. Todo lo que escribió sigue aquí; espere un minuto e inténtelo de nuevo.',
  rejected: 'El formulario del consultorio no está recibiendo solicitudes en este momento, así que su solicitud no se envió.',
  validation: 'El consultorio no pudo aceptar algunas de sus respuestas. Revise, por favor, los campos marcados abajo.',
  offline:
    'No tiene conexión a internet. Su solicitud se enviará en cuanto vuelva la conexión. Por favor, no cierre esta página.',
  'not-configured': 'Este formulario todavía no está listo para enviar solicitudes, así que su solicitud no se envió.',
};

/**
 * Every word the booking request shows, announces or sends. Counts arrive already formatted
 * for the locale.
 *
 * The Spanish speaks to the visitor as usted, the way a clinician writes to a client, and calls
 * the practice "el consultorio". Its crisis note adds what a Spanish speaker needs from 988:
 * press 2 for Spanish, or text AYUDA. The email the visitor sends is in their language too, so
 * they can read what goes out under their name.
 */
export const bookingMessages = defineMessages({
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
}, {
  es: {
    widgetName: 'Solicitud de consulta',
    formLabel: 'Solicitar una consulta',
    intro: 'Le tomará unos dos minutos. Puede dejar en blanco los campos marcados como “opcional”.',
    optional: 'opcional',

    requestTypeLegend: '¿Qué le gustaría hacer?',
    requestType: (type: RequestType) => REQUEST_TYPE_LABELS_ES[type],
    nameLabel: 'Su nombre',
    emailLabel: 'Correo electrónico',
    phoneLabel: 'Teléfono',
    phoneHint: 'Solo hace falta si prefiere una llamada o un mensaje de texto.',
    contactLegend: '¿Cómo prefiere que el consultorio se comunique con usted?',
    contact: (contact: PreferredContact) => CONTACT_LABELS_ES[contact],
    stateLabel: 'Estado donde vive',
    stateHint: 'Los terapeutas solo pueden atender a personas que viven en el estado donde tienen su licencia.',
    statePlaceholder: 'Elija su estado',
    outsideUs: 'Vivo fuera de Estados Unidos',
    stateName: (code: string) => STATE_NAMES_ES[code] ?? code,
    areaNote: (area: string) =>
      `El tratamiento solo se ofrece a personas que viven en ${area}. Aun así, con gusto recibimos su pregunta.`,
    areaSwitch: 'Cambiar mi solicitud a una pregunta',
    clientLegend: '¿Ha trabajado antes con el consultorio?',
    client: (status: ClientStatus) => CLIENT_LABELS_ES[status],
    timesLegend: '¿Cuándo suele estar disponible?',
    timesHint: 'Marque todos los horarios en que le vendría bien una llamada.',
    weekday: (day: Weekday) => WEEKDAY_NAMES_ES[day],
    dayPart: (part: DayPart) => DAY_PART_NAMES_ES[part],
    slot: (day: Weekday, part: DayPart) =>
      `${WEEKDAY_NAMES_ES[day].toLowerCase()} por la ${DAY_PART_NAMES_ES[part].toLowerCase()}`,
    messageLabel: 'Mensaje',
    messageHint:
      'Por favor, no escriba aquí detalles sobre su salud. Podrá hablar de eso en privado con el consultorio.',
    messageCount: (count: string, max: string) => `${count} de ${max} caracteres`,

    privacyTitle: 'Su privacidad',
    disclosureWhatTerm: 'Qué datos se recopilan',
    disclosureWhat:
      'Su nombre, su correo electrónico, su número de teléfono si lo incluye, cómo y cuándo comunicarse con usted, el estado donde vive, si ya ha sido cliente o es la primera vez, y su mensaje.',
    disclosureWhyTerm: 'Para qué',
    disclosureWhy: 'Solo para responderle y coordinar una consulta. No se usan para publicidad ni mercadeo.',
    disclosureWhoTerm: 'Quién los recibe',
    disclosureWho: (practice: string) =>
      `${practice}, a través del servicio de correo electrónico o de formularios que entrega la solicitud. No se venden ni se comparten con nadie más.`,
    disclosureWithdrawTerm: 'Cómo retirar su consentimiento',
    disclosureWithdraw: (email?: string) =>
      `Puede retirar su consentimiento en cualquier momento y pedir que se borre su solicitud ${email ? `escribiendo a ${email}` : 'escribiéndole al consultorio'}.`,
    privacyLink: 'Lea la política de privacidad de los datos de salud del consumidor',
    opensNewTab: '(se abre en una pestaña nueva)',
    consentShort: 'La casilla de consentimiento',
    consentLabel: (practice: string) =>
      `Acepto que ${practice} recopile y use la información de este formulario para responder a mi solicitud.`,

    honeypotLabel: 'Deje este campo vacío',

    submit: 'Enviar solicitud',
    submitMailto: 'Continuar en mi correo electrónico',
    sending: 'Enviando…',
    waiting: 'Esperando la conexión…',
    tryAgain: 'Intentar de nuevo',
    draftNote:
      'Lo que escribe se guarda solo en esta pestaña del navegador, así que no se pierde si vuelve a cargar la página. Se borra al cerrar la pestaña.',
    crisisNote: 'Este formulario no es para emergencias. Si está pasando por una crisis, llame al',
    crisisLine: '988',
    crisisBetween:
      '(oprima 2 para español) o envíe la palabra AYUDA por mensaje de texto al 988. En caso de emergencia, llame al',
    emergency: '911',

    summary: (labels: string[], count: string) =>
      `${labels.length === 1 ? 'Revise esta respuesta' : `Revise estas ${count} respuestas`}: ${labels.join('; ')}.`,
    statusSending: 'Enviando su solicitud…',
    statusRetrying: (attempt: string, max: string) => `Seguimos intentando: intento ${attempt} de ${max}…`,
    statusOffline:
      'Parece que no tiene conexión a internet. Puede seguir llenando el formulario; se enviará cuando vuelva a estar en línea.',
    failure: (kind: BookingErrorKind) => FAILURES_ES[kind],
    reachEmail: 'También puede escribirle al consultorio a',
    reachPhoneAlso: 'o llamar al',
    reachPhoneOnly: 'También puede llamar al consultorio al',
    serverSaid: (text: string) => `El formulario del consultorio respondió: ${text}`,
    serverFieldError: (said: string) =>
      said
        ? `El formulario del consultorio no aceptó esta respuesta (dijo: “${said}”). Revísela, por favor.`
        : 'El formulario del consultorio no aceptó esta respuesta. Revísela, por favor.',

    fieldError: (field: string, code: FieldCode, detail: FieldErrorDetail) => fieldErrorEs(field, code, detail),
    errorPrefix: 'Error:',

    successTitle: (name: string) => `Gracias, ${name}. Su solicitud ya va en camino.`,
    successNext: (practice: string, days: number, daysText: string, contact: PreferredContact) =>
      `Lo que sigue: ${practice} le responderá ${CONTACT_CHANNELS_ES[contact]} en un plazo de ${days === 1 ? `${daysText} día hábil` : `${daysText} días hábiles`}.`,
    referenceLabel: 'Su número de referencia:',
    referenceHint: 'Menciónelo si se comunica con el consultorio sobre esta solicitud.',
    mailtoTitle: (name: string) => `Gracias, ${name}. Falta un paso: enviar el correo.`,
    mailtoNext:
      'Su programa de correo electrónico debería haberse abierto con la solicitud ya escrita. Presione “Enviar” allí: la solicitud le llega al consultorio solo cuando usted la envía.',
    mailtoOpen: 'Abrir el correo otra vez',
    mailtoFallback: 'Si no se abrió ningún programa de correo, escriba a',

    subject: (type: RequestType, name: string, reference: string) =>
      `${{ consultation: 'Solicitud de consulta', preparation: 'Solicitud para comenzar la preparación', question: 'Pregunta' }[type]} de ${name} (${reference})`,
    mailRequest: 'Solicitud',
    mailName: 'Nombre',
    mailEmail: 'Correo electrónico',
    mailPhone: 'Teléfono',
    mailContact: 'Mejor forma de comunicarse conmigo',
    mailState: 'Estado donde vivo',
    mailClient: 'He trabajado antes con el consultorio',
    mailTimes: 'Horarios que me convienen',
    mailMessage: 'Mensaje',
    mailReference: 'Referencia',
    mailConsent: (practice: string, when: string) =>
      `Acepto que ${practice} recopile y use la información de este mensaje para responder a mi solicitud (aceptado el ${when}).`,
    none: '(ninguno)',
  },
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

function fieldErrorEs(field: string, code: FieldCode, detail: FieldErrorDetail): string {
  switch (code) {
    case 'required':
      return (
        {
          name: 'Por favor, escriba su nombre.',
          email: 'Por favor, escriba su correo electrónico.',
          state: 'Elija el estado donde vive, o “Vivo fuera de Estados Unidos”.',
          consent: 'Marque la casilla para que el consultorio pueda usar sus respuestas para responderle.',
        }[field] ?? 'Por favor, responda esta pregunta.'
      );
    case 'too-long':
      return field === 'message'
        ? `Acorte su mensaje a ${detail.max} caracteres o menos (ahora tiene ${detail.count}).`
        : `Acorte este texto a ${detail.max} caracteres o menos.`;
    case 'email':
      return 'Escriba un correo electrónico completo, como nombre@example.com.';
    case 'phone':
      return 'Escriba un número de teléfono con dígitos, como 206-555-0100 o +1 206 555 0100.';
    case 'phone-needed':
      return detail.contact === 'text'
        ? 'Para recibir mensajes de texto, escriba un número de teléfono, o elija correo electrónico.'
        : 'Para recibir una llamada, escriba un número de teléfono, o elija correo electrónico.';
    case 'outside-area':
      return `El tratamiento solo se ofrece a personas que viven en ${detail.area}. Para enviar su mensaje, elija “Hacer una pregunta”.`;
    case 'invalid':
      return 'Revise esta respuesta, por favor.';
  }
}
