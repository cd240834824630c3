import { expect, fixture, html } from '@open-wc/testing';
import { TAGS } from './helpers/tags.js';

// The built single-script bundles, loaded as a therapist's page would (npm test builds first).
const MODULE = '/dist/kap-widgets.js';
const CLASSIC = '/dist/kap-widgets.iife.js';

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run npm run build first`));
    document.head.append(script);
  });
}

/** Once the tasks the bundles queued to define their widgets have run. */
const afterTasks = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the single-script bundle', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('registers every element from the module build: the provider at once, each widget in a task of its own', async () => {
    await import(/* @vite-ignore */ MODULE);
    expect(customElements.get('kap-practice')).to.be.a('function');
    const widgets = TAGS.filter((tag) => tag !== 'kap-practice');
    expect(widgets.filter((tag) => customElements.get(tag)), 'defined in the task that evaluated the bundle').to.deep.equal([]);
    await afterTasks();
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('loaded again, as a second module copy and as the classic script, neither throws nor redefines', async () => {
    const first = TAGS.map((tag) => customElements.get(tag));
    await import(/* @vite-ignore */ `${MODULE}?second-copy`);
    await loadClassic(CLASSIC);
    await loadClassic(`${CLASSIC}?third-copy`);
    await afterTasks();
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);
  });

  it('still renders widgets after the second copy', async () => {
    const el = await fixture(html`<kap-practice><kap-cost-estimator></kap-cost-estimator></kap-practice>`);
    const widget = el.querySelector('kap-cost-estimator')!;
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(widget.shadowRoot!.querySelector('[part~="base"]')).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('contains no eval and no Function constructor, so strict CSP pages work', async () => {
    for (const file of [MODULE, CLASSIC]) {
      const source = await (await fetch(file)).text();
      expect(source, file).not.to.match(/\bFunction\(|\beval\(/);
    }
  });
});
