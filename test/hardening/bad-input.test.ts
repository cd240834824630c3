import { expect } from '@open-wc/testing';
import { closeFrames, deepQueryAll, frameWindow, openFrame, settled, typeInto, WIDGETS, type FrameWindow } from './helpers.js';

/**
 * Whatever a therapist pastes into an attribute and whatever a visitor types into a field,
 * nothing runs: every payload below calls a trap if it ever executes, and the trap must stay
 * untouched. Widgets never go blank, and a URL setting with any scheme but http(s) (or mailto:
 * and tel: where a link makes sense) is refused with the settings panel.
 */
const TRAP = '__kapTrap';
const PAYLOADS: Record<string, string> = {
  'img onerror': `<img src=x onerror="window.${TRAP}('img')">`,
  'script breakout': `"><script>window.${TRAP}('script')</script>`,
  'svg onload': `'><svg onload=window.${TRAP}('svg')>`,
  'javascript: URL': `javascript:window.${TRAP}('javascript')`,
  'javascript: URL, disguised': ` \tJaVa\nScRiPt:window.${TRAP}('disguised')`,
  'data: URL': `data:text/html,<script>window.${TRAP}('data')</script>`,
  'template syntax': `\${window.${TRAP}('template')}{{constructor.constructor('window.${TRAP}(1)')()}}`,
  'RTL override': '\u202Egpj.exe\u202C \u2066isolated\u2069 \u200Fmark',
  '10,000 characters': 'A'.repeat(10_000),
  emoji: '🧠💊 👩🏽‍⚕️ 🏳️‍🌈',
  NUL: 'before\u0000after',
  'lone surrogate': 'x\uD800y',
  'huge number': '1e309',
};

/** Payloads that are URLs of a scheme no setting may hold. */
const BAD_SCHEMES = [
  PAYLOADS['javascript: URL']!,
  PAYLOADS['javascript: URL, disguised']!,
  PAYLOADS['data: URL']!,
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/form',
];

const PRACTICE_ATTRIBUTES = [
  'practice-name', 'currency', 'locale', 'medicine-fee', 'medicine-minutes', 'session-fee', 'session-minutes',
  'preparation-sessions', 'medicine-sessions', 'weeks', 'integration-per-medicine', 'service-area',
  'booking-endpoint', 'contact-email', 'contact-phone', 'privacy-policy-url', 'timezone',
];
const WIDGET_ATTRIBUTES: Record<(typeof WIDGETS)[number], string[]> = {
  'kap-process-timeline': ['start-date', 'date-picker', 'current-phase', 'session-days', 'session-time', 'timezone', 'closed-dates'],
  'kap-cost-estimator': ['gfe-url'],
  'kap-booking-request': ['reply-days'],
  'kap-intake-screen': ['booking-url', 'share-results-with-page'],
};
/** Attributes every element has that a widget reads. */
const COMMON_ATTRIBUTES = ['theme', 'lang'];
/** URL settings, and where each is accepted. */
const URL_SETTINGS: [string, (typeof WIDGETS)[number][]][] = [
  ['booking-endpoint', [...WIDGETS]],
  ['privacy-policy-url', [...WIDGETS]],
  ['gfe-url', ['kap-cost-estimator']],
  ['booking-url', ['kap-intake-screen']],
];

type TrapWindow = FrameWindow & { [TRAP]: (what: string) => void };

const PAGE = `<script type="module" src="/dist/kap-widgets.js"></script>
  <kap-practice>${WIDGETS.map((tag) => `<${tag}></${tag}>`).join('')}</kap-practice>`;

async function openPage(): Promise<{ win: TrapWindow; trapped: string[] }> {
  const win = frameWindow(await openFrame({ html: PAGE })) as TrapWindow;
  const trapped: string[] = [];
  win[TRAP] = (what) => trapped.push(what);
  await Promise.all(WIDGETS.map((tag) => win.customElements.whenDefined(tag)));
  await settled(win.document);
  return { win, trapped };
}

const widget = (win: Window, tag: string) => win.document.querySelector<HTMLElement>(tag)!;

/**
 * What must hold after any payload: the trap untouched, no element carrying an event-handler
 * attribute or a script URL inside any widget (Lit renders neither on its own), no uncaught
 * error, and every widget showing either itself or its settings panel, never nothing.
 */
function expectUnharmed(win: TrapWindow, trapped: string[], context: string): void {
  expect(trapped, `${context}: the trap was called`).to.deep.equal([]);
  for (const tag of WIDGETS) {
    const root = widget(win, tag).shadowRoot!;
    for (const element of deepQueryAll(root, '*')) {
      for (const { name, value } of element.attributes) {
        const script = /^(javascript|data|vbscript):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''));
        if (name.startsWith('on') || (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && script)) {
          expect.fail(`${context}: <${tag}> renders <${element.localName} ${name}="${value.slice(0, 60)}">`);
        }
      }
    }
    expect(root.querySelector('[part~="base"], [part~="error"]'), `${context}: <${tag}> shows nothing`).to.exist;
    expect(widget(win, tag).getBoundingClientRect().height, `${context}: <${tag}> has no height`).to.be.above(0);
  }
  expect(win.pageErrors, `${context}: uncaught errors`).to.deep.equal([]);
}

const panelText = (win: Window, tag: string) => widget(win, tag).shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';

describe('bad input', function () {
  this.timeout(120_000);
  afterEach(closeFrames);

  it('would be caught: the same payload put into the page itself calls the trap', async () => {
    const { win, trapped } = await openPage();
    // An image that fails without a request: the corpus's src=x would ask the server for /x.
    win.document.body.insertAdjacentHTML('beforeend', PAYLOADS['img onerror']!.replace('src=x', 'src="data:,"'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(trapped).to.deep.equal(['img']);
  });

  it('in every attribute, runs nothing and leaves no widget blank', async () => {
    const { win, trapped } = await openPage();
    const practice = win.document.querySelector('kap-practice')!;
    const slots: [Element, string][] = [
      ...PRACTICE_ATTRIBUTES.map((name): [Element, string] => [practice, name]),
      ...WIDGETS.flatMap((tag) => [...WIDGET_ATTRIBUTES[tag], ...PRACTICE_ATTRIBUTES.slice(0, 1), ...COMMON_ATTRIBUTES].map((name): [Element, string] => [widget(win, tag), name])),
    ];
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      for (const [element, attribute] of slots) {
        element.setAttribute(attribute, payload);
        await settled(win.document);
        expectUnharmed(win, trapped, `${name} in <${element.localName} ${attribute}>`);
        element.removeAttribute(attribute);
      }
    }
    await settled(win.document);
    for (const tag of WIDGETS) expect(panelText(win, tag), `<${tag}> after the corpus`).to.equal('');
  });

  it('refuses any URL setting that is not http(s), mailto: or tel:, with the settings panel', async () => {
    const { win, trapped } = await openPage();
    for (const [attribute, tags] of URL_SETTINGS) {
      for (const tag of tags) {
        const element = widget(win, tag);
        for (const payload of BAD_SCHEMES) {
          element.setAttribute(attribute, payload);
          await settled(win.document);
          expect(panelText(win, tag), `<${tag} ${attribute}="${payload}">`).to.contain(attribute);
          expectUnharmed(win, trapped, `<${tag} ${attribute}="${payload}">`);
        }
        element.setAttribute(attribute, 'https://example.com/form');
        await settled(win.document);
        expect(panelText(win, tag), `<${tag} ${attribute}="https://example.com/form">`).to.equal('');
        element.removeAttribute(attribute);
      }
    }
    // Set once on the provider, a bad practice URL is shown by every widget that relies on it.
    const practice = win.document.querySelector('kap-practice')!;
    for (const attribute of ['booking-endpoint', 'privacy-policy-url']) {
      for (const payload of BAD_SCHEMES) {
        practice.setAttribute(attribute, payload);
        await settled(win.document);
        for (const tag of WIDGETS) expect(panelText(win, tag), `<kap-practice ${attribute}="${payload}"> in <${tag}>`).to.contain(attribute);
        expectUnharmed(win, trapped, `<kap-practice ${attribute}="${payload}">`);
      }
      practice.removeAttribute(attribute);
    }
  });

  it('typed into every field and sent, runs nothing and comes back as plain text', async () => {
    const sentNames: string[] = [];
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      const { win, trapped } = await openPage();
      win.document.querySelector('kap-practice')!.setAttribute('booking-endpoint', `/test-api/booking/bad-input-${Date.now()}/ok`);
      const booking = widget(win, 'kap-booking-request') as HTMLElement & { minimumFillTime: number };
      booking.minimumFillTime = 0;
      win.print = () => undefined;
      // A request that goes out ends in success or an error; wait for that, not for a guess.
      let sending: Promise<unknown> | undefined;
      booking.addEventListener('kap-booking-submit', () => {
        sending = new Promise((resolve) => {
          booking.addEventListener('kap-booking-success', resolve, { once: true });
          booking.addEventListener('kap-booking-error', resolve, { once: true });
        });
      });
      for (const tag of WIDGETS) {
        const root = widget(win, tag).shadowRoot!;
        const fields = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(root, 'input, textarea').filter(
          (field) => !['checkbox', 'radio', 'hidden', 'submit', 'button'].includes(field.type) && field.name !== '_gotcha',
        );
        // Fields that only take an address or a number get a valid one, so the request can go
        // out and its success page echo what was typed; the rest get the payload.
        const valid: Record<string, string> = { email: 'visitor@example.com', tel: '206-555-0100' };
        for (const field of fields) typeInto(field, valid[field.type] ?? payload);
        const state = root.querySelector<HTMLSelectElement>('select[name="state"]');
        if (state) typeInto(state, 'WA');
        root.querySelector<HTMLInputElement>('input[name="consent"]:not(:checked)')?.click();
        await settled(win.document);
        for (const button of deepQueryAll<HTMLButtonElement>(root, '[part~="submit"], [part~="next-button"], [part~="print-button"]')) button.click();
        await settled(win.document);
        await sending;
        await settled(win.document);
        expectUnharmed(win, trapped, `${name} typed into <${tag}>`);
      }
      // Sent, the name comes back on the success page as the text the visitor typed.
      const success = booking.shadowRoot!.querySelector('[part~="success"]');
      if (success) sentNames.push(name);
      // (A one-line field drops line breaks, so spaces are left out of the comparison.)
      const squash = (text: string) => text.replace(/\s+/g, '');
      if (success && payload.length <= 100) expect(squash(success.textContent ?? ''), name).to.contain(squash(payload).slice(0, 20));
      closeFrames();
    }
    // The markup payloads are names a person could type, so they went all the way.
    expect(sentNames).to.include.members(['img onerror', 'script breakout', 'svg onload', 'emoji']);
  });
});
