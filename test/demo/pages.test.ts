import { expect } from '@open-wc/testing';
import { WIDGET_TAGS } from '../helpers/tags.js';
import { loadPage, removePage, widgetsSettled, type LoadedPage } from './frame.js';

/**
 * Every page of the demo site this package ships with, opened as a visitor would open it,
 * at a phone's width and a desktop's. The configurator's widgets live in its preview frame.
 */
const PAGES: { path: string; widgetsIn: (page: LoadedPage) => Document }[] = [
  { path: '/demo/index.html', widgetsIn: (page) => page.document },
  { path: '/demo/themes.html', widgetsIn: (page) => page.document },
  { path: '/demo/spa.html#/fees', widgetsIn: (page) => page.document },
  { path: '/demo/hostile.html', widgetsIn: (page) => page.document },
  {
    path: '/demo/configure.html',
    widgetsIn: (page) => page.document.querySelector<HTMLIFrameElement>('#preview')!.contentDocument!,
  },
];

const WIDTHS = [390, 1280];

async function expectRendered(doc: Document): Promise<number> {
  const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(', '))];
  await widgetsSettled(doc);
  for (const widget of widgets) {
    const base = widget.shadowRoot?.querySelector('[part~="base"]');
    expect(base, `<${widget.localName}> renders its base part`).to.exist;
    expect(widget.shadowRoot!.querySelector('[part~="error"]'), `<${widget.localName}> shows no settings panel`).to.equal(null);
    const box = widget.getBoundingClientRect();
    expect(box.height, `<${widget.localName}> takes up space`).to.be.greaterThan(40);
    expect(base!.textContent!.trim().length, `<${widget.localName}> shows text`).to.be.greaterThan(0);
  }
  return widgets.length;
}

describe('demo pages', () => {
  for (const { path, widgetsIn } of PAGES) {
    for (const width of WIDTHS) {
      it(`${path} at ${width}px: every widget renders, with no console error and no CSP violation`, async () => {
        const page = await loadPage(path, { width });
        try {
          const count = await expectRendered(widgetsIn(page));
          expect(count, 'widgets on the page').to.be.greaterThan(0);
          // A phone visitor must never have to scroll sideways.
          const root = page.document.documentElement;
          expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
          expect(page.report.errors).to.deep.equal([]);
          expect(page.report.violations).to.deep.equal([]);
        } finally {
          removePage(page);
        }
      });
    }
  }

  it('on a phone, every control a visitor taps on the practice\'s site is at least 24 × 24 px (WCAG 2.2, 2.5.8)', async () => {
    const page = await loadPage('/demo/index.html', { width: 390 });
    try {
      const small: string[] = [];
      for (const widget of await widgetsSettled(page.document)) {
        for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('button, a, input, select, textarea, summary')) {
          // A radio or checkbox inside its label is tapped through the label; links inside a
          // sentence are exempt from 2.5.8.
          const label = control.matches('input[type="radio"], input[type="checkbox"]') ? control.closest('label') : null;
          const target = label ?? control;
          const box = target.getBoundingClientRect();
          const hidden = box.width === 0 && box.height === 0;
          const inlineLink = control.localName === 'a' && getComputedStyle(control).display === 'inline';
          if (!hidden && !inlineLink && (box.width < 24 || box.height < 24)) {
            small.push(`<${widget.localName}> ${control.localName} ${control.getAttribute('part') ?? ''} ${Math.round(box.width)}×${Math.round(box.height)}`);
          }
        }
      }
      expect(small).to.deep.equal([]);
    } finally {
      removePage(page);
    }
  });

  it('the page checker itself notices a widget that logs a settings error', async () => {
    const page = await loadPage('/test/demo/fixtures/bad-setting.html');
    try {
      await widgetsSettled(page.document);
      expect(page.report.errors.join('\n')).to.contain('medicine-fee="five hundred"');
    } finally {
      removePage(page);
    }
  });
});
