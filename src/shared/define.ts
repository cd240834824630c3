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
