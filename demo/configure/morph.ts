/**
 * Brings an element's children in line with new markup, keeping every element that stays.
 * The preview changes on each keystroke; rebuilding it would reset what someone did in a
 * widget (an open phase, a half-typed estimate), make it log its settings problems again
 * and make the page flash.
 */
export function morph(target: Element, markup: string): void {
  const template = target.ownerDocument.createElement('template');
  template.innerHTML = markup;
  syncChildren(target, template.content);
}

/**
 * Children are matched in order by tag name: an element that appears (a <style> once a
 * colour is set, a widget ticked again) is inserted, one that goes is removed, and the
 * others are kept and updated in place.
 */
function syncChildren(target: Element, source: ParentNode): void {
  let cursor = 0;
  for (const next of [...source.children]) {
    const rest = [...target.children].slice(cursor);
    const match = rest.find((element) => element.localName === next.localName);
    if (match) {
      for (const skipped of rest.slice(0, rest.indexOf(match))) skipped.remove();
      syncElement(match, next);
    } else {
      target.insertBefore(target.ownerDocument.importNode(next, true), target.children[cursor] ?? null);
    }
    cursor += 1;
  }
  for (const extra of [...target.children].slice(cursor)) extra.remove();
}

function syncElement(current: Element, next: Element): void {
  for (const { name } of [...current.attributes]) {
    if (!next.hasAttribute(name)) current.removeAttribute(name);
  }
  for (const { name, value } of [...next.attributes]) {
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
  // Leaves such as <style> carry text; widgets have none in the light DOM.
  if (next.children.length === 0) {
    if (current.textContent !== next.textContent) current.textContent = next.textContent;
  } else {
    syncChildren(current, next);
  }
}
