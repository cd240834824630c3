import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import './messages.es.js';
import type { KapIntakeScreen } from './kap-intake-screen.js';
import { intakeMessages } from './messages.js';
import { CRISIS_RESOURCES, crisisLink } from '../../core/crisis.js';
import { DEFAULT_PRACTICE } from '../../core/practice.js';
import {
  HEALTH_QUESTIONS,
  INSTRUMENT_WORDS,
  TREATMENT_HISTORY_QUESTIONS,
  screenText,
} from '../../core/screening/index.js';
import { catalogueTexts, type FunctionKeys } from '../../../test/i18n/helpers.js';
import {
  $,
  $$,
  answerStep,
  checked,
  choose,
  complete,
  forward,
  inLang,
  shadow,
  type Plan,
} from './kap-intake-screen.test-harness.js';

const { en } = intakeMessages;
const es = intakeMessages.es!;
type Messages = typeof en;
type Key = keyof Messages;
type FunctionKey = FunctionKeys<Messages>;

/**
 * DOMAIN.md section 6, copied word for word: the "Spanish for the USA" forms. PHQ-9 items 6
 * and 8 carry en dashes (U+2013), not hyphens.
 */
const DOMAIN = {
  stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  options: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  phq9: [
    'Poco interés o placer en hacer cosas.',
    'Se ha sentido decaído(a), deprimido(a) o sin esperanzas.',
    'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado.',
    'Se ha sentido cansado(a) o con poca energía.',
    'Sin apetito o ha comido en exceso.',
    'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia.',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión.',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal.',
    'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera.',
  ],
  functionalQuestion:
    'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  functionalOptions: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
  gad7: [
    'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta.',
    'No ha sido capaz de parar o controlar su preocupación.',
    'Se ha preocupado demasiado por motivos diferentes.',
    'Ha tenido dificultad para relajarse.',
    'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a).',
    'Se ha molestado o irritado fácilmente.',
    'Ha tenido miedo de que algo terrible fuera a pasar.',
  ],
  notice:
    'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
};

/** Stands for whatever a message is given (a name, a date, a number): never a word of either language. */
const MARK = '\u0001';

/** Every text a function message can produce, singular and plural alike. */
function calls(m: Messages): Record<FunctionKey, string[]> {
  return {
    stepOf: [m.stepOf(1, 6), m.stepOf(2, 6)],
    answerToContinue: [m.answerToContinue(1), m.answerToContinue(2)],
    scoreLine: [m.scoreLine(1, 27, MARK, 0, 4), m.scoreLine(11, 27, MARK, 10, 14)],
    printTitle: [m.printTitle(MARK)],
    printDate: [m.printDate(MARK)],
    answerScore: [m.answerScore(MARK, 2)],
    settingsTitle: [m.settingsTitle(MARK)],
  };
}

const textsOf = (m: Messages): Record<Key, string[]> => catalogueTexts(m, calls(m));

/** The fixed words of some texts, without what they are given. */
const pieces = (texts: readonly string[]) => texts.flatMap((text) => text.split(/[\u0001\d]+/)).map((piece) => piece.trim());
const wordy = (piece: string) => (piece.match(/\p{L}/gu) ?? []).length >= 4;

/**
 * Names, the same in every language: lines a visitor finds by these words, and the practice's
 * name (a setting; the seed practice's default is English).
 */
const PROPER_NAMES = [
  ...CRISIS_RESOURCES.filter((resource) => resource.name.es === undefined).map((resource) => resource.name.en),
  DEFAULT_PRACTICE.practiceName,
];

/** English text that must not appear in Spanish: the catalogue's words the Spanish one does not share, and the data's English. */
const englishFragments: string[] = (() => {
  const english = textsOf(en);
  const spanish = textsOf(es);
  const fromCatalogue = (Object.keys(en) as Key[]).flatMap((key) => {
    const shared = new Set(pieces(spanish[key]));
    return pieces(english[key]).filter((piece) => wordy(piece) && !shared.has(piece));
  });
  const words = INSTRUMENT_WORDS.en;
  const fromData = [
    words.stem,
    ...words.options,
    ...words.phq9Items,
    ...words.gad7Items,
    words.functionalQuestion,
    ...words.functionalOptions,
    words.notice,
    ...TREATMENT_HISTORY_QUESTIONS.map((question) => question.text.en),
    ...HEALTH_QUESTIONS.flatMap((question) => [question.text.en, question.note?.en ?? '']),
    ...CRISIS_RESOURCES.flatMap((resource) => [
      resource.name.es === undefined ? '' : resource.name.en,
      resource.note?.en ?? '',
      ...resource.contacts.map((contact) => contact.label.en),
    ]),
  ].filter(wordy);
  return [...new Set([...fromCatalogue, ...fromData])];
})();

/** Common English words, whole: what the comparison above could miss (a literal in the template). */
const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|you|next|back|start|over|and|of|to|for|with|not|sure|yes|is|are|have|has|this|that|what|may|talk|us|call|text|press|then|now|right|step|progress|print|answers?|results?|questions?|days?|score|scores|none|mild|moderate|severe|minimal|diagnosis|ketamine|prescriber|practice|consultation|medicines?|health|safety|mood|anxiety|treatment|support|emergency|danger|open|optional|printed|self-check)(?!\p{L})/iu;

function expectNoEnglish(text: string, where: string) {
  for (const fragment of englishFragments) {
    expect(text, `${where}: English "${fragment}"`).not.to.contain(fragment);
  }
  const withoutNames = PROPER_NAMES.reduce((rest, name) => rest.split(name).join(' '), text);
  expect(ENGLISH_WORDS.exec(withoutNames)?.[0], `${where}: an English word`).to.equal(undefined);
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const title = (el: KapIntakeScreen) => squash($(el, '#step-title')?.textContent);

/** Everything a visitor reads or hears in the screen: its text (the printed answers too) and its labels. */
function userFacingText(el: KapIntakeScreen): string {
  const names = ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'];
  const attributes = $$(el, names.map((name) => `[${name}]`).join(', ')).flatMap((node) =>
    names.map((name) => node.getAttribute(name) ?? ''),
  );
  return squash([shadow(el).textContent, ...attributes].join('\n'));
}

const moderate: Plan = { phq9: [2, 2, 1, 1, 1, 2, 1, 1, 0], functional: 1, gad7: [1, 1, 1, 1, 1, 1, 0] };
const low: Plan = { phq9: [0, 0, 1, 0, 0, 0, 1, 0, 0], gad7: [1, 0, 0, 0, 0, 1, 0] };
/** Item 9 above "Ningún día": the crisis resources stay for the rest of the screen. */
const atRisk: Plan = { ...moderate, phq9: [2, 2, 1, 1, 1, 2, 1, 1, 2] };

/** DOMAIN.md section 6's Spanish crisis options, and the Washington lines with Spanish words. */
const SPANISH_CRISIS = [
  ['988-lifeline', 'call', 'Llame al 988 y marque 2', 'tel:988'],
  ['988-lifeline', 'text', 'Envíe AYUDA al 988', 'sms:988?&body=AYUDA'],
  ['crisis-text-line', 'text', 'Envíe AYUDA al 741741', 'sms:741741?&body=AYUDA'],
  ['emergency', 'call', 'Llame al 911', 'tel:911'],
  ['native-and-strong', 'call', 'Llame al 988 y luego marque 4', 'tel:988'],
  ['wa-recovery-help-line', 'call', 'Llame al 1-866-789-1511', 'tel:+18667891511'],
] as const;
const SPANISH_CRISIS_LINKS = SPANISH_CRISIS.map(([, , label, href]) => ({ label, href }));

/** The links a crisis panel offers: each one's visible words (not its "opens in a new tab" note) and address. */
const linksIn = (root: Element) =>
  [...root.querySelectorAll<HTMLAnchorElement>('[part="crisis-link"]')].map((a) => ({
    label: squash([...a.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('')),
    href: a.getAttribute('href'),
  }));

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

describe('<kap-intake-screen> Spanish questionnaires (DOMAIN.md section 6)', () => {
  const words = screenText(INSTRUMENT_WORDS, 'es');

  it('has the stem, the answers, the PHQ-9 and GAD-7 items, the functional question and the notice word for word', () => {
    expect(words.stem).to.equal(DOMAIN.stem);
    expect(words.options).to.deep.equal(DOMAIN.options);
    expect(words.phq9Items).to.deep.equal(DOMAIN.phq9);
    expect(words.gad7Items).to.deep.equal(DOMAIN.gad7);
    expect(words.functionalQuestion).to.equal(DOMAIN.functionalQuestion);
    expect(words.functionalOptions).to.deep.equal(DOMAIN.functionalOptions);
    expect(words.notice).to.equal(DOMAIN.notice);
  });

  it('keeps the en dashes of items 6 and 8 and the "(a)" markers, and none of the unofficial variants', () => {
    // Guards the expected text itself against an editor that turns dashes into hyphens.
    expect(DOMAIN.phq9[5]).to.contain(' \u2013 o que es un fracaso');
    expect(DOMAIN.phq9[7]).to.contain('o lo contrario \u2013 muy inquieto(a)');
    const all = [words.stem, ...words.options, ...words.phq9Items, ...words.gad7Items, words.functionalQuestion].join(' ');
    expect(all).not.to.match(/ - |\u2014/);
    expect(all.match(/\(a\)/g)).to.have.length(13);
    expect(all).not.to.match(/\/a\b|Para nada|Nunca|diferentes cosas|pudiera pasar/);
  });

  it('asks them on screen exactly so, in fieldsets with native radios', async () => {
    const { el } = await inLang('es');
    await forward(el);
    expect(squash($(el, '.lead')!.textContent)).to.equal(DOMAIN.stem);
    const legends = $$(el, 'fieldset[part="question"] legend').map((legend) => squash(legend.textContent));
    expect(legends.slice(0, 9)).to.deep.equal(DOMAIN.phq9.map((item, i) => `${i + 1}. ${item}`));
    expect(legends[9]).to.equal(`${DOMAIN.functionalQuestion} (opcional)`);
    const options = (name: string) =>
      $$<HTMLInputElement>(el, `input[name="${name}"]`).map((input) => squash(input.closest('label')!.textContent));
    expect(options('phq9-1')).to.deep.equal(DOMAIN.options);
    expect(options('functional')).to.deep.equal(DOMAIN.functionalOptions);
    expect(squash($(el, '.notice')!.textContent)).to.equal(DOMAIN.notice);

    for (let i = 1; i <= 9; i++) await choose(el, `phq9-${i}`, 0);
    await forward(el);
    expect(squash($(el, '.lead')!.textContent)).to.equal(DOMAIN.stem);
    const gad7 = $$(el, 'fieldset[part="question"] legend').map((legend) => squash(legend.textContent));
    expect(gad7).to.deep.equal(DOMAIN.gad7.map((item, i) => `${i + 1}. ${item}`));
    expect(squash($(el, '.notice')!.textContent)).to.equal(DOMAIN.notice);
  });
});

describe('<kap-intake-screen> Spanish catalogue and questions', () => {
  it('translates every key into words of its own, nothing empty', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    const english = textsOf(en);
    const spanish = textsOf(es);
    // "No" is the same word in both; a label with its score in brackets has no words of its own.
    const sameInBoth = new Set<Key>(['no', 'answerScore']);
    for (const key of Object.keys(en) as Key[]) {
      for (const text of spanish[key]) expect(text.replace(MARK, '').trim(), key).not.to.equal('');
      if (!sameInBoth.has(key)) expect(spanish[key], key).not.to.deep.equal(english[key]);
    }
  });

  it('keeps the outcome words of DOMAIN.md: no "eligible", no "approved", not a diagnosis', () => {
    const all = Object.values(textsOf(es)).flat().join(' ');
    expect(all).not.to.match(/elegib|aprobad|califica|usted tiene (depresión|ansiedad)/i);
    expect(es.notDiagnosisTitle).to.equal('Esto no es un diagnóstico.');
    expect(es.introNot).to.contain('No es un diagnóstico');
    expect(es.mayFitTitle).to.contain('podría ser una buena opción');
    expect(es.prescriberTitle).to.equal('Hable con un profesional que receta');
    expect(es.notNowTitle).to.contain('Es probable que este tratamiento no sea adecuado para usted en este momento');
  });

  it('asks every treatment-history and health question as a Spanish question, never telling anyone to stop a medicine', () => {
    for (const question of [...TREATMENT_HISTORY_QUESTIONS, ...HEALTH_QUESTIONS]) {
      expect(question.text.es, question.id).to.match(/^(¿|En el último año, ¿).+\?$/);
    }
    const notes = HEALTH_QUESTIONS.filter((q) => q.severity === 'medication-note');
    // Information only: never a word telling anyone to stop (dejar) or change a medicine.
    expect(notes.map((q) => `${q.text.es} ${q.note?.es ?? ''}`).join(' ')).not.to.match(/\b(deje|suspend|cambie)/i);
  });

  it('gives the Spanish crisis lines: 988 press 2, AYUDA to 988 and to 741741, 911, and the Washington lines', () => {
    const links = CRISIS_RESOURCES.flatMap((resource) =>
      resource.contacts.map((contact) => ({ resource: resource.id, ...crisisLink(contact, 'es') })),
    );
    for (const [resource, action, label, href] of SPANISH_CRISIS) {
      expect(links).to.deep.include({ resource, action, label, href });
    }
    expect(links.map((link) => link.href).join(' ')).not.to.contain('HOME');
    // English keeps its own words and links.
    const english = CRISIS_RESOURCES.flatMap((resource) => resource.contacts.map((contact) => crisisLink(contact, 'en').href));
    expect(english).to.include.members(['sms:988', 'sms:741741?&body=HOME']);
  });
});

describe('<kap-intake-screen> in Spanish', () => {
  it('leaves no English on any step, in the crisis panels or in the results, printed answers included', async function () {
    this.timeout(120_000);
    const { el } = await inLang('es');
    const seen: string[] = [];
    const look = (where: string) => {
      const text = userFacingText(el);
      expectNoEnglish(text, where);
      seen.push(text);
    };
    look('introduction');
    await forward(el);
    // Next with questions left: the missing notes and the reason show.
    $(el, '[part~="next-button"]')!.click();
    await el.updateComplete;
    look('phq9, questions flagged');
    await choose(el, 'phq9-9', 2);
    look('phq9, crisis panel in place');
    for (const step of ['gad7', 'treatment-history', 'health-and-safety'] as const) {
      await answerStep(el, atRisk);
      expect(await forward(el)).to.equal(step);
      look(`${step}, crisis panel at the top`);
    }
    $(el, '[part~="next-button"]')!.click();
    await el.updateComplete;
    look('health, questions flagged');
    await answerStep(el, { ...atRisk, health: { 'suicidal-intent': 'unsure', bipolar: 'yes', opioids: 'yes' } });
    look('health, crisis panel after the question');
    expect(await forward(el)).to.equal('results');
    look('results led by the crisis panel');
    expect(squash($(el, '[part="result"] [part="crisis"] h3')!.textContent)).to.equal(es.crisisResultTitle);
    const all = seen.join('\n');
    expect(all).to.contain('Falta esta respuesta');
    expect(all).to.contain('Responda 8 preguntas más para continuar.');
    expect(all).to.contain('Paso 2 de 6');
    expect(all).to.contain('Impreso el');

    const outcomes: [Plan, string][] = [
      [{ ...moderate, health: { 'ketamine-allergy': 'yes', liver: 'unsure', lamotrigine: 'yes' } }, es.notNowTitle],
      [{ ...moderate, health: { seizures: 'unsure', benzodiazepines: 'unsure' } }, es.prescriberTitle],
      [moderate, es.mayFitTitle],
      [low, es.mildTitle],
    ];
    for (const [plan, heading] of outcomes) {
      const { el: screen } = await inLang('es', html`<kap-intake-screen booking-url="#consulta"></kap-intake-screen>`);
      await complete(screen, plan);
      expect(squash($(screen, '[part="outcome"] h3')!.textContent)).to.equal(heading);
      expectNoEnglish(userFacingText(screen), heading);
      const outcome = squash($(screen, '[part="outcome"]')!.textContent);
      if (heading === es.notNowTitle) {
        expect(outcome).to.contain('¿Alguna vez ha tenido una reacción alérgica a la ketamina? Sí.');
        expect(userFacingText(screen)).to.contain('La lamotrigina puede disminuir el efecto de la ketamina.');
      }
      if (heading === es.prescriberTitle) expect(outcome).to.contain('¿Alguna vez ha tenido convulsiones? No sé.');
      if (heading === es.mayFitTitle) {
        expect(userFacingText(screen)).to.contain('11 de 27: en el rango que el cuestionario llama moderado (de 10 a 14).');
        expect(userFacingText(screen)).to.contain('6 de 21: en el rango que el cuestionario llama leve (de 5 a 9).');
      }
    }
  });

  it('offers the Spanish crisis lines as links with the right tel: and sms: addresses, and announces them in Spanish', async () => {
    const { el } = await inLang('es', html`<kap-intake-screen booking-url="#consulta"></kap-intake-screen>`);
    const intro = linksIn($(el, '.help-now')!);
    expect(intro).to.deep.equal([
      { label: 'Llame al 988 y marque 2', href: 'tel:988' },
      { label: 'Envíe AYUDA al 988', href: 'sms:988?&body=AYUDA' },
      { label: 'Llame al 911', href: 'tel:911' },
    ]);
    await forward(el);
    const shown = oneEvent(el, 'kap-crisis-shown');
    await choose(el, 'phq9-9', 1);
    await shown;
    const panel = $(el, 'fieldset#phq9-9')!.nextElementSibling!;
    expect(panel.getAttribute('part')).to.equal('crisis');
    expect(squash(panel.querySelector('h3')!.textContent)).to.equal('Hay apoyo disponible ahora mismo');
    expect(linksIn(panel)).to.deep.include.members(SPANISH_CRISIS_LINKS);
    expect(panel.textContent).to.contain('Línea 988 de Prevención del Suicidio y Crisis');
    expect(panel.textContent).to.contain('marque 2 para hablar en español');
    const chat = panel.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(squash(chat.textContent)).to.equal('Chat en 988lifeline.org (se abre en una pestaña nueva)');
    // A name kept in English is marked so, for a screen reader's voice.
    const names = [...panel.querySelectorAll('.resource-name')];
    expect(names.find((name) => name.textContent!.includes('Crisis Text Line'))!.getAttribute('lang')).to.equal('en');
    expect(names.find((name) => name.textContent!.includes('Línea 988'))!.getAttribute('lang')).to.equal('es');
    const status = squash($(el, '[role="status"]')!.textContent);
    expect(status).to.equal(es.crisisAnnouncement);
    expect(status).to.contain('Llame al 988 y marque 2');

    for (let step = 0; step < 4; step++) {
      await answerStep(el, atRisk);
      await forward(el);
    }
    expect($(el, '[part="booking-link"]'), 'no booking beside the crisis resources').to.equal(null);
    const footer = $(el, '[part="crisis-footer"]')!;
    expect(squash(footer.querySelector('h3')!.textContent)).to.equal('Si necesita apoyo ahora');
    expect(linksIn(footer)).to.deep.include.members(SPANISH_CRISIS_LINKS);
  });

  it('keeps every answer given with the keyboard when the page switches from English to Spanish', async () => {
    const { section, el } = await inLang('en');
    await forward(el);
    expect(title(el)).to.equal(en.titlePhq9);
    // Real keys: an arrow moves through a group and takes each answer it lands on; Space takes the first.
    const focus = (name: string) => $<HTMLInputElement>(el, `input[name="${name}"][value="0"]`)!.focus();
    focus('phq9-1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    focus('phq9-2');
    await sendKeys({ press: 'Space' });
    focus('phq9-9');
    await sendKeys({ press: 'ArrowDown' });
    focus('functional');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const answered = ['phq9-1=2', 'phq9-2=0', 'phq9-9=1', 'functional=3'];
    expect(checked(el)).to.deep.equal(answered);
    expect($(el, '[role="status"]')!.textContent).to.contain('Call or text 988');
    expect(linksIn($(el, '[part="crisis"]')!)).to.deep.include({ label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' });

    section.setAttribute('lang', 'es');
    await waitUntil(() => title(el) === es.titlePhq9, 'in Spanish', { timeout: 10_000 });
    expect(checked(el), 'the radios stay checked').to.deep.equal(answered);
    expect(squash($(el, 'fieldset#phq9-1 legend')!.textContent)).to.equal(`1. ${DOMAIN.phq9[0]}`);
    expect(squash($(el, 'input[name="phq9-1"]:checked')!.closest('label')!.textContent)).to.equal('Más de la mitad de los días');
    expect(squash($(el, '[role="status"]')!.textContent), 'the announcement follows the language').to.equal(es.crisisAnnouncement);
    expect(linksIn($(el, '[part="crisis"]')!)).to.deep.include.members(SPANISH_CRISIS_LINKS);
    expect(squash($(el, '#next-reason')!.textContent)).to.equal('Responda 6 preguntas más para continuar.');
    expect($(el, '[part="base"]')!.lang).to.equal('es-US');
    expectNoEnglish(userFacingText(el), 'after the switch');

    // Back to the introduction and forward again: the answers are still there, in Spanish.
    $(el, '[part="back-button"]')!.click();
    await el.updateComplete;
    expect(title(el)).to.equal(es.titleIntroduction);
    await forward(el);
    expect(checked(el)).to.deep.equal(answered);
  });

  it('passes axe in Spanish on every step, with the crisis panel and the missing notes showing', async function () {
    this.timeout(120_000);
    const { el } = await inLang('es', html`<kap-intake-screen booking-url="#consulta"></kap-intake-screen>`);
    await complete(el, { ...atRisk, health: { bipolar: 'yes' } }, async (where) => {
      if (where.startsWith('answered')) return;
      await expect(el, where).to.be.accessible();
    });
    $(el, '[part="start-over-button"]')!.click();
    await el.updateComplete;
    await forward(el);
    $(el, '[part~="next-button"]')!.click();
    await el.updateComplete;
    await expect(el, 'questions flagged').to.be.accessible();
    const { el: mayFit } = await inLang('es', html`<kap-intake-screen booking-url="#consulta"></kap-intake-screen>`);
    await complete(mayFit, moderate);
    await expect(mayFit, 'results with an outcome and a booking link').to.be.accessible();
  });

  it('prints the answers in Spanish, with a Spanish date and each answer with its score', async () => {
    const { el } = await inLang('es', html`<kap-intake-screen practice-name="Consultorio Serena"></kap-intake-screen>`);
    await complete(el, moderate);
    await emulateMedia({ media: 'print' });
    try {
      const answers = $(el, '.print-answers')!;
      expect(getComputedStyle(answers).display).to.equal('block');
      const printed = squash(answers.innerText);
      expect(printed).to.contain('Respuestas de la autoevaluación para Consultorio Serena');
      expect(printed).to.match(new RegExp(`Impreso el \\d{1,2} de (${MONTHS}) de \\d{4}, con respuestas guardadas solo en este dispositivo\\.`));
      expect(printed).to.contain(`1. ${DOMAIN.phq9[0]} Más de la mitad de los días (2)`);
      expect(printed).to.contain(`${DOMAIN.functionalQuestion} Un poco difícil`);
      expect(printed).to.contain('¿Tiene alguna enfermedad del hígado? No');
      expectNoEnglish(squash($(el, '[part="result"]')!.innerText), 'printed');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks Spanish when the locale setting asks for it on an English page, and says so to screen readers', async () => {
    const { el } = await inLang('en', html`<kap-intake-screen locale="es-US"></kap-intake-screen>`);
    expect(title(el)).to.equal(es.titleIntroduction);
    expect($(el, '[part="base"]')!.lang).to.equal('es-US');
    expectNoEnglish(userFacingText(el), 'locale="es-US"');
    await expect(el).to.be.accessible();
  });

  it('falls back to English, questionnaires and crisis lines included, for a language it does not speak', async () => {
    const { el } = await inLang('fr');
    expect(title(el)).to.equal(en.titleIntroduction);
    expect($(el, '[part="base"]')!.lang).to.equal('en');
    await forward(el);
    expect(squash($(el, '.lead')!.textContent)).to.equal(INSTRUMENT_WORDS.en.stem);
    expect(squash($(el, 'fieldset#phq9-1 legend')!.textContent)).to.equal(`1. ${INSTRUMENT_WORDS.en.phq9Items[0]}`);
    await choose(el, 'phq9-9', 1);
    expect(linksIn($(el, '[part="crisis"]')!)).to.deep.include({ label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' });
    expect(squash($(el, '[role="status"]')!.textContent)).to.equal(en.crisisAnnouncement);
  });
});
