import { expect } from '@open-wc/testing';
import { loadPage, removePage, shadowText, widgetsSettled, type LoadedPage } from './frame.js';

/** The single-page app demo: a router swaps pages, and with them widgets, in and out. */

async function go(page: LoadedPage, hash: string): Promise<HTMLElement[]> {
  const link = page.document.querySelector<HTMLAnchorElement>(`nav a[href="${hash}"]`)!;
  link.click();
  await new Promise((resolve) => page.window.addEventListener('hashchange', resolve, { once: true }));
  return widgetsSettled(page.document);
}

describe('the single-page app demo', () => {
  let page: LoadedPage;
  beforeEach(async () => {
    page = await loadPage('/demo/spa.html', { width: 390 });
  });
  afterEach(() => removePage(page));

  it('brings each page\'s widget in and takes the last one out, with the provider\'s settings every time', async () => {
    const view = page.document.querySelector('#view')!;
    expect(view.querySelector('h1')!.textContent).to.contain('step by step');

    const fees = await go(page, '#/fees');
    expect(fees.map((w) => w.localName)).to.deep.equal(['kap-cost-estimator']);
    expect(shadowText(fees[0]!)).to.match(/\$610(\.00)?\b/);

    const contact = await go(page, '#/contact');
    expect(contact.map((w) => w.localName)).to.deep.equal(['kap-booking-request']);
    expect(fees[0]!.isConnected, 'the estimator left with its page').to.equal(false);

    for (const hash of ['#/process', '#/self-check', '#/fees']) {
      const widgets = await go(page, hash);
      expect(widgets, hash).to.have.length(1);
      expect(widgets[0]!.shadowRoot!.querySelector('[part~="base"]'), hash).to.exist;
      expect(widgets[0]!.shadowRoot!.querySelector('[part~="error"]'), hash).to.equal(null);
    }
    const again = [...view.querySelectorAll('kap-cost-estimator')];
    expect(again[0], 'a new estimator, not the old one').not.to.equal(fees[0]);
    expect(shadowText(again[0]!)).to.match(/\$610(\.00)?\b/);
    expect(page.report.errors).to.deep.equal([]);
    expect(page.report.violations).to.deep.equal([]);
  });

  it('moves focus to the new page\'s heading and names it in the title, as a page load would', async () => {
    await go(page, '#/fees');
    expect(page.document.activeElement?.textContent).to.equal('What it costs');
    expect(page.document.title).to.match(/^Fees · /);
    expect(page.document.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).to.equal('#/fees');
  });
});
