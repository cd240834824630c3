import { expect } from '@open-wc/testing';
import { closeFrames, deepQueryAll, frameWindow, openFrame, settled, WIDGETS } from './helpers.js';

/**
 * demo/hostile.html carries the worst global CSS a theme could (demo/hostile/hostile.css). Every
 * part of every widget must compute the same styles there as on the same page with that sheet
 * switched off, down to its width (a widget squeezed by a flex container looks broken too). The
 * font family is left out on purpose: widgets inherit the page's font unless --kap-font-family
 * says otherwise.
 */
const PROPERTIES = [
  'width',
  'display',
  'box-sizing',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'word-break',
  'hyphens',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'color',
  '-webkit-text-fill-color',
  'caret-color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'border-collapse',
  'border-spacing',
  'padding-top',
  'padding-left',
  'margin-top',
  'list-style-type',
  'list-style-position',
  'cursor',
  'visibility',
  'outline-style',
] as const;

/** Every part's computed styles, keyed like `kap-booking-request [label] 3`. */
function snapshot(win: Window): Map<string, Record<string, string>> {
  const styles = new Map<string, Record<string, string>>();
  for (const tag of WIDGETS) {
    const widget = win.document.querySelector(tag)!;
    const host = win.getComputedStyle(widget);
    styles.set(`${tag} (the element itself)`, { width: host.width, display: host.display });
    const seen = new Map<string, number>();
    for (const element of deepQueryAll(widget.shadowRoot!, '[part]')) {
      const part = element.getAttribute('part')!;
      const index = seen.get(part) ?? 0;
      seen.set(part, index + 1);
      const computed = win.getComputedStyle(element);
      styles.set(`${tag} [${part}] ${index}`, Object.fromEntries(PROPERTIES.map((name) => [name, computed.getPropertyValue(name)])));
    }
  }
  return styles;
}

/**
 * What differs, one line per property and value, with how many parts it touches and a few of
 * them: "word-break: break-all instead of normal, in 412 parts (kap-process-timeline [base] 0, ...)".
 */
function differences(hostile: Map<string, Record<string, string>>, plain: Map<string, Record<string, string>>): string[] {
  const found = new Map<string, string[]>();
  const note = (line: string, key: string) => found.set(line, [...(found.get(line) ?? []), key]);
  for (const [key, styles] of plain) {
    const other = hostile.get(key);
    if (!other) {
      note('missing on the hostile page', key);
      continue;
    }
    for (const name of Object.keys(styles)) {
      if (styles[name] !== other[name]) note(`${name}: ${other[name]} instead of ${styles[name]}`, key);
    }
  }
  return [...found].map(([line, keys]) => `${line}, in ${keys.length} parts (${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', ...' : ''})`);
}

/** Where a visitor's first steps lead: field errors in the booking form, questions in the self-check. */
async function showMoreParts(win: Window): Promise<void> {
  const press = (tag: string, selector: string) =>
    win.document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
  press('kap-booking-request', '[part~="submit"]');
  press('kap-intake-screen', '[part~="next-button"]');
  press('kap-process-timeline', '[part~="phase-title"] button, button[part~="phase-title"], [part~="phase"] button');
  await settled(win.document);
}

describe('on a page with hostile global CSS', function () {
  this.timeout(60_000);
  after(closeFrames);

  for (const width of [390, 1280]) {
    it(`every part of every widget computes the same styles as on a plain page (${width} px)`, async () => {
      const win = frameWindow(await openFrame({ url: '/demo/hostile.html' }, width));
      await Promise.all(WIDGETS.map((tag) => win.customElements.whenDefined(tag)));
      await settled(win.document);
      await showMoreParts(win);
      const sheet = win.document.getElementById('hostile-css') as HTMLLinkElement;
      expect(sheet.sheet?.cssRules.length, 'the hostile sheet is loaded').to.be.above(10);

      const hostile = snapshot(win);
      sheet.disabled = true;
      // The hostile sheet zeroes the body's margin; the plain page keeps the browser's 8 px.
      // That is the page's own layout, not a leak, so both pages get the same room.
      win.document.body.style.margin = '0';
      await settled(win.document);
      const plain = snapshot(win);

      expect(plain.size, 'parts compared').to.be.above(40);
      expect(differences(hostile, plain)).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    });
  }
});
