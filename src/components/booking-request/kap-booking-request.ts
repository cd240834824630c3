import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  BOOKING_FIELDS,
  CLIENT_STATUSES,
  DAY_PARTS,
  EMPTY_BOOKING,
  isBookingField,
  isLikelySpam,
  isOutsideServiceArea,
  mapServerErrors,
  MESSAGE_MAX,
  NAME_MAX,
  newIdempotencyKey,
  newReference,
  OUTSIDE_US,
  PREFERRED_CONTACTS,
  REQUEST_TYPES,
  toSubmission,
  validateBookingRequest,
  validateField,
  WEEKDAYS,
  type BookingInput,
  type BookingRequest,
  type FieldCode,
  type PreferredContact,
  type TimeSlot,
} from '../../core/booking.js';
import { collator, dateTimeFormat, listFormat } from '../../core/intl.js';
import { mailtoHref, telHref } from '../../core/links.js';
import {
  issueMessage,
  parseCount,
  US_STATES,
  type FieldResult,
  type SettingIssue,
  type UsState,
} from '../../core/practice.js';
import {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_TIMEOUT_MS,
  submitForm,
  type RetryNotice,
  type SubmitFailureKind,
} from '../../core/submit.js';
import { emit } from '../../shared/events.js';
import { pickMessages } from '../../shared/i18n.js';
import { KapElement } from '../../shared/kap-element.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import { checkIcon, errorIcon, infoIcon, offlineIcon } from './icons.js';
import { bookingStyles } from './kap-booking-request.styles.js';
import { bookingMessages } from './messages.js';

/** How the request reached the practice: posted, handed to the visitor's email app, or taken over by the page. */
export type BookingDeliveryVia = 'endpoint' | 'mailto' | 'event';

/** What went wrong, as `kap-booking-error` reports it. */
export type BookingErrorKind = Exclude<SubmitFailureKind, 'aborted'> | 'offline' | 'not-configured';

export interface KapBookingSubmitDetail {
  /** The validated request, ready to deliver. Call preventDefault() to deliver it yourself. */
  request: BookingRequest;
}

export interface KapBookingSuccessDetail {
  /** The reference number the visitor was shown. */
  id: string;
  via: BookingDeliveryVia;
}

export interface KapBookingErrorDetail {
  kind: BookingErrorKind;
  /** The words the visitor was shown. */
  message: string;
  /** Whether the same request may go through later (the visitor is offered "Try again"). */
  retryable: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'kap-booking-submit': CustomEvent<KapBookingSubmitDetail>;
    'kap-booking-success': CustomEvent<KapBookingSuccessDetail>;
    'kap-booking-error': CustomEvent<KapBookingErrorDetail>;
  }
  interface HTMLElementTagNameMap {
    'kap-booking-request': KapBookingRequest;
  }
}

type Field = keyof BookingInput;
type Phase = 'editing' | 'sending' | 'offline' | 'failed';

interface Problem {
  code: FieldCode;
  /** The server's words, when it refused the field for a reason we have no words for. */
  serverMessage?: string;
  /** Set by the server: it stays until the visitor changes that field. */
  fromServer?: boolean;
}

/** One request on its way: retries and "Try again" of the same request keep its key and reference. */
interface Pending {
  fingerprint: string;
  reference: string;
  idempotencyKey: string;
  consentedAt: string;
  request: BookingRequest;
}

interface Sent {
  reference: string;
  via: BookingDeliveryVia;
  name: string;
  contact: PreferredContact;
  mailto?: string;
}

const DEFAULT_REPLY_DAYS = 2;
const DEFAULT_MINIMUM_FILL_TIME_MS = 3_000;
const TEXT_FIELDS: ReadonlySet<Field> = new Set<Field>(['name', 'email', 'phone', 'state', 'message']);

/**
 * The states in the order of their names, sorted once per locale rather than on every render:
 * the locale picks both the names (the catalogue) and how they sort.
 */
const statesByLocale = new Map<string, readonly UsState[]>();

/**
 * A consultation request that reaches the practice and never loses what the visitor typed.
 * It posts to a Formspree-compatible `booking-endpoint` (with retries, a time limit and an
 * idempotency key), or else opens a prefilled `mailto:` to `contact-email`; a page that calls
 * preventDefault() on `kap-booking-submit` delivers the request itself. It asks for the
 * minimum (contact data, never health details), gets opt-in consent with the four disclosures
 * of Washington's My Health My Data Act, keeps a draft in sessionStorage only, waits for the
 * connection when offline, and silently drops spam (a filled honeypot, or a form sent less
 * than 3 seconds after it appeared) while showing the sender a success.
 *
 * @summary Consultation request form with consent, drafts, retries and a mailto fallback.
 * @tag kap-booking-request
 *
 * @attr reply-days - Business days until the practice replies, shown on success (1 to 30; default 2).
 *
 * @prop {number} requestTimeout - Time limit of one attempt in ms (default 15000). For tests and advanced use.
 * @prop {number} retryDelay - Pause after the first failed attempt in ms, doubled per failure with jitter (default 1000). For tests and advanced use.
 * @prop {number} minimumFillTime - A form sent sooner than this many ms after it appeared is treated as spam (default 3000). For tests and advanced use.
 * @prop {(url: string) => void} openUrl - Opens the `mailto:` link (default: navigates to it). For tests and advanced use.
 *
 * @csspart form - The form.
 * @csspart field - Each question: its label, hint, error and control(s); radio and checkbox groups are fieldsets.
 * @csspart label - A field's label or a group's legend.
 * @csspart hint - Help text under a label.
 * @csspart input - A text field, the state select or the message box.
 * @csspart choice - The label around one radio button or checkbox.
 * @csspart choice-input - A radio button or checkbox.
 * @csspart field-error - The error message of a field, inside its `field`.
 * @csspart note - The note shown when the visitor lives outside the service area.
 * @csspart consent - The privacy disclosures and the consent checkbox (also a `field`).
 * @csspart privacy-link - The link to the consumer health data privacy policy.
 * @csspart submit - The send button; it shows progress while sending and reads "Try again" after a failure.
 * @csspart status - The live region beside the button: problems, progress, offline and failure messages.
 * @csspart success - The view shown once the request is on its way.
 * @csspart reference - The reference number in the success view.
 * @csspart mailto-link - The "Open the email again" link in mailto mode.
 *
 * @fires {CustomEvent<KapBookingSubmitDetail>} kap-booking-submit - A valid request is about to be delivered; cancelable: call preventDefault() to deliver it yourself.
 * @fires {CustomEvent<KapBookingSuccessDetail>} kap-booking-success - The request was delivered (or handed to the email app, or to the page).
 * @fires {CustomEvent<KapBookingErrorDetail>} kap-booking-error - Delivery failed or is waiting for a connection; the form keeps everything.
 */
export class KapBookingRequest extends KapElement {
  static override styles = [...KapElement.styles, bookingStyles];

  @property({ attribute: 'reply-days' }) replyDays?: string;

  /** Time limit of one attempt in ms. For tests and advanced use. */
  @property({ attribute: false }) requestTimeout = DEFAULT_TIMEOUT_MS;
  /** Pause after the first failed attempt in ms, doubled per failure with jitter. For tests and advanced use. */
  @property({ attribute: false }) retryDelay = DEFAULT_BACKOFF_BASE_MS;
  /** Sooner than this after the form appeared, a submission is spam. For tests and advanced use. */
  @property({ attribute: false }) minimumFillTime = DEFAULT_MINIMUM_FILL_TIME_MS;
  /** Opens the mailto: link. For tests and advanced use. */
  @property({ attribute: false }) openUrl: (url: string) => void = (url) => {
    window.location.href = url;
  };

  @state() private values: BookingInput = { ...EMPTY_BOOKING, preferredTimes: [] };
  @state() private problems: Partial<Record<Field, Problem>> = {};
  /** Fields listed in the status after a refused submit. */
  @state() private summary: Field[] = [];
  @state() private serverFormErrors: string[] = [];
  @state() private phase: Phase = 'editing';
  @state() private failure?: { kind: BookingErrorKind; retryable: boolean };
  /** The retry under way, once the first attempt has failed. */
  @state() private retrying?: RetryNotice;
  @state() private online = true;
  @state() private sent?: Sent;

  private pending?: Pending;
  private consentedAt?: string;
  /** Fields the visitor has changed: leaving one of them checks it. */
  private readonly edited = new Set<Field>();
  private shownAt?: number;
  private startedAt?: number;
  /** Business days until the practice replies, from a valid reply-days (see widgetIssues). */
  private replyDaysValue = DEFAULT_REPLY_DAYS;

  protected get widgetName(): string {
    return this.t.widgetName;
  }

  private get t() {
    return pickMessages(bookingMessages, this.resolvedLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.online = navigator.onLine;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    const draft = loadDraft(draftKey(this));
    if (draft && !this.sent) {
      this.values = { ...this.values, ...draft.values };
      this.startedAt = draft.startedAt;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    // A request on its way is left to finish: a single-page site that navigates away must not
    // cost the visitor their request.
  }

  // The base asks for issues once per update while it resolves the settings, so reply-days is
  // read here and kept for the success view. A bad value shows the settings panel in place of
  // the widget, so that view never meets one.
  protected override widgetIssues(): SettingIssue[] {
    const days = this.replyDaysResult();
    if (days.ok) {
      this.replyDaysValue = days.value;
      return [];
    }
    const value = String(this.replyDays);
    return [{ attribute: 'reply-days', value, message: issueMessage('reply-days', value, days.message) }];
  }

  private replyDaysResult(): FieldResult<number> {
    return this.replyDays == null
      ? { ok: true, value: DEFAULT_REPLY_DAYS }
      : parseCount(String(this.replyDays), 1, 30, 'business days');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The spam clock starts when a person could first see the form, not when the page loaded.
    if (this.shownAt === undefined && this.renderRoot.querySelector('form')) this.shownAt = Date.now();
  }

  private readonly onOnline = () => {
    this.online = true;
    if (this.phase === 'offline') void this.send(true);
  };

  private readonly onOffline = () => {
    this.online = false;
  };

  // ---- input -------------------------------------------------------------------------

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    if (!isBookingField(name)) return;
    this.setValue(name, this.valueFrom(name, target));
  }

  private valueFrom(name: Field, target: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
    if (name === 'preferredTimes' && target instanceof HTMLInputElement) {
      const slot = target.value as TimeSlot;
      const others = this.values.preferredTimes.filter((s) => s !== slot);
      return target.checked ? [...others, slot] : others;
    }
    if (name === 'consent' && target instanceof HTMLInputElement) {
      this.consentedAt = target.checked ? new Date().toISOString() : undefined;
      return target.checked;
    }
    return target.value;
  }

  private setValue(name: Field, value: BookingInput[Field]): void {
    this.values = { ...this.values, [name]: value } as BookingInput;
    this.edited.add(name);
    const problems = { ...this.problems };
    // The server's objection to a field stands until the visitor changes that field.
    if (problems[name]?.fromServer) delete problems[name];
    // Fixing one answer can settle another (choosing email settles the phone, a question
    // settles the service area), so every shown problem is checked again; none is added.
    const shown = Object.keys(problems) as Field[];
    if (shown.length > 0) {
      // One parse for all of them: each field's own check would parse the whole form again.
      const current = validateBookingRequest(this.values, this.settings.serviceArea).problems;
      for (const field of shown) {
        if (!problems[field]?.fromServer && !current[field]) delete problems[field];
      }
    }
    this.problems = problems;
    this.summary = this.summary.filter((field) => problems[field]);
    this.startedAt ??= Date.now();
    saveDraft(draftKey(this), this.values, this.startedAt);
  }

  /** Leaving a field the visitor changed tells them at once if it is not right. */
  private onFocusOut(event: FocusEvent): void {
    const name = (event.target as HTMLInputElement).name;
    if (!isBookingField(name) || !TEXT_FIELDS.has(name) || !this.edited.has(name)) return;
    if (this.problems[name]?.fromServer) return;
    const code = validateField(name, this.values, this.settings.serviceArea);
    const problems = { ...this.problems };
    if (code) problems[name] = { code };
    else delete problems[name];
    this.problems = problems;
  }

  private async switchToQuestion(): Promise<void> {
    this.setValue('requestType', 'question');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#requestType-question')?.focus();
  }

  // ---- sending -----------------------------------------------------------------------

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send(false);
  }

  /**
   * Validates and delivers. `resuming` is the automatic send when the connection returns:
   * the visitor already pressed the button, so neither the spam clock nor the page's
   * `kap-booking-submit` is asked again.
   */
  private async send(resuming: boolean): Promise<void> {
    if (this.phase === 'sending' || (this.phase === 'offline' && !resuming)) return;
    const validation = validateBookingRequest(this.values, this.settings.serviceArea);
    if (!validation.ok) {
      this.serverFormErrors = [];
      this.failure = undefined;
      this.phase = 'editing';
      await this.showProblems(validation.problems);
      return;
    }
    this.summary = [];
    this.serverFormErrors = [];
    const { request } = validation;
    if (!resuming && this.looksLikeSpam()) {
      // A bot sees what a person would, and learns nothing; the practice receives nothing.
      await this.succeed(newReference(), 'endpoint', { silent: true });
      return;
    }
    const pending = this.pendingFor(request);
    if (!resuming && !emit<KapBookingSubmitDetail>(this, 'kap-booking-submit', { request }, { cancelable: true })) {
      await this.succeed(pending.reference, 'event');
      return;
    }
    const { bookingEndpoint, contactEmail } = this.settings;
    if (bookingEndpoint) {
      await this.deliver(bookingEndpoint, pending);
    } else if (contactEmail) {
      const href = this.mailto(contactEmail, pending);
      this.openUrl(href);
      await this.succeed(pending.reference, 'mailto', { mailto: href });
    } else {
      console.error(
        '<kap-booking-request>: requests have nowhere to go. Set booking-endpoint or contact-email, ' +
          'or handle kap-booking-submit and call preventDefault().',
      );
      this.fail('not-configured', false);
    }
  }

  private looksLikeSpam(): boolean {
    const since = Math.min(this.shownAt ?? Date.now(), this.startedAt ?? Infinity);
    return isLikelySpam(this.values._gotcha, Date.now() - since, this.minimumFillTime);
  }

  private pendingFor(request: BookingRequest): Pending {
    const fingerprint = JSON.stringify(request);
    if (this.pending?.fingerprint !== fingerprint) {
      this.pending = {
        fingerprint,
        request,
        reference: newReference(),
        idempotencyKey: newIdempotencyKey(),
        consentedAt: this.consentedAt ?? new Date().toISOString(),
      };
    }
    return this.pending;
  }

  private async deliver(endpoint: string, pending: Pending): Promise<void> {
    if (!navigator.onLine) {
      this.phase = 'offline';
      this.report('offline', true);
      return;
    }
    this.phase = 'sending';
    this.failure = undefined;
    this.retrying = undefined;
    const { request, reference, idempotencyKey, consentedAt } = pending;
    const subject = this.t.subject(request.requestType, request.name, reference);
    const result = await submitForm({
      endpoint,
      body: toSubmission(request, { subject, reference, idempotencyKey, consentedAt }),
      idempotencyKey,
      timeoutMs: this.requestTimeout,
      backoffBaseMs: this.retryDelay,
      onRetry: (notice) => {
        this.retrying = notice;
      },
    });
    if (result.ok) {
      await this.succeed(reference, 'endpoint');
    } else if (result.kind === 'network' && !navigator.onLine) {
      this.phase = 'offline';
      this.report('offline', true);
    } else if (result.kind === 'validation') {
      const mapped = mapServerErrors(result.errors);
      const problems: Partial<Record<Field, Problem>> = {};
      for (const [field, error] of Object.entries(mapped.fields) as [Field, { code: FieldCode; message?: string }][]) {
        problems[field] = { code: error.code, fromServer: true, ...(error.message ? { serverMessage: error.message } : {}) };
      }
      this.serverFormErrors = mapped.form;
      this.failure = { kind: 'validation', retryable: false };
      this.phase = 'editing';
      this.report('validation', false);
      await this.showProblems(problems);
    } else if (result.kind !== 'aborted') {
      // ("aborted" needs a signal, and the element passes none: see disconnectedCallback.)
      this.fail(result.kind, result.retryable);
    }
  }

  private fail(kind: BookingErrorKind, retryable: boolean): void {
    this.phase = 'failed';
    this.failure = { kind, retryable };
    this.report(kind, retryable);
  }

  private report(kind: BookingErrorKind, retryable: boolean): void {
    emit<KapBookingErrorDetail>(this, 'kap-booking-error', { kind, message: this.t.failure(kind), retryable });
  }

  private async succeed(
    reference: string,
    via: BookingDeliveryVia,
    options: { mailto?: string; silent?: boolean } = {},
  ): Promise<void> {
    clearDraft(draftKey(this));
    this.pending = undefined;
    this.phase = 'editing';
    this.failure = undefined;
    this.sent = {
      reference,
      via,
      name: this.values.name.trim(),
      contact: this.values.preferredContact,
      ...(options.mailto ? { mailto: options.mailto } : {}),
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
    if (!options.silent) emit<KapBookingSuccessDetail>(this, 'kap-booking-success', { id: reference, via });
  }

  /** Shows each field's problem, lists them in the status, and takes the visitor to the first. */
  private async showProblems(problems: Partial<Record<Field, Problem | FieldCode>>): Promise<void> {
    const shown: Partial<Record<Field, Problem>> = {};
    for (const [field, problem] of Object.entries(problems) as [Field, Problem | FieldCode][]) {
      shown[field] = typeof problem === 'string' ? { code: problem } : problem;
    }
    this.problems = shown;
    this.summary = BOOKING_FIELDS.filter((field) => shown[field]);
    await this.updateComplete;
    const first = this.summary[0];
    if (first) this.controlOf(first)?.focus();
  }

  private controlOf(field: Field): HTMLElement | null {
    const root = this.renderRoot;
    if (field === 'requestType' || field === 'preferredContact' || field === 'clientStatus') {
      return root.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ?? root.querySelector(`input[name="${field}"]`);
    }
    if (field === 'preferredTimes') return root.querySelector<HTMLElement>('input[name="preferredTimes"]');
    return root.querySelector<HTMLElement>(`#${field}`);
  }

  private mailto(to: string, pending: Pending): string {
    const t = this.t;
    const { request, reference, consentedAt } = pending;
    const when = dateTimeFormat(this.resolvedLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(consentedAt));
    const lines = [
      `${t.mailRequest}: ${t.requestType(request.requestType)}`,
      `${t.mailName}: ${request.name}`,
      `${t.mailEmail}: ${request.email}`,
      `${t.mailPhone}: ${request.phone || t.none}`,
      `${t.mailContact}: ${t.contact(request.preferredContact)}`,
      `${t.mailState}: ${this.residenceName(request.state)}`,
      `${t.mailClient}: ${t.client(request.clientStatus)}`,
      `${t.mailTimes}: ${this.slotNames(request.preferredTimes) || t.none}`,
      `${t.mailReference}: ${reference}`,
      '',
      `${t.mailMessage}:`,
      request.message || t.none,
      '',
      t.mailConsent(this.settings.practiceName, when),
    ];
    return mailtoHref(to, t.subject(request.requestType, request.name, reference), lines.join('\n'));
  }

  private slotNames(slots: readonly TimeSlot[]): string {
    const t = this.t;
    // In week order, whatever order they were ticked in.
    return WEEKDAYS.flatMap((day) =>
      DAY_PARTS.filter((part) => slots.includes(`${day}-${part}`)).map((part) => t.slot(day, part)),
    ).join(', ');
  }

  private residenceName(state: string): string {
    return state === OUTSIDE_US ? this.t.outsideUs : this.t.stateName(state);
  }

  private areaText(): string {
    const names = this.settings.serviceArea.map((code) => this.t.stateName(code));
    return listFormat(this.resolvedLocale, { type: 'disjunction' }).format(names);
  }

  // ---- rendering ---------------------------------------------------------------------

  protected renderWidget(): TemplateResult {
    return html`<div part="base" class="booking" lang=${this.textLang}>
      ${this.sent ? this.renderSent(this.sent) : this.renderForm()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const v = this.values;
    const outside = isOutsideServiceArea(v.state, this.settings.serviceArea);
    return html`
      <form part="form" novalidate aria-label=${t.formLabel} @submit=${this.onSubmit} @input=${this.onInput} @focusout=${this.onFocusOut}>
        <p class="intro">${t.intro}</p>
        ${this.renderRadios('requestType', t.requestTypeLegend, REQUEST_TYPES, t.requestType)}
        <div class="columns">
          ${this.renderText('name', t.nameLabel, { type: 'text', autocomplete: 'name', required: true })}
          ${this.renderText('email', t.emailLabel, {
            type: 'email',
            autocomplete: 'email',
            inputmode: 'email',
            required: true,
          })}
          ${this.renderText('phone', t.phoneLabel, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t.phoneHint })}
          ${this.renderState()}
        </div>
        <div class="area-note" aria-live="polite">${outside ? this.renderAreaNote() : nothing}</div>
        ${this.renderRadios('preferredContact', t.contactLegend, PREFERRED_CONTACTS, t.contact)}
        ${this.renderRadios('clientStatus', t.clientLegend, CLIENT_STATUSES, t.client)}
        ${this.renderTimes()} ${this.renderMessage()} ${this.renderConsent()}
        <div class="honeypot" aria-hidden="true">
          <label for="_gotcha">${t.honeypotLabel}</label>
          <input id="_gotcha" name="_gotcha" type="text" tabindex="-1" autocomplete="off" .value=${live(v._gotcha)} />
        </div>
        <div class="actions">${this.renderSubmit()} ${this.renderStatus()}</div>
        <p class="footnote">${t.draftNote}</p>
        ${this.renderCrisisNote()}
      </form>
    `;
  }

  private renderAreaNote(): TemplateResult {
    const t = this.t;
    return html`<div part="note" class="note">
      ${infoIcon}
      <div>
        <p>${t.areaNote(this.areaText())}</p>
        ${this.values.requestType === 'question'
          ? nothing
          : html`<button type="button" class="link-button" @click=${this.switchToQuestion}>${t.areaSwitch}</button>`}
      </div>
    </div>`;
  }

  private describedBy(field: Field, ...extra: string[]): string | undefined {
    const ids = [...extra, ...(this.problems[field] ? [`${field}-error`] : [])];
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  private invalid(field: Field): 'true' | 'false' {
    return this.problems[field] ? 'true' : 'false';
  }

  private renderError(field: Field): TemplateResult | typeof nothing {
    const problem = this.problems[field];
    if (!problem) return nothing;
    const t = this.t;
    const { code } = problem;
    // Our own words would contradict an answer that looks right to us but not to the server.
    // Only "too-long" mentions the limit and count, and only "outside-area" the area.
    const text =
      problem.fromServer && code !== 'required'
        ? t.serverFieldError(problem.serverMessage ?? '')
        : t.fieldError(field, code, {
            max: code === 'too-long' ? this.formatCount(field === 'message' ? MESSAGE_MAX : NAME_MAX) : '',
            count: code === 'too-long' ? this.formatCount(this.values.message.trim().length) : '',
            area: code === 'outside-area' ? this.areaText() : '',
            contact: this.values.preferredContact,
          });
    return html`<p part="field-error" class="field-error" id="${field}-error">
      ${errorIcon}<span><span class="visually-hidden">${t.errorPrefix} </span>${text}</span>
    </p>`;
  }

  private renderOptional(): TemplateResult {
    return html` <span class="optional">(${this.t.optional})</span>`;
  }

  private renderText(
    field: 'name' | 'email' | 'phone',
    label: string,
    options: { type: string; autocomplete: string; inputmode?: string; required?: boolean; hint?: string },
  ): TemplateResult {
    const hintId = options.hint ? `${field}-hint` : undefined;
    return html`
      <div part="field" class="field" ?data-invalid=${!!this.problems[field]}>
        <label part="label" for=${field}>${label}${options.required ? nothing : this.renderOptional()}</label>
        ${options.hint ? html`<p part="hint" class="hint" id=${field}-hint>${options.hint}</p>` : nothing}
        ${this.renderError(field)}
        <input
          part="input"
          class="text-field"
          id=${field}
          name=${field}
          type=${options.type}
          autocomplete=${options.autocomplete}
          inputmode=${ifDefined(options.inputmode)}
          spellcheck=${field === 'name' ? 'true' : 'false'}
          autocapitalize=${field === 'name' ? 'words' : 'off'}
          ?required=${options.required}
          aria-invalid=${this.invalid(field)}
          aria-describedby=${ifDefined(this.describedBy(field, ...(hintId ? [hintId] : [])))}
          .value=${live(this.values[field])}
        />
      </div>
    `;
  }

  private renderState(): TemplateResult {
    const t = this.t;
    const current = this.values.state;
    const states = this.sortedStates();
    return html`
      <div part="field" class="field" ?data-invalid=${!!this.problems.state}>
        <label part="label" for="state">${t.stateLabel}</label>
        <p part="hint" class="hint" id="state-hint">${t.stateHint}</p>
        ${this.renderError('state')}
        <select
          part="input"
          class="text-field"
          id="state"
          name="state"
          autocomplete="address-level1"
          required
          aria-invalid=${this.invalid('state')}
          aria-describedby=${ifDefined(this.describedBy('state', 'state-hint'))}
        >
          <option value="" ?selected=${current === ''}>${t.statePlaceholder}</option>
          ${states.map((code) => html`<option value=${code} ?selected=${current === code}>${t.stateName(code)}</option>`)}
          <option value=${OUTSIDE_US} ?selected=${current === OUTSIDE_US}>${t.outsideUs}</option>
        </select>
      </div>
    `;
  }

  private sortedStates(): readonly UsState[] {
    const locale = this.resolvedLocale;
    let states = statesByLocale.get(locale);
    if (!states) {
      const t = this.t;
      const order = collator(locale);
      states = [...US_STATES].sort((a, b) => order.compare(t.stateName(a), t.stateName(b)));
      statesByLocale.set(locale, states);
    }
    return states;
  }

  private renderRadios<T extends string>(
    field: 'requestType' | 'preferredContact' | 'clientStatus',
    legend: string,
    options: readonly T[],
    labelOf: (option: T) => string,
  ): TemplateResult {
    const current = this.values[field];
    return html`
      <fieldset part="field" class="field" ?data-invalid=${!!this.problems[field]}>
        <legend part="label">${legend}</legend>
        ${this.renderError(field)}
        <div class="choices">
          ${options.map(
            (option) => html`
              <label part="choice" class="choice">
                <input
                  part="choice-input"
                  type="radio"
                  id="${field}-${option}"
                  name=${field}
                  value=${option}
                  aria-invalid=${this.invalid(field)}
                  aria-describedby=${ifDefined(this.describedBy(field))}
                  .checked=${live(current === option)}
                />
                <span>${labelOf(option)}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderTimes(): TemplateResult {
    const t = this.t;
    const chosen = new Set(this.values.preferredTimes);
    return html`
      <fieldset part="field" class="field times" aria-describedby="preferredTimes-hint">
        <legend part="label">${t.timesLegend}${this.renderOptional()}</legend>
        <p part="hint" class="hint" id="preferredTimes-hint">${t.timesHint}</p>
        <div class="days">
          ${WEEKDAYS.map(
            (day) => html`
              <div class="day" role="group" aria-labelledby="day-${day}">
                <span class="day-name" id="day-${day}">${t.weekday(day)}</span>
                <div class="slots">
                  ${DAY_PARTS.map((part) => {
                    const slot: TimeSlot = `${day}-${part}`;
                    return html`<label part="choice" class="choice chip">
                      <input
                        part="choice-input"
                        type="checkbox"
                        name="preferredTimes"
                        value=${slot}
                        .checked=${live(chosen.has(slot))}
                      />
                      <span>${t.dayPart(part)}</span>
                    </label>`;
                  })}
                </div>
              </div>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderMessage(): TemplateResult {
    const t = this.t;
    const count = this.values.message.trim().length;
    return html`
      <div part="field" class="field" ?data-invalid=${!!this.problems.message}>
        <label part="label" for="message">${t.messageLabel}${this.renderOptional()}</label>
        <p part="hint" class="hint health" id="message-hint">${infoIcon}<span>${t.messageHint}</span></p>
        ${this.renderError('message')}
        <textarea
          part="input"
          class="text-field"
          id="message"
          name="message"
          rows="4"
          aria-invalid=${this.invalid('message')}
          aria-describedby=${ifDefined(this.describedBy('message', 'message-hint', 'message-count'))}
          .value=${live(this.values.message)}
        ></textarea>
        <p class="count" id="message-count" ?data-over=${count > MESSAGE_MAX}>
          ${t.messageCount(this.formatCount(count), this.formatCount(MESSAGE_MAX))}
        </p>
      </div>
    `;
  }

  private renderConsent(): TemplateResult {
    const t = this.t;
    const { practiceName, privacyPolicyUrl, contactEmail } = this.settings;
    const disclosures: [string, string][] = [
      [t.disclosureWhatTerm, t.disclosureWhat],
      [t.disclosureWhyTerm, t.disclosureWhy],
      [t.disclosureWhoTerm, t.disclosureWho(practiceName)],
      [t.disclosureWithdrawTerm, t.disclosureWithdraw(contactEmail)],
    ];
    return html`
      <fieldset part="field consent" class="field consent" ?data-invalid=${!!this.problems.consent}>
        <legend part="label">${t.privacyTitle}</legend>
        <dl class="disclosures">
          ${disclosures.map(([term, text]) => html`<div><dt>${term}</dt><dd>${text}</dd></div>`)}
        </dl>
        ${privacyPolicyUrl
          ? html`<p class="policy">
              <a part="privacy-link" href=${privacyPolicyUrl} target="_blank" rel="noopener"
                >${t.privacyLink}<span class="visually-hidden"> ${t.opensNewTab}</span></a
              >
            </p>`
          : nothing}
        ${this.renderError('consent')}
        <label part="choice" class="choice consent-choice">
          <input
            part="choice-input"
            type="checkbox"
            id="consent"
            name="consent"
            required
            aria-invalid=${this.invalid('consent')}
            aria-describedby=${ifDefined(this.describedBy('consent'))}
            .checked=${live(this.values.consent)}
          />
          <span>${t.consentLabel(practiceName)}</span>
        </label>
      </fieldset>
    `;
  }

  private submitLabel(): string {
    const t = this.t;
    if (this.phase === 'sending') return t.sending;
    if (this.phase === 'offline') return t.waiting;
    if (this.phase === 'failed' && this.failure?.retryable) return t.tryAgain;
    return !this.settings.bookingEndpoint && this.settings.contactEmail ? t.submitMailto : t.submit;
  }

  private renderSubmit(): TemplateResult {
    const busy = this.phase === 'sending' || this.phase === 'offline';
    // aria-disabled, not disabled: the button keeps focus and stays announced while it works.
    return html`<button part="submit" class="button primary submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
      ${this.phase === 'sending' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <span>${this.submitLabel()}</span>
    </button>`;
  }

  private renderStatus(): TemplateResult {
    const t = this.t;
    let tone: 'none' | 'info' | 'error' = 'none';
    let content: TemplateResult | typeof nothing = nothing;
    if (this.phase === 'sending') {
      tone = 'info';
      const retrying = this.retrying;
      content = html`${retrying
        ? t.statusRetrying(this.formatCount(retrying.attempt), this.formatCount(retrying.maxAttempts))
        : t.statusSending}`;
    } else if (this.phase === 'offline') {
      tone = 'info';
      content = html`${offlineIcon}<span>${t.failure('offline')}</span>`;
    } else if (this.phase === 'failed' && this.failure) {
      tone = 'error';
      content = html`${errorIcon}<span>${t.failure(this.failure.kind)} ${this.renderReach()}</span>`;
    } else if (this.summary.length > 0 || this.serverFormErrors.length > 0) {
      tone = 'error';
      const labels = this.summary.map((field) => this.labelOf(field));
      content = html`${errorIcon}<span>
        ${this.failure?.kind === 'validation' ? html`${t.failure('validation')} ` : nothing}
        ${labels.length > 0 ? t.summary(labels, this.formatCount(labels.length)) : nothing}
        ${this.serverFormErrors.map((text) => html` ${t.serverSaid(text)}`)}
      </span>`;
    } else if (!this.online) {
      tone = 'info';
      content = html`${offlineIcon}<span>${t.statusOffline}</span>`;
    }
    return html`<div part="status" class="status" data-tone=${tone} role="status">${content}</div>`;
  }

  /** Other ways to reach the practice after a failure; the email link carries the whole request. */
  private renderReach(): TemplateResult | typeof nothing {
    const t = this.t;
    const { contactEmail, contactPhone } = this.settings;
    if (!contactEmail && !contactPhone) return nothing;
    const mail = contactEmail
      ? html`${t.reachEmail} <a href=${this.pending ? this.mailto(contactEmail, this.pending) : `mailto:${contactEmail}`}>${contactEmail}</a>`
      : nothing;
    const phone = contactPhone
      ? html`${contactEmail ? ` ${t.reachPhoneAlso}` : t.reachPhoneOnly} <a href=${telHref(contactPhone)}>${contactPhone}</a>`
      : nothing;
    return html`${mail}${phone}.`;
  }

  private labelOf(field: Field): string {
    const t = this.t;
    const labels: Record<Field, string> = {
      requestType: t.requestTypeLegend,
      name: t.nameLabel,
      email: t.emailLabel,
      phone: t.phoneLabel,
      preferredContact: t.contactLegend,
      state: t.stateLabel,
      clientStatus: t.clientLegend,
      preferredTimes: t.timesLegend,
      message: t.messageLabel,
      consent: t.consentShort,
      _gotcha: t.honeypotLabel,
    };
    return labels[field];
  }

  private renderCrisisNote(): TemplateResult {
    const t = this.t;
    return html`<p class="footnote crisis">
      ${t.crisisNote} <a href="tel:988">${t.crisisLine}</a> ${t.crisisBetween} <a href="tel:911">${t.emergency}</a>.
    </p>`;
  }

  private renderSent(sent: Sent): TemplateResult {
    const t = this.t;
    const { practiceName, contactEmail } = this.settings;
    const days = this.replyDaysValue;
    const mailto = sent.via === 'mailto';
    return html`
      <section part="success" class="success" aria-labelledby="success-title">
        <div class="success-head">
          ${checkIcon}
          <h2 id="success-title" tabindex="-1">${mailto ? t.mailtoTitle(sent.name) : t.successTitle(sent.name)}</h2>
        </div>
        ${mailto
          ? html`<p>${t.mailtoNext}</p>
              <p><a part="mailto-link" class="button primary button-link" href=${ifDefined(sent.mailto)}>${t.mailtoOpen}</a></p>
              <p>${t.mailtoFallback} <a href="mailto:${contactEmail ?? ''}">${contactEmail}</a>.</p>`
          : nothing}
        <p>${t.successNext(practiceName, days, this.formatCount(days), sent.contact)}</p>
        <p class="reference">${t.referenceLabel} <strong part="reference">${sent.reference}</strong></p>
        <p class="hint">${t.referenceHint}</p>
        ${this.renderCrisisNote()}
      </section>
    `;
  }
}
