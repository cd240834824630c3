import { expect } from '@open-wc/testing';
import { closeFrames, frameWindow, openFrame, settled, TAGS, until, type FrameWindow } from './helpers.js';

/**
 * Two copies of kap-widgets on one page: two plugins that each ship one, or a theme with the
 * classic script and a page with the module. test/bundle.test.ts covers the module first, then
 * the classic script, in the test page itself; these cover the other orders, both copies
 * already in the HTML, and the loader with the bundle, each on a page of its own.
 */
const MODULE = '<script type="module" src="/dist/kap-widgets.js"></script>';
const CLASSIC = '<script src="/dist/kap-widgets.iife.js"></script>';
const WIDGET_HTML = '<kap-practice medicine-fee="five hundred"><kap-cost-estimator></kap-cost-estimator></kap-practice>';

/** Adds a script to the frame and resolves when it has run. */
function addScript(win: Window, src: string, module: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    win.document.head.append(script);
  });
}

/** The widget inside the page's provider shows the provider's bad fee: the two found each other. */
async function expectProviderReached(win: FrameWindow): Promise<void> {
  const widget = win.document.querySelector('kap-cost-estimator')!;
  await until(() => Boolean(widget.shadowRoot?.querySelector('[part~="error"]')), 'the provider\'s settings to reach the widget');
  expect(widget.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('medicine-fee');
}

describe('two copies on one page', () => {
  afterEach(closeFrames);

  it('classic script first, then the module: no error, one definition each, widgets work', async () => {
    const win = frameWindow(await openFrame({ html: `${CLASSIC}${WIDGET_HTML}` }));
    const first = TAGS.map((tag) => win.customElements.get(tag));
    expect(first.every(Boolean), 'the classic script defined every element').to.equal(true);
    await addScript(win, '/dist/kap-widgets.js', true);
    await addScript(win, '/dist/kap-widgets.js?another-copy', true);
    expect(TAGS.map((tag) => win.customElements.get(tag))).to.deep.equal(first);
    await expectProviderReached(win);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('both in the page\'s HTML, module before classic: no error, widgets work', async () => {
    const win = frameWindow(await openFrame({ html: `${MODULE}${CLASSIC}${WIDGET_HTML}` }));
    await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
    await settled(win.document);
    await expectProviderReached(win);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('the loader\'s provider and the bundle\'s widgets, from different copies of Lit, still find each other', async () => {
    const win = frameWindow(
      await openFrame({ html: '<script type="module" src="/dist/kap-loader.js"></script><kap-practice medicine-fee="five hundred"></kap-practice>' }),
    );
    await win.customElements.whenDefined('kap-practice');
    await addScript(win, '/dist/kap-widgets.js', true);
    win.document.querySelector('kap-practice')!.append(win.document.createElement('kap-cost-estimator'));
    await expectProviderReached(win);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
