import { expect, oneEvent } from '@open-wc/testing';
import type { KapIntakeScreen, ScreenStep } from './kap-intake-screen.js';

/** What the self-screen's tests share: reaching into its shadow root and moving through it as a tap would. */
export const shadow = (el: KapIntakeScreen) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: KapIntakeScreen, selector: string) =>
  shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: KapIntakeScreen, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
export const checked = (el: KapIntakeScreen) =>
  $$<HTMLInputElement>(el, 'input[type="radio"]:checked').map((input) => `${input.name}=${input.value}`);

/** Chooses one answer the way a tap does. */
export async function choose(el: KapIntakeScreen, name: string, value: string | number): Promise<void> {
  const input = $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`);
  expect(input, `${name}=${value}`).to.exist;
  input!.click();
  await el.updateComplete;
}

/** Presses a step's forward button and resolves with the step the screen moved to. */
export async function forward(el: KapIntakeScreen): Promise<ScreenStep> {
  const moved = oneEvent(el, 'kap-screen-step');
  $(el, '[part~="next-button"]')!.click();
  return (await moved).detail.step;
}
