/**
 * The configurator page: reads the form, shows each setting's problem at its field, keeps
 * the preview frame in step and writes the snippet. The rules live in model.ts and in the
 * widgets' core; this module only moves values between them and the page.
 */
import { version } from '../../package.json';
import { DEFAULT_PRACTICE, SETTINGS, settingsToAttributes } from 'kap-widgets/core';
import { renderSettingFields } from './fields.js';
import { LIGHT_TOKENS, configure, parseColour, type Brand, type Configuration, type ConfiguratorInput, type FieldIssue, type Scheme } from './model.js';
import { morph } from './morph.js';

function must<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`configure.html lacks ${selector}`);
  return found;
}

const form = must<HTMLFormElement>('#settings');
renderSettingFields(form);
const preview = must<HTMLIFrameElement>('#preview');
const snippetCode = must<HTMLElement>('#snippet');
const snippetBox = must<HTMLPreElement>('pre.snippet');
const statusBox = must<HTMLElement>('#settings-status');
const copyButton = must<HTMLButtonElement>('#copy');
const copyStatus = must<HTMLElement>('#copy-status');
const warningsBox = must<HTMLElement>('#contrast-warnings');
const scriptUrlField = must<HTMLElement>('#script-url-field');

const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;

/** Fields whose problem is shown: left once (change), or already showing one. */
const touched = new Set<string>();
let current: Configuration | undefined;

function fillDefaults(): void {
  for (const [attribute, value] of Object.entries(settingsToAttributes(DEFAULT_PRACTICE))) {
    const input = control(attribute);
    if (input) input.value = value;
  }
  const zones = must<HTMLDataListElement>('#time-zones');
  zones.replaceChildren(
    ...Intl.supportedValuesOf('timeZone').map((zone) => Object.assign(document.createElement('option'), { value: zone })),
  );
  const ownCopy = control('script-url');
  if (ownCopy) ownCopy.value = new URL('../dist/kap-loader.js', location.href).href;
}

function readInput(): ConfiguratorInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const settings: Record<string, string> = {};
  for (const setting of SETTINGS) settings[setting.attribute] = text(setting.attribute);
  const brand: Brand = {
    scheme: (text('scheme') || 'follow') as Scheme,
    accent: text('accent'),
    text: text('text'),
    surface: text('surface'),
    font: text('font'),
    radius: text('radius'),
  };
  return {
    settings,
    brand,
    widgets: {
      timeline: data.has('timeline'),
      datePicker: data.has('datePicker'),
      estimator: data.has('estimator'),
      screen: data.has('screen'),
      booking: data.has('booking'),
    },
    script: text('script-from') === 'self' ? { from: 'self', url: text('script-url') } : { from: 'cdn' },
  };
}

function labelOf(field: string): string {
  return document.querySelector(`label[for="f-${field}"]`)?.textContent?.trim() ?? field;
}

function showFieldIssues(issues: FieldIssue[]): void {
  const byField = new Map(issues.map((issue) => [issue.field, issue.message]));
  for (const input of form.querySelectorAll<HTMLInputElement>('input[id^="f-"]')) {
    const message = touched.has(input.name) ? byField.get(input.name) : undefined;
    const errorId = `${input.id}-error`;
    let error = document.getElementById(errorId);
    const describedBy = new Set((input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
    if (message) {
      if (!error) {
        error = Object.assign(document.createElement('p'), { id: errorId, className: 'error' });
        input.closest('.field')?.append(error);
      }
      if (error.textContent !== message) error.textContent = message;
      input.setAttribute('aria-invalid', 'true');
      describedBy.add(errorId);
    } else {
      error?.remove();
      input.removeAttribute('aria-invalid');
      describedBy.delete(errorId);
    }
    input.setAttribute('aria-describedby', [...describedBy].join(' '));
  }
}

let shownStatus = '';
function showStatus(issues: FieldIssue[]): void {
  // Rewritten only when the list changes, so a screen reader is not told on every keystroke.
  const key = issues.map((issue) => issue.field).join(' ');
  if (key === shownStatus && statusBox.childElementCount > 0) return;
  shownStatus = key;
  if (issues.length === 0) {
    statusBox.className = 'status ok';
    statusBox.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Every setting is valid: the code is ready to copy.' }));
    return;
  }
  statusBox.className = 'status bad';
  const intro = document.createElement('p');
  intro.textContent =
    issues.length === 1 ? '1 setting needs fixing first:' : `${issues.length} settings need fixing first:`;
  const list = document.createElement('ul');
  for (const issue of issues) {
    const link = Object.assign(document.createElement('a'), { href: `#f-${issue.field}`, textContent: labelOf(issue.field) });
    link.addEventListener('click', () => {
      touched.add(issue.field);
      update();
    });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  statusBox.replaceChildren(intro, list);
}

function showWarnings(config: Configuration): void {
  warningsBox.replaceChildren(
    ...config.warnings.map((warning) => Object.assign(document.createElement('p'), { className: 'warning', textContent: warning.message })),
  );
}

function syncSwatches(brand: Brand): void {
  for (const swatch of form.querySelectorAll<HTMLInputElement>('input[type="color"][data-for]')) {
    const field = swatch.dataset['for'] as 'accent' | 'text' | 'surface';
    const token = `--kap-color-${field}` as keyof typeof LIGHT_TOKENS;
    const parsed = parseColour(brand[field], field);
    swatch.value = parsed.ok ? parsed.value : LIGHT_TOKENS[token];
  }
}

function showPreview(): void {
  const doc = preview.contentDocument;
  // Until its page has been parsed the frame holds about:blank or a body-less document;
  // its load event calls again.
  if (!current || !doc?.body || !doc.URL.endsWith('/preview.html')) return;
  morph(doc.body, current.body);
}

function update(): void {
  const input = readInput();
  current = configure(input, version);
  scriptUrlField.hidden = input.script.from !== 'self';
  snippetCode.textContent = current.snippet;
  showFieldIssues(current.issues);
  showStatus(current.issues);
  showWarnings(current);
  syncSwatches(input.brand);
  showPreview();
}

async function copySnippet(): Promise<void> {
  if (!current) return;
  const pending = current.issues.length;
  const after =
    pending === 0 ? '' : ` ${pending === 1 ? 'One setting still needs' : `${pending} settings still need`} fixing: until then the widgets show what is wrong.`;
  try {
    await navigator.clipboard.writeText(current.snippet);
    copyStatus.textContent = `Copied.${after}`;
  } catch {
    // Clipboard access can be refused (an embedded or unfocused page): select the code instead.
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    snippetBox.focus();
    copyStatus.textContent = `The code is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.${after}`;
  }
}

form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.type === 'color' && target.dataset['for']) {
    const text = control(target.dataset['for']);
    if (text) text.value = target.value;
  }
  copyStatus.textContent = '';
  update();
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  touched.add(target.type === 'color' ? (target.dataset['for'] ?? target.name) : target.name);
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', () => void copySnippet());
preview.addEventListener('load', showPreview);
for (const button of document.querySelectorAll<HTMLButtonElement>('.widths button')) {
  button.addEventListener('click', () => {
    must<HTMLElement>('.frame').dataset['width'] = button.dataset['width'] ?? 'phone';
    for (const other of document.querySelectorAll('.widths button')) other.setAttribute('aria-pressed', String(other === button));
  });
}

must<HTMLElement>('#js-required').hidden = true;
fillDefaults();
update();
