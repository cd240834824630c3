import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DOCUMENTED_SETTINGS } from '../../src/core/settings-docs.js';
import { LIGHT_TOKENS } from '../../demo/configure/model.js';
import { appendFrame } from '../helpers/frame.js';
import { WIDGET_TAGS } from '../helpers/tags.js';
import { loadPage, removePage, shadowText, visibleText, widgetsSettled, type LoadedPage } from './frame.js';

/** The configurator, driven the way a therapist would: typing into its fields. */

const previewDoc = (page: LoadedPage) => page.document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!;
const field = (page: LoadedPage, name: string) => page.document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const snippet = (page: LoadedPage) => page.document.querySelector('#snippet')!.textContent!;

/** Replaces a field's text with real key presses, then leaves it (which shows its problem). */
async function typeInto(page: LoadedPage, name: string, text: string): Promise<void> {
  const input = field(page, name);
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await sendKeys({ press: 'Tab' });
}

async function settledPreview(page: LoadedPage): Promise<HTMLElement[]> {
  return widgetsSettled(previewDoc(page));
}

/** Opens the copied code in a page of its own, as pasting it into an empty site would. */
async function openFreshPage(code: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const { frame, loaded } = appendFrame(
    { srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>\n${code}</body></html>` },
    390,
  );
  await loaded;
  // The code loads each widget as it comes near the screen: read the page to its end, as a visitor would.
  const doc = frame.contentDocument!;
  for (const widget of doc.querySelectorAll(WIDGET_TAGS.join(','))) {
    widget.scrollIntoView();
    await doc.defaultView!.customElements.whenDefined(widget.localName);
  }
  return { frame, doc };
}

describe('the configurator', () => {
  let page: LoadedPage;

  beforeEach(async () => {
    page = await loadPage('/demo/configure.html', { width: 390 });
    await settledPreview(page);
  });
  afterEach(() => removePage(page));

  it('has a labelled field for every declared practice setting', () => {
    for (const setting of DOCUMENTED_SETTINGS) {
      const input = field(page, setting.attribute);
      expect(input, setting.attribute).to.exist;
      expect(page.document.querySelector(`label[for="${input.id}"]`)?.textContent).to.equal(setting.label);
    }
  });

  it('starts from the example practice, so the code carries no settings at all', () => {
    expect(field(page, 'medicine-fee').value).to.equal('555.00');
    expect(field(page, 'weeks').value).to.equal('3');
    expect(snippet(page)).to.contain('<kap-practice>\n');
    expect(snippet(page)).to.match(/^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/kap-widgets@\d+\.\d+\/dist\/kap-loader\.js"><\/script>/);
    expect(page.document.querySelector('#settings-status')!.textContent).to.contain('Every setting is valid');
  });

  it('writes only what differs from the defaults: a fee typed as 555 is the default fee', async () => {
    await typeInto(page, 'medicine-fee', '555');
    await typeInto(page, 'weeks', '4');
    expect(snippet(page)).not.to.contain('medicine-fee');
    expect(snippet(page)).to.contain('weeks="4"');
  });

  it('a changed fee shows in the preview, goes into the copied code, and that code alone shows it on a fresh page', async () => {
    await typeInto(page, 'medicine-fee', '600');
    await typeInto(page, 'practice-name', 'Cedar & Sage Counseling');
    const [estimator] = (await settledPreview(page)).filter((w) => w.localName === 'kap-cost-estimator');
    expect(shadowText(estimator!)).to.match(/\$600(\.00)?\b/);

    // The code must load this server's copy of the script: the CDN is out of reach here.
    page.document.querySelector<HTMLInputElement>('input[name="script-from"][value="self"]')!.click();
    expect(field(page, 'script-url').value).to.equal(`${location.origin}/dist/kap-loader.js`);

    let copied = '';
    Object.defineProperty(page.window.navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (text: string) => {
        copied = text;
      },
    });
    page.document.querySelector<HTMLButtonElement>('#copy')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.document.querySelector('#copy-status')!.textContent).to.contain('Copied');
    expect(copied).to.equal(snippet(page));
    expect(copied).to.contain('medicine-fee="600.00"');
    expect(copied).to.contain('practice-name="Cedar &amp; Sage Counseling"');

    const fresh = await openFreshPage(copied);
    try {
      await fresh.doc.defaultView!.customElements.whenDefined('kap-cost-estimator');
      const freshWidgets = await widgetsSettled(fresh.doc);
      const previewWidgets = await settledPreview(page);
      expect(freshWidgets.map((w) => w.localName)).to.deep.equal(previewWidgets.map((w) => w.localName));
      const freshEstimator = freshWidgets.find((w) => w.localName === 'kap-cost-estimator')!;
      expect(shadowText(freshEstimator)).to.match(/\$600(\.00)?\b/);
      // "Exactly the preview": every widget shows the same on the fresh page, in the same look.
      freshWidgets.forEach((widget, i) => {
        const preview = previewWidgets[i]!;
        expect(visibleText(widget), widget.localName).to.equal(visibleText(preview));
        const look = (el: Element) => {
          const style = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
          return [style.color, style.backgroundColor, style.fontFamily, style.fontSize, style.borderRadius];
        };
        expect(look(widget), widget.localName).to.deep.equal(look(preview));
      });
    } finally {
      fresh.frame.remove();
    }
  });

  it('shows the widgets\' own words at the field for a bad value, and the preview shows the same panel', async () => {
    await typeInto(page, 'medicine-fee', '$600');
    const input = field(page, 'medicine-fee');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = page.document.getElementById(`${input.id}-error`)!;
    expect(input.getAttribute('aria-describedby')).to.contain(error.id);
    expect(error.textContent).to.contain('medicine-fee="$600" can\'t be used.');

    const [estimator] = (await settledPreview(page)).filter((w) => w.localName === 'kap-cost-estimator');
    const panel = estimator!.shadowRoot!.querySelector('[part~="error"]');
    expect(panel, 'the preview shows the settings panel').to.exist;
    expect(panel!.textContent).to.contain(error.textContent!);
    expect(page.document.querySelector('#settings-status')!.textContent).to.contain('1 setting needs fixing');

    await typeInto(page, 'medicine-fee', '600');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(page.document.getElementById(`${input.id}-error`)).to.equal(null);
  });

  it('brand colours become --kap-* tokens the widgets pick up, with a warning when contrast is too low', async () => {
    page.document.querySelector<HTMLInputElement>('input[name="scheme"][value="light"]')!.click();
    await typeInto(page, 'accent', '#8a3b12');
    expect(snippet(page)).to.contain('--kap-color-accent: #8a3b12;');
    expect(snippet(page)).to.contain('theme="light"');
    const [widget] = await settledPreview(page);
    expect(getComputedStyle(widget!).getPropertyValue('--kap-color-accent').trim()).to.equal('#8a3b12');
    expect(page.document.querySelector('#contrast-warnings')!.textContent).to.equal('');

    await typeInto(page, 'accent', '#f5c542');
    expect(page.document.querySelector('#contrast-warnings')!.textContent).to.contain('4.5:1');
  });

  it('drops a widget from the code and the preview when it is unticked, and leaves the others as the visitor left them', async () => {
    const before = (await settledPreview(page)).find((w) => w.localName === 'kap-cost-estimator');
    page.document.querySelector<HTMLInputElement>('input[name="screen"]')!.click();
    await typeInto(page, 'accent', '#8a3b12');
    expect(snippet(page)).not.to.contain('kap-intake-screen');
    const tags = (await settledPreview(page)).map((w) => w.localName);
    expect(tags).not.to.include('kap-intake-screen');
    expect(tags).to.include('kap-booking-request');
    const after = (await settledPreview(page)).find((w) => w.localName === 'kap-cost-estimator');
    expect(after, 'the same estimator, not a new one').to.equal(before);
    expect(page.report.errors).to.deep.equal([]);
  });

  it('measures contrast against the widgets\' own default colours, as custom-elements.json gives them', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
    };
    const estimator = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'kap-cost-estimator')!;
    for (const [token, value] of Object.entries(LIGHT_TOKENS)) {
      expect(estimator.cssProperties!.find((p) => p.name === token)?.default, token).to.equal(value);
    }
  });
});
