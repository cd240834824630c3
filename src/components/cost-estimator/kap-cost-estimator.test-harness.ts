import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { inLang as inLangOf } from '../../../test/helpers/lang.js';
import type { KapCostEstimator } from './kap-cost-estimator.js';

/**
 * The cost estimator's test harness, used by its English and its Spanish tests: its parts and
 * fields as a visitor finds them (by their words), typing into them, and reading what it shows.
 */
export const root = (el: Element) => el.shadowRoot!;
export const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const totalText = (el: Element) => part(el, 'total')!.querySelector('.total-amount')!.textContent!.trim();
export const visibleText = (el: Element) => (part(el, 'base') as HTMLElement).innerText;

/** The field a visitor finds by its label's words. */
export function field(el: Element, label: string): HTMLInputElement {
  const match = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
  expect(match, `label "${label}"`).to.exist;
  return root(el).getElementById(match!.htmlFor) as HTMLInputElement;
}

/** The note under a field (a correction, a reading of what was typed). */
export const noteOf = (el: Element, input: HTMLInputElement) => root(el).getElementById(`${input.id}-note`)!.textContent!.trim();

/** Replaces a field's text the way a visitor does: select it, then type. */
export async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await ((input.getRootNode() as ShadowRoot).host as KapCostEstimator).updateComplete;
}

/** Opens the out-of-network benefits with the keyboard. */
export async function openBenefits(el: KapCostEstimator) {
  part(el, 'benefits-toggle')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** The cost estimator in a part of the page marked with `lang`. */
export const inLang = (lang: string, template: TemplateResult = html`<kap-cost-estimator></kap-cost-estimator>`) => inLangOf<KapCostEstimator>(lang, template);

/** Everything a visitor reads or hears: text (printed parts too), labels, titles and the email subject. */
export function userFacingText(el: Element): string {
  const shadow = root(el);
  const attributes = [...shadow.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-valuetext]')].flatMap(
    (node) => ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? ''),
  );
  const subjects = [...shadow.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].map(
    (link) => new URL(link.href).searchParams.get('subject') ?? '',
  );
  return [shadow.textContent ?? '', ...attributes, ...subjects].join('\n').replace(/\s+/g, ' ');
}
