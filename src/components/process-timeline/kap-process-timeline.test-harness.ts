import type { TemplateResult } from 'lit';
import { inLang as inLangOf } from '../../../test/helpers/lang.js';
import type { KapProcessTimeline } from './kap-process-timeline.js';

/**
 * The timeline's test harness, used by its English and its Spanish tests: its parts, its phase
 * toggles and the regions they open, and reading what it shows.
 */
export const root = (el: Element) => el.shadowRoot!;
export const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const part = (el: Element, name: string) => parts(el, name)[0];
export const toggles = (el: Element) => parts(el, 'phase-toggle') as HTMLButtonElement[];
export const regionOf = (el: Element, button: HTMLButtonElement) => root(el).getElementById(button.getAttribute('aria-controls')!)!;

/** The text a visitor sees in a node, as laid out (hidden text left out). */
export const visibleTextOf = (node: Element | undefined) => (node as HTMLElement | undefined)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
/** All the text in a node, hidden text too, spaces squashed. */
export const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Opens every phase the way a visitor does, one click each. */
export async function openEveryPhase(el: KapProcessTimeline) {
  for (const toggle of toggles(el)) toggle.click();
  await el.updateComplete;
}

/** The process timeline in a part of the page marked with `lang`. */
export const inLang = (lang: string, template: TemplateResult) => inLangOf<KapProcessTimeline>(lang, template);

/** Everything a visitor reads or hears: each text node (hidden phase bodies too) and the labels. */
export function userFacingText(el: Element): string {
  const shadow = root(el);
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  const attributes = [...shadow.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'].map((name) => node.getAttribute(name) ?? ''),
  );
  // Joined with spaces: neighbouring elements' words must not run together into one.
  return [...texts, ...attributes].join(' ').replace(/\s+/g, ' ');
}
