/**
 * The boxes a host page may put a widget in, as themes and page builders write them. Each one
 * wraps its content (a widget, or a paragraph to compare it with) in the same markup. The
 * hostile demo page (demo/hostile.html) shows each box by its `name`, as `data-layout-box`.
 */
export interface LayoutBox {
  name: string;
  wrap: (content: string) => string;
}

export const LAYOUT_BOXES: readonly LayoutBox[] = [
  { name: 'block', wrap: (content) => `<div>${content}</div>` },
  { name: 'flex row', wrap: (content) => `<div style="display: flex">${content}</div>` },
  {
    name: 'flex row inside a flex row',
    wrap: (content) => `<div style="display: flex"><div style="display: flex">${content}</div></div>`,
  },
  {
    name: 'flex row beside a sidebar',
    wrap: (content) => `<div style="display: flex; gap: 16px">${content}<aside>Opening hours</aside></div>`,
  },
  { name: 'inline-block', wrap: (content) => `<div><div style="display: inline-block">${content}</div></div>` },
  { name: 'float', wrap: (content) => `<div style="display: flow-root"><div style="float: left">${content}</div></div>` },
  { name: 'table cell', wrap: (content) => `<table><tr><td>${content}</td></tr></table>` },
  {
    name: 'grid with auto columns',
    wrap: (content) => `<div style="display: grid; grid-auto-flow: column; justify-content: start">${content}</div>`,
  },
  {
    name: 'centred flex column',
    wrap: (content) => `<div style="display: flex; flex-direction: column; align-items: center">${content}</div>`,
  },
  {
    name: 'display: contents wrapper in a flex row',
    wrap: (content) => `<div style="display: flex"><div style="display: contents">${content}</div></div>`,
  },
  {
    name: 'builder column with padding',
    wrap: (content) =>
      `<div style="display: flex"><div style="display: flex; flex-wrap: wrap; align-content: flex-start; padding: 20px">${content}</div></div>`,
  },
];

/** Several lines of text at any width, so the page gives it what it gives a paragraph. */
export const PARAGRAPH =
  'Ketamine-assisted psychotherapy pairs a licensed prescriber with a therapist who prepares you, sits with you ' +
  'during each medicine session and helps you make sense of it afterwards. Most people meet the therapist two or ' +
  'three times before the first session and once after each one, and the whole series takes about three weeks.';

export interface BoxWidths {
  box: string;
  paragraph: number;
  widgets: { tag: string; width: number }[];
}

/**
 * The width of the paragraph and of each widget in every `[data-layout-box]` of `root`. Each
 * box holds one `<p data-layout-paragraph>` and widgets, each in its own copy of the box markup.
 */
export function measureBoxes(root: ParentNode): BoxWidths[] {
  return [...root.querySelectorAll<HTMLElement>('[data-layout-box]')].map((box) => ({
    box: box.dataset.layoutBox!,
    paragraph: box.querySelector('[data-layout-paragraph]')!.getBoundingClientRect().width,
    widgets: [...box.querySelectorAll<HTMLElement>('[data-layout-widget]')].map((widget) => ({
      tag: widget.localName,
      width: widget.getBoundingClientRect().width,
    })),
  }));
}

/**
 * What does not hold in `measured`, one line each: a widget narrower or wider than the
 * paragraph in the same box (by more than a rounding pixel), or under `minimum` px.
 */
export function widthProblems(measured: readonly BoxWidths[], minimum: number): string[] {
  const problems: string[] = [];
  for (const { box, paragraph, widgets } of measured) {
    for (const { tag, width } of widgets) {
      const shown = `${box}: <${tag}> ${Math.round(width)} px, the paragraph ${Math.round(paragraph)} px`;
      if (Math.abs(width - paragraph) > 1) problems.push(shown);
      else if (width < minimum) problems.push(`${shown}, under ${minimum} px`);
    }
  }
  return problems;
}
