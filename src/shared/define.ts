import { textsFor } from './localize.js';

/**
 * Registers an element once. A page may load the bundle twice (a module and a classic script,
 * or two plugins that each ship a copy): the second copy must neither throw nor replace the
 * first definition, so an existing registration always wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another copy may have won a race between get() and define(); that copy serves the tag.
    if (!customElements.get(tag)) throw error;
  }
}

/**
 * Registers a widget in a task of its own, after the one that evaluated the script bringing it:
 * on a phone, evaluating a chunk and upgrading and drawing its widgets would otherwise be one
 * task of well over 50 ms. Where a widget of the page speaks a language whose texts are on
 * their way (the loader fetches them beside the code), it is defined once they are here. Until
 * then the page's elements of that tag stay undefined, so the placeholder CSS for undefined
 * elements keeps their height; once defined they upgrade and draw in the same task, so no frame
 * shows one with no height. Widgets inside shadow roots are not looked at: they wait, defined,
 * for their texts as a widget whose language changes does.
 */
export function defineInOwnTask(tag: string, constructor: CustomElementConstructor): void {
  const define = () => defineElement(tag, constructor);
  setTimeout(() => {
    const arriving = [...document.querySelectorAll(tag)].map((element) => textsFor(element, tag)).filter((ready) => ready !== true);
    // Texts that arrive do so in the task that evaluated them: the definition takes the next.
    if (arriving.length === 0) define();
    else void Promise.all(arriving).then(() => setTimeout(define));
  });
}
