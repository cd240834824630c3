import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { widgetsSettled } from '../demo/frame.js';
import { WIDGET_TAGS } from '../helpers/tags.js';
import { LAYOUT_BOXES, measureBoxes, PARAGRAPH, widthProblems } from './boxes.js';

/**
 * Every widget in every box a host page may put it in (test/layout/boxes.ts), beside a
 * paragraph of text in the same box: the page must give the widget the width it gives the
 * paragraph, at least 280 px at a phone's and a desktop's width, and a 320 px window must
 * not scroll sideways. One page holds all the boxes; the window changes size under it.
 */
const MINIMUM = 280;

function boxesPage(): HTMLElement {
  const page = document.createElement('div');
  const sections = LAYOUT_BOXES.map(({ name, wrap }) => {
    const widgets = WIDGET_TAGS.map((tag) => wrap(`<${tag} data-layout-widget></${tag}>`)).join('');
    return `<section data-layout-box="${name}">${wrap(`<p data-layout-paragraph>${PARAGRAPH}</p>`)}${widgets}</section>`;
  });
  page.innerHTML = `<kap-practice contact-email="hello@example.com" booking-endpoint="/api/booking"
    privacy-policy-url="https://example.com/privacy">${sections.join('')}</kap-practice>`;
  document.body.append(page);
  return page;
}

describe('page layouts: each widget as wide as a paragraph in the same box', function () {
  this.timeout(60_000);
  let page: HTMLElement;

  before(async () => {
    await setViewport({ width: 390, height: 900 });
    page = boxesPage();
    await widgetsSettled(document);
  });
  after(() => page.remove());

  it('puts all four widgets in each box', () => {
    const measured = measureBoxes(page);
    expect(measured.map(({ box }) => box)).to.deep.equal(LAYOUT_BOXES.map(({ name }) => name));
    for (const { widgets } of measured) expect(widgets.map(({ tag }) => tag)).to.deep.equal([...WIDGET_TAGS]);
    // Each shows itself, not the settings panel (a block of text that would pass for a paragraph).
    const notShown = [...page.querySelectorAll<HTMLElement>('[data-layout-widget]')]
      .filter((widget) => !widget.shadowRoot!.querySelector('[part~="base"]') || widget.shadowRoot!.querySelector('[part~="error"]'))
      .map((widget) => widget.localName);
    expect(notShown).to.deep.equal([]);
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px, each widget is as wide as the paragraph, and at least ${MINIMUM} px`, async () => {
      await setViewport({ width, height: 900 });
      await widgetsSettled(document);
      expect(widthProblems(measureBoxes(page), MINIMUM)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(width);
    });
  }

  it('at 320 px, the window does not scroll sideways and each widget is still as wide as the paragraph', async () => {
    await setViewport({ width: 320, height: 900 });
    await widgetsSettled(document);
    expect(widthProblems(measureBoxes(page), 0)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    // Nothing inside a widget sticks out of it either (overflow would be clipped or scroll).
    const overflowing = [...page.querySelectorAll<HTMLElement>('[data-layout-widget]')]
      .map((widget) => ({ widget, base: widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')! }))
      .filter(({ base }) => base.scrollWidth > base.clientWidth)
      .map(({ widget, base }) => `<${widget.localName}> in ${widget.closest<HTMLElement>('[data-layout-box]')!.dataset.layoutBox}: ${base.scrollWidth} > ${base.clientWidth}`);
    expect(overflowing).to.deep.equal([]);
  });
});
