/**
 * "Print this estimate" prints the estimate alone, not the practice's whole page. A shadow
 * root cannot style the page around it, so for the length of one print a document-level
 * sheet hides everything that neither is the estimator nor contains it. The sheet is
 * constructed (adoptedStyleSheets), so a strict Content-Security-Policy does not block it,
 * and it only applies to print media: the screen never changes.
 */
const PRINTING = 'data-kap-printing';

let isolation: CSSStyleSheet | undefined;

function isolationSheet(): CSSStyleSheet {
  if (!isolation) {
    isolation = new CSSStyleSheet();
    isolation.replaceSync(`
      @media print {
        body *:not([${PRINTING}], :has([${PRINTING}])) { display: none !important; }
        :has([${PRINTING}]) {
          display: block !important; position: static !important; float: none !important;
          width: auto !important; max-width: none !important; margin: 0 !important;
          padding: 0 !important; border: 0 !important; background: none !important;
        }
        [${PRINTING}] { margin: 0 !important; }
      }
    `);
  }
  return isolation;
}

/** Ends the isolation: after the print dialog closes, or when the element leaves the page. */
export function endPrintIsolation(element: HTMLElement): void {
  if (!element.hasAttribute(PRINTING)) return;
  element.removeAttribute(PRINTING);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== isolation);
}

/** Opens the browser's print dialog with only `element` on the page. */
export function printAlone(element: HTMLElement): void {
  const sheet = isolationSheet();
  element.setAttribute(PRINTING, '');
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  // Some browsers return from print() before printing: undo only once printing is over.
  window.addEventListener('afterprint', () => endPrintIsolation(element), { once: true });
  window.print();
}
