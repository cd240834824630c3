import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { appendFrame } from '../helpers/frame.js';
import { chunksRequested, chunkTiming, closeFrames, deepQueryAll, frameWindow, openFrame, until, type FrameWindow } from './helpers.js';

/**
 * Spanish on demand through dist/kap-loader.js (npm test builds dist first): a widget's
 * Spanish texts are a chunk of their own, chunks/<tag>.es.js, fetched only where the widget
 * speaks Spanish, beside its code, and never after an English first draw.
 */
const loader = (base = '') => `<script type="module" src="${base}/dist/kap-loader.js"></script>`;

const heading = (element: HTMLElement) => element.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();

/**
 * Every heading the cost estimator showed until it showed `last`, sampled every task: a
 * widget drawn in English and then in Spanish would leave the English one here.
 */
async function headingsUntil(win: FrameWindow, last: string): Promise<{ element: HTMLElement; seen: string[] }> {
  const seen: string[] = [];
  let element: HTMLElement | undefined;
  await until(() => {
    element ??= deepQueryAll(win.document, 'kap-cost-estimator')[0];
    const text = element && heading(element);
    if (text && seen.at(-1) !== text) seen.push(text);
    return text === last;
  }, `the heading "${last}"`);
  return { element: element!, seen };
}

const ENGLISH = 'Estimate your cost';
const SPANISH = 'Calcule el costo de su tratamiento';

describe('the loader and Spanish texts', () => {
  afterEach(closeFrames);

  it('fetches no Spanish on an English page', async () => {
    const win = frameWindow(await openFrame({ html: `${loader()}<kap-cost-estimator></kap-cost-estimator><kap-intake-screen></kap-intake-screen>` }));
    await headingsUntil(win, ENGLISH);
    await win.customElements.whenDefined('kap-intake-screen');
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-intake-screen', 'kap-shared']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('fetches a Spanish widget\'s texts beside its code, and draws it in Spanish first', async () => {
    const win = frameWindow(await openFrame({ html: `${loader()}<div lang="es"><kap-cost-estimator></kap-cost-estimator></div>` }));
    const { seen } = await headingsUntil(win, SPANISH);
    expect(seen).to.deep.equal([SPANISH]);
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-cost-estimator.es', 'kap-shared']);
    // Together, not after: the pack was asked for before the widget's code had arrived.
    expect(chunkTiming(win, 'kap-cost-estimator.es').startTime).to.be.below(chunkTiming(win, 'kap-cost-estimator').responseEnd);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('keeps a Spanish widget undefined, at its placeholder\'s height, until its slow texts are here', async () => {
    const placeholder = '<style>kap-cost-estimator:not(:defined) { display: block; height: 900px; }</style>';
    const win = frameWindow(
      await openFrame({ html: `${placeholder}${loader('/slow-spanish')}<div lang="es"><kap-cost-estimator></kap-cost-estimator></div><p id="below">below</p>` }),
    );
    const below = win.document.getElementById('below')!;
    const tops = new Set<number>();
    // Every frame until the widget speaks: the paragraph under it is where the placeholder put it.
    await new Promise<void>((resolve) => {
      const frame = () => {
        if (heading(win.document.querySelector('kap-cost-estimator')!)) return resolve();
        tops.add(Math.round(below.getBoundingClientRect().top));
        win.requestAnimationFrame(frame);
      };
      win.requestAnimationFrame(frame);
    });
    const { seen } = await headingsUntil(win, SPANISH);
    expect(seen).to.deep.equal([SPANISH]);
    expect([...tops], 'the paragraph\'s places before the widget was drawn').to.have.length(1);
    expect([...tops][0]).to.be.at.least(900);
    expect(chunkTiming(win, 'kap-cost-estimator.es').responseEnd - chunkTiming(win, 'kap-cost-estimator').responseEnd, 'the texts came late').to.be.above(300);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('follows the locale setting, its own or its practice\'s, over the page\'s lang', async () => {
    const win = frameWindow(
      await openFrame({ html: `${loader()}<kap-practice locale="es-MX"><kap-cost-estimator></kap-cost-estimator></kap-practice>` }),
    );
    await headingsUntil(win, SPANISH);
    expect(chunksRequested(win)).to.include('kap-cost-estimator.es');
  });

  it('shows English and warns once when the Spanish texts cannot be fetched', async () => {
    // The frame's window is reached before its scripts run, to catch the warning; an iframe's own size.
    const { frame, loaded } = appendFrame(
      {
        srcdoc: `<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body>${loader('/no-spanish')}<kap-cost-estimator></kap-cost-estimator><kap-cost-estimator></kap-cost-estimator></body></html>`,
      },
      300,
      150,
    );
    const win = frameWindow(frame);
    const warnings: string[] = [];
    const original = win.console.warn.bind(win.console);
    win.console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      original(...args);
    };
    await loaded;
    try {
      const { element } = await headingsUntil(win, ENGLISH);
      expect(element.shadowRoot!.querySelector('[part~="total"]')!.textContent).to.contain('$4,810.00');
      await until(() => deepQueryAll(win.document, 'kap-cost-estimator').every((widget) => heading(widget) === ENGLISH), 'both drawn');
      expect(warnings.filter((text) => text.includes('kap-cost-estimator'))).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('fetches the Spanish when the page switches to it, and keeps what the visitor typed', async () => {
    const win = frameWindow(await openFrame({ html: `${loader()}<div id="part"><kap-cost-estimator></kap-cost-estimator></div>` }));
    const { element } = await headingsUntil(win, ENGLISH);
    const input = [...element.shadowRoot!.querySelectorAll('input')].find((field) => field.value === '2')!;
    input.focus();
    input.select();
    await sendKeys({ type: '4' });
    expect(chunksRequested(win)).not.to.include('kap-cost-estimator.es');
    win.document.getElementById('part')!.lang = 'es';
    await headingsUntil(win, SPANISH);
    expect(chunksRequested(win)).to.include('kap-cost-estimator.es');
    expect(input.isConnected, 'the same field').to.equal(true);
    expect(input.value).to.equal('4');
  });

  it('leaves kap-widgets.js whole: both languages inline, nothing fetched', async () => {
    const win = frameWindow(
      await openFrame({ html: '<script type="module" src="/dist/kap-widgets.js"></script><div lang="es"><kap-cost-estimator></kap-cost-estimator></div>' }),
    );
    const { seen } = await headingsUntil(win, SPANISH);
    expect(seen).to.deep.equal([SPANISH]);
    expect(chunksRequested(win)).to.deep.equal([]);
  });
});
