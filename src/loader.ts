/**
 * dist/kap-loader.js: the small script the README, the configurator and the guides put on a
 * page, so that a visitor pays only for the widgets they come near.
 *
 * ```html
 * <script type="module" src="…/kap-loader.js"></script>
 * ```
 *
 * It finds the kap-* elements in the document and imports a kind's chunk from `chunks/` beside
 * itself (together with the one shared chunk of Lit and the core) when the first element of
 * that kind comes near the viewport: at once for one on the first screen or one the address's
 * #fragment points to (on load and on every hashchange), otherwise once it is within about two
 * screens of the viewport, so it is drawn before the visitor scrolls to it. It keeps watching
 * the document with a MutationObserver, so widgets that a page builder or a single-page app
 * adds later load too. Once every kind is loaded it stops watching: the page pays nothing
 * more. A kind already defined (say the whole bundle is also on the page) is not loaded again.
 *
 * Elements inside a shadow root are out of the document's sight; hand the root over:
 *
 * ```js
 * await window.kapWidgets?.observe(shadowRoot);
 * ```
 *
 * `observe(root)` scans the root, keeps watching it like the document, and resolves once every
 * kap-* element then on the first screen inside it is defined (the others load as they come
 * near). Handing the same root over again is harmless. A chunk that fails to load is
 * reported with `console.error`; the promise still resolves.
 *
 * A widget whose language is Spanish (its `locale`, its `<kap-practice>`'s, else the nearest
 * `lang`) also gets its Spanish texts, `chunks/<tag>.es.js`, requested together with its code;
 * English pages never download them. The widget is defined only once they are here (so the
 * placeholder CSS keeps its space and it never draws in English first), and fetches them
 * itself when its language becomes Spanish later; if they fail it speaks English.
 *
 * A second copy of the loader on the page (another plugin, another version) finds
 * `window.kapWidgets` and hands the document to it instead of loading anything twice.
 */
export interface KapWidgetsLoader {
  observe(root: ParentNode & Node): Promise<void>;
}

declare global {
  interface Window {
    kapWidgets?: KapWidgetsLoader;
  }
}

/** The kinds with a chunk in dist/chunks/, each built from src/loader/<tag>.ts. */
const TAGS = ['kap-practice', 'kap-process-timeline', 'kap-cost-estimator', 'kap-booking-request', 'kap-intake-screen'];
const SELECTOR = TAGS.join();

/**
 * Chunks a widget needs beside the shared one: the booking request's delivery, which the cost
 * estimator's Good Faith Estimate also uses, so it is in neither widget's chunk nor in the one
 * every widget loads.
 */
const ALSO: Readonly<Record<string, readonly string[]>> = { 'kap-booking-request': ['kap-delivery'] };

/**
 * The chunks an element needs, all requested at once: the shared chunk (and any of ALSO) with
 * the kind's own, so none is discovered only after the widget's chunk names it.
 */
const chunksFor = (element: Element): string[] => ['kap-shared', ...(ALSO[element.localName] ?? []), element.localName];

/**
 * Chunks are imported by a computed name: the bundler must leave these imports alone, since
 * the chunks are built beside the loader, not from it. Relative to this module's own URL.
 */
const importChunk = (name: string): Promise<unknown> => import(/* @vite-ignore */ `./chunks/${name}.js`);

/** Languages whose texts come in a chunk of their own beside each widget's, src/loader/<tag>.<language>.ts. */
const PACKS = ['es'];

/** The primary language a widget will speak, read as it reads it; the widget itself has the last word. */
const languageOf = (element: Element): string =>
  (
    element.getAttribute('locale') ??
    element.closest('kap-practice')?.getAttribute('locale') ??
    element.closest('[lang]')?.getAttribute('lang') ??
    ''
  )
    .split('-')[0]!
    .toLowerCase();

function createLoader(): KapWidgetsLoader {
  const loads = new Map<string, Promise<void>>();
  const roots: (ParentNode & Node)[] = [];
  const mutations = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });
  // root: document makes the margin count in a same-origin frame too (the implicit root is the
  // top window's viewport there, and ignores it). 200%: two screens ahead, above and below.
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          nearby.unobserve(entry.target);
          void load(entry.target);
        }
      }
    },
    { root: document, rootMargin: '200% 0px' },
  );

  // Only the first widget of a kind brings its texts along: one that speaks Spanish on a page
  // whose first widget of that kind did not fetches them itself. A failure is the widget's to
  // report: it shows English and says so once.
  const loadTexts = (element: Element): void => {
    const language = languageOf(element);
    if (PACKS.includes(language) && element.localName !== 'kap-practice') importChunk(`${element.localName}.${language}`).catch(() => {});
  };

  const load = (element: Element): Promise<void> => {
    const tag = element.localName;
    let loading = loads.get(tag);
    if (!loading) {
      loading = customElements.get(tag)
        ? Promise.resolve()
        : (loadTexts(element),
          Promise.all(chunksFor(element).map(importChunk)).then(
            // A widget's chunk defines it in the task after its own (shared/define.ts).
            () => customElements.whenDefined(tag).then(() => {}),
            (error: unknown) => console.error(`kap-loader: <${tag}> failed to load.`, error),
          ));
      loads.set(tag, loading);
      if (loads.size === TAGS.length) {
        mutations.disconnect();
        nearby.disconnect();
        removeEventListener('hashchange', onHash);
      }
    }
    return loading;
  };

  /** On the first screen now: a box that is rendered and overlaps the viewport's height. */
  const onScreen = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    return element.getClientRects().length > 0 && box.top < innerHeight && box.bottom >= 0;
  };

  /** The kap-* elements at or inside `node`. */
  const kinds = (node: Node): Element[] => {
    // An element, a document or a fragment (a shadow root); not text or a comment.
    if (!('querySelectorAll' in node)) return [];
    const found = [...(node as ParentNode).querySelectorAll(SELECTOR)];
    if (node instanceof Element && TAGS.includes(node.localName)) found.push(node);
    return found.filter((element) => !loads.has(element.localName));
  };

  /** Loads what is on the first screen now, and watches the rest until it comes near. */
  const scan = (node: Node): Promise<void>[] =>
    kinds(node).flatMap((element) => {
      if (onScreen(element)) return [load(element)];
      nearby.observe(element);
      return [];
    });

  /** The element the address's #fragment names, and the widgets inside it, load at once. */
  function onHash(): void {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A stray % (#50%-off): the browser matches the fragment as written, and so do we.
    }
    // A document or a shadow root: both have getElementById.
    const target = id && roots.map((root) => (root as Partial<NonElementParentNode>).getElementById?.(id)).find(Boolean);
    if (target) for (const element of kinds(target)) void load(element);
  }

  addEventListener('hashchange', onHash);
  return {
    async observe(root) {
      if (!roots.includes(root) && loads.size < TAGS.length) {
        roots.push(root);
        mutations.observe(root, { childList: true, subtree: true });
      }
      onHash();
      await Promise.all(scan(root));
    },
  };
}

window.kapWidgets ??= createLoader();
// A task later: kap-widgets.js, when a page has it too and it ran just before this script,
// defines each widget in the task after its own (shared/define.ts); what it defines is not
// fetched again.
setTimeout(() => window.kapWidgets!.observe(document));
