import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatMoney, minorDigits, toMajorString, type Cents } from '../../core/money.js';
import { gfeProvider } from '../../core/gfe-availability.js';
import { mailtoHref, telHref } from '../../core/links.js';
import { issueMessage, parseUrl, type FieldResult, type SettingIssue } from '../../core/practice.js';
import {
  estimate,
  integrationSessionsFor,
  weeksFor,
  LINE_ITEM_KINDS,
  PRICING_PLAN_LIMITS,
  QUANTITY_OF,
  type Estimate,
  type EstimateLineItem,
  type LineItemKind,
  type OutOfNetworkBenefits,
  type PricingPlan,
} from '../../core/pricing.js';
import { emit } from '../../shared/events.js';
import { ariaInvalid, controlAria, formField, noteId } from '../../shared/fields.js';
import { KapElement } from '../../shared/kap-element.js';
import { costEstimatorStyles } from './kap-cost-estimator.styles.js';
import { readAmount, readWholeNumber, type FieldReading } from './field-reading.js';
import { costEstimatorMessages, type CostEstimatorMessages } from './messages.js';
import { endPrintIsolation, printAlone } from './print.js';
import type { GfeFlow } from './gfe/gfe-flow.js';

/** Detail of `kap-estimate-change`: the estimate as the core computed it. */
export interface KapEstimateChangeDetail {
  lineItems: EstimateLineItem[];
  totalCents: Cents;
  /** 0 unless the visitor filled in out-of-network benefits. */
  reimbursementCents: Cents;
  netCents: Cents;
  currency: string;
}

type BenefitKey = 'planPays' | 'deductible' | 'outOfPocket' | 'allowed';

/** One entry per kind of session. LINE_ITEM_KINDS lists every LineItemKind, so the record is whole. */
function perKind<T>(make: (kind: LineItemKind) => T): Record<LineItemKind, T> {
  return Object.fromEntries(LINE_ITEM_KINDS.map((kind) => [kind, make(kind)])) as Record<LineItemKind, T>;
}

/** A count field takes the range of the plan count it fills, so the estimate never gets one out of range. */
const COUNT_LIMITS = perKind((kind): { min: number; max: number } => PRICING_PLAN_LIMITS[QUANTITY_OF[kind]]);
const AMOUNT_KEYS: readonly Exclude<BenefitKey, 'planPays'>[] = ['deductible', 'outOfPocket', 'allowed'];

/** Arrow keys step by one and Page keys by five, as the ARIA spinbutton pattern has it. */
const STEP_KEYS: Readonly<Record<string, number>> = { ArrowUp: 1, ArrowDown: -1, PageUp: 5, PageDown: -5 };

/** Long enough that a total is announced once a visitor pauses, not at every keystroke. */
const ANNOUNCE_AFTER_MS = 900;

interface CountField {
  text: string;
  /** The count the estimate uses: always in range, whatever the text says. */
  value: number;
  /** The last reading of the text, kept while it needs explaining. */
  reading: FieldReading | null;
  /** Set once the visitor changes it; until then it follows the practice's settings. */
  touched: boolean;
}

interface BenefitField {
  text: string;
  /** Null while empty or unreadable: the estimate leaves it out. */
  value: number | null;
  reading: FieldReading | null;
}

/** A sign shown beside a field ("$" before, "€" or "%" after). */
interface Affix {
  before: string;
  after: string;
}

const emptyBenefit = (): BenefitField => ({ text: '', value: null, reading: null });

/**
 * What a KAP plan will cost before a visitor calls: preparation, medicine and integration
 * sessions at the practice's fees, the total and the cost per week, live as the visitor
 * types; with out-of-network benefits filled in, what the plan may pay back and the net cost.
 * It says plainly that it is an informal estimate, not a Good Faith Estimate, shows the Good
 * Faith Estimate notice, and prints a clean page with the practice's name, the date, the
 * service codes and the disclaimers.
 *
 * Once the practice has set `provider-npi`, `provider-tin` and `practice-address`, it also
 * issues the Good Faith Estimate itself: "Get your Good Faith Estimate" asks for the visitor's
 * name and date of birth and shows the GFE for the plan they chose, as a document that prints
 * alone; with `booking-endpoint` set, a copy goes to the practice. The form and the document
 * load only when a visitor asks for them.
 *
 * @summary A live, printable cost estimate of a KAP treatment plan, with out-of-network reimbursement.
 * @tag kap-cost-estimator
 *
 * @attr gfe-url - Where "Request a Good Faith Estimate" leads: an https:// address, or a mailto: or tel: link. Unset: a mailto: link to `contact-email`, else a tel: link to `contact-phone`, else a sentence saying whom to ask.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The settings panel shown instead of the widget when a setting is wrong.
 * @csspart heading - The widget's title.
 * @csspart controls - Everything the visitor changes: the plan's sessions and the benefits.
 * @csspart field - One labelled control with its hint and note.
 * @csspart label - The label of a control.
 * @csspart hint - The line under a label that says what to enter.
 * @csspart input - Every text field: session counts, benefit amounts, and the GFE form's name and date of birth.
 * @csspart stepper-button - The minus and plus buttons beside a session count.
 * @csspart field-note - What happened to an entry that was out of range or unreadable.
 * @csspart benefits-toggle - The "I have out-of-network benefits" disclosure button.
 * @csspart benefits - The benefits fields revealed by the toggle.
 * @csspart table - The table of line items.
 * @csspart line-item - One row of the table: sessions of one kind.
 * @csspart total - The estimated total.
 * @csspart per-week - The cost per week over the series.
 * @csspart reimbursement - What the plan may pay back, the net cost and how they came about.
 * @csspart net - The estimated cost after reimbursement.
 * @csspart print-button - The "Print this estimate" button.
 * @csspart print-header - The practice, date and contact lines printed above the estimate.
 * @csspart disclaimer - Each disclaimer, including the Good Faith Estimate notice.
 * @csspart gfe-notice - The Good Faith Estimate notice (also a `disclaimer`).
 * @csspart gfe-link - The "Request a Good Faith Estimate" link, while the GFE settings are incomplete.
 * @csspart gfe-open - The "Get your Good Faith Estimate" button, once they are complete.
 * @csspart gfe-form - The form that asks for the patient's full name and date of birth.
 * @csspart gfe-document - The Good Faith Estimate itself, as it prints.
 * @csspart gfe-delivery - Whether the practice has received its copy of the GFE.
 * @csspart gfe-print - The button that prints the GFE alone.
 *
 * @fires {CustomEvent<KapEstimateChangeDetail>} kap-estimate-change - Once on first render and on every change of the estimate: `{lineItems, totalCents, reimbursementCents, netCents, currency}`.
 * @fires {CustomEvent<KapGfeIssuedDetail>} kap-gfe-issued - A Good Faith Estimate was issued to the visitor: `{gfeId, issuedAt, totalCents, currency}`, never the patient's name or date of birth.
 */
export class KapCostEstimator extends KapElement {
  protected static override readonly drawsInTwoTasks = true;
  static override styles = [...KapElement.styles, costEstimatorStyles];
  protected static override readonly textPack = 'kap-cost-estimator';

  /** Where "Request a Good Faith Estimate" leads; unset, the practice's email or phone. */
  @property({ attribute: 'gfe-url' }) gfeUrl?: string;

  @state() private counts: Record<LineItemKind, CountField> = perKind((kind) => ({
    text: '',
    value: COUNT_LIMITS[kind].min,
    reading: null,
    touched: false,
  }));

  @state() private benefits: Record<BenefitKey, BenefitField> = {
    planPays: emptyBenefit(),
    deductible: emptyBenefit(),
    outOfPocket: emptyBenefit(),
    allowed: emptyBenefit(),
  };

  @state() private benefitsOpen = false;
  @state() private announcement = '';

  /** The GFE's form and document, once a visitor has asked for them. */
  @state() private gfeFlow?: GfeFlow;
  @state() private gfeLoad: 'idle' | 'loading' | 'failed' = 'idle';
  /** While the GFE's own print runs: only the document prints. */
  @state() private printingGfe = false;

  /** The estimate of the current plan, from the resolved settings. */
  private current!: Estimate;
  private emittedKey?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The locale the last announcement was worded in. */
  private announcedIn = '';
  /** Currency and locale the benefit amounts were read in. */
  private amountsReadIn = '';
  /** `gfe-url` as read this update; undefined while unset. */
  private gfeLink?: FieldResult<string>;

  protected get widgetName(): string {
    return this.t.widgetName;
  }

  private get t(): CostEstimatorMessages {
    return this.localize.t(costEstimatorMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every print, from the button or the browser's own command, dates the estimate then.
    window.addEventListener('beforeprint', this.refreshForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.refreshForPrint);
    clearTimeout(this.announceTimer);
    endPrintIsolation(this);
  }

  /**
   * The print header's date, set as printing begins: formatting it on every render would make
   * the first one build a date formatter (about 10 ms on a phone) for a line only paper shows.
   */
  @state() private printedOn?: string;

  private readonly refreshForPrint = (): void => {
    this.printedOn = this.localize.date(new Date(), { dateStyle: 'long' });
  };

  // The base asks for issues once per update, so gfe-url is read here, once, and kept for rendering.
  protected override widgetIssues(): SettingIssue[] {
    this.gfeLink = this.gfeUrl == null ? undefined : parseUrl(this.gfeUrl, 'link', document.baseURI);
    if (this.gfeUrl == null || this.gfeLink?.ok !== false) return [];
    return [{ attribute: 'gfe-url', value: this.gfeUrl, message: issueMessage('gfe-url', this.gfeUrl, this.gfeLink.message) }];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Once the page changes language, a total announced in the old one is stale text in the live region.
    if (this.announcement !== '' && this.announcedIn !== this.localize.locale) this.announcement = '';
    this.followSettings();
    this.rereadAmounts();
    // The settings carry the practice's service codes, so the estimate and the GFE print the same ones.
    this.current = estimate(this.plan(), this.settings, this.coverage());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While a setting is wrong the visitor sees the settings panel, not this estimate.
    if (this.configIssues.length > 0) return;
    const { lineItems, totalCents, reimbursementCents, netCents, currency } = this.current;
    const detail: KapEstimateChangeDetail = {
      lineItems: lineItems.map((item) => ({ ...item })),
      totalCents,
      reimbursementCents,
      netCents,
      currency,
    };
    const key = JSON.stringify(detail);
    if (key === this.emittedKey) return;
    const first = this.emittedKey === undefined;
    this.emittedKey = key;
    emit(this, 'kap-estimate-change', detail);
    if (!first) this.scheduleAnnouncement();
  }

  /** Counts the visitor has not touched follow the practice's settings, and integration follows medicine. */
  private followSettings(): void {
    const s = this.settings;
    const follow = (key: LineItemKind, value: number) => {
      const field = this.counts[key];
      if (field.touched || (field.value === value && field.text === String(value))) return;
      this.counts = { ...this.counts, [key]: { text: String(value), value, reading: null, touched: false } };
    };
    follow('preparation', s.preparationSessions);
    follow('medicine', s.medicineSessions);
    follow('integration', integrationSessionsFor(this.counts.medicine.value, s));
  }

  /** An amount read as dollars means something else in yen: read the texts again. */
  private rereadAmounts(): void {
    const readIn = `${this.settings.currency}|${this.localize.locale}`;
    if (readIn === this.amountsReadIn) return;
    this.amountsReadIn = readIn;
    for (const key of AMOUNT_KEYS) {
      if (this.benefits[key].text !== '') this.setBenefit(key, this.benefits[key].text);
    }
  }

  private plan(): PricingPlan {
    return {
      preparationSessions: this.counts.preparation.value,
      medicineSessions: this.counts.medicine.value,
      integrationSessions: this.counts.integration.value,
      weeks: weeksFor(this.counts.medicine.value, this.settings),
    };
  }

  /** The benefits, once the visitor has opened them and given the two that cannot be assumed. */
  private coverage(): OutOfNetworkBenefits | undefined {
    const { planPays, deductible, outOfPocket, allowed } = this.benefits;
    if (!this.benefitsOpen || planPays.value === null || deductible.value === null) return undefined;
    return {
      planPaysPercent: planPays.value,
      deductibleRemainingCents: deductible.value,
      ...(outOfPocket.value === null ? {} : { outOfPocketMaxRemainingCents: outOfPocket.value }),
      ...(allowed.value === null ? {} : { allowedPerSessionCents: allowed.value }),
    };
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const current = this.current;
      const total = this.money(current.totalCents);
      this.announcedIn = this.localize.locale;
      this.announcement = current.reimbursement
        ? this.t.announceNet(total, this.money(current.netCents))
        : this.t.announceTotal(total);
    }, ANNOUNCE_AFTER_MS);
  }

  private setCount(key: LineItemKind, field: CountField): void {
    this.counts = { ...this.counts, [key]: field };
  }

  private onCountInput(key: LineItemKind, text: string): void {
    const { min, max } = COUNT_LIMITS[key];
    const reading = readWholeNumber(text, min, max, this.localize.locale);
    const value = reading.status === 'ok' || reading.status === 'adjusted' ? reading.value : this.counts[key].value;
    this.setCount(key, { text, value, reading: reading.status === 'ok' ? null : reading, touched: true });
  }

  /** Leaving a field puts the count in use back in it; an adjustment keeps its explanation. */
  private onCountChange(key: LineItemKind): void {
    const field = this.counts[key];
    const explained = field.reading?.status === 'adjusted' ? field.reading : null;
    this.setCount(key, { ...field, text: String(field.value), reading: explained });
  }

  private step(key: LineItemKind, delta: number): void {
    const { min, max } = COUNT_LIMITS[key];
    const value = Math.min(max, Math.max(min, this.counts[key].value + delta));
    this.setCount(key, { text: String(value), value, reading: null, touched: true });
  }

  private onCountKeydown(key: LineItemKind, event: KeyboardEvent): void {
    const delta = STEP_KEYS[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    this.step(key, delta);
  }

  private setBenefit(key: BenefitKey, text: string): void {
    const reading =
      key === 'planPays'
        ? readWholeNumber(text, 0, 100, this.localize.locale)
        : readAmount(text, this.settings.currency, this.localize.locale);
    const value = reading.status === 'ok' || reading.status === 'adjusted' ? reading.value : null;
    const explained = reading.status === 'adjusted' || reading.status === 'invalid' ? reading : null;
    this.benefits = { ...this.benefits, [key]: { text, value, reading: explained } };
  }

  /** Leaving an adjusted field shows the value in use; unreadable text stays for the visitor to fix. */
  private onBenefitChange(key: BenefitKey): void {
    const field = this.benefits[key];
    if (field.reading?.status !== 'adjusted' || field.value === null) return;
    const text = key === 'planPays' ? String(field.value) : this.plainAmount(field.value);
    this.benefits = { ...this.benefits, [key]: { ...field, text } };
  }

  private toggleBenefits(): void {
    this.benefitsOpen = !this.benefitsOpen;
  }

  private async printEstimate(): Promise<void> {
    // The printed date is today's, even on a page left open since yesterday.
    this.requestUpdate();
    await this.updateComplete;
    printAlone(this);
  }

  /** Loads the GFE's form and document the first time a visitor asks, then shows them. */
  private async openGfe(): Promise<void> {
    if (!this.gfeFlow) {
      if (this.gfeLoad === 'loading') return;
      this.gfeLoad = 'loading';
      try {
        const { GfeFlow, gfeStyles } = await import('./gfe/gfe-flow.js');
        const root = this.shadowRoot;
        if (root && gfeStyles.styleSheet && !root.adoptedStyleSheets.includes(gfeStyles.styleSheet)) {
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, gfeStyles.styleSheet];
        }
        this.gfeFlow = new GfeFlow(this, () => ({
          settings: this.settings,
          localize: this.localize,
          estimate: this.current,
          print: () => void this.printGfe(),
        }));
        this.gfeLoad = 'idle';
      } catch {
        // Offline, or a host that does not serve the chunk: the visitor can try again.
        this.gfeLoad = 'failed';
        return;
      }
    }
    await this.gfeFlow.open();
  }

  private async printGfe(): Promise<void> {
    this.printingGfe = true;
    await this.updateComplete;
    window.addEventListener('afterprint', () => (this.printingGfe = false), { once: true });
    printAlone(this);
  }

  private money(cents: Cents): string {
    return formatMoney(cents, this.settings.currency, this.localize.locale);
  }

  private percent(value: number): string {
    return this.localize.count(value, { style: 'unit', unit: 'percent' });
  }

  /** An amount as a visitor would type it back: the locale's decimal mark, no grouping. */
  private plainAmount(cents: Cents): string {
    const digits = minorDigits(this.settings.currency);
    return this.localize.count(toMajorString(cents, this.settings.currency) as Intl.StringNumericLiteral, {
      useGrouping: false,
      minimumFractionDigits: cents % 10 ** digits === 0 ? 0 : digits,
    });
  }

  /** The sign a locale writes with a currency amount or a percentage, and on which side. */
  private affixOf(options: Intl.NumberFormatOptions): Affix {
    const parts = this.localize.numberFormat(options).formatToParts(1);
    const signAt = parts.findIndex((part) => part.type === 'currency' || part.type === 'unit');
    const sign = parts[signAt]?.value.trim() ?? '';
    return signAt < parts.findIndex((part) => part.type === 'integer') ? { before: sign, after: '' } : { before: '', after: sign };
  }

  private countNote(key: LineItemKind): string {
    const { reading, value } = this.counts[key];
    const t = this.t;
    switch (reading?.status) {
      case 'empty':
        return t.countEmpty(this.localize.count(value));
      case 'invalid':
        return t.countNotANumber(this.localize.count(value));
      case 'adjusted': {
        const used = this.localize.count(reading.value);
        if (reading.reason === 'rounded') return t.countRounded(used);
        return reading.reason === 'below-min' ? t.countBelowMin(used) : t.countAboveMax(used);
      }
      default:
        return '';
    }
  }

  private benefitNote(key: BenefitKey): string {
    const { reading } = this.benefits[key];
    const t = this.t;
    if (reading?.status === 'invalid') {
      if (key === 'planPays') return t.percentNotANumber;
      return reading.reason === 'too-many-decimals'
        ? t.amountTooManyDecimals(minorDigits(this.settings.currency))
        : t.amountNotANumber(this.localize.count(1500));
    }
    if (reading?.status !== 'adjusted') return '';
    if (key === 'planPays') {
      const used = this.percent(reading.value);
      if (reading.reason === 'rounded') return t.percentRounded(used);
      return reading.reason === 'below-min' ? t.percentBelowMin(used) : t.percentAboveMax(used);
    }
    return reading.reason === 'below-min' ? t.amountBelowMin(this.money(0)) : t.amountAboveMax(this.money(reading.value));
  }

  protected renderWidget(): TemplateResult {
    const t = this.t;
    const s = this.settings;
    const current = this.current;
    return html`
      <section part="base" class="estimator${this.printingGfe ? ' gfe-printing' : ''}" lang=${this.localize.lang} aria-labelledby="heading">
        <div class="screen-only">
          <h2 part="heading" id="heading" class="heading">${t.heading}</h2>
          <p class="intro">${t.intro(s.practiceName)}</p>
        </div>
        ${this.later(() => this.renderPrintHeader())}
        <div class="layout">
          <div part="controls" class="controls">
            <fieldset class="plan">
              <legend class="legend">${t.planLegend}</legend>
              ${LINE_ITEM_KINDS.map((key) => this.renderCount(key))}
            </fieldset>
            ${this.renderBenefits()}
          </div>
          <div class="results">
            ${this.renderTable(current)}
            <p part="total" class="total">
              <span class="total-label">${t.totalLabel}</span>
              <span class="total-amount">${this.money(current.totalCents)}</span>
            </p>
            <p part="per-week" class="per-week">
              ${t.perWeek(this.money(current.perWeekCents), current.weeks, this.localize.count(current.weeks))}
            </p>
            ${this.benefitsOpen ? this.renderReimbursement(current) : nothing}
            <button part="print-button" class="button primary print-button" type="button" @click=${this.printEstimate}>
              ${t.printButton}
            </button>
          </div>
        </div>
        ${this.later(() => this.renderDisclaimers())}
        ${this.gfeFlow && gfeProvider(s) ? html`<div class="gfe-area">${this.gfeFlow.render()}</div>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  private renderPrintHeader(): TemplateResult {
    const t = this.t;
    const s = this.settings;
    return html`
      <div part="print-header" class="print-only print-header">
        <p class="print-practice">${s.practiceName}</p>
        <p class="print-title">${t.printTitle}</p>
        ${this.printedOn ? html`<p>${t.preparedOn(this.printedOn)}</p>` : nothing}
        <p>${t.serviceArea(s.serviceArea.join(', '))}</p>
        ${s.contactEmail ? html`<p>${t.contactEmail(s.contactEmail)}</p>` : nothing}
        ${s.contactPhone ? html`<p>${t.contactPhone(s.contactPhone)}</p>` : nothing}
      </div>
    `;
  }

  private renderCount(key: LineItemKind): TemplateResult {
    const t = this.t;
    const s = this.settings;
    const field = this.counts[key];
    const { min, max } = COUNT_LIMITS[key];
    const id = `count-${key}`;
    const terms =
      key === 'medicine'
        ? t.sessionTerms(this.localize.duration(s.medicineMinutes), this.money(s.medicineFeeCents))
        : t.sessionTerms(this.localize.duration(s.sessionMinutes), this.money(s.sessionFeeCents));
    const usual =
      key === 'integration' && s.integrationPerMedicine > 0
        ? html`<br />${t.integrationUsual(s.integrationPerMedicine)}`
        : nothing;
    const shown = { id, hint: html`${terms}${usual}` };
    const aria = controlAria(shown, noteId(id));
    return formField({
      ...shown,
      className: 'count-field',
      label: t[`${key}Session`],
      control: html`<div class="stepper">
        ${this.renderStep(key, -1, t[`${key}Fewer`], field.value <= min)}
        <input
          part="input"
          class="input count-input"
          id=${id}
          type="text"
          inputmode="numeric"
          role="spinbutton"
          autocomplete="off"
          aria-valuemin=${min}
          aria-valuemax=${max}
          aria-valuenow=${field.value}
          aria-invalid=${ariaInvalid(field.reading?.status === 'invalid' || field.reading?.status === 'empty')}
          aria-describedby=${ifDefined(aria.describedBy)}
          .value=${live(field.text)}
          @input=${(event: Event) => this.onCountInput(key, (event.target as HTMLInputElement).value)}
          @change=${() => this.onCountChange(key)}
          @keydown=${(event: KeyboardEvent) => this.onCountKeydown(key, event)}
        />
        ${this.renderStep(key, 1, t[`${key}More`], field.value >= max)}
      </div>`,
      after: html`<p part="field-note" class="note" id=${noteId(id)} aria-live="polite">${this.countNote(key)}</p>`,
    });
  }

  /** Minus and plus for touch; keyboards have the arrow keys, so they stay out of the tab order. */
  private renderStep(key: LineItemKind, delta: -1 | 1, label: string, disabled: boolean): TemplateResult {
    return html`
      <button
        part="stepper-button"
        class="step"
        type="button"
        tabindex="-1"
        aria-label=${label}
        ?disabled=${disabled}
        @click=${() => this.step(key, delta)}
      >
        <span aria-hidden="true">${delta < 0 ? '−' : '+'}</span>
      </button>
    `;
  }

  private renderBenefits(): TemplateResult {
    const t = this.t;
    const money = this.affixOf({ style: 'currency', currency: this.settings.currency });
    const percent = this.affixOf({ style: 'unit', unit: 'percent' });
    const fee = this.money(this.settings.sessionFeeCents);
    return html`
      <div class="benefits-area">
        <button
          part="benefits-toggle"
          class="benefits-toggle"
          type="button"
          aria-expanded=${this.benefitsOpen ? 'true' : 'false'}
          aria-controls="benefits"
          @click=${this.toggleBenefits}
        >
          <span class="chevron" aria-hidden="true"></span>${t.benefitsToggle}
        </button>
        <fieldset part="benefits" class="benefits" id="benefits" ?hidden=${!this.benefitsOpen}>
          ${this.later(
            // Closed on the first render, so it takes no room: drawing it a task later moves nothing.
            () => html`
              <legend class="visually-hidden">${t.benefitsToggle}</legend>
              <p class="benefits-intro">${t.benefitsIntro}</p>
              <p class="hint" id="amounts-in">${t.amountsIn(this.settings.currency, this.localize.count(1500))}</p>
              ${this.renderBenefit('planPays', t.planPaysLabel, t.planPaysHint, percent)}
              ${this.renderBenefit('deductible', t.deductibleLabel, t.deductibleHint, money)}
              ${this.renderBenefit('outOfPocket', t.outOfPocketLabel, t.outOfPocketHint, money)}
              ${this.renderBenefit('allowed', t.allowedLabel, t.allowedHint(fee), money)}
            `,
          )}
        </fieldset>
      </div>
    `;
  }

  private renderBenefit(key: BenefitKey, label: string, hint: string, affix: Affix): TemplateResult {
    const field = this.benefits[key];
    const id = `benefit-${key}`;
    const shown = { id, hint };
    const aria = controlAria(shown, key !== 'planPays' && 'amounts-in', noteId(id));
    return formField({
      ...shown,
      label,
      control: html`<div class="affixed">
        ${affix.before ? html`<span class="affix" aria-hidden="true">${affix.before}</span>` : nothing}
        <input
          part="input"
          class="input"
          id=${id}
          type="text"
          inputmode=${key === 'planPays' ? 'numeric' : 'decimal'}
          autocomplete="off"
          aria-invalid=${ariaInvalid(field.reading?.status === 'invalid')}
          aria-describedby=${ifDefined(aria.describedBy)}
          .value=${live(field.text)}
          @input=${(event: Event) => this.setBenefit(key, (event.target as HTMLInputElement).value)}
          @change=${() => this.onBenefitChange(key)}
        />
        ${affix.after ? html`<span class="affix" aria-hidden="true">${affix.after}</span>` : nothing}
      </div>`,
      after: html`<p part="field-note" class="note" id=${noteId(id)} aria-live="polite">${this.benefitNote(key)}</p>`,
    });
  }

  private renderTable(current: Estimate): TemplateResult {
    const t = this.t;
    return html`
      <table part="table" class="lines">
        <caption class="visually-hidden">${t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.columnService}</th>
            <th scope="col" class="num quantity">${t.columnQuantity}</th>
            <th scope="col" class="num">${t.columnAmount}</th>
          </tr>
        </thead>
        <tbody>
          ${current.lineItems.map((item) => {
            const quantity = t.quantityTimesFee(this.localize.count(item.quantity), this.money(item.unitCents));
            return html`
              <tr part="line-item">
                <th scope="row" class="line-name">
                  ${t[item.labelKey]}
                  <span class="line-terms">
                    ${item.serviceCode
                      ? t.lineTermsWithCode(this.localize.duration(item.minutes), item.serviceCode)
                      : t.lineTerms(this.localize.duration(item.minutes))}
                  </span>
                  <span class="line-terms quantity-inline">${quantity}</span>
                </th>
                <td class="num quantity">${quantity}</td>
                <td class="num amount">${this.money(item.totalCents)}</td>
              </tr>
            `;
          })}
        </tbody>
      </table>
    `;
  }

  private renderReimbursement(current: Estimate): TemplateResult {
    const t = this.t;
    const breakdown = current.reimbursement;
    if (!breakdown) {
      return html`<div part="reimbursement" class="reimbursement"><p>${t.benefitsMissing}</p></div>`;
    }
    const { planPays, deductible, outOfPocket, allowed } = this.benefits;
    return html`
      <div part="reimbursement" class="reimbursement">
        <p class="sum-row">
          <span>${t.reimbursementLabel}</span>
          <span class="amount">${this.money(breakdown.reimbursementCents)}</span>
        </p>
        <p part="net" class="sum-row net">
          <span>${t.netLabel}</span>
          <span class="amount">${this.money(current.netCents)}</span>
        </p>
        <ul class="explain">
          <li>
            ${breakdown.sessions === 0
              ? t.reimbursementNone
              : t.reimbursementBasis(this.localize.count(breakdown.sessions), this.money(breakdown.deductibleAppliedCents))}
          </li>
          ${breakdown.aboveAllowedCents > 0 ? html`<li>${t.aboveAllowed(this.money(breakdown.aboveAllowedCents))}</li>` : nothing}
          ${breakdown.outOfPocketMaxReached ? html`<li>${t.outOfPocketReached}</li>` : nothing}
          <li>${t.reimbursementCaveat}</li>
        </ul>
        <div class="print-only">
          <p class="print-subtitle">${t.benefitsEntered}</p>
          <ul>
            <li>${t.benefitPlanPays(this.percent(planPays.value ?? 0))}</li>
            <li>${t.benefitDeductible(this.money(deductible.value ?? 0))}</li>
            ${outOfPocket.value === null ? nothing : html`<li>${t.benefitOutOfPocket(this.money(outOfPocket.value))}</li>`}
            ${allowed.value === null ? nothing : html`<li>${t.benefitAllowed(this.money(allowed.value))}</li>`}
          </ul>
        </div>
      </div>
    `;
  }

  private renderDisclaimers(): TemplateResult {
    const t = this.t;
    return html`
      <div class="disclaimers">
        <p part="disclaimer" class="disclaimer">${t.disclaimerInformal}</p>
        <p part="disclaimer" class="disclaimer">${t.disclaimerExcludes}</p>
        <p part="disclaimer" class="disclaimer">${t.disclaimerInsurance}</p>
        <section part="disclaimer gfe-notice" class="disclaimer gfe-notice" aria-labelledby="gfe-title">
          <h3 id="gfe-title" class="gfe-title">${t.gfeTitle}</h3>
          <p>${t.gfeNotice}</p>
          <p>
            ${t.gfeMoreBefore}<a href="https://www.cms.gov/nosurprises">${t.cmsLinkText}</a>${t.gfeMoreBetween}<a
              href="tel:+18009853059"
              >${t.cmsPhoneText}</a
            >${t.gfeMoreAfter}
          </p>
          ${this.renderGfeRequest()}
        </section>
        <p class="print-only disclaimer">${t.printNotContract}</p>
      </div>
    `;
  }

  /**
   * With the GFE settings complete, the button that issues one; else the request link: the
   * practice's own address, else its email, else its phone, else words.
   */
  private renderGfeRequest(): TemplateResult {
    const t = this.t;
    const s = this.settings;
    if (gfeProvider(s)) {
      return html`
        <p class="gfe-request screen-only">
          <button
            part="gfe-open"
            class="button primary gfe-open"
            type="button"
            aria-expanded=${this.gfeFlow?.isOpen ? 'true' : 'false'}
            aria-busy=${this.gfeLoad === 'loading' ? 'true' : 'false'}
            @click=${this.openGfe}
          >
            ${t.gfeGet}
          </button>
        </p>
        ${this.gfeLoad === 'failed' ? html`<p class="gfe-request screen-only" role="alert">${t.gfeLoadFailed}</p>` : nothing}
      `;
    }
    const link = (href: string, text: string) =>
      html`<p class="gfe-request screen-only"><a part="gfe-link" class="button gfe-link" href=${href}>${text}</a></p>`;
    if (this.gfeLink?.ok) return link(this.gfeLink.value, t.gfeRequest);
    if (s.contactEmail) return link(mailtoHref(s.contactEmail, t.gfeEmailSubject), t.gfeRequest);
    if (s.contactPhone) return link(telHref(s.contactPhone), t.gfeCall(s.contactPhone));
    return html`<p class="gfe-request">${t.gfeAsk(s.practiceName)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-cost-estimator': KapCostEstimator;
  }
  interface HTMLElementEventMap {
    'kap-estimate-change': CustomEvent<KapEstimateChangeDetail>;
  }
}
