import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { SETTINGS, propertyOf } from '../../src/core/practice.js';
import { quietly } from '../helpers/console.js';
import { WIDGET_TAGS as WIDGETS } from '../helpers/tags.js';

/**
 * Every practice setting is declared once, in src/core/settings.ts; these check that each
 * declared setting really is an attribute and a property of `<kap-practice>` and of every
 * widget, that setting it reaches the widget's settings, and that custom-elements.json
 * documents it for each of them. (The configurator's fields and the README's table are
 * checked beside them: test/demo/configure.test.ts, test/node/docs.test.mjs.)
 */


interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; attribute?: string }[];
}
const manifest: { modules: { declarations?: ManifestDeclaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const declared = (tag: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** The attribute named in the settings panel of `el`, if any. */
const panelText = (el: Element) => el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '';

// A lone space is no valid value for any rule: no text, no number, no code, no address.
const BAD = ' ';

describe('the declared practice settings', () => {
  it('are more than the original seventeen, with the Good Faith Estimate ones among them', () => {
    expect(SETTINGS.length).to.be.greaterThanOrEqual(24);
    expect(SETTINGS.map((s) => s.attribute)).to.include.members(['medicine-fee', 'provider-npi', 'gfe-months']);
  });

  for (const tag of ['kap-practice', ...WIDGETS]) {
    it(`are all observed attributes of <${tag}> and documented for it in custom-elements.json`, () => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const doc = declared(tag);
      const documented = new Set(doc?.attributes?.map((a) => a.name));
      const members = new Map(doc?.members?.map((m) => [m.name, m.attribute]));
      for (const setting of SETTINGS) {
        expect(observed, `${tag} observes ${setting.attribute}`).to.include(setting.attribute);
        expect(documented.has(setting.attribute), `${tag} documents ${setting.attribute}`).to.equal(true);
        expect(members.get(propertyOf(setting.attribute)), `${tag} documents .${propertyOf(setting.attribute)}`).to.equal(setting.attribute);
      }
    });
  }

  for (const tag of WIDGETS) {
    it(`reach the settings of <${tag}> through each property, and through <kap-practice>`, async () => {
      await quietly(async () => {
        for (const setting of SETTINGS) {
          const property = propertyOf(setting.attribute);
          // Typed: a declared setting that is not a property of every widget does not compile.
          const own = document.createElement(tag);
          own[property] = BAD;
          await fixture(own);
          await own.updateComplete;
          expect(panelText(own), `.${property} on <${tag}>`).to.contain(`${setting.attribute}=" "`);

          const provider = document.createElement('kap-practice');
          provider[property] = BAD;
          const inner = document.createElement(tag);
          provider.append(inner);
          await fixture(provider);
          await provider.updateComplete;
          await inner.updateComplete;
          expect(panelText(inner), `.${property} on <kap-practice> around <${tag}>`).to.contain(`${setting.attribute}=" "`);
        }
      });
    });
  }
});
