import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import './define.js';
import './messages.es.js';
import type { KapCostEstimator } from './kap-cost-estimator.js';
import { costEstimatorMessages } from './messages.js';
import type { Message } from '../../core/localize.js';
import { field, inLang, openBenefits, part, root, totalText, typeInto, userFacingText } from './kap-cost-estimator.test-harness.js';
import { startPrinting } from '../../../test/helpers/print.js';

const { en, es } = costEstimatorMessages;
type Key = keyof typeof en;

const MARK = '\u0001';

/** A message's text with `value` for every argument it takes. */
function say(message: Message, value: unknown): string {
  if (typeof message === 'string') return message;
  // String(): a message that only passes its argument through returns what it was given.
  return String((message as unknown as (...args: unknown[]) => string)(value, value, value));
}

/**
 * The fixed words of a message, without what it is given: said with markers, then with 1 and
 * with 0 so that both sides of a singular/plural choice are seen.
 */
function fixedWords(message: Message): string[] {
  return [MARK, 1, 0].flatMap((value) => say(message, value).split(/[\u0001\d]+/)).map((piece) => piece.trim());
}

/** English text that must not appear in Spanish: words the Spanish message of the same key does not share. */
const englishFragments: string[] = (Object.keys(en) as Key[]).flatMap((key) => {
  const shared = new Set(fixedWords(es![key]));
  return fixedWords(en[key]).filter((piece) => (piece.match(/\p{L}/gu) ?? []).length >= 4 && !shared.has(piece));
});

/** Common English words, whole: anything the catalogue comparison could miss (a literal in the template). */
const ENGLISH_WORDS =
  /(?<!\p{L})(the|your|you|session|sessions|estimate|estimated|deductible|remaining|benefits|request|print|fewer|more|week|weeks|hour|hours|about|each|and|of|to|fee|fees|amount|cost|service|code|insurance|good faith|not|with|for|call|visit|enter|optional|allowed|plan pays)(?!\p{L})/iu;

function expectNoEnglish(text: string, where: string) {
  for (const fragment of englishFragments) {
    expect(text, `${where}: English "${fragment}"`).not.to.contain(fragment);
  }
  expect(ENGLISH_WORDS.exec(text)?.[0], `${where}: an English word`).to.equal(undefined);
}

const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
});

describe('<kap-cost-estimator> Spanish catalogue', () => {
  it('translates every key, with nothing empty and nothing left in English', () => {
    expect(Object.keys(es!).sort()).to.deep.equal(Object.keys(en).sort());
    // Figures, a web address and a phone number read the same in both languages.
    const sameInBoth = new Set<Key>(['lineTerms', 'quantityTimesFee', 'gfeMoreAfter', 'cmsLinkText', 'cmsPhoneText']);
    for (const key of Object.keys(en) as Key[]) {
      const spanish = fixedWords(es![key]).join(' ');
      const english = fixedWords(en[key]).join(' ');
      expect(say(es![key], MARK).trim(), key).not.to.equal('');
      if (!sameInBoth.has(key)) expect(spanish, key).not.to.equal(english);
    }
  });

  it('keeps every fact of the Good Faith Estimate notice', () => {
    expect(es!.gfeNotice).to.contain('$400');
    expect(es!.gfeNotice).to.contain('120 días');
    expect(es!.gfeNotice).to.contain('Estimación de buena fe');
    expect(es!.gfeNotice).to.contain('resolución de disputas entre paciente y proveedor');
    expect(es!.cmsLinkText).to.equal('cms.gov/nosurprises');
    expect(es!.cmsPhoneText).to.equal('1-800-985-3059');
    expect(es!.disclaimerInformal).to.contain('no es una Estimación de buena fe ni un contrato');
    expect(es!.printNotContract).to.contain('no es un contrato');
  });
});

describe('<kap-cost-estimator> in Spanish', () => {
  describe('leaves no English in any state a visitor can reach', () => {
    /** A Spanish page; the states below are reached through input events: keystrokes are tested further down. */
    async function spanish(template: TemplateResult) {
      const { el } = await inLang('es', template);
      const views: { where: string; text: string }[] = [{ where: 'first view', text: userFacingText(el) }];
      const enter = async (label: string, texts: string[]) => {
        const input = field(el, label);
        for (const text of texts) {
          input.value = text;
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          views.push({ where: `${label} "${text}"`, text: userFacingText(el) });
        }
      };
      const open = async () => {
        part(el, 'benefits-toggle')!.click();
        await el.updateComplete;
        views.push({ where: 'benefits open', text: userFacingText(el) });
      };
      const check = () => {
        for (const view of views) expectNoEnglish(view.text, view.where);
        return views.map((view) => view.text).join('\n');
      };
      return { el, enter, open, check };
    }

    it('in the plan and its notes', async () => {
      const { enter, check } = await spanish(
        html`<kap-cost-estimator practice-name="Consultorio Serena" contact-email="hola@serena.example"></kap-cost-estimator>`,
      );
      await enter('Sesiones de preparación', ['abc', '', '2.5', '-1', '99']);
      const seen = check();
      expect(seen).to.contain('una después de cada sesión con ketamina');
      expect(seen).to.contain('Solicitud de una Estimación de buena fe');
      expect(seen).to.contain('pregúntele al consultorio');
    });

    it('in the benefits, their notes, the reimbursement and what is announced', async () => {
      const { el, enter, open, check } = await spanish(html`<kap-cost-estimator></kap-cost-estimator>`);
      await open();
      await enter('Su seguro paga (%)', ['x', '150', '-5', '50.5', '70']);
      await enter('Deducible pendiente', ['mucho', '1.2345', '-20', '999999999999999', '500']);
      await enter('Monto permitido por sesión', ['150']);
      await enter('Máximo de gastos de bolsillo pendiente', ['600']);
      const region = root(el).querySelector('[role="status"]')!;
      await waitUntil(() => region.textContent!.trim() !== '', 'announced', { timeout: 5000 });
      expect(region.textContent).to.contain('Total estimado');
      await enter('Sesiones de preparación', ['0']);
      await enter('Sesiones de integración', ['0']);
      const seen = check();
      expect(seen).to.contain('esa parte le corresponde a usted');
      expect(seen).to.contain('máximo de gastos de bolsillo; a partir de ahí');
      expect(seen).to.contain('no habría reembolso');
    });

    it('in the other ways a practice may be set up', async () => {
      const byPhone = await spanish(html`<kap-cost-estimator contact-phone="(206) 555-0100"></kap-cost-estimator>`);
      expect(byPhone.check()).to.contain('Llame al (206) 555-0100 para solicitar una Estimación de buena fe');
      const noContact = await spanish(html`<kap-cost-estimator practice-name="Consultorio Serena"></kap-cost-estimator>`);
      expect(noContact.check()).to.contain('Cuando se comunique con Consultorio Serena, pida su Estimación de buena fe.');
      const oneWeek = await spanish(
        html`<kap-cost-estimator medicine-sessions="1" weeks="1" medicine-minutes="60" integration-per-medicine="2"></kap-cost-estimator>`,
      );
      const oneWeekText = oneWeek.check();
      expect(oneWeekText).to.contain('por la única semana de la serie');
      expect(oneWeekText).to.contain('1 hora');
      expect(oneWeekText).to.contain('Normalmente, 2 después de cada sesión con ketamina');
      const yen = await spanish(html`<kap-cost-estimator medicine-minutes="150" currency="JPY"></kap-cost-estimator>`);
      await yen.open();
      await yen.enter('Deducible pendiente', ['1.5']);
      const yenText = yen.check();
      expect(yenText).to.contain('2.5 horas');
      expect(yenText).to.contain('sin decimales');
    });
  });

  it('keeps what the visitor typed when the page switches from English to Spanish', async () => {
    const { section, el } = await inLang('en');
    await typeInto(field(el, 'Preparation sessions'), '4');
    await openBenefits(el);
    await typeInto(field(el, 'Plan pays (%)'), '70');
    await typeInto(field(el, 'Deductible remaining'), '0');
    expect(part(el, 'net')!.textContent).to.contain('$3,885.00');
    const region = root(el).querySelector('[role="status"]')!;
    await waitUntil(() => region.textContent!.includes('Estimated total'), 'announced in English', { timeout: 5000 });

    section.setAttribute('lang', 'es');
    await waitUntil(() => part(el, 'heading')!.textContent === 'Calcule el costo de su tratamiento', 'in Spanish');
    expect(field(el, 'Sesiones de preparación').value).to.equal('4');
    expect(field(el, 'Su seguro paga (%)').value).to.equal('70');
    expect(field(el, 'Deducible pendiente').value).to.equal('0');
    expect(part(el, 'benefits')!.hidden, 'the benefits stay open').to.equal(false);
    // 4 x 185 + 6 x 555 + 6 x 185, less 10 sessions x 70% of $185: in whatever digits the locale writes.
    expect(totalText(el).replace(/\D/g, '')).to.equal('518000');
    expect(part(el, 'net')!.textContent!.replace(/\D/g, '')).to.equal('388500');
    expect(part(el, 'net')!.textContent).to.contain('Su costo después del reembolso');
    expect(region.textContent!.trim(), 'no English announcement left behind').to.equal('');
    expectNoEnglish(userFacingText(el), 'after the switch');
  });

  it('passes axe in Spanish, with the benefits open and a note showing', async () => {
    const { el } = await inLang('es', html`<kap-cost-estimator contact-email="hola@serena.example"></kap-cost-estimator>`);
    await expect(el).to.be.accessible();
    await openBenefits(el);
    await typeInto(field(el, 'Deducible pendiente'), 'mucho');
    await expect(el).to.be.accessible();
  });

  it('writes money, numbers and dates the es-US way, and es-ES its own way', async () => {
    const us = await fixture<KapCostEstimator>(html`<kap-cost-estimator locale="es-US"></kap-cost-estimator>`);
    expect(totalText(us)).to.equal('$4,810.00');
    expect(part(us, 'per-week')!.textContent).to.contain('Alrededor de $1,603.33 por semana durante 3 semanas');
    window.dispatchEvent(new Event('beforeprint'));
    await us.updateComplete;
    expect(part(us, 'print-header')!.textContent).to.match(new RegExp(`Preparado el \\d{1,2} de (${MONTHS}) de \\d{4}`));
    expect(root(us).querySelector('#amounts-in')!.textContent).to.contain('1,500');

    const spain = await fixture<KapCostEstimator>(html`<kap-cost-estimator locale="es-ES"></kap-cost-estimator>`);
    const spanish = new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'USD' }).format(4810);
    expect(spanish).not.to.equal('$4,810.00');
    expect(totalText(spain)).to.equal(spanish);
    expect(part(spain, 'heading')!.textContent).to.equal('Calcule el costo de su tratamiento');
  });

  it('marks its text as Spanish when the locale setting asks for it on an English page', async () => {
    const { el } = await inLang('en', html`<kap-cost-estimator locale="es-US"></kap-cost-estimator>`);
    expect(part(el, 'heading')!.textContent).to.equal('Calcule el costo de su tratamiento');
    expect(part(el, 'base')!.lang).to.equal('es-US');
    await expect(el).to.be.accessible();
  });

  it('falls back to English for a language it does not speak, and says so to screen readers', async () => {
    const { el } = await inLang('fr');
    expect(part(el, 'heading')!.textContent).to.equal(en.heading);
    expect(field(el, 'Preparation sessions').value).to.equal('2');
    expect(part(el, 'base')!.lang).to.equal('en');
  });

  it('prints the estimate in Spanish with every fact of the notice', async () => {
    const el = await fixture<KapCostEstimator>(html`
      <kap-cost-estimator locale="es-US" practice-name="Consultorio Serena" contact-email="hola@serena.example"></kap-cost-estimator>
    `);
    await openBenefits(el);
    await typeInto(field(el, 'Su seguro paga (%)'), '70');
    await typeInto(field(el, 'Deducible pendiente'), '0');
    await startPrinting();
    expect(getComputedStyle(part(el, 'print-header')!).display).to.equal('block');
    const printed = part(el, 'base')!.innerText;
    expect(printed).to.match(new RegExp(`Preparado el \\d{1,2} de (${MONTHS}) de \\d{4}`));
    expect(printed).to.match(/código de servicio\s90834/);
    const facts = [
      'Consultorio Serena',
      'Cálculo informal de costos',
      'Correo electrónico: hola@serena.example',
      '$4,810.00',
      'Beneficios que usted indicó',
      'Su seguro paga: 70%',
      'no es una Estimación de buena fe ni un contrato',
      '$400',
      '120 días',
      'cms.gov/nosurprises',
      '1-800-985-3059',
      'Este cálculo no es un contrato',
    ];
    for (const fact of facts) expect(printed).to.contain(fact);
    expect(printed).not.to.contain('Solicitar una Estimación de buena fe');
    expectNoEnglish(printed, 'printed');
  });
});
