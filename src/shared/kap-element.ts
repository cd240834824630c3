import { consume } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_PRACTICE,
  parseSettingAttributes,
  resolveSettings,
  type PracticeSettings,
  type SettingIssue,
} from '../core/practice.js';
import { practiceContext, type ProvidedPractice } from './context.js';
import { emit } from './events.js';
import { LocalizeController } from './localize.js';
import { sharedMessages } from './messages.js';
import { PracticeSettingsElement } from './settings-element.js';
import { baseStyles } from './styles.js';

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
  /**
   * The widget's language pack name (its tag as the loader defines it), for widgets whose
   * translations may arrive after their code; undefined where every word is inline.
   */
  protected static readonly textPack?: string;
  /** Which words, which formats: every widget asks this, and nothing else (core/localize.ts has the rule). */
  protected readonly localize = new LocalizeController(this, (this.constructor as typeof KapElement).textPack);
  /** Bad settings, own and inherited; while any remain the panel replaces the widget. */
  protected configIssues: SettingIssue[] = [];
  private reportedIssues = '';

  /**
   * Widgets whose first render comes in two tasks (`later`). Only they measure the
   * placeholder as they upgrade: that reads layout, which the other widgets need not pay for.
   */
  protected static readonly drawsInTwoTasks: boolean = false;
  /**
   * The height the element had as it was upgraded: the placeholder CSS's, for an element the
   * page held a place for (0 for one created by script). Kept while its `later` parts wait, so
   * the page below does not move in between.
   */
  private readonly placeholderHeight =
    (this.constructor as typeof KapElement).drawsInTwoTasks && this.isConnected ? this.getBoundingClientRect().height : 0;
  /** Whether the first render's `later` parts are drawn; the promise of that render meanwhile. */
  private laterDrawn = false;
  private laterDrawing?: Promise<unknown>;

  /**
   * Renders `part` from the widget's second task on. A long form drawn in one go is one task
   * of well over 50 ms on a phone (creating its elements, then laying them out): the first
   * render draws the top of the widget, and the part given here follows a task later, once the
   * browser has had a turn. It must be the widget's last drawn content, or content that takes
   * no room on the first render (hidden until the visitor opens it, or shown only in print):
   * anything drawn after a part that does take room would be pushed down as it arrives, a
   * layout shift. Every part given in one render arrives in the same later task.
   * `updateComplete` resolves only when it is drawn.
   */
  protected later(part: () => unknown): unknown {
    if (this.laterDrawn) return part();
    this.laterDrawing ??= new Promise((resolve) => setTimeout(resolve)).then(async () => {
      this.laterDrawn = true;
      this.requestUpdate();
      await super.getUpdateComplete();
      this.base?.style.removeProperty('min-height');
    });
    return nothing;
  }

  private get base(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
  }

  /**
   * While the `later` parts wait, the base part keeps the height the placeholder gave the
   * element. Set through the CSSOM, not a style attribute, which a strict CSP blocks.
   */
  private holdPlaceholderHeight(): void {
    if (this.laterDrawn || !this.laterDrawing || this.placeholderHeight === 0) return;
    this.base?.style.setProperty('min-height', `${this.placeholderHeight}px`);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.laterDrawn || !this.laterDrawing) return done;
    await this.laterDrawing;
    return super.getUpdateComplete();
  }

  /** A widget's own attributes that can be wrong (a URL, a date): checked with the practice's. */
  protected widgetIssues(): SettingIssue[] {
    return [];
  }

  /** The widget itself, rendered only while every setting is valid. */
  protected abstract renderWidget(): TemplateResult;

  /** A short name for the settings panel, such as "Cost estimator". */
  protected abstract readonly widgetName: string;

  /**
   * A widget whose language pack is on its way waits for it before it draws: a visitor never
   * sees it in English and then in Spanish. Its state, and what was typed into it, stay.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.resolvePractice();
    const arriving = this.localize.textsArriving();
    if (!arriving) return super.scheduleUpdate();
    return arriving.then(() => {
      // Settings or the page's language may have changed while the texts were on their way;
      // if the language did, fetch its texts too.
      this.resolvePractice();
      void this.localize.textsArriving()?.then(() => this.requestUpdate());
      return super.scheduleUpdate();
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolveConfig();
  }

  /**
   * What the settings were last resolved from, and the result. A widget updates on every
   * keystroke in its fields; its settings change only with these inputs, so parsing them
   * again (time zones, URLs, fees) waits until one of them does.
   */
  private resolvedFrom?: { key: string; provided: ProvidedPractice | undefined; issues: SettingIssue[] };

  private resolveConfig(): void {
    // The practice settings were resolved as this update was scheduled (scheduleUpdate).
    // Widget attributes are read on every update: a widget may keep what it parsed from them.
    this.configIssues = [...(this.resolvedFrom?.issues ?? []), ...this.widgetIssues()];
  }

  /** The practice settings, parsed again only when their inputs change, and the localization they and the page give. */
  private resolvePractice(): void {
    const own = this.settingAttributes();
    const key = JSON.stringify([own, document.baseURI]);
    if (this.resolvedFrom?.key !== key || this.resolvedFrom.provided !== this.provided) {
      const inherited = this.provided?.values ?? {};
      const parsed = parseSettingAttributes(own, {
        ...(inherited.currency ? { inheritedCurrency: inherited.currency } : {}),
        baseUrl: document.baseURI,
      });
      // A provider's bad value matters only where this widget does not set its own.
      const inheritedIssues = (this.provided?.issues ?? []).filter((issue) => own[issue.attribute] == null);
      this.settings = resolveSettings(parsed.values, inherited);
      this.resolvedFrom = { key, provided: this.provided, issues: [...parsed.issues, ...inheritedIssues] };
    }
    this.localize.resolve(this.settings.locale);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.holdPlaceholderHeight();
    const key = JSON.stringify(this.configIssues);
    if (key === this.reportedIssues) return;
    this.reportedIssues = key;
    if (this.configIssues.length === 0) return;
    const issues = this.configIssues.map((issue) => ({ ...issue }));
    console.error(
      `<${this.localName}>: ${issues.length === 1 ? 'a setting needs' : `${issues.length} settings need`} fixing.\n` +
        issues.map((issue) => `  ${issue.message}`).join('\n'),
    );
    emit(this, 'kap-config-error', { issues });
  }

  override render(): TemplateResult {
    return this.configIssues.length > 0 ? this.renderConfigError() : this.renderWidget();
  }

  private renderConfigError(): TemplateResult {
    const t = this.localize.t(sharedMessages);
    return html`
      <div part="base">
        ${this.renderIssuePanel(`${this.widgetName}: ${t.configErrorTitle}`, [t.configErrorHelp, t.configErrorVisitor], this.localize.language)}
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
}
