import { expect } from '@open-wc/testing';
import { GFE_SETTINGS } from '../helpers/gfe.js';
import { closeFrames, frameWindow, openFrame, settled, typeInto, until, useEveryControl, WIDGETS, type FrameWindow } from './helpers.js';

/**
 * demo/csp.html is served with `default-src 'self'; script-src 'self'; style-src 'self'`
 * (test/server/csp.mjs), like a careful practice's site. The page records every violation from
 * its first script on (demo/csp/violations.js); a visitor then uses every control of every
 * widget, and nothing may have been blocked.
 */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

type CspWindow = FrameWindow & { cspViolations: { directive: string; blocked: string; element: string }[] };

describe('under a strict Content-Security-Policy', function () {
  this.timeout(90_000);
  after(closeFrames);

  it('is really served with the strict policy', async () => {
    const response = await fetch('/demo/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('every widget works through all its interactions with nothing blocked', async () => {
    const iframe = await openFrame({ url: '/demo/csp.html' }, 390);
    const win = frameWindow(iframe) as CspWindow;
    await Promise.all(WIDGETS.map((tag) => win.customElements.whenDefined(tag)));
    await settled(win.document);
    // The booking form posts to the test runner's receiver (same origin); printing is the
    // browser's dialog, out of a headless test's reach.
    win.document.querySelector('kap-practice')!.setAttribute('booking-endpoint', `/test-api/booking/csp-${Date.now()}/ok`);
    win.print = () => undefined;
    const booking = win.document.querySelector('kap-booking-request') as HTMLElement & { minimumFillTime: number };
    booking.minimumFillTime = 0;

    for (const tag of WIDGETS) {
      const widget = win.document.querySelector<HTMLElement>(tag)!;
      await until(() => Boolean(widget.shadowRoot?.querySelector('[part~="base"]')), `<${tag}> rendered`);
      expect(await useEveryControl(widget, { answers: { state: 'WA' } }), `controls used in <${tag}>`).to.be.above(0);
    }
    const intake = win.document.querySelector<HTMLElement>('kap-intake-screen')!;
    await useEveryControl(intake, { choose: 'last' });

    // The visit went all the way: the request was sent, the self-check reached its crisis step.
    const part = (tag: string, name: string) => win.document.querySelector(tag)!.shadowRoot!.querySelector(`[part~="${name}"]`);
    await until(() => Boolean(part('kap-booking-request', 'success')), 'the booking request to be sent');
    expect(part('kap-intake-screen', 'crisis'), 'intake crisis resources').to.exist;

    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.document.getElementById('csp-status')!.textContent).to.contain('no violations');
  });

  it('issues a Good Faith Estimate and sends the practice its copy, with nothing blocked', async () => {
    const win = frameWindow(await openFrame({ url: '/demo/csp.html' }, 390)) as CspWindow;
    await win.customElements.whenDefined('kap-cost-estimator');
    const practice = win.document.querySelector('kap-practice')!;
    for (const [name, value] of Object.entries({
      ...GFE_SETTINGS,
      'booking-endpoint': `/test-api/booking/csp-gfe-${Date.now()}/ok`,
    })) {
      practice.setAttribute(name, value);
    }
    const root = win.document.querySelector('kap-cost-estimator')!.shadowRoot!;
    await until(() => Boolean(root.querySelector('[part~="gfe-open"]')), 'the GFE offered');
    root.querySelector<HTMLButtonElement>('[part~="gfe-open"]')!.click();
    await until(() => Boolean(root.querySelector('[part~="gfe-form"]')), 'the GFE form loaded');
    for (const [id, value] of [['gfe-name', 'Ana Flores'], ['gfe-month', '3'], ['gfe-day', '27'], ['gfe-year', '1985']]) {
      typeInto(root.getElementById(id!) as HTMLInputElement, value!);
    }
    await settled(win.document);
    root.querySelector<HTMLFormElement>('[part~="gfe-form"]')!.requestSubmit();
    await until(() => Boolean(root.querySelector('[part~="gfe-delivery"]')?.textContent?.includes('has received')), 'the copy sent');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('does count a violation when one happens, so the silence above means something', async () => {
    const win = frameWindow(await openFrame({ url: '/demo/csp.html' })) as CspWindow;
    const before = win.cspViolations.length;
    const blocked = win.document.createElement('script');
    blocked.textContent = 'window.inlineRan = true';
    win.document.body.append(blocked);
    await until(() => win.cspViolations.length > before, 'the violation to be recorded');
    expect(win.cspViolations.map((violation) => violation.directive)).to.include('script-src-elem');
    expect((win as CspWindow & { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  });
});
