import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { testEndpoint, type TestEndpoint } from './booking-endpoint.test-helpers.js';
import './define.js';
import './messages.es.js';
import {
  $,
  fillRequired as fillWith,
  input,
  labelText,
  mailtoParts,
  press,
  root,
  RULES_ARRIVE,
  setValue,
  statusText,
  submitByKeyboard,
  typeInto,
} from './kap-booking-request.test-harness.js';
import type { BookingErrorKind, KapBookingRequest } from './kap-booking-request.js';
import { bookingMessages } from './messages.js';
import {
  BOOKING_FIELDS,
  CLIENT_STATUSES,
  DAY_PARTS,
  PREFERRED_CONTACTS,
  REQUEST_TYPES,
  WEEKDAYS,
  type FieldCode,
} from '../../core/booking.js';
import { US_STATES } from '../../core/practice.js';
import { catalogueTexts, type FunctionKeys } from '../../../test/i18n/helpers.js';

const { en } = bookingMessages;
const es = bookingMessages.es!;
type Messages = typeof en;
type Key = keyof Messages;
type FunctionKey = FunctionKeys<Messages>;

// Records, so that a new code or kind added to the core fails to compile here until it is listed.
const FIELD_CODES = Object.keys({
  required: 1,
  'too-long': 1,
  email: 1,
  phone: 1,
  'phone-needed': 1,
  'outside-area': 1,
  invalid: 1,
} satisfies Record<FieldCode, 1>) as FieldCode[];
const ERROR_KINDS = Object.keys({
  network: 1,
  timeout: 1,
  server: 1,
  'rate-limited': 1,
  rejected: 1,
  validation: 1,
  offline: 1,
  'not-configured': 1,
  'not-loaded': 1,
} satisfies Record<BookingErrorKind, 1>) as BookingErrorKind[];

/** Stands for whatever a message is given (a name, an address, a date): never a word of either language. */
const MARK = '\u0001';

/** Every text a function message can produce, called with every value the widget may pass. */
function calls(m: Messages): Record<FunctionKey, string[]> {
  return {
    requestType: REQUEST_TYPES.map((type) => m.requestType(type)),
    contact: PREFERRED_CONTACTS.map((contact) => m.contact(contact)),
    stateName: US_STATES.map((code) => m.stateName(code)),
    areaNote: [m.areaNote(MARK)],
    client: CLIENT_STATUSES.map((status) => m.client(status)),
    weekday: WEEKDAYS.map((day) => m.weekday(day)),
    dayPart: DAY_PARTS.map((part) => m.dayPart(part)),
    slot: WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => m.slot(day, part))),
    messageCount: [m.messageCount('1', '2')],
    disclosureWho: [m.disclosureWho(MARK)],
    disclosureWithdraw: [m.disclosureWithdraw(MARK), m.disclosureWithdraw()],
    consentLabel: [m.consentLabel(MARK)],
    summary: [m.summary([MARK], '1'), m.summary([MARK, MARK], '2')],
    statusRetrying: [m.statusRetrying('2', '3')],
    failure: ERROR_KINDS.map((kind) => m.failure(kind)),
    serverSaid: [m.serverSaid(MARK)],
    serverFieldError: [m.serverFieldError(MARK), m.serverFieldError('')],
    fieldError: BOOKING_FIELDS.flatMap((field) =>
      FIELD_CODES.flatMap((code) =>
        PREFERRED_CONTACTS.map((contact) => m.fieldError(field, code, { max: '1', count: '2', area: MARK, contact })),
      ),
    ),
    successTitle: [m.successTitle(MARK)],
    successNext: PREFERRED_CONTACTS.flatMap((contact) => [
      m.successNext(MARK, 1, '1', contact),
      m.successNext(MARK, 2, '2', contact),
    ]),
    mailtoTitle: [m.mailtoTitle(MARK)],
    subject: REQUEST_TYPES.map((type) => m.subject(type, MARK, MARK)),
    mailConsent: [m.mailConsent(MARK, MARK)],
  };
}

const texts = (m: Messages): Record<Key, string[]> => catalogueTexts(m, calls(m));

const englishTexts = texts(en);
const spanishTexts = texts(es);

/**
 * English that must not appear in Spanish: each fixed piece of an English message (what lies
 * between the values it is given) that the Spanish messages of the same key do not contain.
 */
const englishFragments: string[] = [
  ...new Set(
    (Object.keys(en) as Key[]).flatMap((key) => {
      const spanish = spanishTexts[key].join('\n');
      return englishTexts[key]
        .flatMap((text) => text.split(/[\u0001\d]+/))
        .map((piece) => piece.trim())
        .filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4 && !spanish.includes(piece));
    }),
  ),
];

/** Common English words, whole: what the catalogue comparison could miss (a literal in the template). */
const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|you|please|email|e-mail|request|name|phone|call|text|message|send|sent|state|live|practice|privacy|consent|optional|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|business|days?|reply|thank|what|when|who|why|how|with|and|or|of|to|for|is|it|we|again|try|here)(?!\p{L})/iu;

// Random letters could spell an English word ("KAP-THE4-…").
const REFERENCE = /KAP-[0-9A-Z]{4}-[0-9A-Z]{4}/g;

function expectNoEnglish(text: string, where: string): void {
  const checked = text.replace(REFERENCE, '');
  for (const fragment of englishFragments) {
    expect(checked, `${where}: English "${fragment}"`).not.to.contain(fragment);
  }
  expect(ENGLISH_WORDS.exec(checked)?.[0], `${where}: an English word`).to.equal(undefined);
}

/** A number as the widget should write it: in the locale its text is marked with. */
const number = (el: Element, value: number) => new Intl.NumberFormat($(el, '[part="base"]').lang).format(value);

/** Everything a visitor reads or hears: text, labels, titles and the email the form prepares. */
function userFacingText(el: Element): string {
  const shadow = root(el);
  const attributes = [...shadow.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-valuetext]')].flatMap(
    (node) => ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? ''),
  );
  const mails = [...shadow.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].flatMap((link) => {
    const { subject, body } = mailtoParts(link.href);
    return [subject, body];
  });
  return [shadow.textContent ?? '', ...attributes, ...mails].join('\n').replace(/\s+/g, ' ');
}

interface Setup {
  lang?: string;
  locale?: string;
  endpoint?: TestEndpoint;
  email?: string;
  phone?: string;
  serviceArea?: string;
  timeout?: number;
}

async function setup(options: Setup = {}): Promise<KapBookingRequest> {
  // Each form starts empty: widgets on one page path share the draft of the last one typed in.
  sessionStorage.clear();
  // The language comes from an ancestor. The fixture renders into it and waits for the widget's
  // update: a plain <div> fixture waits for an animation frame, which a test page in the
  // background (two test files run at once) may never get.
  const wrapper = document.createElement('div');
  wrapper.lang = options.lang ?? 'es';
  return fixture<KapBookingRequest>(
    html`
      <kap-booking-request
        practice-name="Consultorio Serena"
        locale=${ifDefined(options.locale)}
        booking-endpoint=${ifDefined(options.endpoint?.url)}
        contact-email=${ifDefined(options.email)}
        contact-phone=${ifDefined(options.phone)}
        service-area=${ifDefined(options.serviceArea)}
        privacy-policy-url="https://example.com/privacidad"
        .minimumFillTime=${0}
        .retryDelay=${10}
        .requestTimeout=${options.timeout ?? 5000}
      ></kap-booking-request>
    `,
    { parentNode: wrapper },
  );
}

const VISITANTE = { name: 'María José', email: 'maria@example.com' };
const fillRequired = (el: KapBookingRequest) => fillWith(el, 'Washington', VISITANTE);

const submit = submitByKeyboard;

/** Sends a filled form and waits for the failure the endpoint's scenario causes. */
async function failWith(el: KapBookingRequest): Promise<void> {
  await fillRequired(el);
  const failed = oneEvent(el, 'kap-booking-error');
  await submit(el);
  await failed;
  await el.updateComplete;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

describe('<kap-booking-request> Spanish catalogue', () => {
  it('translates every key and every value a message is given, with nothing empty', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    // Phone numbers and a word both languages write alike.
    const sameInBoth = new Set<Key>(['crisisLine', 'emergency', 'errorPrefix']);
    for (const key of Object.keys(en) as Key[]) {
      for (const text of spanishTexts[key]) expect(text.replace(MARK, '').trim(), key).not.to.equal('');
      if (!sameInBoth.has(key)) expect(spanishTexts[key].join('\n'), key).not.to.equal(englishTexts[key].join('\n'));
    }
  });

  it('keeps every fact of the four consent disclosures', () => {
    const what = es.disclosureWhat;
    for (const fact of ['nombre', 'correo electrónico', 'teléfono si lo incluye', 'cómo y cuándo', 'estado donde vive', 'primera vez', 'mensaje']) {
      expect(what, 'what is collected').to.contain(fact);
    }
    expect(es.disclosureWhy).to.contain('Solo para responderle y coordinar una consulta');
    expect(es.disclosureWhy).to.contain('No se usan para publicidad ni mercadeo');
    const who = es.disclosureWho('Consultorio Serena');
    expect(who).to.match(/^Consultorio Serena, a través del servicio de correo electrónico o de formularios/);
    expect(who).to.contain('No se venden ni se comparten con nadie más');
    const withdraw = es.disclosureWithdraw('hola@serena.example');
    expect(withdraw).to.contain('retirar su consentimiento en cualquier momento');
    expect(withdraw).to.contain('pedir que se borre su solicitud');
    expect(withdraw).to.contain('escribiendo a hola@serena.example');
    expect(es.disclosureWithdraw()).to.contain('escribiéndole al consultorio');
    expect(es.consentLabel('Consultorio Serena')).to.equal(
      'Acepto que Consultorio Serena recopile y use la información de este formulario para responder a mi solicitud.',
    );
    expect(es.messageHint).to.contain('no escriba aquí detalles sobre su salud');
  });

  it('gives the Spanish way through 988 and keeps 911', () => {
    const note = `${es.crisisNote} ${es.crisisLine} ${es.crisisBetween} ${es.emergency}.`;
    expect(note).to.equal(
      'Este formulario no es para emergencias. Si está pasando por una crisis, llame al 988 (oprima 2 para español) ' +
        'o envíe la palabra AYUDA por mensaje de texto al 988. En caso de emergencia, llame al 911.',
    );
  });

  it('names every state, in Spanish where US Spanish forms do', () => {
    for (const code of US_STATES) expect(es.stateName(code), code).not.to.equal(code);
    expect(US_STATES.map((code) => es.stateName(code))).to.include.members([
      'Washington',
      'Oregón',
      'Carolina del Norte',
      'Nueva York',
      'Nuevo México',
      'Pensilvania',
      'Virginia Occidental',
      'Hawái',
      'Distrito de Columbia',
      'Puerto Rico',
      'Islas Vírgenes de EE. UU.',
    ]);
  });
});

/** The states in the order the field lists them. */
const stateNames = (el: KapBookingRequest) =>
  [...root(el).querySelectorAll<HTMLOptionElement>('#state option')]
    .filter((option) => (US_STATES as readonly string[]).includes(option.value))
    .map((option) => option.textContent!.trim());

describe('<kap-booking-request> in Spanish', () => {
  it('leaves no English in the form, its validation messages and its notes', async () => {
    const seen: { where: string; text: string }[] = [];
    const look = (el: Element, where: string) => seen.push({ where, text: userFacingText(el) });

    const el = await setup({ endpoint: testEndpoint('ok'), email: 'hola@serena.example', phone: '(206) 555-0100' });
    look(el, 'first view');
    expect(labelText(el, '#name')).to.equal('Su nombre');
    expect($(el, 'form').getAttribute('aria-label')).to.equal('Solicitar una consulta');

    await submit(el);
    await waitUntil(() => statusText(el) !== '', 'the status sums up the problems', RULES_ARRIVE);
    look(el, 'empty submit');
    expect(statusText(el)).to.equal(
      'Revise estas 4 respuestas: Su nombre; Correo electrónico; Estado donde vive; La casilla de consentimiento.',
    );
    expect($(el, '#name-error').textContent).to.contain('Por favor, escriba su nombre.');
    expect($(el, '#state-error').textContent).to.contain('“Vivo fuera de Estados Unidos”');
    expect($(el, '#consent-error').textContent).to.contain('Marque la casilla');
    expect($(el, '#name-error .visually-hidden').textContent).to.contain('Error:');

    await typeInto(el, '#email', 'maria@');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect($(el, '#email-error').textContent).to.contain('como nombre@example.com');
    await press(el, '#preferredContact-email', 'ArrowRight');
    await press(el, '#preferredContact-phone', 'ArrowRight');
    await setValue(el, '#message', 'x'.repeat(1005));
    await setValue(el, '#state', 'OR');
    await submit(el);
    look(el, 'text without a phone, a long message, outside the area');
    expect($(el, '#phone-error').textContent).to.contain('Para recibir mensajes de texto, escriba un número de teléfono');
    expect($(el, '#message-error').textContent).to.contain(
      `Acorte su mensaje a ${number(el, 1000)} caracteres o menos (ahora tiene ${number(el, 1005)})`,
    );
    expect($(el, '[part="note"]').textContent).to.contain('solo se ofrece a personas que viven en Washington');
    expect($(el, '#requestType-error').textContent).to.contain('elija “Hacer una pregunta”');
    expect(statusText(el)).to.match(/^Revise estas \d respuestas: /);

    await setValue(el, '#message', 'x');
    await press(el, '#requestType-consultation', 'ArrowUp');
    look(el, 'a question from outside the area');

    const single = await setup();
    await fillRequired(single);
    await press(single, '#consent');
    await submit(single);
    expect(statusText(single)).to.equal('Revise esta respuesta: La casilla de consentimiento.');
    look(single, 'one answer to check');

    for (const view of seen) expectNoEnglish(view.text, view.where);
  });

  it('leaves no English in what it says while sending or when delivery fails', async () => {
    const seen: { where: string; text: string }[] = [];
    const look = (el: Element, where: string) => seen.push({ where, text: userFacingText(el) });
    const contact = { email: 'hola@serena.example', phone: '(206) 555-0100' };

    const busy = await setup({ endpoint: testEndpoint('busy', { 'retry-after': '1' }) });
    await fillRequired(busy);
    const delivered = oneEvent(busy, 'kap-booking-success');
    await submit(busy);
    expect($(busy, '[part="submit"]').textContent!.trim()).to.equal('Enviando…');
    await waitUntil(() => statusText(busy).includes('Seguimos intentando: intento 2 de 3'), 'the retry is told in Spanish');
    look(busy, 'retrying');
    await delivered;

    const slow = await setup({ endpoint: testEndpoint('slow', { ms: '5000' }), timeout: 100, ...contact });
    await failWith(slow);
    expect(statusText(slow)).to.contain('tardó demasiado en responder');
    expect(statusText(slow)).to.contain('También puede escribirle al consultorio a hola@serena.example o llamar al (206) 555-0100.');
    expect($(slow, '[part="submit"]').textContent!.trim()).to.equal('Intentar de nuevo');
    look(slow, 'timeout');

    for (const [scenario, words] of [
      ['fail', 'Hubo un problema del lado del consultorio'],
      ['reject', 'no está recibiendo solicitudes'],
      ['down', 'No pudimos comunicarnos con el consultorio'],
    ] as const) {
      const el = await setup({ endpoint: testEndpoint(scenario), ...contact });
      await failWith(el);
      expect(statusText(el), scenario).to.contain(words);
      look(el, scenario);
    }

    for (const view of seen) expectNoEnglish(view.text, view.where);
  });

  it('leaves no English when the server refuses answers, when nothing is set up, or when offline', async () => {
    const seen: { where: string; text: string }[] = [];
    const look = (el: Element, where: string) => seen.push({ where, text: userFacingText(el) });

    const phoneOnly = await setup({ endpoint: testEndpoint('reject'), phone: '(206) 555-0100' });
    await failWith(phoneOnly);
    expect(statusText(phoneOnly)).to.contain('También puede llamar al consultorio al (206) 555-0100.');
    look(phoneOnly, 'rejected, phone only');

    const refused = await setup({ endpoint: testEndpoint('invalid') });
    await typeInto(refused, '#phone', '206 555 0100');
    await failWith(refused);
    expect($(refused, '#email-error').textContent).to.contain('El formulario del consultorio no aceptó esta respuesta (dijo: “should be an email”)');
    expect(statusText(refused)).to.contain('El consultorio no pudo aceptar algunas de sus respuestas');
    // The server's own words are quoted as it said them; everything around them is ours.
    seen.push({
      where: 'refused by the server',
      text: userFacingText(refused).replace('should be an email', '').replace('is not a phone number we can call', ''),
    });

    const nowhere = await setup();
    const original = console.error;
    console.error = () => undefined;
    try {
      await failWith(nowhere);
    } finally {
      console.error = original;
    }
    expect(statusText(nowhere)).to.contain('todavía no está listo para enviar solicitudes');
    look(nowhere, 'not configured');

    const offline = await setup({ endpoint: testEndpoint('ok') });
    await fillRequired(offline);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await offline.updateComplete;
      expect(statusText(offline)).to.contain('Parece que no tiene conexión a internet');
      look(offline, 'offline while filling in');
      const waiting = oneEvent(offline, 'kap-booking-error');
      await submit(offline);
      await waiting;
      await offline.updateComplete;
      expect($(offline, '[part="submit"]').textContent!.trim()).to.equal('Esperando la conexión…');
      look(offline, 'offline, waiting to send');
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
    // Back online, it sends what is waiting; the next test must not inherit that request.
    const sent = oneEvent(offline, 'kap-booking-success');
    window.dispatchEvent(new Event('online'));
    await sent;

    for (const view of seen) expectNoEnglish(view.text, view.where);
  });

  it('thanks the visitor in Spanish and sends the practice a Spanish subject', async () => {
    const endpoint = testEndpoint('ok');
    const el = await setup({ endpoint });
    await fillRequired(el);
    await press(el, '#preferredContact-email', 'ArrowRight');
    await typeInto(el, '#phone', '206-555-0100');
    const success = oneEvent(el, 'kap-booking-success');
    await submit(el);
    const { detail } = (await success) as CustomEvent<{ id: string }>;
    await el.updateComplete;
    const view = $(el, '[part="success"]').textContent!.replace(/\s+/g, ' ');
    expect(view).to.contain('Gracias, María José. Su solicitud ya va en camino.');
    expect(view).to.contain('Lo que sigue: Consultorio Serena le responderá por teléfono en un plazo de 2 días hábiles.');
    expect(view).to.contain('Su número de referencia:');
    expect((await endpoint.log()).delivered[0]!['_subject']).to.equal(`Solicitud de consulta de María José (${detail.id})`);
    expectNoEnglish(userFacingText(el), 'success');
    await expect(el).to.be.accessible();
  });

  it('writes the email in Spanish when it hands the request to the visitor’s email app', async () => {
    const el = await setup({ email: 'hola@serena.example', serviceArea: 'WA OR' });
    const opened: string[] = [];
    el.openUrl = (url) => opened.push(url);
    await fillRequired(el);
    await press(el, '[value="wed-evening"]');
    await press(el, '[value="mon-afternoon"]');
    await typeInto(el, '#message', '¿Hay estacionamiento cerca del consultorio?');
    expect($(el, '[part="submit"]').textContent!.trim()).to.equal('Continuar en mi correo electrónico');
    const success = oneEvent(el, 'kap-booking-success');
    await submit(el);
    const { detail } = (await success) as CustomEvent<{ id: string }>;
    await el.updateComplete;

    const { subject, body } = mailtoParts(opened[0]!);
    expect(subject).to.equal(`Solicitud de consulta de María José (${detail.id})`);
    for (const line of [
      'Solicitud: Programar una llamada de consulta gratuita',
      'Nombre: María José',
      'Correo electrónico: maria@example.com',
      'Teléfono: (ninguno)',
      'Mejor forma de comunicarse conmigo: Correo electrónico',
      'Estado donde vivo: Washington',
      'He trabajado antes con el consultorio: No, es la primera vez',
      'Horarios que me convienen: lunes por la tarde, miércoles por la noche',
      `Referencia: ${detail.id}`,
      'Mensaje:\r\n¿Hay estacionamiento cerca del consultorio?',
    ]) {
      expect(body).to.contain(line);
    }
    // The date of consent in Spanish words and order: "26 nov 2025, 14:05".
    expect(body).to.match(
      /Acepto que Consultorio Serena recopile y use la información de este mensaje para responder a mi solicitud \(aceptado el \d{1,2} [a-z]{3,4}\.? \d{4}, \d{1,2}:\d{2}/,
    );
    const view = $(el, '[part="success"]').textContent!.replace(/\s+/g, ' ');
    expect(view).to.contain('Gracias, María José. Falta un paso: enviar el correo.');
    expect(view).to.contain('Si no se abrió ningún programa de correo, escriba a hola@serena.example.');
    expectNoEnglish(userFacingText(el), 'mailto success');
    await expect(el).to.be.accessible();
  });

  it('keeps what the visitor typed when the page switches from English to Spanish', async () => {
    const el = await setup({ lang: 'en', endpoint: testEndpoint('ok') });
    const wrapper = el.parentElement!;
    await typeInto(el, '#name', 'Ada Lovelace');
    await typeInto(el, '#email', 'ada@');
    await typeInto(el, '#message', 'Prefiero las mañanas.');
    await typeInto(el, '#state', 'Washington');
    await press(el, '[value="tue-morning"]');
    await press(el, '#preferredContact-email', 'ArrowRight');
    await el.updateComplete;
    expect($(el, '#email-error').textContent).to.contain('like name@example.com');
    expect(labelText(el, '#name')).to.equal('Your name');

    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => labelText(el, '#name') === 'Su nombre', 'the labels switch to Spanish');
    await el.updateComplete;
    expect(input(el, '#name').value).to.equal('Ada Lovelace');
    expect(input(el, '#email').value).to.equal('ada@');
    expect(input(el, '#message').value).to.equal('Prefiero las mañanas.');
    expect(input(el, '#state').value).to.equal('WA');
    expect(input(el, '[value="tue-morning"]').checked).to.equal(true);
    expect(input(el, '#preferredContact-phone').checked).to.equal(true);
    expect($(el, '#email-error').textContent, 'the error stays, in Spanish').to.contain('como nombre@example.com');
    expect($(el, '[part="base"]').lang).to.match(/^es\b/);
    expect($(el, '#message-count').textContent!.trim()).to.equal(`21 de ${number(el, 1000)} caracteres`);
    expectNoEnglish(userFacingText(el), 'after the switch');

    // Typing goes on where it left off.
    await typeInto(el, '#name', ' King');
    expect(input(el, '#name').value).to.equal('Ada Lovelace King');
  });

  it('passes axe in Spanish, with and without errors', async () => {
    const el = await setup({ endpoint: testEndpoint('ok'), email: 'hola@serena.example' });
    await expect(el).to.be.accessible();
    await submit(el);
    await setValue(el, '#state', 'OR');
    await expect(el).to.be.accessible();
  });

  it('writes numbers and the list of states the way the locale does', async () => {
    const us = await setup({ lang: 'en', locale: 'es-US', serviceArea: 'WA OR' });
    expect($(us, '#message-count').textContent!.trim()).to.equal('0 de 1,000 caracteres');
    expect($(us, '[part="base"]').lang, 'marked as Spanish on an English page').to.equal('es-US');
    await setValue(us, '#state', 'ID');
    expect($(us, '[part="note"]').textContent).to.contain('personas que viven en Washington u Oregón.');

    // Spain writes its own way; the page's lang carries the region as well as the setting does.
    const spain = await setup({ lang: 'es-ES' });
    await setValue(spain, '#message', 'x'.repeat(1200));
    const spanishCount = `${new Intl.NumberFormat('es-ES').format(1200)} de ${new Intl.NumberFormat('es-ES').format(1000)} caracteres`;
    expect(spanishCount).not.to.equal('1,200 de 1,000 caracteres');
    expect($(spain, '#message-count').textContent!.trim()).to.equal(spanishCount);

    // Spanish sorts its own names: "Carolina del Norte" among the Cs, "Nueva York" among the Ns,
    // "Hawái" as Spanish's collator puts it.
    const names = stateNames(us);
    expect(names.indexOf('Carolina del Norte')).to.be.below(names.indexOf('Colorado'));
    expect(names.indexOf('Nueva York')).to.be.above(names.indexOf('Nebraska'));
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('es').compare));
  });

  it('falls back to English for a language it does not speak', async () => {
    const el = await setup({ lang: 'fr', serviceArea: 'WA' });
    expect(labelText(el, '#name')).to.equal(en.nameLabel);
    expect($(el, 'form').getAttribute('aria-label')).to.equal(en.formLabel);
    expect($(el, '[part="base"]').lang).to.equal('en');
    await submit(el);
    expect($(el, '#name-error').textContent).to.contain('Please enter your name.');
  });
});
