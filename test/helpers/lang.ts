import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * A widget in a part of the page marked with `lang`. The element itself is the fixture: a
 * plain wrapper would make the fixture wait for an animation frame, which a background tab on
 * a busy machine may not draw for a long time.
 */
export async function inLang<E extends HTMLElement>(lang: string, template: TemplateResult): Promise<{ section: HTMLElement; el: E }> {
  const section = document.createElement('div');
  section.lang = lang;
  const el = await fixture<E>(template, { parentNode: section });
  return { section, el };
}
