import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/components/practice/define.js';
import type { KapPractice } from '../src/components/practice/kap-practice.js';
import type { KapConfigErrorDetail } from '../src/shared/events.js';
import './fixtures/settings-probe.js';
import { capturingConsoleErrors } from './helpers/console.js';
import type { SettingsProbe } from './fixtures/settings-probe.js';

/** A probe inside an element carrying `lang`; the probe itself is the fixture, a Lit element. */
async function inLang(lang: string, template: TemplateResult): Promise<SettingsProbe> {
  const parentNode = document.createElement('div');
  parentNode.lang = lang;
  document.body.append(parentNode);
  return fixture<SettingsProbe>(template, { parentNode });
}

const text = (el: SettingsProbe, id: string) => el.shadowRoot!.querySelector(`#${id}`)?.textContent;
const panel = (el: Element) => el.shadowRoot!.querySelector('[part="error"]');

describe('practice settings precedence', () => {
  it('uses the seed practice when nothing is set', async () => {
    const el = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    expect(text(el, 'fee')).to.equal('$555.00');
    expect(text(el, 'weeks')).to.equal('3');
    expect(text(el, 'locale')).to.equal('en-US');
  });

  it('takes a provider value over the default, and its own attribute over the provider', async () => {
    const root = await fixture(html`
      <kap-practice medicine-fee="600" weeks="4" practice-name="Cedar Therapy">
        <settings-probe id="inherits"></settings-probe>
        <settings-probe id="own" medicine-fee="650.5"></settings-probe>
      </kap-practice>
    `);
    const inherits = root.querySelector<SettingsProbe>('#inherits')!;
    const own = root.querySelector<SettingsProbe>('#own')!;
    await inherits.updateComplete;
    await own.updateComplete;
    expect(text(inherits, 'fee')).to.equal('$600.00');
    expect(text(inherits, 'name')).to.equal('Cedar Therapy');
    expect(text(own, 'fee')).to.equal('$650.50');
    expect(text(own, 'weeks')).to.equal('4');
  });

  it('re-renders the widgets inside a provider when its attribute changes', async () => {
    const root = await fixture<KapPractice>(html`<kap-practice><settings-probe></settings-probe></kap-practice>`);
    const probe = root.querySelector<SettingsProbe>('settings-probe')!;
    root.setAttribute('medicine-fee', '700');
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe, 'fee')).to.equal('$700.00');
    root.setAttribute('currency', 'EUR');
    root.setAttribute('locale', 'de-DE');
    await root.updateComplete;
    await probe.updateComplete;
    expect(text(probe, 'fee')).to.equal('700,00\u00a0€');
  });

  it('reads the locale from the nearest lang when none is set', async () => {
    const probe = await inLang('en-GB', html`<settings-probe></settings-probe>`);
    expect(text(probe, 'locale')).to.equal('en-GB');
  });
});

describe('a bad setting', () => {
  it('shows the panel naming the attribute, the value and what is accepted, fires the event and logs once', async () => {
    let detail: KapConfigErrorDetail | undefined;
    const listener = (event: Event) => (detail = (event as CustomEvent<KapConfigErrorDetail>).detail);
    document.addEventListener('kap-config-error', listener);
    let el!: SettingsProbe;
    const { calls } = await capturingConsoleErrors(async () => {
      el = await fixture<SettingsProbe>(html`<settings-probe medicine-fee="abc"></settings-probe>`);
    });
    document.removeEventListener('kap-config-error', listener);
    const error = panel(el);
    expect(error, 'panel').to.exist;
    expect(error!.textContent).to.contain('medicine-fee');
    expect(error!.textContent).to.contain('"abc"');
    expect(error!.textContent).to.contain('like 555 or 555.50');
    expect(el.shadowRoot!.querySelector('#fee')).to.equal(null);
    expect(detail?.issues).to.have.length(1);
    expect(detail!.issues[0]).to.include({ attribute: 'medicine-fee', value: 'abc' });
    expect(calls).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('clears the panel once the attribute is corrected', async () => {
    let el!: SettingsProbe;
    await capturingConsoleErrors(async () => {
      el = await fixture<SettingsProbe>(html`<settings-probe weeks="0" currency="dollars"></settings-probe>`);
    });
    expect(panel(el)!.querySelectorAll('li')).to.have.length(2);
    el.setAttribute('weeks', '3');
    el.setAttribute('currency', 'USD');
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect(text(el, 'fee')).to.equal('$555.00');
  });

  it('fires again when a setting goes wrong after being right', async () => {
    const el = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
    const fired = oneEvent(el, 'kap-config-error');
    await capturingConsoleErrors(async () => {
      el.setAttribute('booking-endpoint', 'javascript:alert(1)');
      await el.updateComplete;
    });
    const event = await fired;
    expect(event.detail.issues[0].attribute).to.equal('booking-endpoint');
    expect(panel(el)).to.exist;
  });

  it('shows a provider\'s bad value in the widgets that rely on it', async () => {
    let root!: HTMLElement;
    await capturingConsoleErrors(async () => {
      root = await fixture(html`
        <kap-practice session-fee="5,55">
          <settings-probe id="relies"></settings-probe>
          <settings-probe id="overrides" session-fee="185"></settings-probe>
        </kap-practice>
      `);
      await root.querySelector<SettingsProbe>('#relies')!.updateComplete;
    });
    expect(panel(root.querySelector('#relies')!)!.textContent).to.contain('session-fee');
    expect(panel(root.querySelector('#overrides')!)).to.equal(null);
  });
});

describe('language from the page', () => {
  it('follows a lang attribute changed at run time', async () => {
    const probe = await inLang('en-US', html`<settings-probe></settings-probe>`);
    expect(text(probe, 'locale')).to.equal('en-US');
    probe.parentElement!.setAttribute('lang', 'es-US');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(text(probe, 'locale')).to.equal('es-US');
  });

  it('lets the locale setting override lang', async () => {
    const probe = await inLang('es', html`<settings-probe locale="de-DE"></settings-probe>`);
    expect(text(probe, 'locale')).to.equal('de-DE');
  });

  it('writes numbers in English where the page\'s language has no catalogue, so text and numbers agree', async () => {
    const probe = await inLang('fr-CA', html`<settings-probe></settings-probe>`);
    expect(text(probe, 'locale')).to.equal('en-CA');
  });
});

describe('a language without a region', () => {
  it('formats as in the US, so lang="es" shows $555.00 rather than Spain\'s format', async () => {
    const probe = await inLang('es', html`<settings-probe></settings-probe>`);
    expect(text(probe, 'locale')).to.equal('es-US');
    expect(text(probe, 'fee')).to.equal('$555.00');
  });
});
