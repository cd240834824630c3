/**
 * dist/kap-loader.js: the small script for pages that want to pay only for the widgets they show.
 *
 * ```html
 * <script type="module" src="…/kap-loader.js"></script>
 * ```
 *
 * It finds the kap-* elements in the document, imports the chunk of each kind it finds from
 * `chunks/` beside itself (all kinds at once, each together with the one shared chunk of Lit
 * and the core), and keeps watching the document with a MutationObserver, so widgets that a
 * page builder or a single-page app adds later load too. Once every kind is loaded it stops
 * watching: the page pays nothing more. A kind already defined (say the whole bundle is also on
 * the page) is not loaded again.
 *
 * Elements inside a shadow root are out of the document's sight; hand the root over:
 *
 * ```js
 * await window.kapWidgets?.observe(shadowRoot);
 * ```
 *
 * `observe(root)` scans the root, keeps watching it like the document, and resolves once every
 * kap-* element then inside it is defined. Handing the same root over again is harmless. A
 * chunk that fails to load is reported with `console.error`; the promise still resolves.
 *
 * A widget whose language is Spanish (its `locale`, its `<kap-practice>`'s, else the nearest
 * `lang`) also gets its Spanish texts, `chunks/<tag>.es.js`, requested together with its code;
 * English pages never download them. The widget waits for them before it draws, and fetches
 * them itself when its language becomes Spanish later; if they fail it speaks English.
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
  const observed = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  const packs = new Set<string>();

  // A failure is the widget's to report: it shows English and says so once.
  const loadTexts = (element: Element): void => {
    const language = languageOf(element);
    const pack = `${element.localName}.${language}`;
    if (!PACKS.includes(language) || element.localName === 'kap-practice' || customElements.get(element.localName)) return;
    if (packs.has(pack)) return;
    packs.add(pack);
    importChunk(pack).catch(() => undefined);
  };

  const load = (tag: string): Promise<void> => {
    let loading = loads.get(tag);
    if (!loading) {
      loading = customElements.get(tag)
        ? Promise.resolve()
        : // The shared chunk is requested with the widget's, not after the widget's chunk names it.
          Promise.all([importChunk('kap-shared'), importChunk(tag)]).then(
            () => undefined,
            (error: unknown) => console.error(`kap-loader: <${tag}> could not be loaded from chunks/${tag}.js.`, error),
          );
      loads.set(tag, loading);
      if (loads.size === TAGS.length) for (const observer of observers) observer.disconnect();
    }
    return loading;
  };

  const scan = (node: Node): Promise<void>[] => {
    if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return [];
    const found = [...node.querySelectorAll(SELECTOR)];
    if (node instanceof Element && TAGS.includes(node.localName)) found.push(node);
    return found.map((element) => (loadTexts(element), load(element.localName)));
  };

  return {
    async observe(root) {
      if (!observed.has(root) && loads.size < TAGS.length) {
        observed.add(root);
        const observer = new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) scan(node);
        });
        observer.observe(root, { childList: true, subtree: true });
        observers.push(observer);
      }
      await Promise.all(scan(root));
    },
  };
}

window.kapWidgets ??= createLoader();
void window.kapWidgets.observe(document);
