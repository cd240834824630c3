import { expect, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { inLang as inLangOf } from '../../../test/helpers/lang.js';
import type { YesNoUnsure } from '../../core/screening/index.js';
import type { KapIntakeScreen, ScreenStep } from './kap-intake-screen.js';

/**
 * The self-screen's test harness, used by its English and its Spanish tests: reaching into its
 * shadow root, and moving through it as a tap would, answer by answer or a whole screen at once.
 */
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

/** The answers a visitor gives, by step; unanswered health questions are "no". */
export interface Plan {
  phq9: number[];
  functional?: number;
  gad7: number[];
  history?: YesNoUnsure;
  health?: Record<string, YesNoUnsure>;
}

/** Answers the step on screen; which step it is comes from its radios, not from its (translated) title. */
export async function answerStep(el: KapIntakeScreen, plan: Plan): Promise<void> {
  const names = [...new Set($$<HTMLInputElement>(el, 'input[type="radio"]').map((input) => input.name))];
  for (const name of names) {
    const [, instrument, item] = /^(phq9|gad7)-(\d)$/.exec(name) ?? [];
    if (instrument) await choose(el, name, plan[instrument as 'phq9' | 'gad7'][Number(item) - 1]!);
    else if (name === 'functional') {
      if (plan.functional !== undefined) await choose(el, name, plan.functional);
    } else if (name.startsWith('history-')) await choose(el, name, plan.history ?? 'yes');
    else await choose(el, name, plan.health?.[name.replace(/^health-/, '')] ?? 'no');
  }
}

/** Taps through a whole screen, handing each step's view to `look` before and after it is answered. */
export async function complete(el: KapIntakeScreen, plan: Plan, look: (where: string) => Promise<void> | void = () => {}) {
  await look('introduction');
  expect(await forward(el)).to.equal('phq9');
  for (const next of ['gad7', 'treatment-history', 'health-and-safety', 'results']) {
    await look(`before answering, then ${next}`);
    await answerStep(el, plan);
    await look(`answered, then ${next}`);
    expect(await forward(el)).to.equal(next);
  }
  await look('results');
}

/** The self-check in a part of the page marked with `lang`. */
export const inLang = (lang: string, template: TemplateResult = html`<kap-intake-screen></kap-intake-screen>`) =>
  inLangOf<KapIntakeScreen>(lang, template);
