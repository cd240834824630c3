import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { contrastRatio } from '../../demo/configure/contrast.js';
import { loadPage, removePage, widgetsSettled } from './frame.js';

/**
 * Every button and link inside the widgets, on each demo page, in the visitor's light and
 * dark mode: its text against what is behind it must reach 4.5:1 (WCAG 2.2 AA, 1.4.3). A
 * site's brand colour chosen for a light page can fall far below that on the widgets' dark
 * surface, and the crisis links are among the links measured.
 */

type Rgba = [number, number, number, number];

/** Computed colours come as rgb()/rgba(), or color(srgb …) where color-mix() made them. */
function parseColour(value: string): Rgba | undefined {
  const numbers = value.match(/[\d.]+/g)?.map(Number);
  if (!numbers) return undefined;
  if (value.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return value.startsWith('rgb') ? [r, g, b, a] : undefined;
}

/** The WCAG ratio of two opaque colours; alpha is not part of it. */
const ratio = ([r1, g1, b1]: Rgba, [r2, g2, b2]: Rgba): number => contrastRatio([r1, g1, b1], [r2, g2, b2]);

/** The first opaque background behind an element, across shadow roots. */
function backgroundOf(element: Element): Rgba | undefined {
  for (let node: Element | undefined = element; node; ) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour && colour[3] === 1) return colour;
    if (colour && colour[3] > 0) return undefined; // translucent: not measurable this way
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined);
  }
  return [255, 255, 255, 1];
}

const PAGES = ['/demo/index.html', '/demo/themes.html', '/demo/spa.html#/self-check', '/demo/spa.html#/fees', '/demo/spa.html#/contact'];

describe('contrast of the widgets\' buttons and links', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      it(`${path} in ${colorScheme} mode: every button and link reaches 4.5:1`, async () => {
        await emulateMedia({ colorScheme });
        const page = await loadPage(path, { width: 1280 });
        try {
          const low: string[] = [];
          for (const widget of await widgetsSettled(page.document)) {
            for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('button:not(:disabled), a[href]')) {
              if (control.getClientRects().length === 0 || !control.textContent?.trim()) continue;
              const text = parseColour(getComputedStyle(control).color);
              const behind = backgroundOf(control);
              if (!text || !behind) continue;
              const measured = ratio(text, behind);
              if (measured < 4.5) {
                const where = widget.closest('section[id]')?.id ?? '';
                low.push(`${where} <${widget.localName}> ${control.getAttribute('part') ?? control.localName} "${control.textContent.trim().slice(0, 24)}" ${measured.toFixed(1)}:1`);
              }
            }
          }
          expect([...new Set(low)]).to.deep.equal([]);
        } finally {
          removePage(page);
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }
  }
});
