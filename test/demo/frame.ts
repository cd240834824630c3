import { appendFrame, nextTask } from '../helpers/frame.js';
import { WIDGET_TAGS } from '../helpers/tags.js';

/**
 * Loads a page of the demo site in an iframe of the test page, as a visitor's browser would
 * (a real navigation, real response headers), and records what the browser would report in
 * its console: uncaught errors, console.error calls, failed loads and CSP violations.
 *
 * The recorder goes into the frame's new window the moment the browser commits the page,
 * before its module scripts run (modules wait for the whole document and their own fetch).
 * If that ever came too late, `loadPage` fails rather than report a clean page it did not see.
 */
export interface PageReport {
  errors: string[];
  violations: string[];
}

export interface LoadedPage {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  report: PageReport;
}

type FrameWindow = Window & typeof globalThis;

function record(win: FrameWindow, report: PageReport): void {
  const original = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    report.errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
  win.addEventListener('error', (event) => {
    const target = event.target;
    // Capture phase: a script, stylesheet or image that failed to load fires here too.
    if (target instanceof win.Element) {
      report.errors.push(`failed to load <${target.localName}> ${target.getAttribute('src') ?? target.getAttribute('href') ?? ''}`);
    } else {
      report.errors.push(`uncaught: ${event.message}`);
    }
  }, true);
  win.addEventListener('unhandledrejection', (event) => report.errors.push(`unhandled rejection: ${String(event.reason)}`));
  win.document.addEventListener('securitypolicyviolation', (event) =>
    report.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
  );
}

/**
 * Puts the recorder into every window of the page that has committed and not yet been seen:
 * the page's own and those of its same-origin frames (the configurator's preview).
 * A window's scripts cannot have run while its document is still "loading": module and
 * deferred scripts wait for the end of parsing, and the demo pages have no others.
 */
function instrumentCommitted(frame: HTMLIFrameElement, seen: WeakSet<Document>, report: PageReport, path: string): void {
  const win = frame.contentWindow as FrameWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc || doc.URL === 'about:blank' || seen.has(doc)) return;
  if (doc.readyState !== 'loading') {
    throw new Error(`${path}: a frame (${doc.URL}) ran before the test could listen, so the page was not checked`);
  }
  seen.add(doc);
  record(win, report);
}

function allFrames(frame: HTMLIFrameElement): HTMLIFrameElement[] {
  const doc = frame.contentDocument;
  if (!doc) return [frame];
  return [frame, ...[...doc.querySelectorAll('iframe')].flatMap(allFrames)];
}

export async function loadPage(path: string, options: { width?: number; height?: number } = {}): Promise<LoadedPage> {
  const report: PageReport = { errors: [], violations: [] };
  const { frame, loaded } = appendFrame({ src: new URL(path, location.href).href }, options.width ?? 1280, options.height ?? 900);
  let done = false;
  void loaded.then(() => {
    done = true;
  });
  const seen = new WeakSet<Document>();
  const started = performance.now();
  // The load event waits for nested frames, so polling until then sees each of them commit.
  while (!done) {
    for (const each of allFrames(frame)) instrumentCommitted(each, seen, report, path);
    if (performance.now() - started > 15_000) throw new Error(`${path} did not finish loading`);
    await nextTask();
  }
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const navigation = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation && navigation.responseStatus >= 400) throw new Error(`${path} answered HTTP ${navigation.responseStatus}`);
  for (const each of allFrames(frame)) {
    const entries = (each.contentWindow?.performance.getEntriesByType('resource') ?? []) as PerformanceResourceTiming[];
    for (const entry of entries) {
      if (entry.responseStatus >= 400) report.errors.push(`HTTP ${entry.responseStatus} for ${entry.name}`);
    }
  }
  return { frame, window: win, document: win.document, report };
}

interface LitLike extends HTMLElement {
  updateComplete?: Promise<unknown>;
}

/** Waits until every kap-* widget in `doc` is defined (in the document's own window) and has finished rendering. */
export async function widgetsSettled(doc: Document): Promise<HTMLElement[]> {
  const widgets = [...doc.querySelectorAll<LitLike>(WIDGET_TAGS.join(','))];
  const { customElements } = doc.defaultView!;
  await Promise.all(WIDGET_TAGS.map((tag) => customElements.whenDefined(tag)));
  for (const widget of widgets) await widget.updateComplete;
  // Widgets that measure themselves may render once more. A task, not an animation frame:
  // the runner tests two files at once, and a tab in the background gets no frames.
  await nextTask();
  for (const widget of widgets) await widget.updateComplete;
  return widgets;
}

/** Text a visitor can read inside a widget, whitespace collapsed. */
export function shadowText(widget: Element): string {
  return (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Text a sighted visitor sees inside a widget: text in boxes larger than a pixel, so that
 * screen-reader-only announcements (a polite "Estimated total ..." after a change) and
 * hidden views are left out.
 */
export function visibleText(widget: Element): string {
  const root = widget.shadowRoot;
  if (!root) return '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.localName === 'style') continue;
    const box = parent.getBoundingClientRect();
    if (box.width > 1 && box.height > 1) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function removePage(page: LoadedPage): void {
  page.frame.remove();
}
