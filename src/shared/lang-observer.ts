import type { ReactiveElement } from 'lit';

/**
 * Widgets read their language from the nearest `lang`. Page builders and single-page apps
 * change it at run time, so one observer for the whole document asks every connected widget
 * to render again; each widget keeps its state, so nothing a visitor entered is lost.
 */
const watching = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function watchLang(element: ReactiveElement): void {
  watching.add(element);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const widget of watching) widget.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(element: ReactiveElement): void {
  watching.delete(element);
  if (watching.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
