/**
 * What the configurator knows, without the DOM: the form's raw values in, the checked
 * settings, the contrast warnings and the snippet out. Settings are checked by the widgets'
 * own core (`kap-widgets/core`), so a field shows exactly the words a widget's settings
 * panel would show, and the snippet carries only what differs from the seed practice.
 */
import {
  DEFAULT_PRACTICE,
  SETTINGS,
  parseSettingAttributes,
  parseUrl,
  settingsToAttributes,
  type PracticeSettings,
  type SettingIssue,
} from 'kap-widgets/core';
import { contrastRatio, type Rgb, parseHex } from './contrast.js';

export type Scheme = 'follow' | 'light' | 'dark';

export interface WidgetChoice {
  timeline: boolean;
  datePicker: boolean;
  estimator: boolean;
  screen: boolean;
  booking: boolean;
}

/** The look, as the form holds it: an empty string means "the widgets' own default". */
export interface Brand {
  scheme: Scheme;
  accent: string;
  text: string;
  surface: string;
  font: string;
  radius: string;
}

export interface ConfiguratorInput {
  /** Raw field values by attribute name; an empty string means "not set". */
  settings: Readonly<Record<string, string>>;
  brand: Brand;
  widgets: WidgetChoice;
  /** `cdn`, or the address of the therapist's own copy of kap-loader.js (or of kap-widgets.js). */
  script: { from: 'cdn' } | { from: 'self'; url: string };
}

/** One problem shown at one form field. `field` is the form control's name. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ContrastWarning {
  field: 'accent' | 'text';
  message: string;
}

export interface Configuration {
  /** Every problem, in form order; the snippet still carries the value as typed. */
  issues: FieldIssue[];
  warnings: ContrastWarning[];
  /** The markup that goes inside the page: style, provider and widgets (no script tag). */
  body: string;
  /** What the therapist pastes: the script tag, then `body`. */
  snippet: string;
}

/**
 * The widgets' own light-scheme defaults for the brand tokens (src/shared/styles.ts, and the
 * `@cssproperty` defaults in custom-elements.json, which a test compares with these). The
 * configurator needs them to show a colour swatch and to measure contrast before a colour
 * is chosen.
 */
export const LIGHT_TOKENS = {
  '--kap-color-accent': '#1f6468',
  '--kap-color-text': '#1d2326',
  '--kap-color-surface': '#ffffff',
} as const;

/** The text colour the widgets put on accent-filled buttons, per scheme (src/shared/styles.ts). */
const ON_ACCENT: Record<'light' | 'dark', string> = { light: '#ffffff', dark: '#0b1f20' };

const PACKAGE_NAME = 'kap-widgets';

/**
 * jsDelivr mirrors npm; a major.minor range takes bug fixes without surprises. The loader, so
 * a visitor downloads only the widgets they come near (its chunks sit beside it on the CDN).
 */
function cdnUrl(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${major}.${minor}/dist/kap-loader.js`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value that is the seed practice's already need not be written down. */
function isDefault(key: keyof PracticeSettings, value: unknown): boolean {
  return JSON.stringify(DEFAULT_PRACTICE[key]) === JSON.stringify(value);
}

/**
 * The practice attributes the snippet writes, in the order of API.md: valid values in the
 * form `settingsToAttributes` gives, bad ones exactly as typed (so the preview shows the
 * same settings panel the pasted snippet would), defaults left out.
 */
function practiceAttributes(raw: Readonly<Record<string, string>>): { attributes: [string, string][]; issues: SettingIssue[] } {
  const given: Record<string, string> = {};
  for (const field of SETTINGS) {
    const value = raw[field.attribute]?.trim();
    if (value) given[field.attribute] = value;
  }
  // No base URL: the snippet will live on another site, so a bare path would point nowhere.
  const { values, issues } = parseSettingAttributes(given);
  const differing: Partial<PracticeSettings> = {};
  for (const [key, value] of Object.entries(values) as [keyof PracticeSettings, unknown][]) {
    if (!isDefault(key, value)) Object.assign(differing, { [key]: value });
  }
  // Fees are written in the practice's currency even when the currency itself is the default.
  const written = settingsToAttributes({ ...differing, currency: values.currency ?? DEFAULT_PRACTICE.currency });
  const bad = new Map(issues.map((issue) => [issue.attribute, issue.value]));
  const attributes: [string, string][] = [];
  for (const field of SETTINGS) {
    const value = bad.get(field.attribute) ?? (field.key in differing ? written[field.attribute] : undefined);
    if (value !== undefined) attributes.push([field.attribute, value]);
  }
  return { attributes, issues };
}

/** Font stacks a therapist might type, with nothing that could end the CSS rule or the tag. */
function parseFont(value: string): { ok: true; value: string } | { ok: false; message: string } {
  const font = value.trim().replace(/"/g, "'");
  if (/^[\p{L}\p{N} ,'_-]{1,200}$/u.test(font) && !/(^|,)\s*(,|$)/.test(font)) return { ok: true, value: font };
  return {
    ok: false,
    message: `"${value.trim()}" can't be used as a font. Write font names separated by commas, like Georgia, serif or 'Source Sans 3', sans-serif.`,
  };
}

export function parseColour(value: string, label: string): { ok: true; value: string } | { ok: false; message: string } {
  const colour = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(colour)) return { ok: true, value: colour };
  if (/^#[0-9a-f]{3}$/.test(colour)) {
    return { ok: true, value: `#${[...colour.slice(1)].map((c) => c + c).join('')}` };
  }
  return { ok: false, message: `"${value.trim()}" can't be used as the ${label}. Write a hex colour, like #8a3b12.` };
}

function parseRadius(value: string): { ok: true; value: number } | { ok: false; message: string } {
  const text = value.trim().replace(/px$/, '');
  const n = Number(text);
  if (/^\d{1,2}$/.test(text) && n <= 32) return { ok: true, value: n };
  return { ok: false, message: `"${value.trim()}" can't be used as the corner rounding. Write a whole number of pixels from 0 to 32, like 8.` };
}

interface CheckedBrand {
  tokens: [string, string][];
  colourTokens: [string, string][];
  issues: FieldIssue[];
}

function checkBrand(brand: Brand): CheckedBrand {
  const issues: FieldIssue[] = [];
  const tokens: [string, string][] = [];
  const colourTokens: [string, string][] = [];
  const colours: [keyof Brand, string, string][] = [
    ['accent', '--kap-color-accent', 'accent colour'],
    ['text', '--kap-color-text', 'text colour'],
    ['surface', '--kap-color-surface', 'background colour'],
  ];
  for (const [field, token, label] of colours) {
    if (!brand[field].trim()) continue;
    const parsed = parseColour(brand[field], label);
    if (parsed.ok) colourTokens.push([token, parsed.value]);
    else issues.push({ field, message: parsed.message });
  }
  if (brand.font.trim()) {
    const parsed = parseFont(brand.font);
    if (parsed.ok) tokens.push(['--kap-font-family', parsed.value]);
    else issues.push({ field: 'font', message: parsed.message });
  }
  if (brand.radius.trim()) {
    const parsed = parseRadius(brand.radius);
    if (parsed.ok) tokens.push(['--kap-radius', `${parsed.value}px`]);
    else issues.push({ field: 'radius', message: parsed.message });
  }
  return { tokens, colourTokens, issues };
}

/**
 * WCAG 2.2 AA asks 4.5:1 for text. Links are accent on the background, buttons are the
 * widgets' on-accent text on the accent, body text is text on the background.
 */
function contrastWarnings(brand: Brand, colourTokens: [string, string][]): ContrastWarning[] {
  // In "follow" mode the colours apply to the light scheme only (see buildStyle).
  const scheme = brand.scheme === 'dark' ? 'dark' : 'light';
  if (colourTokens.length === 0) return [];
  if (scheme === 'dark' && !colourTokens.some(([token]) => token === '--kap-color-surface')) {
    // Without a background the dark scheme keeps its own; comparing with white would mislead.
    return [];
  }
  const value = (token: keyof typeof LIGHT_TOKENS) =>
    parseHex(colourTokens.find(([name]) => name === token)?.[1] ?? LIGHT_TOKENS[token]);
  const accent = value('--kap-color-accent');
  const text = value('--kap-color-text');
  const surface = value('--kap-color-surface');
  const onAccent = parseHex(ON_ACCENT[scheme]);
  const warnings: ContrastWarning[] = [];
  const check = (field: ContrastWarning['field'], a: Rgb, b: Rgb, what: string, fix: string) => {
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) {
      warnings.push({
        field,
        message: `${what} have a contrast of ${ratio.toFixed(1)}:1; people with low vision need at least 4.5:1 (WCAG 2.2 AA). ${fix}`,
      });
    }
  };
  check('accent', accent, surface, 'Links in the accent colour on the background', 'Try a darker accent colour.');
  check('accent', onAccent, accent, 'Button labels on the accent colour', scheme === 'light' ? 'Try a darker accent colour.' : 'Try a lighter accent colour.');
  check('text', text, surface, 'Text on the background', 'Choose colours further apart.');
  return warnings;
}

/**
 * The `<style>` the snippet carries, or nothing when the look is the default. Colours set
 * while widgets follow the visitor's device apply to the light scheme only: the dark scheme
 * keeps its own readable palette instead of putting a light-page brand colour on near-black.
 */
function buildStyle(brand: Brand, checked: CheckedBrand): string {
  const declarations = (tokens: [string, string][], indent: string) =>
    tokens.map(([name, value]) => `${indent}${name}: ${value};`).join('\n');
  const blocks: string[] = [];
  const always = brand.scheme === 'follow' ? checked.tokens : [...checked.colourTokens, ...checked.tokens];
  if (always.length > 0) blocks.push(`kap-practice {\n${declarations(always, '  ')}\n}`);
  if (brand.scheme === 'follow' && checked.colourTokens.length > 0) {
    blocks.push(
      `@media (prefers-color-scheme: light) {\n  kap-practice {\n${declarations(checked.colourTokens, '    ')}\n  }\n}`,
    );
  }
  return blocks.length > 0 ? `<style>\n${blocks.join('\n')}\n</style>\n` : '';
}

const WIDGET_ID_BOOKING = 'contact';

function buildWidgets(input: ConfiguratorInput): string[] {
  const theme = input.brand.scheme === 'follow' ? '' : ` theme="${input.brand.scheme}"`;
  const { widgets } = input;
  const lines: string[] = [];
  if (widgets.timeline) {
    lines.push(`<kap-process-timeline${widgets.datePicker ? ' date-picker' : ''}${theme}></kap-process-timeline>`);
  }
  if (widgets.estimator) lines.push(`<kap-cost-estimator${theme}></kap-cost-estimator>`);
  if (widgets.screen) {
    // The self-screen's "request a consultation" leads to the booking form when it is there.
    const link = widgets.booking ? ` booking-url="#${WIDGET_ID_BOOKING}"` : '';
    lines.push(`<kap-intake-screen${link}${theme}></kap-intake-screen>`);
  }
  if (widgets.booking) lines.push(`<kap-booking-request id="${WIDGET_ID_BOOKING}"${theme}></kap-booking-request>`);
  return lines;
}

function openingTag(attributes: [string, string][]): string {
  if (attributes.length === 0) return '<kap-practice>';
  const lines = attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`);
  return `<kap-practice\n${lines.join('\n')}>`;
}

export function configure(input: ConfiguratorInput, version: string): Configuration {
  const practice = practiceAttributes(input.settings);
  const issues: FieldIssue[] = practice.issues.map((issue) => ({ field: issue.attribute, message: issue.message }));
  const brand = checkBrand(input.brand);
  issues.push(...brand.issues);

  let src = cdnUrl(version);
  if (input.script.from === 'self') {
    const url = input.script.url.trim();
    const parsed = parseUrl(url, 'http');
    // A bad address stays in the snippet as typed, like a bad setting: nothing is hidden.
    src = parsed.ok ? parsed.value : url;
    if (!parsed.ok) issues.push({ field: 'script-url', message: `"${url}" can't be used as the script's address. ${parsed.message}` });
  }

  const widgetLines = buildWidgets(input).map((line) => `  ${line}`);
  const body =
    buildStyle(input.brand, brand) +
    `${openingTag(practice.attributes)}\n${widgetLines.join('\n')}${widgetLines.length ? '\n' : ''}</kap-practice>\n`;
  const snippet = `<script type="module" src="${escapeAttribute(src)}"></script>\n${body}`;
  return { issues, warnings: contrastWarnings(input.brand, brand.colourTokens), body, snippet };
}
