import { consume } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { numberFormat } from '../core/intl.js';
import {
  DEFAULT_LOCALE,
  DEFAULT_PRACTICE,
  parseSettingAttributes,
  resolveSettings,
  type PracticeSettings,
  type SettingIssue,
} from '../core/practice.js';
import { practiceContext, type ProvidedPractice } from './context.js';
import { emit, type KapConfigErrorDetail } from './events.js';
import { isLanguage, languageOf, pickMessages } from './i18n.js';
import { unwatchLang, watchLang } from './lang-observer.js';
import { sharedMessages } from './messages.js';
import { PracticeSettingsElement } from './settings-element.js';
import { baseStyles } from './styles.js';

/** The nearest `lang` above an element, crossing shadow roots; the page's as a last resort. */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || undefined;
}

/**
 * What every widget shares: the practice settings of API.md as attributes, resolved as
 * "own attribute, else the nearest `<kap-practice>`, else the seed practice"; the settings
 * panel (`part="error"`) in place of the widget when a setting is wrong; tokens and the reset.
 * It never throws for bad settings: it shows them, fires `kap-config-error` and logs once.
 *
 * The practice settings of API.md are attributes and properties here too, one for each entry of
 * the core's declaration (src/core/settings.ts); custom-elements.json lists them.
 *
 * @attr theme - `light` or `dark` forces a scheme; unset follows `prefers-color-scheme`.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The settings panel shown instead of the widget when a setting is wrong.
 *
 * @cssproperty [--kap-color-accent=#1f6468] - Buttons, links, highlights.
 * @cssproperty [--kap-color-text=#1d2326] - Body text.
 * @cssproperty [--kap-color-muted=#4a565b] - Secondary text.
 * @cssproperty [--kap-color-surface=#ffffff] - Background.
 * @cssproperty [--kap-color-border=#75838a] - Borders of fields and cards.
 * @cssproperty [--kap-color-danger=#b3261e] - Errors and crisis emphasis.
 * @cssproperty [--kap-color-success=#1e6b3a] - Confirmations.
 * @cssproperty [--kap-font-family=inherit] - Font; inherits the host page's by default.
 * @cssproperty [--kap-font-size=max(1rem, 16px)] - Base text size.
 * @cssproperty [--kap-radius=8px] - Corner radius.
 * @cssproperty [--kap-space=16px] - Base spacing unit.
 * @cssproperty [--kap-focus-ring=3px solid accent] - Outline of the focused control.
 *
 * @fires {CustomEvent<KapConfigErrorDetail>} kap-config-error - A setting is wrong; the panel shows which.
 */
export abstract class KapElement extends PracticeSettingsElement {
  static override styles = [baseStyles];

  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The nearest `<kap-practice>`'s settings, kept current as its attributes change. */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  protected provided?: ProvidedPractice;

  /** The settings this widget works with: always whole and valid. */
  protected settings: PracticeSettings = { ...DEFAULT_PRACTICE };
  /** The locale for text, numbers, money and dates. */
  protected resolvedLocale = DEFAULT_LOCALE;
  /** Bad settings, own and inherited; while any remain the panel replaces the widget. */
  protected configIssues: SettingIssue[] = [];
  private reportedIssues = '';

  /**
   * The language the widget's text is in, for `lang` on its wrapper (screen readers,
   * hyphenation): the resolved locale when we have a translation for its language, else
   * English, as when `locale="de-DE"` is set for euro amounts.
   */
  protected get textLang(): string {
    const language = languageOf(this.resolvedLocale);
    return language !== 'en' && isLanguage(language) ? this.resolvedLocale : 'en';
  }

  /** A widget's own attributes that can be wrong (a URL, a date): checked with the practice's. */
  protected widgetIssues(): SettingIssue[] {
    return [];
  }

  /** The widget itself, rendered only while every setting is valid. */
  protected abstract renderWidget(): TemplateResult;

  /** A short name for the settings panel, such as "Cost estimator". */
  protected abstract readonly widgetName: string;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolveConfig();
  }

  /**
   * What the settings were last resolved from, and the result. A widget updates on every
   * keystroke in its fields; its settings change only with these inputs, so parsing them
   * again (time zones, URLs, the schema) waits until one of them does.
   */
  private resolvedFrom?: { key: string; provided: ProvidedPractice | undefined; issues: SettingIssue[] };

  private resolveConfig(): void {
    const own = this.settingAttributes();
    const lang = nearestLang(this);
    const key = JSON.stringify([own, document.baseURI, lang ?? null]);
    if (this.resolvedFrom?.key !== key || this.resolvedFrom.provided !== this.provided) {
      const inherited = this.provided?.values ?? {};
      const parsed = parseSettingAttributes(own, {
        ...(inherited.currency ? { inheritedCurrency: inherited.currency } : {}),
        baseUrl: document.baseURI,
      });
      // A provider's bad value matters only where this widget does not set its own.
      const inheritedIssues = (this.provided?.issues ?? []).filter((issue) => own[issue.attribute] == null);
      this.settings = resolveSettings(parsed.values, inherited);
      this.resolvedLocale = this.settings.locale ?? this.langLocale(lang) ?? DEFAULT_LOCALE;
      this.resolvedFrom = { key, provided: this.provided, issues: [...parsed.issues, ...inheritedIssues] };
    }
    // Widget attributes are read on every update: a widget may keep what it parsed from them.
    this.configIssues = [...this.resolvedFrom.issues, ...this.widgetIssues()];
  }

  private langLocale(lang: string | undefined): string | undefined {
    if (!lang) return undefined;
    try {
      const locale = new Intl.Locale(lang);
      // A bare "es" would format money the way Spain does ("4810,00 US$"); pages in the US
      // say only the language, so a tag without a region takes the default's (US).
      const region = locale.region ?? 'US';
      // A page language we have no words for gets English text; its numbers and dates then
      // follow English too, so a sentence never mixes two languages. An explicit `locale`
      // setting (say de-DE for euros) is the practice's choice and is kept as given.
      const language = isLanguage(locale.language) ? locale.language : 'en';
      return new Intl.Locale(language, { region }).toString();
    } catch {
      return undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const key = JSON.stringify(this.configIssues);
    if (key === this.reportedIssues) return;
    this.reportedIssues = key;
    if (this.configIssues.length === 0) return;
    const issues = this.configIssues.map((issue) => ({ ...issue }));
    console.error(
      `<${this.localName}>: ${issues.length === 1 ? 'a setting needs' : `${issues.length} settings need`} fixing.\n` +
        issues.map((issue) => `  ${issue.message}`).join('\n'),
    );
    emit<KapConfigErrorDetail>(this, 'kap-config-error', { issues });
  }

  override render(): TemplateResult {
    return this.configIssues.length > 0 ? this.renderConfigError() : this.renderWidget();
  }

  private renderConfigError(): TemplateResult {
    const t = pickMessages(sharedMessages, this.resolvedLocale);
    return html`
      <div part="base">
        ${this.renderIssuePanel(`${this.widgetName}: ${t.configErrorTitle}`, [t.configErrorHelp, t.configErrorVisitor], languageOf(this.textLang))}
      </div>
    `;
  }

  /**
   * The settings panel: the heading and explanations in the widget's words, each bad setting
   * as the settings core wrote it, in English, for the website owner.
   */
  protected renderIssuePanel(heading: string, paragraphs: readonly string[], lang?: string): TemplateResult {
    return html`
      <div part="error" class="config-error" role="alert" lang=${ifDefined(lang)}>
        <h2>${heading}</h2>
        <ul>
          ${this.configIssues.map((issue) => html`<li lang="en">${issue.message}</li>`)}
        </ul>
        ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
    `;
  }

  /** A count or other plain number in the widget's locale ("1,000"). */
  protected formatCount(value: number): string {
    return numberFormat(this.resolvedLocale).format(value);
  }
}
