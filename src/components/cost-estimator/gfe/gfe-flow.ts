/**
 * The Good Faith Estimate inside the cost estimator: the form that asks for the patient's name
 * and date of birth, the document, and the practice's copy on its way. The estimator imports
 * this module only when a visitor asks for a GFE, so its first load carries none of it.
 *
 * It imports only what every widget already shares (Lit, the core's formatting, the field
 * template of the other forms), the booking request's delivery (a chunk of its own, see
 * vite.config.ts) and what no widget's first load holds (the GFE core, its words, its styles):
 * a module the estimator itself imported too would be moved into the chunk every widget loads.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  checkGfeRequest,
  gfeSummary,
  issueGfe,
  toGfeSubmission,
  GFE_DISPUTE,
  type BirthDateInput,
  type GfeRequestCheck,
  type GfeRequestInput,
  type GoodFaithEstimate,
} from '../../../core/gfe.js';
import { formatMoney, type Cents } from '../../../core/money.js';
import type { PracticeSettings } from '../../../core/practice.js';
import type { Estimate } from '../../../core/pricing.js';
import { todayIn } from '../../../core/today.js';
import { DeliveryController, type Delivery } from '../../../shared/delivery-controller.js';
import { emit } from '../../../shared/events.js';
import { ariaInvalid, controlAria, formField, noteId } from '../../../shared/fields.js';
import type { LocalizeController } from '../../../shared/localize.js';
import { gfeMessages, type GfeMessages } from './gfe-messages.js';

export { gfeStyles } from './gfe.styles.js';

/** What the estimator tells the flow at every render. */
export interface GfeContext {
  settings: PracticeSettings;
  /** The estimator's own localizer: the one rule of text language and format locale. */
  localize: GfeLocalize;
  /** The estimate of the plan the visitor chose, as the estimator shows it. */
  estimate: Estimate;
  /** Prints the GFE alone. */
  print(): void;
}

/** What the flow asks of the estimator's LocalizeController. */
export type GfeLocalize = Pick<LocalizeController, 't' | 'lang' | 'locale' | 'count' | 'numberFormat' | 'date' | 'dateFormat' | 'duration'>;

type Phase = 'closed' | 'form' | 'document';
type Problems = Extract<GfeRequestCheck, { ok: false }>['problems'];
type DateField = keyof BirthDateInput;

const EXAMPLE_BIRTH_DATE = Date.UTC(1985, 2, 27);
const DATE_FIELD_LENGTH: Record<DateField, number> = { month: 2, day: 2, year: 4 };

export class GfeFlow {
  private phase: Phase = 'closed';
  private values: GfeRequestInput = { name: '', month: '', day: '', year: '' };
  /** Problems shown: set by a submit, then updated as the visitor fixes them. */
  private problems: Problems = {};
  private submitted = false;
  private gfe?: GoodFaithEstimate;
  /** The practice's copy of the GFE shown: every attempt, "Send again" included, carries one key. */
  private copy?: Delivery;
  /** The booking request's delivery: retries, the key, offline and back. */
  private readonly delivery: DeliveryController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => GfeContext,
  ) {
    this.delivery = new DeliveryController(host);
  }

  get isOpen(): boolean {
    return this.phase !== 'closed';
  }

  /** Shows the form, or the document already issued, and moves focus to its title. */
  async open(): Promise<void> {
    if (this.phase === 'closed') this.phase = this.gfe ? 'document' : 'form';
    await this.update();
    this.focus(this.phase === 'document' ? '#gfe-document-title' : '#gfe-form-title');
  }

  private get t(): GfeMessages {
    return this.context().localize.t(gfeMessages);
  }

  private get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  private async update(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private focus(selector: string): void {
    this.root.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- the form ------------------------------------------------------------------------

  private today(): string {
    return todayIn(this.context().settings.timezone);
  }

  private onInput(field: keyof GfeRequestInput, value: string): void {
    this.values = { ...this.values, [field]: value };
    // Before the first submit nothing is judged; after it, problems clear as they are fixed.
    if (this.submitted) {
      const check = checkGfeRequest(this.values, this.today());
      const now = check.ok ? {} : check.problems;
      this.problems = {
        ...(this.problems.name && now.name ? { name: now.name } : {}),
        ...(this.problems.birthDate && now.birthDate ? { birthDate: now.birthDate } : {}),
      };
    }
    this.host.requestUpdate();
  }

  // Listeners are arrow functions: Lit calls a listener with the host element as `this`.
  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    this.submitted = true;
    const context = this.context();
    const check = checkGfeRequest(this.values, this.today());
    if (!check.ok) {
      this.problems = check.problems;
      await this.update();
      this.focus('#gfe-problems');
      return;
    }
    this.problems = {};
    const gfe = issueGfe({ settings: context.settings, estimate: context.estimate, patient: check.patient });
    this.gfe = gfe;
    this.phase = 'document';
    this.copy = undefined;
    await this.update();
    this.focus('#gfe-document-title');
    emit(this.host, 'kap-gfe-issued', gfeSummary(gfe));
    const endpoint = context.settings.bookingEndpoint;
    if (!endpoint) return;
    const idempotencyKey = globalThis.crypto.randomUUID();
    const text = this.root.querySelector<HTMLElement>('[part~="gfe-document"]')?.innerText ?? '';
    this.copy = {
      endpoint,
      idempotencyKey,
      body: toGfeSubmission(gfe, { subject: this.t.subject(gfe.gfeId), text, language: context.localize.lang, idempotencyKey }),
    };
    await this.deliver();
  };

  private readonly close = async (): Promise<void> => {
    this.phase = 'closed';
    await this.update();
    this.focus('[part~="gfe-open"]');
  };

  private readonly edit = async (): Promise<void> => {
    this.phase = 'form';
    await this.update();
    this.focus('#gfe-name');
  };

  // ---- the practice's copy -------------------------------------------------------------

  /**
   * Sends the copy. A GFE issued again while an earlier copy is still on its way goes out once
   * that one has settled: the controller sends one delivery at a time.
   */
  private async deliver(): Promise<void> {
    for (let copy = this.copy; copy && !this.delivery.busy; copy = this.copy) {
      await this.delivery.send(copy);
      if (this.copy === copy) return;
    }
  }

  // ---- formatting ----------------------------------------------------------------------

  private money(cents: Cents, currency: string): string {
    return formatMoney(cents, currency, this.context().localize.locale);
  }

  private count(value: number): string {
    return this.context().localize.count(value);
  }

  /** A calendar day in words, "December 1, 2026": read as the date it is, in no time zone. */
  private date(iso: string): string {
    return this.context().localize.date(new Date(`${iso}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** Month, day and year in the order the locale writes a date. */
  private dateFieldOrder(): DateField[] {
    const parts = this.context().localize.dateFormat({ year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
      EXAMPLE_BIRTH_DATE,
    );
    return parts.map((part) => part.type).filter((type): type is DateField => type === 'month' || type === 'day' || type === 'year');
  }

  // ---- rendering -----------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    if (this.phase === 'form') return this.renderForm();
    if (this.phase === 'document' && this.gfe) return this.renderDocument(this.gfe);
    return nothing;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const { estimate, settings } = this.context();
    const plan = estimate.lineItems.map((item) => t[`count-${item.kind}`](item.quantity, this.count(item.quantity))).join(', ');
    const problems = Object.values(this.problems);
    const order = this.dateFieldOrder();
    const example = this.context().localize.dateFormat({ year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(EXAMPLE_BIRTH_DATE)
      .filter((part) => part.type !== 'literal')
      .map((part) => part.value)
      .join(' ');
    const nameProblem = this.problems.name;
    const dateProblem = this.problems.birthDate;
    return html`
      <form part="gfe-form" class="gfe-form" novalidate aria-labelledby="gfe-form-title" @submit=${this.onSubmit}>
        <h3 id="gfe-form-title" class="gfe-title" tabindex="-1">${t.formTitle}</h3>
        <p>${t.formIntro(plan, this.money(estimate.totalCents, estimate.currency))}</p>
        ${problems.length > 0
          ? html`<div id="gfe-problems" class="gfe-problems" role="alert" tabindex="-1">
              <p class="gfe-problems-title">${t.problemsTitle}</p>
              <ul>
                ${nameProblem ? html`<li><a href="#gfe-name" @click=${this.jump}>${t[nameProblem]}</a></li>` : nothing}
                ${dateProblem
                  ? html`<li><a href="#gfe-${order[0]}" @click=${this.jump}>${t[dateProblem]}</a></li>`
                  : nothing}
              </ul>
            </div>`
          : nothing}
        ${this.renderNameField(nameProblem)}
        <fieldset part="field" class="field gfe-birth-date">
          <legend part="label" class="label">${t.birthDateLegend}</legend>
          <span part="hint" class="hint" id="gfe-birth-date-hint">${t.birthDateHint(example)}</span>
          <div class="gfe-date-parts">${order.map((field) => this.renderDateField(field, Boolean(dateProblem)))}</div>
          <p part="field-note" class="note" id="gfe-birth-date-note">${dateProblem ? t[dateProblem] : ''}</p>
        </fieldset>
        <p class="gfe-privacy">${settings.bookingEndpoint ? t.goesToPractice(settings.practiceName) : t.staysHere}</p>
        <div class="gfe-actions">
          <button class="button primary" type="submit">${t.submit}</button>
          <button class="button" type="button" @click=${this.close}>${t.cancel}</button>
        </div>
      </form>
    `;
  }

  /** Its problem is said in the note under it, beside the list of problems at the top of the form. */
  private renderNameField(problem: Problems['name']): TemplateResult {
    const t = this.t;
    const id = 'gfe-name';
    const shown = { id, hint: t.nameHint };
    const aria = controlAria(shown, noteId(id));
    return formField({
      ...shown,
      label: t.nameLabel,
      control: html`<input
        part="input"
        class="text-field gfe-name"
        id=${id}
        type="text"
        autocomplete="name"
        spellcheck="false"
        aria-invalid=${ariaInvalid(problem !== undefined)}
        aria-describedby=${ifDefined(aria.describedBy)}
        .value=${live(this.values.name)}
        @input=${(event: Event) => this.onInput('name', (event.target as HTMLInputElement).value)}
      />`,
      after: html`<p part="field-note" class="note" id=${noteId(id)}>${problem ? t[problem] : ''}</p>`,
    });
  }

  private renderDateField(field: DateField, invalid: boolean): TemplateResult {
    const t = this.t;
    const id = `gfe-${field}`;
    return html`
      <span class="gfe-date-part">
        <label class="gfe-date-label" for=${id}>${t[field]}</label>
        <input
          part="input"
          class="text-field gfe-date-input gfe-${field}"
          id=${id}
          type="text"
          inputmode="numeric"
          autocomplete="bday-${field}"
          maxlength=${DATE_FIELD_LENGTH[field]}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="gfe-birth-date-hint gfe-birth-date-note"
          .value=${live(this.values[field])}
          @input=${(event: Event) => this.onInput(field, (event.target as HTMLInputElement).value)}
        />
      </span>
    `;
  }

  /** A link in the problem list moves focus to its field: the page's own URL stays as it is. */
  private readonly jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    this.root.getElementById(id)?.focus();
  };

  private renderDocument(gfe: GoodFaithEstimate): TemplateResult {
    const t = this.t;
    const money = (cents: Cents) => this.money(cents, gfe.currency);
    const dispute = this.context().localize.numberFormat({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
      GFE_DISPUTE.thresholdCents / 100,
    );
    return html`
      <article part="gfe-document" class="gfe-document" aria-labelledby="gfe-document-title">
        <h3 id="gfe-document-title" class="gfe-title" tabindex="-1">${t.docTitle}</h3>
        <section class="gfe-section" aria-labelledby="gfe-patient">
          <h4 id="gfe-patient">${t.patientHeading}</h4>
          <dl class="gfe-facts">
            <div><dt>${t.patientName}</dt><dd>${gfe.patient.name}</dd></div>
            <div><dt>${t.birthDate}</dt><dd>${this.date(gfe.patient.birthDate)}</dd></div>
          </dl>
        </section>
        <section class="gfe-section" aria-labelledby="gfe-service">
          <h4 id="gfe-service">${t.serviceHeading}</h4>
          <p>${t.primaryService}</p>
          <dl class="gfe-facts">
            <div><dt>${t.scheduledDate}</dt><dd>${t.notScheduled}</dd></div>
          </dl>
        </section>
        <section class="gfe-section" aria-labelledby="gfe-provider">
          <h4 id="gfe-provider">${t.providerHeading}</h4>
          <dl class="gfe-facts">
            <div><dt>${t.providerName}</dt><dd>${gfe.provider.name}</dd></div>
            <div><dt>${t.npi}</dt><dd>${gfe.provider.npi}</dd></div>
            <div><dt>${t.tin}</dt><dd>${gfe.provider.tin}</dd></div>
            <div><dt>${t.office}</dt><dd>${gfe.provider.address}</dd></div>
            <div><dt>${t.states}</dt><dd>${gfe.provider.states.join(', ')}</dd></div>
          </dl>
        </section>
        <section class="gfe-section" aria-labelledby="gfe-items">
          <h4 id="gfe-items">${t.itemsHeading}</h4>
          <table class="gfe-items">
            <caption>${t.itemsCaption(this.date(gfe.coversFrom), this.date(gfe.coversThrough))}</caption>
            <thead>
              <tr>
                <th scope="col">${t.columnItem}</th>
                <th scope="col">${t.columnCode}</th>
                <th scope="col" class="num">${t.columnQuantity}</th>
                <th scope="col" class="num">${t.columnUnit}</th>
                <th scope="col" class="num">${t.columnCharge}</th>
              </tr>
            </thead>
            <tbody>
              ${gfe.items.map(
                (item) => html`
                  <tr class="gfe-item">
                    <th scope="row">
                      ${t[`item-${item.kind}`]}<span class="gfe-minutes">${this.context().localize.duration(item.minutes)}</span>
                      <span class="gfe-minutes gfe-inline">
                        ${t.inlineTerms(item.serviceCode ?? t.noCode, this.count(item.quantity), money(item.unitCents))}
                      </span>
                    </th>
                    <td>${item.serviceCode ?? t.noCode}</td>
                    <td class="num">${this.count(item.quantity)}</td>
                    <td class="num">${money(item.unitCents)}</td>
                    <td class="num">${money(item.totalCents)}</td>
                  </tr>
                `,
              )}
            </tbody>
            <tfoot>
              <tr class="gfe-total">
                <th scope="row" colspan="4">${t.totalLabel}</th>
                <td class="num">${money(gfe.totalCents)}</td>
              </tr>
            </tfoot>
          </table>
          <p class="gfe-small">${t.diagnosisNote}</p>
        </section>
        <section class="gfe-section" aria-labelledby="gfe-separate">
          <h4 id="gfe-separate">${t.separateHeading}</h4>
          <p>${t.separateIntro}</p>
          <ul>
            ${gfe.separatelyScheduled.map((service) => html`<li>${t[`separate-${service}`]}</li>`)}
          </ul>
          <p>${t.separateNote}</p>
        </section>
        <section class="gfe-section" aria-labelledby="gfe-disclaimer">
          <h4 id="gfe-disclaimer">${t.disclaimerHeading}</h4>
          ${gfe.disclaimers.map((disclaimer) =>
            disclaimer === 'dispute-resolution'
              ? html`<p>
                  ${t.disputeBefore(dispute, this.count(GFE_DISPUTE.days))}<a href=${GFE_DISPUTE.url}>${GFE_DISPUTE.urlText}</a
                  >${t.disputeBetween}<a href=${GFE_DISPUTE.tel}>${GFE_DISPUTE.phone}</a>${t.disputeAfter}
                </p>`
              : html`<p>${t[`disclaimer-${disclaimer}`]}</p>`,
          )}
        </section>
        <section class="gfe-section" aria-labelledby="gfe-issue">
          <h4 id="gfe-issue">${t.issueHeading}</h4>
          <dl class="gfe-facts">
            <div><dt>${t.gfeNumber}</dt><dd class="gfe-id">${gfe.gfeId}</dd></div>
            <div><dt>${t.issuedOn}</dt><dd>${this.date(gfe.issuedOn)}</dd></div>
            <div>
              <dt>${t.period}</dt>
              <dd>${t.periodValue(this.date(gfe.coversFrom), this.date(gfe.coversThrough), gfe.months, this.count(gfe.months))}</dd>
            </div>
          </dl>
          <p class="gfe-keep"><strong>${t.keepCopy}</strong></p>
        </section>
      </article>
      <div class="gfe-after screen-only">
        ${this.renderDelivery()}
        <div class="gfe-actions">
          <button part="gfe-print" class="button primary" type="button" @click=${() => this.context().print()}>${t.print}</button>
          <button class="button" type="button" @click=${this.edit}>${t.edit}</button>
        </div>
      </div>
    `;
  }

  private renderDelivery(): TemplateResult {
    const t = this.t;
    const practice = this.context().settings.practiceName;
    const delivery = this.delivery.state;
    let text = t.notSent(practice);
    let again = false;
    if (this.copy) {
      switch (delivery.phase) {
        case 'idle':
        case 'sending':
          text = delivery.phase === 'sending' && delivery.retry
            ? t.retrying(this.count(delivery.retry.attempt), this.count(delivery.retry.maxAttempts))
            : t.sending(practice);
          break;
        case 'delivered':
          text = t.received(practice);
          break;
        case 'offline':
          text = t.offline(practice);
          break;
        case 'failed':
          text = delivery.failure.retryable ? t.failed(practice) : t.rejected(practice);
          again = delivery.failure.retryable;
      }
    }
    return html`
      <div part="gfe-delivery" class="gfe-delivery gfe-delivery--${this.copy ? delivery.phase : 'local'}">
        <p role="status">${text}</p>
        ${again
          ? html`<button class="button" type="button" @click=${() => void this.deliver()}>${t.sendAgain}</button>`
          : nothing}
      </div>
    `;
  }
}
