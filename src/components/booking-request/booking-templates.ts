/**
 * The booking request's templates: each question, the consent, the status beside the button
 * and the success view, as functions of what the element shows (its words, the visitor's
 * answers, their problems). They hold no state and handle no event: the form's `input`,
 * `focusout` and `submit` listeners in the element read every control by its name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  DAY_PARTS,
  MESSAGE_MAX,
  NAME_MAX,
  OUTSIDE_US,
  WEEKDAYS,
  type BookingInput,
  type FieldCode,
  type PreferredContact,
  type TimeSlot,
} from '../../core/booking.js';
import { telHref } from '../../core/links.js';
import { US_STATES, type PracticeSettings, type UsState } from '../../core/practice.js';
import type { RetryNotice } from '../../core/submit.js';
import {
  ariaInvalid,
  controlAria,
  describedBy,
  errorIcon,
  errorId,
  fieldError,
  formField,
  type FieldError,
} from '../../shared/fields.js';
import type { LocalizeController } from '../../shared/localize.js';
import { checkIcon, infoIcon, offlineIcon } from './icons.js';
import type { BookingDeliveryVia, BookingErrorKind } from './events.js';
import type { BookingMessages } from './messages.js';

export type Field = keyof BookingInput;

export interface Problem {
  code: FieldCode;
  /** The server's words, when it refused the field for a reason we have no words for. */
  serverMessage?: string;
  /** Set by the server: it stays until the visitor changes that field. */
  fromServer?: boolean;
}

/** What the visitor is shown once the request is on its way. */
export interface Sent {
  reference: string;
  via: BookingDeliveryVia;
  name: string;
  contact: PreferredContact;
  mailto?: string;
}

/** What every template reads: the words, the answers, their problems, the settings. */
export interface BookingView {
  t: BookingMessages;
  /** The widget's localizer: counts in its format, names joined and sorted its language's way. */
  localize: LocalizeController;
  values: BookingInput;
  problems: Partial<Record<Field, Problem>>;
  settings: PracticeSettings;
}

/** The service area in words: "Washington or Oregon". */
export function areaText(view: BookingView): string {
  const names = view.settings.serviceArea.map((code) => view.t.stateName(code));
  return view.localize.list(names, { type: 'disjunction' });
}

/** The problem of a field in words: ours, or the server's where it refused an answer we took. */
function errorOf(view: BookingView, field: Field): FieldError | undefined {
  const problem = view.problems[field];
  if (!problem) return undefined;
  const { t, values } = view;
  const { code } = problem;
  // Our own words would contradict an answer that looks right to us but not to the server.
  // Only "too-long" mentions the limit and count, and only "outside-area" the area.
  const text =
    problem.fromServer && code !== 'required'
      ? t.serverFieldError(problem.serverMessage ?? '')
      : t.fieldError(field, code, {
          max: code === 'too-long' ? view.localize.count(field === 'message' ? MESSAGE_MAX : NAME_MAX) : '',
          count: code === 'too-long' ? view.localize.count(values.message.trim().length) : '',
          area: code === 'outside-area' ? areaText(view) : '',
          contact: values.preferredContact,
        });
  return { text, prefix: t.errorPrefix };
}

/** A group's error and the ARIA of its radio buttons or checkbox, which the error describes. */
function groupError(view: BookingView, field: Field) {
  const error = errorOf(view, field);
  return {
    error: error ? fieldError(field, error) : nothing,
    invalid: ariaInvalid(error !== undefined),
    describedBy: describedBy(error && errorId(field)),
  };
}

/** What a question is called, as the status lists the ones that need an answer. */
function fieldLabel(t: BookingMessages, field: Field): string {
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

const optional = (t: BookingMessages) => html` <span class="optional">(${t.optional})</span>`;

export function textField(
  view: BookingView,
  field: 'name' | 'email' | 'phone',
  label: string,
  options: { type: string; autocomplete: string; inputmode?: string; required?: boolean; hint?: string },
): TemplateResult {
  const named = field === 'name';
  const shown = { id: field, hint: options.hint, error: errorOf(view, field) };
  const aria = controlAria(shown);
  return formField({
    ...shown,
    label: html`${label}${options.required ? nothing : optional(view.t)}`,
    control: html`<input
      part="input"
      class="text-field"
      id=${field}
      name=${field}
      type=${options.type}
      autocomplete=${options.autocomplete}
      inputmode=${ifDefined(options.inputmode)}
      spellcheck=${named ? 'true' : 'false'}
      autocapitalize=${named ? 'words' : 'off'}
      ?required=${options.required}
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
      .value=${live(view.values[field])}
    />`,
  });
}

/**
 * The states in the order of their names, sorted once per language rather than on every
 * render: the catalogue picks the names, and how they sort. Not through Intl.Collator: the first
 * collator a page builds loads the browser's collation data, tens of milliseconds on a phone,
 * for names that sort as their letters do once accents and case are set aside (a test holds
 * the order to the collator's in every language).
 */
const statesByLanguage = new Map<string, readonly UsState[]>();
const sortKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function sortedStates({ t, localize }: BookingView): readonly UsState[] {
  let states = statesByLanguage.get(localize.language);
  if (!states) {
    states = US_STATES.map((code) => [sortKey(t.stateName(code)), code] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, code]) => code);
    statesByLanguage.set(localize.language, states);
  }
  return states;
}

export function stateField(view: BookingView): TemplateResult {
  const { t } = view;
  const current = view.values.state;
  const shown = { id: 'state', hint: t.stateHint, error: errorOf(view, 'state') };
  const aria = controlAria(shown);
  return formField({
    ...shown,
    label: t.stateLabel,
    control: html`<select
      part="input"
      class="text-field"
      id="state"
      name="state"
      autocomplete="address-level1"
      required
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
    >
      <option value="" ?selected=${current === ''}>${t.statePlaceholder}</option>
      ${sortedStates(view).map((code) => html`<option value=${code} ?selected=${current === code}>${t.stateName(code)}</option>`)}
      <option value=${OUTSIDE_US} ?selected=${current === OUTSIDE_US}>${t.outsideUs}</option>
    </select>`,
  });
}

export function choiceGroup<T extends string>(
  view: BookingView,
  field: 'requestType' | 'preferredContact' | 'clientStatus',
  legend: string,
  options: readonly T[],
  labelOf: (option: T) => string,
): TemplateResult {
  const current = view.values[field];
  const group = groupError(view, field);
  return html`
    <fieldset part="field" class="field" ?data-invalid=${!!view.problems[field]}>
      <legend part="label">${legend}</legend>
      ${group.error}
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
                aria-invalid=${group.invalid}
                aria-describedby=${ifDefined(group.describedBy)}
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

export function timesField(view: BookingView): TemplateResult {
  const { t } = view;
  const chosen = new Set(view.values.preferredTimes);
  return html`
    <fieldset part="field" class="field times" aria-describedby="preferredTimes-hint">
      <legend part="label">${t.timesLegend}${optional(t)}</legend>
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

export function messageField(view: BookingView): TemplateResult {
  const { t } = view;
  const count = view.values.message.trim().length;
  const shown = { id: 'message', hint: html`${infoIcon}<span>${t.messageHint}</span>`, error: errorOf(view, 'message') };
  const aria = controlAria(shown, 'message-count');
  return formField({
    ...shown,
    hintClass: 'health',
    label: html`${t.messageLabel}${optional(t)}`,
    control: html`<textarea
      part="input"
      class="text-field"
      id="message"
      name="message"
      rows="4"
      aria-invalid=${aria.invalid}
      aria-describedby=${ifDefined(aria.describedBy)}
      .value=${live(view.values.message)}
    ></textarea>`,
    after: html`<p class="count" id="message-count" ?data-over=${count > MESSAGE_MAX}>
      ${t.messageCount(view.localize.count(count), view.localize.count(MESSAGE_MAX))}
    </p>`,
  });
}

/** The four disclosures of Washington's My Health My Data Act, the policy link and the unticked box. */
export function consentField(view: BookingView): TemplateResult {
  const { t } = view;
  const { practiceName, privacyPolicyUrl, contactEmail } = view.settings;
  const disclosures: [string, string][] = [
    [t.disclosureWhatTerm, t.disclosureWhat],
    [t.disclosureWhyTerm, t.disclosureWhy],
    [t.disclosureWhoTerm, t.disclosureWho(practiceName)],
    [t.disclosureWithdrawTerm, t.disclosureWithdraw(contactEmail)],
  ];
  const group = groupError(view, 'consent');
  return html`
    <fieldset part="field consent" class="field consent" ?data-invalid=${!!view.problems.consent}>
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
      ${group.error}
      <label part="choice" class="choice consent-choice">
        <input
          part="choice-input"
          type="checkbox"
          id="consent"
          name="consent"
          required
          aria-invalid=${group.invalid}
          aria-describedby=${ifDefined(group.describedBy)}
          .checked=${live(view.values.consent)}
        />
        <span>${t.consentLabel(practiceName)}</span>
      </label>
    </fieldset>
  `;
}

/** What the status beside the button tells, most urgent first. */
interface StatusView {
  phase: 'editing' | 'sending' | 'offline' | 'failed';
  retry?: RetryNotice | undefined;
  failure?: { kind: BookingErrorKind; retryable: boolean } | undefined;
  /** Questions that need an answer, in the form's order. */
  summary: readonly Field[];
  serverFormErrors: readonly string[];
  online: boolean;
  /** The e-mail to the practice with the whole request, offered after a failure. */
  mailto?: string | undefined;
}

export function status(view: BookingView, shown: StatusView): TemplateResult {
  const { t, localize } = view;
  let tone: 'none' | 'info' | 'error' = 'none';
  let content: TemplateResult | typeof nothing = nothing;
  if (shown.phase === 'sending') {
    tone = 'info';
    const { retry } = shown;
    content = html`${retry ? t.statusRetrying(localize.count(retry.attempt), localize.count(retry.maxAttempts)) : t.statusSending}`;
  } else if (shown.phase === 'offline') {
    tone = 'info';
    content = html`${offlineIcon}<span>${t.failure('offline')}</span>`;
  } else if (shown.phase === 'failed' && shown.failure) {
    tone = 'error';
    content = html`${errorIcon}<span>${t.failure(shown.failure.kind)} ${reach(view, shown.mailto)}</span>`;
  } else if (shown.summary.length > 0 || shown.serverFormErrors.length > 0) {
    tone = 'error';
    const labels = shown.summary.map((field) => fieldLabel(t, field));
    content = html`${errorIcon}<span>
      ${shown.failure?.kind === 'validation' ? html`${t.failure('validation')} ` : nothing}
      ${labels.length > 0 ? t.summary(labels, localize.count(labels.length)) : nothing}
      ${shown.serverFormErrors.map((text) => html` ${t.serverSaid(text)}`)}
    </span>`;
  } else if (!shown.online) {
    tone = 'info';
    content = html`${offlineIcon}<span>${t.statusOffline}</span>`;
  }
  return html`<div part="status" class="status" data-tone=${tone} role="status">${content}</div>`;
}

/** Other ways to reach the practice after a failure; the email link carries the whole request. */
function reach(view: BookingView, mailto: string | undefined): TemplateResult | typeof nothing {
  const { t } = view;
  const { contactEmail, contactPhone } = view.settings;
  if (!contactEmail && !contactPhone) return nothing;
  const mail = contactEmail ? html`${t.reachEmail} <a href=${mailto ?? `mailto:${contactEmail}`}>${contactEmail}</a>` : nothing;
  const phone = contactPhone
    ? html`${contactEmail ? ` ${t.reachPhoneAlso}` : t.reachPhoneOnly} <a href=${telHref(contactPhone)}>${contactPhone}</a>`
    : nothing;
  return html`${mail}${phone}.`;
}

export function crisisNote(t: BookingMessages): TemplateResult {
  return html`<p class="footnote crisis">
    ${t.crisisNote} <a href="tel:988">${t.crisisLine}</a> ${t.crisisBetween} <a href="tel:911">${t.emergency}</a>.
  </p>`;
}

export function successView(view: BookingView, sent: Sent, replyDays: number): TemplateResult {
  const { t } = view;
  const { practiceName, contactEmail } = view.settings;
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
      <p>${t.successNext(practiceName, replyDays, view.localize.count(replyDays), sent.contact)}</p>
      <p class="reference">${t.referenceLabel} <strong part="reference">${sent.reference}</strong></p>
      <p class="hint">${t.referenceHint}</p>
      ${crisisNote(t)}
    </section>
  `;
}
