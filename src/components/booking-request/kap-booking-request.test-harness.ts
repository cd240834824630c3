import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KapBookingRequest } from './kap-booking-request.js';

/**
 * The booking request's test harness, used by its English and its Spanish tests: its controls,
 * typing and pressing keys as a visitor does, and reading what it shows.
 */
export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the form`);
  return found;
};
export const query = (el: Element, selector: string) => root(el).querySelector(selector);
export const input = (el: Element, selector: string) => $<HTMLInputElement>(el, selector);
export const focused = (el: Element) => root(el).activeElement;
export const statusText = (el: Element) => $(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();
export const submitText = (el: Element) => $(el, '[part="submit"]').textContent!.trim();
export const labelText = (el: Element, selector: string) => input(el, selector).labels![0]!.textContent!.replace(/\s+/g, ' ').trim();

/** Types with real keystrokes (accents and "¿" included) into the control. */
export async function typeInto(el: KapBookingRequest, selector: string, text: string): Promise<void> {
  $(el, selector).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Ticks or picks the control with the keyboard, as a visitor would. */
export async function press(el: KapBookingRequest, selector: string, key = 'Space'): Promise<void> {
  $(el, selector).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * How long a test waits for what the form's rules decide the first time: they are a module of
 * their own (core/booking-checks.ts), fetched when the visitor first reaches into the form,
 * and the test server compiles zod's modules on that first request.
 */
export const RULES_ARRIVE = { timeout: 5_000 };

/** Who fills the form in, unless a test says otherwise. */
const VISITOR = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** The least a valid request needs, typed with real keystrokes. */
export async function fillRequired(el: KapBookingRequest, state = 'Washington', visitor = VISITOR): Promise<void> {
  await typeInto(el, '#name', visitor.name);
  await typeInto(el, '#email', visitor.email);
  await typeInto(el, '#state', state);
  await press(el, '#consent');
}

/** Sets a value the keyboard can't type quickly (a long message, a state by its code), as an input event would. */
export async function setValue(el: KapBookingRequest, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function submitByKeyboard(el: KapBookingRequest): Promise<void> {
  await press(el, '[part="submit"]', 'Enter');
}

export async function clickSubmit(el: KapBookingRequest): Promise<void> {
  const button = $(el, '[part="submit"]');
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** The subject and body of a mailto: link, as the visitor's email app shows them. */
export function mailtoParts(href: string): { subject: string; body: string } {
  const params = new URLSearchParams(new URL(href).search.replace(/\+/g, '%2B'));
  return { subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}
