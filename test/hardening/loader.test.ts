import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { GFE_ATTRIBUTES } from '../helpers/gfe.js';
import { chunksRequested, chunkTiming, closeFrames, deepQueryAll, frameWindow, openFrame, TAGS, until, type FrameWindow } from './helpers.js';

/**
 * dist/kap-loader.js on a page, as a therapist or a single-page app would use it (npm test
 * builds dist first). Each page is an iframe of its own: its own registry, its own requests.
 */
const LOADER = '<script type="module" src="/dist/kap-loader.js"></script>';

const definedTags = (win: Window) => TAGS.filter((tag) => win.customElements.get(tag));

/** Resolves once `tag` is defined in the frame and its first instance is drawn whole. */
async function rendered(win: FrameWindow, tag: string, root: ParentNode = win.document): Promise<HTMLElement> {
  await win.customElements.whenDefined(tag);
  const element = deepQueryAll(root, tag)[0];
  if (!element) throw new Error(`no <${tag}> on the page`);
  await until(() => Boolean(element.shadowRoot?.querySelector('[part~="base"]')), `<${tag}> rendered`);
  // A long form draws its lower parts a task after its top (KapElement.later).
  await (element as ReactiveElement).updateComplete;
  return element;
}

describe('the lazy loader', () => {
  afterEach(closeFrames);

  it('loads only the chunks of the widgets on the page, with the shared chunk at the same time', async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<kap-cost-estimator></kap-cost-estimator>` }));
    await rendered(win, 'kap-cost-estimator');
    expect(definedTags(win)).to.deep.equal(['kap-practice', 'kap-cost-estimator']);
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-shared']);
    // In parallel: the shared chunk was asked for before the widget's chunk had even arrived.
    expect(chunkTiming(win, 'kap-shared').startTime).to.be.below(chunkTiming(win, 'kap-cost-estimator').responseEnd);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("loads the cost estimator's Good Faith Estimate only when a visitor asks for it", async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<kap-cost-estimator ${GFE_ATTRIBUTES}></kap-cost-estimator>` }));
    const estimator = await rendered(win, 'kap-cost-estimator');
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-shared']);
    estimator.shadowRoot!.querySelector<HTMLButtonElement>('[part~="gfe-open"]')!.click();
    await until(() => Boolean(estimator.shadowRoot!.querySelector('[part~="gfe-form"]')), 'the GFE form');
    expect(chunksRequested(win)).to.deep.equal(['gfe-flow', 'kap-cost-estimator', 'kap-delivery', 'kap-shared']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('draws a long form in two tasks, holding its placeholder\'s height so the page below stays put', async () => {
    const placeholder = '<style>kap-booking-request:not(:defined) { display: block; height: 3000px; }</style>';
    // Run as the first render lands, before the task that draws the rest: a mutation observer's
    // callback is a microtask of the task that rendered.
    const between = `<script>
      customElements.whenDefined('kap-booking-request').then(() => {
        const root = document.querySelector('kap-booking-request').shadowRoot;
        const seen = new MutationObserver(() => {
          seen.disconnect();
          window.between = { form: Boolean(root.querySelector('form')), consent: Boolean(root.querySelector('#consent')), below: document.getElementById('below').getBoundingClientRect().top };
        });
        seen.observe(root, { childList: true, subtree: true });
      });
    </script>`;
    const win = frameWindow(
      await openFrame({ html: `${placeholder}${between}${LOADER}<kap-booking-request></kap-booking-request><p id="below">below</p>
          <script>window.before = document.getElementById('below').getBoundingClientRect().top;</script>` }),
    );
    const form = await rendered(win, 'kap-booking-request');
    const { between: seen, before } = win as unknown as { between: { form: boolean; consent: boolean; below: number }; before: number };
    expect(seen, 'the top of the form drawn, its lower part not yet').to.include({ form: true, consent: false });
    expect(seen.below, 'the paragraph below, between the two tasks').to.equal(before);
    expect(before).to.be.at.least(3000);
    // Whole, the form is as tall as it is: the held height is let go.
    expect(form.shadowRoot!.querySelector('#consent')).to.exist;
    expect(form.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.style.minHeight).to.equal('');
  });

  it('loads the booking request with its delivery chunk, both beside the shared one at once', async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<kap-booking-request></kap-booking-request>` }));
    await rendered(win, 'kap-booking-request');
    expect(chunksRequested(win)).to.deep.equal(['kap-booking-request', 'kap-delivery', 'kap-shared']);
    // Requested by the time the widget's chunk is in, not found in it after: on a fast loopback
    // both can read the same instant, timings being coarsened to a tenth of a millisecond.
    expect(chunkTiming(win, 'kap-delivery').startTime).to.be.at.most(chunkTiming(win, 'kap-booking-request').responseEnd);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('on a tall page, loads a widget only as it comes within two screens of the viewport', async () => {
    const win = frameWindow(await openFrame({ url: new URL('./fixtures/loader-tall.html', import.meta.url).href }));
    await rendered(win, 'kap-process-timeline');
    // A frame (each page of the runner's) can be kept from rendering; a nap lets any late load show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chunksRequested(win)).to.deep.equal(['kap-process-timeline', 'kap-shared']);

    // Three screens down: the cost estimator, five screens from the top, is now two screens ahead.
    win.scrollTo(0, 3 * win.innerHeight);
    await rendered(win, 'kap-cost-estimator');
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-process-timeline', 'kap-shared']);

    // The visitor reads on: each widget below loads on the way.
    for (const tag of ['kap-intake-screen', 'kap-booking-request']) {
      win.document.querySelector(tag)!.scrollIntoView();
      await rendered(win, tag);
    }
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('loads the widget the address\'s #fragment points to at once, and again on hashchange', async () => {
    const page = new URL('./fixtures/loader-tall.html', import.meta.url).href;
    const win = frameWindow(await openFrame({ url: `${page}#contact` }));
    // The target is a section around the widget: the widget inside it loads.
    await rendered(win, 'kap-booking-request');
    expect(chunksRequested(win)).to.include('kap-booking-request');
    expect(chunksRequested(win)).not.to.include('kap-cost-estimator');
    expect(chunksRequested(win)).not.to.include('kap-intake-screen');

    // A link to #costs, the cost estimator itself, followed on the page.
    win.location.hash = 'costs';
    await rendered(win, 'kap-cost-estimator');
    expect(chunksRequested(win)).not.to.include('kap-intake-screen');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('watches a widget added far below the viewport until the visitor comes near it', async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<main style="height: 20000px"></main><footer></footer>` }));
    await until(() => Boolean(win.kapWidgets), 'the loader to start');
    win.document.querySelector('footer')!.innerHTML = '<kap-intake-screen></kap-intake-screen>';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chunksRequested(win)).to.deep.equal([]);
    win.scrollTo(0, 20000);
    await rendered(win, 'kap-intake-screen');
    expect(chunksRequested(win)).to.deep.equal(['kap-intake-screen', 'kap-shared']);
  });

  it('keeps watching: widgets a page builder adds later load too, each kind once', async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<main></main>` }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(definedTags(win)).to.deep.equal([]);
    const section = win.document.createElement('section');
    section.innerHTML = '<div><kap-intake-screen></kap-intake-screen></div><kap-intake-screen></kap-intake-screen>';
    win.document.querySelector('main')!.append(section);
    await rendered(win, 'kap-intake-screen');
    win.document.body.insertAdjacentHTML('beforeend', '<kap-process-timeline></kap-process-timeline>');
    await rendered(win, 'kap-process-timeline');
    expect(chunksRequested(win)).to.deep.equal(['kap-intake-screen', 'kap-process-timeline', 'kap-shared']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('loads widgets inside a shadow root handed to window.kapWidgets.observe, and keeps watching it', async () => {
    const win = frameWindow(await openFrame({ html: `${LOADER}<div id="app"></div>` }));
    await until(() => Boolean(win.kapWidgets), 'the loader to start');
    const root = win.document.getElementById('app')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<kap-booking-request></kap-booking-request>';
    await win.kapWidgets!.observe(root);
    expect(win.customElements.get('kap-booking-request')).to.be.a('function');
    await rendered(win, 'kap-booking-request', root);
    root.append(win.document.createElement('kap-cost-estimator'));
    await rendered(win, 'kap-cost-estimator', root);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('gives widgets inside <kap-practice> its settings, whichever chunk arrives first', async () => {
    const win = frameWindow(
      await openFrame({
        html: `${LOADER}<kap-practice medicine-fee="five hundred"><kap-cost-estimator></kap-cost-estimator></kap-practice>`,
      }),
    );
    const widget = await rendered(win, 'kap-cost-estimator');
    // The provider's bad fee reaches the widget, so it was connected to its provider.
    await until(() => Boolean(widget.shadowRoot!.querySelector('[part~="error"]')), 'the settings panel');
    expect(widget.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('medicine-fee');
  });

  it('loaded twice, or beside the whole bundle, neither throws nor loads anything twice', async () => {
    const win = frameWindow(
      await openFrame({
        html: `${LOADER}<script type="module" src="/dist/kap-loader.js?second-copy"></script>
          <kap-cost-estimator></kap-cost-estimator>`,
      }),
    );
    await rendered(win, 'kap-cost-estimator');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunksRequested(win)).to.deep.equal(['kap-cost-estimator', 'kap-shared']);
    expect(win.pageErrors).to.deep.equal([]);

    const withBundle = frameWindow(
      await openFrame({
        html: `<script type="module" src="/dist/kap-widgets.js"></script>${LOADER}
          <kap-booking-request></kap-booking-request>`,
      }),
    );
    await rendered(withBundle, 'kap-booking-request');
    await withBundle.kapWidgets!.observe(withBundle.document);
    expect(chunksRequested(withBundle)).to.deep.equal([]);
    expect(withBundle.pageErrors).to.deep.equal([]);
  });
});
