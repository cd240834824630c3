import { expect } from '@open-wc/testing';
import { deepQueryAll, settled, until, useEveryControl, WIDGETS } from './helpers.js';

/**
 * Page builders and single-page apps take widgets out and put them back all the time. Each
 * widget is removed and re-added 100 times: it renders every time, leaves no listener behind
 * on the window, the document or a media query, and then behaves exactly like a widget that
 * was mounted once (a listener added twice would answer twice).
 */
const CYCLES = 100;
/** The built bundle, as a page loads it (npm test builds first). */
const BUNDLE = '/dist/kap-widgets.js';

/** Listeners alive on the page's shared targets, added by anyone after this file loaded. */
const live = new Map<EventTarget, Map<string, Set<EventListenerOrEventListenerObject>>>();
const shared = (target: EventTarget) => target === window || target === document || target === document.documentElement || target instanceof MediaQueryList;
const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type, listener, options) {
  if (listener && shared(this) && !(typeof options === 'object' && options.once)) {
    const byType = live.get(this) ?? new Map<string, Set<EventListenerOrEventListenerObject>>();
    live.set(this, byType);
    const key = `${type}:${capture(options)}`;
    byType.set(key, (byType.get(key) ?? new Set()).add(listener));
  }
  add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  if (listener) live.get(this)?.get(`${type}:${capture(options)}`)?.delete(listener);
  remove.call(this, type, listener, options);
};
const liveCount = () => [...live.values()].flatMap((byType) => [...byType.values()]).reduce((total, set) => total + set.size, 0);

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

/** The kap-* events a widget fires while a visitor uses every control, in order. */
async function eventsOfAVisit(widget: HTMLElement): Promise<string[]> {
  const fired: string[] = [];
  const types = ['kap-phase-toggle', 'kap-estimate-change', 'kap-booking-submit', 'kap-booking-success', 'kap-booking-error', 'kap-screen-step', 'kap-screen-complete', 'kap-crisis-shown'];
  const record = (event: Event) => fired.push(event.type);
  for (const type of types) widget.addEventListener(type, record);
  await useEveryControl(widget, { rounds: 2, answers: { state: 'WA' } });
  // A booking request sent during the visit ends in success or an error: wait for it.
  if (fired.includes('kap-booking-submit')) {
    await until(() => fired.includes('kap-booking-success') || fired.includes('kap-booking-error'), 'the booking request to end');
  }
  for (const type of types) widget.removeEventListener(type, record);
  return fired;
}

/** Parts a widget shows, by name, so two widgets can be compared whatever their random ids. */
const partsShown = (widget: HTMLElement) =>
  deepQueryAll(widget.shadowRoot!, '[part]')
    .map((element) => element.getAttribute('part'))
    .join(' ');

function configure(widget: HTMLElement): void {
  if (widget.localName === 'kap-booking-request') {
    widget.setAttribute('booking-endpoint', `/test-api/booking/remount-${Date.now()}-${Math.random()}/ok`);
    (widget as HTMLElement & { minimumFillTime: number }).minimumFillTime = 0;
  }
}

describe('remounting', function () {
  this.timeout(120_000);
  let stage: HTMLElement;

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
    window.print = () => undefined;
    stage = document.createElement('main');
    document.body.append(stage);
  });

  for (const tag of WIDGETS) {
    it(`<${tag}> removed and re-added ${CYCLES} times works every time and leaves nothing behind`, async () => {
      const before = liveCount();
      const remounted = document.createElement(tag);
      configure(remounted);
      stage.append(remounted);
      await settled(stage);
      const whileMounted = liveCount();
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        remounted.remove();
        stage.append(remounted);
        await (remounted as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(remounted.shadowRoot!.querySelector('[part~="base"]'), `rendered after remount ${cycle}`).to.exist;
        expect(remounted.shadowRoot!.querySelector('[part~="error"]'), `settings panel after remount ${cycle}`).to.equal(null);
      }
      expect(liveCount(), 'page listeners while mounted, after the remounts').to.equal(whileMounted);

      const fresh = document.createElement(tag);
      configure(fresh);
      stage.append(fresh);
      await settled(stage);
      const expected = await eventsOfAVisit(fresh);
      expect(expected, 'a visit fires events').not.to.be.empty;
      const actual = await eventsOfAVisit(remounted);
      expect(actual, 'events of a visit, after the remounts').to.deep.equal(expected);
      expect(partsShown(remounted), 'what the visit leads to').to.equal(partsShown(fresh));

      remounted.remove();
      fresh.remove();
      await settled(stage);
      expect(liveCount(), 'page listeners once the widgets are gone').to.equal(before);
      expect(errors).to.deep.equal([]);
    });
  }
});
