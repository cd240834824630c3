/**
 * The booking request's words in US Spanish (see ./messages.ts for the choices they follow). A
 * language pack: inline in the single-script bundle, fetched through the loader only for a
 * widget that speaks Spanish.
 */
import { addTranslations } from '../../core/localize.js';
import type { ClientStatus, DayPart, FieldCode, PreferredContact, RequestType, Weekday } from '../../core/booking.js';
import type { BookingErrorKind } from './kap-booking-request.js';
import type { BookingMessages, FieldErrorDetail } from './messages.js';

// The Spanish names that US sources in Spanish use (Carolina del Norte, Nueva York, Hawái),
// as a Spanish-language US form lists them; every other name (Washington, Idaho, Texas) is
// written the same in both languages. The whole list is here: a pack imports no English.
const STATE_NAMES_ES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'Distrito de Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawái', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Luisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Misisipi', MO: 'Misuri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'Nuevo Hampshire', NJ: 'Nueva Jersey', NM: 'Nuevo México', NY: 'Nueva York',
  NC: 'Carolina del Norte', ND: 'Dakota del Norte', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregón',
  PA: 'Pensilvania', RI: 'Rhode Island', SC: 'Carolina del Sur', SD: 'Dakota del Sur',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'Virginia Occidental', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam',
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
  'not-loaded':
    'Este formulario no terminó de cargarse, así que su solicitud no se envió. Revise su conexión a internet e inténtelo de nuevo. Si aun así no se envía, vuelva a cargar la página: lo que escribió se conservará y solo tendrá que marcar de nuevo la casilla de consentimiento.',
};

const es: BookingMessages = {
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
};

addTranslations('es', { 'kap-booking-request': es });

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
