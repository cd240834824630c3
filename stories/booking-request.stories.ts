import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KapBookingRequest } from '../src/components/booking-request/kap-booking-request.js';
import '../src/components/booking-request/define.js';
// Its Spanish too, so a story in a Spanish locale reads as on a page with the bundle.
import '../src/components/booking-request/messages.es.js';

/*
 * Every state is reached the way a visitor reaches it: the play functions type into the real
 * fields and press the real button. Storybook has no booking receiver, so the states that need
 * one use addresses that fail or hang on purpose, or the page-handles-it mode.
 */

interface Args {
  bookingEndpoint?: string;
  contactEmail?: string;
  contactPhone?: string;
  privacyPolicyUrl?: string;
  serviceArea?: string;
  replyDays?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Widgets/Booking request',
  component: 'kap-booking-request',
  args: {
    contactEmail: 'hello@example.com',
    contactPhone: '206-555-0100',
    privacyPolicyUrl: 'https://example.com/privacy',
  },
  render: (args) => html`
    <kap-booking-request
      booking-endpoint=${ifDefined(args.bookingEndpoint)}
      contact-email=${ifDefined(args.contactEmail)}
      contact-phone=${ifDefined(args.contactPhone)}
      privacy-policy-url=${ifDefined(args.privacyPolicyUrl)}
      service-area=${ifDefined(args.serviceArea)}
      reply-days=${ifDefined(args.replyDays)}
      theme=${ifDefined(args.theme)}
      .minimumFillTime=${0}
      .retryDelay=${50}
    ></kap-booking-request>
  `,
};
export default meta;

type Story = StoryObj<Args>;

function bookingIn(canvas: HTMLElement): KapBookingRequest {
  const el = canvas.querySelector('kap-booking-request');
  if (!el) throw new Error('kap-booking-request is missing from the story');
  return el;
}

/** Sets a control as typing or ticking would, so the element hears an input event. */
function enter(el: KapBookingRequest, selector: string, value: string | boolean): void {
  const control = el.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!control) throw new Error(`${selector} is missing from the form`);
  if (typeof value === 'boolean' && control instanceof HTMLInputElement) control.checked = value;
  else control.value = String(value);
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fill(el: KapBookingRequest, state = 'WA'): Promise<void> {
  await el.updateComplete;
  enter(el, '#name', 'Ada Lovelace');
  enter(el, '#email', 'ada@example.com');
  enter(el, '#phone', '206-555-0142');
  enter(el, '#state', state);
  enter(el, '[value="tue-morning"]', true);
  enter(el, '[value="thu-evening"]', true);
  enter(el, '#message', 'Is there parking near the office?');
  enter(el, '#consent', true);
  await el.updateComplete;
}

async function send(el: KapBookingRequest): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
  await el.updateComplete;
}

/** The form as a visitor first sees it. */
export const Empty: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example' },
};

/** Everything filled in, ready to send. */
export const Filled: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example' },
  play: async ({ canvasElement }) => fill(bookingIn(canvasElement)),
};

/** Sent empty: each field says what it needs, the status sums up, focus goes to the first. */
export const FieldErrors: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example' },
  play: async ({ canvasElement }) => send(bookingIn(canvasElement)),
};

/**
 * Waiting for the server: the button shows progress and cannot be pressed twice. Storybook
 * has no server that stays silent, so this story holds requests to its endpoint open until
 * the widget gives up; nothing leaves the machine.
 */
export const Sending: Story = {
  args: { bookingEndpoint: 'https://forms.example/never-answers' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).includes('/never-answers')
        ? new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          )
        : original(input, init);
    return () => {
      window.fetch = original;
    };
  },
  play: async ({ canvasElement }) => {
    const el = bookingIn(canvasElement);
    el.requestTimeout = 600_000;
    await fill(el);
    await send(el);
  },
};

/** The server can't be reached: everything stays, the status says so in plain words, "Try again". */
export const FailedWithTryAgain: Story = {
  args: { bookingEndpoint: 'http://127.0.0.1:9/booking' },
  play: async ({ canvasElement }) => {
    const el = bookingIn(canvasElement);
    await fill(el);
    const failed = new Promise((resolve) => el.addEventListener('kap-booking-error', resolve, { once: true }));
    await send(el);
    await failed;
  },
};

/** Offline: the form says so and sends by itself when the connection returns. */
export const Offline: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example' },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      Reflect.deleteProperty(navigator, 'onLine');
    };
  },
  play: async ({ canvasElement }) => {
    const el = bookingIn(canvasElement);
    await fill(el);
    await send(el);
  },
};

/** Delivered: what happens next, and a reference number. (Here the page takes the request.) */
export const Success: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example', replyDays: '2' },
  play: async ({ canvasElement }) => {
    const el = bookingIn(canvasElement);
    el.addEventListener('kap-booking-submit', (event) => event.preventDefault());
    await fill(el);
    await send(el);
  },
};

/** No endpoint: the button hands a prefilled email to the visitor's email app. */
export const MailtoMode: Story = {
  args: { bookingEndpoint: undefined },
  play: async ({ canvasElement }) => fill(bookingIn(canvasElement)),
};

/** After "Continue in my email app": the step that remains, and the link to open it again. */
export const MailtoSent: Story = {
  args: { bookingEndpoint: undefined },
  play: async ({ canvasElement }) => {
    const el = bookingIn(canvasElement);
    el.openUrl = () => undefined;
    await fill(el);
    await send(el);
  },
};

/** Someone from Oregon: treatment is for Washington residents, a question can still be sent. */
export const OutOfArea: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example', serviceArea: 'WA' },
  play: async ({ canvasElement }) => fill(bookingIn(canvasElement), 'OR'),
};

/** A wrong widget setting: the panel names it, the value and what is accepted. */
export const SettingsError: Story = {
  args: { replyDays: 'soon' },
};

/** The dark theme, with field errors shown. */
export const Dark: Story = {
  args: { bookingEndpoint: 'https://formspree.io/f/example', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0e1416;padding:16px">${story()}</div>`],
  play: async ({ canvasElement }) => send(bookingIn(canvasElement)),
};
