/**
 * What the hardening tests share: pages in iframes (each its own registry, like a separate
 * site), the loader's chunks a page requested, a look through shadow roots, and a generic
 * visitor that uses every control a widget shows, so the tests keep covering the widgets as
 * they grow.
 */

import { appendFrame, nextTask } from '../helpers/frame.js';

export { TAGS, WIDGET_TAGS as WIDGETS } from '../helpers/tags.js';

/** A page's window with what our frames record about it. */
export type FrameWindow = Window &
  typeof globalThis & {
    /** Uncaught errors and unhandled rejections, recorded from the frame's first script on. */
    pageErrors?: string[];
  };

/**
 * Records uncaught errors and unhandled rejections in a frame's window. A same-origin page
 * (an address of ours, or srcdoc) replaces the frame's first, blank document but keeps its
 * Window, listeners included, so this catches errors from the page's first script on.
 */
function recordErrors(win: FrameWindow): void {
  const errors: string[] = [];
  win.pageErrors = errors;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
}

const frames: HTMLIFrameElement[] = [];

/** Opens a page in an iframe (a URL, or HTML of our own) and waits for its load event. */
export async function openFrame(page: { url: string } | { html: string }, width = 1024): Promise<HTMLIFrameElement> {
  const { frame: iframe, loaded } = appendFrame(
    'url' in page
      ? { src: page.url }
      : { srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${page.html}</body></html>` },
    width,
  );
  recordErrors(frameWindow(iframe));
  frames.push(iframe);
  await loaded;
  return iframe;
}

/** Removes every frame opened so far. */
export function closeFrames(): void {
  for (const iframe of frames.splice(0)) iframe.remove();
}

export function frameWindow(iframe: HTMLIFrameElement): FrameWindow {
  return iframe.contentWindow as FrameWindow;
}

const CHUNKS = '/dist/chunks/';

/** The chunk files a page requested, by name: ["kap-cost-estimator", "kap-shared"], wherever dist/ is served. */
export function chunksRequested(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes(CHUNKS))
    .map((path) => path.slice(path.indexOf(CHUNKS) + CHUNKS.length, -'.js'.length))
    .sort();
}

/** The timing of a page's request for a chunk: when it was asked for, when it arrived. */
export function chunkTiming(win: Window, name: string): PerformanceResourceTiming {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const entry = entries.find((each) => each.name.endsWith(`/chunks/${name}.js`));
  if (!entry) throw new Error(`the page requested no chunks/${name}.js`);
  return entry;
}

/** Every element matching `selector` under `root`, inside open shadow roots too, in document order. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element as E);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Resolves when `condition` holds, checked every 10 ms; rejects with `what` after 10 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A Lit element's pending render, and the renders it causes in the widgets inside it. */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = deepQueryAll<HTMLElement & { updateComplete?: Promise<unknown> }>(root, '*')
      .map((element) => element.updateComplete)
      // Not `instanceof Promise`: a frame's promises come from the frame's own Promise.
      .filter((promise): promise is Promise<unknown> => typeof promise?.then === 'function');
    await Promise.all(pending);
  }
  await nextTask();
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Elements of a page in a frame belong to that frame's realm, where `instanceof` against this
 * window's classes is false: fields are told apart by tag and type instead.
 */
const isInput = (field: Field): field is HTMLInputElement => field.localName === 'input';
const isSelect = (field: Field): field is HTMLSelectElement => field.localName === 'select';

/** The value setter of the element's own prototype, so frameworks' and Lit's listeners see a real edit. */
function setNativeValue(element: Field, value: string): void {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/** A visitor's edit of one field: the value, then `input` and `change` as a browser fires them. */
export function typeInto(element: Field, value: string): void {
  element.focus();
  setNativeValue(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  element.blur();
}

/** A sensible value for a field, by its type, unless the test gives its own text. */
function valueFor(field: Field, text?: string): string {
  switch (field.type) {
    case 'email':
      return text ?? 'visitor@example.com';
    case 'tel':
      return text ?? '206-555-0100';
    case 'number':
      return text ?? '40';
    case 'date': {
      const date = new Date(Date.now() + 14 * 86_400_000);
      return date.toISOString().slice(0, 10);
    }
    case 'time':
      return '10:30';
    default:
      return text ?? 'Visitor text';
  }
}

export interface VisitOptions {
  /** What to type into every text field (the bad-input corpus); else a plausible value. */
  text?: string;
  /** Rounds of using every control: later rounds reach controls that earlier ones revealed. */
  rounds?: number;
  /** Which choice of each radio group to pick: the first (calm answers) or the last. */
  choose?: 'first' | 'last';
  /** Values for fields by name, where a generic one would not do (`{ state: 'WA' }`). */
  answers?: Record<string, string>;
}

/** Buttons that undo a visitor's progress: pressed in the last round only, so rounds move forward. */
const UNDO = '[part~="back-button"], [part~="start-over-button"]';
const SKIPPED_INPUTS = ['hidden', 'submit', 'button', 'file', 'range', 'color', 'image', 'reset'];

/**
 * Uses every control a widget shows, as a thorough visitor would: fills every field, picks
 * every select's last option, ticks every box, chooses one answer in each radio group, then
 * presses every button (after the fields, so forms go out filled in). Each round reaches what
 * the one before revealed. Links are not followed: the page would leave. Returns how many
 * times it used a control.
 */
export async function useEveryControl(widget: HTMLElement, options: VisitOptions = {}): Promise<number> {
  let used = 0;
  const root = widget.shadowRoot ?? widget;
  const rounds = options.rounds ?? 6;
  for (let round = 1; round <= rounds; round++) {
    const usable = (element: Element) =>
      element.isConnected && !(element as HTMLButtonElement).disabled && (round === rounds || !element.matches(UNDO));
    const fields = deepQueryAll<Field>(root, 'input, textarea, select');
    const radioGroups = new Map<string, HTMLInputElement[]>();
    for (const field of fields) {
      if (!usable(field)) continue;
      if (isInput(field) && field.type === 'radio') {
        radioGroups.set(field.name, [...(radioGroups.get(field.name) ?? []), field]);
        continue;
      }
      // The honeypot: a person never sees it, and filling it would silently drop the request.
      if (field.name === '_gotcha') continue;
      if (isInput(field) && SKIPPED_INPUTS.includes(field.type)) continue;
      used++;
      const answer = options.answers?.[field.name];
      if (answer !== undefined) {
        typeInto(field, answer);
      } else if (isSelect(field)) {
        const last = field.options[field.options.length - 1];
        if (last) typeInto(field, last.value);
      } else if (isInput(field) && field.type === 'checkbox') {
        if (!field.checked) field.click();
      } else {
        typeInto(field, valueFor(field, options.text));
      }
      await settled(widget);
    }
    for (const group of radioGroups.values()) {
      const choice = options.choose === 'last' ? group[group.length - 1] : group[0];
      if (!choice?.isConnected) continue;
      used++;
      choice.click();
      await settled(widget);
    }
    for (const button of deepQueryAll<HTMLButtonElement>(root, 'button')) {
      if (!usable(button)) continue;
      used++;
      button.click();
      await settled(widget);
    }
  }
  return used;
}
