import { expect } from '@open-wc/testing';
import { LAYOUT_BOXES, measureBoxes, widthProblems } from '../layout/boxes.js';
import { loadPage, removePage, widgetsSettled } from './frame.js';

/**
 * The hostile demo page shows a widget in each box of test/layout/boxes.ts, under the worst
 * global CSS a theme could carry (its `div { display: flex; flex-wrap: wrap }` included): each
 * widget must be as wide as the paragraph in the same box there too.
 */
describe('the hostile demo page\'s page-builder boxes', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px, each widget is as wide as the paragraph in its box, and at least 280 px`, async () => {
      const page = await loadPage('/demo/hostile.html', { width });
      try {
        await widgetsSettled(page.document);
        const measured = measureBoxes(page.document);
        expect(measured.map(({ box }) => box), 'boxes on the page').to.deep.equal(LAYOUT_BOXES.map(({ name }) => name));
        for (const { box, widgets } of measured) expect(widgets.length, `widgets in ${box}`).to.equal(1);
        expect(widthProblems(measured, 280)).to.deep.equal([]);
        const root = page.document.documentElement;
        expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
        expect(page.report.errors).to.deep.equal([]);
      } finally {
        removePage(page);
      }
    });
  }
});
