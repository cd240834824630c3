import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { bookingMailBody } from '../../core/booking-mail.js';
import {
  BOOKING_FIELDS,
  CLIENT_STATUSES,
  EMPTY_BOOKING,
  isBookingField,
  isLikelySpam,
  isOutsideServiceArea,
  mapServerErrors,
  newIdempotencyKey,
  newReference,
  PREFERRED_CONTACTS,
  REQUEST_TYPES,
  toSubmission,
  type BookingInput,
  type BookingRequest,
  type FieldCode,
  type TimeSlot,
} from '../../core/booking.js';
import { mailtoHref } from '../../core/links.js';
import { issueMessage, parseCount, type FieldResult, type SettingIssue } from '../../core/practice.js';
import { DEFAULT_BACKOFF_BASE_MS, DEFAULT_TIMEOUT_MS } from '../../core/submit.js';
import { DeliveryController, type DeliveryOutcome } from '../../shared/delivery-controller.js';
import { emit } from '../../shared/events.js';
import { KapElement } from '../../shared/kap-element.js';
import {
  areaText,
  choiceGroup,
  consentField,
  crisisNote,
  messageField,
  stateField,
  status,
  successView,
  textField,
  timesField,
  type BookingView,
  type Field,
  type Problem,
  type Sent,
} from './booking-templates.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft.js';
import type { BookingDeliveryVia, BookingErrorKind } from './events.js';
import { infoIcon } from './icons.js';
import { bookingStyles } from './kap-booking-request.styles.js';
import { bookingMessages } from './messages.js';

export type {
  BookingDeliveryVia,
  BookingErrorKind,
  KapBookingErrorDetail,
  KapBookingSubmitDetail,
  KapBookingSuccessDetail,
} from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'kap-booking-request': KapBookingRequest;
  }
}

/** One request on its way: retries and "Try again" of the same request keep its key and reference. */
interface Pending {
  fingerprint: string;
  reference: string;
  idempotencyKey: string;
  consentedAt: string;
  request: BookingRequest;
}

/** What went wrong with the last send, until the next one. */
interface Failure {
  kind: BookingErrorKind;
  retryable: boolean;
}

type BookingChecks = typeof import('../../core/booking-checks.js');

/** The form's rules once they are here: every form on the page shares them. */
let checks: BookingChecks | undefined;
let checksLoading: Promise<BookingChecks | undefined> | undefined;
/** Fetches of the rules that failed so far, and how to ask for them again (`fetchChecksAgainWith`). */
let checksFailed = 0;
let checksAgain: ((attempt: number) => Promise<BookingChecks>) | undefined;

/**
 * How to fetch the rules again after a failure: the loader's chunk, which knows where its
 * rules' chunk is, asks under a new address each time. A browser may keep a module import
 * that failed, as the HTML standard's module map does (Chromium 150 does; 156 fetches it
 * again): importing the same address again would fail at once, and "Try again" never send.
 */
export function fetchChecksAgainWith(load: (attempt: number) => Promise<BookingChecks>): void {
  checksAgain = load;
}

/**
 * The form's rules (zod and the request's schema), fetched once for every form on the page
 * when a visitor first reaches into one: the form is drawn and takes typing without them.
 * Nothing when they could not be fetched (offline, or a host that lost the chunk): the failure
 * is forgotten, so the next send asks again. Where nothing can ask again, a browser that keeps
 * the failure needs a reload, which the draft survives.
 */
function loadChecks(): Promise<BookingChecks | undefined> {
  checksLoading ??= (checksFailed > 0 && checksAgain ? checksAgain(checksFailed) : import('../../core/booking-checks.js')).then(
    (module) => (checks = module),
    () => {
      checksFailed += 1;
      return (checksLoading = undefined);
    },
  );
  return checksLoading;
}

const DEFAULT_REPLY_DAYS = 2;
const DEFAULT_MINIMUM_FILL_TIME_MS = 3_000;
const TEXT_FIELDS: ReadonlySet<Field> = new Set<Field>(['name', 'email', 'phone', 'state', 'message']);

/**
 * A consultation request that reaches the practice and never loses what the visitor typed.
 * It posts to a Formspree-compatible `booking-endpoint` (with retries, a time limit and an
 * idempotency key; to a form service on another origin as a CORS-simple form-encoded request,
 * see docs/form-services.md), or else opens a prefilled `mailto:` to `contact-email`; a page
 * that calls preventDefault() on `kap-booking-submit` delivers the request itself. It asks for the
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
  protected static override readonly drawsInTwoTasks = true;
  static override styles = [...KapElement.styles, bookingStyles];
  protected static override readonly textPack = 'kap-booking-request';

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
  @state() private failure?: Failure;
  @state() private sent?: Sent;

  private readonly delivery = new DeliveryController(this, {
    timeoutMs: () => this.requestTimeout,
    backoffBaseMs: () => this.retryDelay,
    onOutcome: (outcome) => void this.delivered(outcome),
  });

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
    return this.localize.t(bookingMessages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft(draftKey(this));
    if (draft && !this.sent) {
      this.values = { ...this.values, ...draft.values };
      this.startedAt = draft.startedAt;
    }
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

  /** Where the form stands: the delivery's own phases, else whether the last send failed. */
  private get phase(): 'editing' | 'sending' | 'offline' | 'failed' {
    const { phase } = this.delivery.state;
    if (phase === 'sending' || phase === 'offline') return phase;
    return this.failure && this.failure.kind !== 'validation' ? 'failed' : 'editing';
  }

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
    // A problem is shown only after a check, or after a send (which needs the rules too), so the rules are here.
    if (shown.length > 0 && checks) {
      // One parse for all of them: each field's own check would parse the whole form again.
      const current = checks.validateBookingRequest(this.values, this.settings.serviceArea).problems;
      for (const field of shown) {
        if (!problems[field]?.fromServer && !current[field]) delete problems[field];
      }
    }
    this.problems = problems;
    this.summary = this.summary.filter((field) => problems[field]);
    this.startedAt ??= Date.now();
    saveDraft(draftKey(this), this.values, this.startedAt);
  }

  /** The visitor reached into the form: the rules are fetched now, before a field is left or the form sent. */
  private onFocusIn(): void {
    void loadChecks();
  }

  /** Leaving a field the visitor changed tells them at once if it is not right. */
  private async onFocusOut(event: FocusEvent): Promise<void> {
    const name = (event.target as HTMLInputElement).name;
    if (!isBookingField(name) || !TEXT_FIELDS.has(name) || !this.edited.has(name)) return;
    // Rules that could not be fetched check nothing here: a send asks again and tells the visitor.
    const rules = await loadChecks();
    if (!rules || this.problems[name]?.fromServer) return;
    const code = rules.validateField(name, this.values, this.settings.serviceArea);
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
    void this.send();
  }

  /** Validates and delivers; a request on its way, or waiting for the connection, is not sent twice. */
  private async send(): Promise<void> {
    if (this.delivery.busy) return;
    // What is sent is what the form held when the visitor pressed, though the rules may take a moment to arrive.
    const pressed = this.values;
    const rules = await loadChecks();
    // A send already on its way (a second press while the rules arrived) is left to it.
    if (this.delivery.busy || this.sent) return;
    if (!rules) {
      this.fail('not-loaded', true);
      return;
    }
    const area = this.settings.serviceArea;
    const validation = rules.validateBookingRequest(pressed, area);
    this.serverFormErrors = [];
    if (!validation.ok) {
      this.failure = undefined;
      // A visitor who went on typing meanwhile is told what is still missing now, and keeps their place.
      if (this.values === pressed) await this.showProblems(validation.problems);
      else await this.showProblems(rules.validateBookingRequest(this.values, area).problems, { moveFocus: false });
      return;
    }
    this.summary = [];
    const { request } = validation;
    if (this.looksLikeSpam()) {
      // A bot sees what a person would, and learns nothing; the practice receives nothing.
      await this.succeed(newReference(), 'endpoint', { silent: true });
      return;
    }
    const pending = this.pendingFor(request);
    if (!emit(this, 'kap-booking-submit', { request }, { cancelable: true })) {
      await this.succeed(pending.reference, 'event');
      return;
    }
    const { bookingEndpoint, contactEmail } = this.settings;
    if (bookingEndpoint) {
      this.failure = undefined;
      const { reference, idempotencyKey, consentedAt } = pending;
      const subject = this.t.subject(request.requestType, request.name, reference);
      const body = toSubmission(request, { subject, reference, idempotencyKey, consentedAt });
      void this.delivery.send({ endpoint: bookingEndpoint, body, idempotencyKey });
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

  /** What the endpoint said, or that the request waits for the connection (which sends it by itself). */
  private async delivered(outcome: DeliveryOutcome): Promise<void> {
    if (outcome.phase === 'delivered') {
      if (this.pending) await this.succeed(this.pending.reference, 'endpoint');
    } else if (outcome.phase === 'offline') {
      this.report('offline', true);
    } else if (outcome.failure.kind === 'validation') {
      const mapped = mapServerErrors(outcome.failure.errors);
      const problems: Partial<Record<Field, Problem>> = {};
      for (const [field, error] of Object.entries(mapped.fields) as [Field, { code: FieldCode; message?: string }][]) {
        problems[field] = { code: error.code, fromServer: true, ...(error.message ? { serverMessage: error.message } : {}) };
      }
      this.serverFormErrors = mapped.form;
      this.failure = { kind: 'validation', retryable: false };
      this.report('validation', false);
      await this.showProblems(problems);
    } else {
      this.fail(outcome.failure.kind, outcome.failure.retryable);
    }
  }

  private fail(kind: BookingErrorKind, retryable: boolean): void {
    this.failure = { kind, retryable };
    this.report(kind, retryable);
  }

  private report(kind: BookingErrorKind, retryable: boolean): void {
    emit(this, 'kap-booking-error', { kind, message: this.t.failure(kind), retryable });
  }

  private async succeed(
    reference: string,
    via: BookingDeliveryVia,
    options: { mailto?: string; silent?: boolean } = {},
  ): Promise<void> {
    clearDraft(draftKey(this));
    this.pending = undefined;
    this.failure = undefined;
    this.delivery.reset();
    this.sent = {
      reference,
      via,
      name: this.values.name.trim(),
      contact: this.values.preferredContact,
      ...(options.mailto ? { mailto: options.mailto } : {}),
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
    if (!options.silent) emit(this, 'kap-booking-success', { id: reference, via });
  }

  /** Shows each field's problem, lists them in the status, and takes the visitor to the first. */
  private async showProblems(problems: Partial<Record<Field, Problem | FieldCode>>, { moveFocus = true } = {}): Promise<void> {
    const shown: Partial<Record<Field, Problem>> = {};
    for (const [field, problem] of Object.entries(problems) as [Field, Problem | FieldCode][]) {
      shown[field] = typeof problem === 'string' ? { code: problem } : problem;
    }
    this.problems = shown;
    this.summary = BOOKING_FIELDS.filter((field) => shown[field]);
    await this.updateComplete;
    const first = this.summary[0];
    if (first && moveFocus) this.controlOf(first)?.focus();
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
    const consentedWhen = this.localize.date(new Date(consentedAt), { dateStyle: 'medium', timeStyle: 'short' });
    const body = bookingMailBody(request, { reference, practiceName: this.settings.practiceName, consentedWhen }, t);
    return mailtoHref(to, t.subject(request.requestType, request.name, reference), body);
  }

  private get view(): BookingView {
    return {
      t: this.t,
      localize: this.localize,
      values: this.values,
      problems: this.problems,
      settings: this.settings,
    };
  }

  protected renderWidget(): TemplateResult {
    const view = this.view;
    return html`<div part="base" class="booking" lang=${this.localize.lang}>
      ${this.sent ? successView(view, this.sent, this.replyDaysValue) : this.renderForm(view)}
    </div>`;
  }

  private renderForm(view: BookingView): TemplateResult {
    const { t, values } = view;
    const outside = isOutsideServiceArea(values.state, this.settings.serviceArea);
    return html`
      <form part="form" novalidate aria-label=${t.formLabel} @submit=${this.onSubmit} @input=${this.onInput} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        <p class="intro">${t.intro}</p>
        ${choiceGroup(view, 'requestType', t.requestTypeLegend, REQUEST_TYPES, t.requestType)}
        <div class="columns">
          ${textField(view, 'name', t.nameLabel, { type: 'text', autocomplete: 'name', required: true })}
          ${textField(view, 'email', t.emailLabel, { type: 'email', autocomplete: 'email', inputmode: 'email', required: true })}
          ${textField(view, 'phone', t.phoneLabel, { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: t.phoneHint })}
          ${stateField(view)}
        </div>
        <div class="area-note" aria-live="polite">${outside ? this.renderAreaNote(view) : nothing}</div>
        ${choiceGroup(view, 'preferredContact', t.contactLegend, PREFERRED_CONTACTS, t.contact)}
        ${choiceGroup(view, 'clientStatus', t.clientLegend, CLIENT_STATUSES, t.client)}
        ${this.later(
          () => html`
            ${timesField(view)} ${messageField(view)} ${consentField(view)}
            <div class="honeypot" aria-hidden="true">
              <label for="_gotcha">${t.honeypotLabel}</label>
              <input id="_gotcha" name="_gotcha" type="text" tabindex="-1" autocomplete="off" .value=${live(values._gotcha)} />
            </div>
            <div class="actions">${this.renderSubmit()} ${this.renderStatus(view)}</div>
            <p class="footnote">${t.draftNote}</p>
            ${crisisNote(t)}
          `,
        )}
      </form>
    `;
  }

  private renderAreaNote(view: BookingView): TemplateResult {
    const { t } = view;
    return html`<div part="note" class="note">
      ${infoIcon}
      <div>
        <p>${t.areaNote(areaText(view))}</p>
        ${view.values.requestType === 'question'
          ? nothing
          : html`<button type="button" class="link-button" @click=${this.switchToQuestion}>${t.areaSwitch}</button>`}
      </div>
    </div>`;
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

  private renderStatus(view: BookingView): TemplateResult {
    const { state, online } = this.delivery;
    const { contactEmail } = this.settings;
    const phase = this.phase;
    return status(view, {
      phase,
      retry: state.phase === 'sending' ? state.retry : undefined,
      failure: this.failure,
      summary: this.summary,
      serverFormErrors: this.serverFormErrors,
      online,
      // Only a failure offers the e-mail, so it is written out only then, not on every keystroke.
      mailto: phase === 'failed' && contactEmail && this.pending ? this.mailto(contactEmail, this.pending) : undefined,
    });
  }
}
