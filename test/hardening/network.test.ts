import { expect } from '@open-wc/testing';
import { closeFrames, frameWindow, openFrame, settled, until, useEveryControl, WIDGETS } from './helpers.js';

/**
 * The privacy promise, checked on the wire: a whole visit to the demo site (demo/index.html,
 * the built bundle, every control of every widget, a booking request sent) asks only the
 * site's own server for files, and sends exactly one request elsewhere than a file: the
 * booking request, to the practice's endpoint, when the visitor presses Send. No fonts, no
 * analytics, no third party. Resource Timing lists every request a page makes, failed and
 * cross-origin ones included, so nothing can slip past it.
 */
describe('network audit of a whole demo visit', function () {
  this.timeout(90_000);
  after(closeFrames);

  it('requests only same-origin files, and the booking endpoint once, on submit', async () => {
    const win = frameWindow(await openFrame({ url: '/demo/index.html' }, 390));
    await Promise.all(WIDGETS.map((tag) => win.customElements.whenDefined(tag)));
    await settled(win.document);
    // The test runner's dev server adds its own reload socket script to every page it serves.
    const requested = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => !url.pathname.startsWith('/__web-dev-server__'));

    const onLoad = requested();
    expect(onLoad.map((url) => url.pathname)).to.include('/dist/kap-widgets.js');
    for (const url of onLoad) {
      expect(url.origin, url.href).to.equal(location.origin);
      expect(url.pathname, 'only the site\'s files before anything is sent').to.match(/^\/(demo|dist)\//);
    }

    // The demo points its form at scripts/serve.mjs's /api/booking; here the test runner's
    // receiver plays the practice's endpoint, so what arrived can be read back.
    const session = `network-${Date.now()}`;
    const endpoint = `/test-api/booking/${session}/ok`;
    win.document.querySelector('kap-practice')!.setAttribute('booking-endpoint', endpoint);
    win.print = () => undefined;
    (win.document.querySelector('kap-booking-request') as HTMLElement & { minimumFillTime: number }).minimumFillTime = 0;
    for (const tag of ['kap-process-timeline', 'kap-cost-estimator', 'kap-intake-screen']) {
      await useEveryControl(win.document.querySelector<HTMLElement>(tag)!);
    }
    expect(requested().length, 'using the timeline, estimator and self-check sends nothing').to.equal(onLoad.length);

    const booking = win.document.querySelector<HTMLElement>('kap-booking-request')!;
    await useEveryControl(booking, { answers: { state: 'WA', name: 'Network Audit' } });
    await until(() => Boolean(booking.shadowRoot!.querySelector('[part~="success"]')), 'the booking request to be sent');
    const afterVisit = requested();
    for (const url of afterVisit) expect(url.origin, url.href).to.equal(location.origin);
    const sent = afterVisit.slice(onLoad.length).map((url) => url.pathname + url.search);
    expect(sent).to.deep.equal([endpoint]);

    const log = (await (await fetch(`/test-api/booking/${session}/log`)).json()) as { delivered: { name: string }[] };
    expect(log.delivered.map((request) => request.name)).to.deep.equal(['Network Audit']);
  });
});
