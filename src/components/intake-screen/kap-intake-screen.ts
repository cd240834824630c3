import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { CRISIS_RESOURCES, crisisLink, type CrisisContact } from '../../core/crisis.js';
import { issueMessage, parseUrl, type FieldResult, type SettingIssue } from '../../core/practice.js';
import {
  EMPTY_SCREEN_ANSWERS,
  GAD7,
  HEALTH_QUESTIONS,
  INSTRUMENT_WORDS,
  PHQ9,
  PHQ9_ITEM9_INDEX,
  TREATMENT_HISTORY_QUESTIONS,
  YES_NO_UNSURE,
  concernOf,
  needsCrisisResources,
  responseOptions,
  screenResult,
  screenText,
  screenTextLanguage,
  type FunctionalDifficulty,
  type Gad7Band,
  type HealthGroup,
  type HealthQuestion,
  type Instrument,
  type InstrumentWords,
  type ItemScore,
  type Phq9Band,
  type ScreenAnswers,
  type ScreenResult,
  type SharedScreenResult,
  type YesNoUnsure,
} from '../../core/screening/index.js';
import { emit } from '../../shared/events.js';
import { KapElement } from '../../shared/kap-element.js';
import { intakeScreenStyles } from './kap-intake-screen.styles.js';
import { intakeMessages } from './messages.js';

export const SCREEN_STEPS = [
  'introduction',
  'phq9',
  'gad7',
  'treatment-history',
  'health-and-safety',
  'results',
] as const;
export type ScreenStep = (typeof SCREEN_STEPS)[number];

export interface KapScreenStepDetail {
  step: ScreenStep;
}
/** Empty unless `share-results-with-page` is set; then bands and outcome, never answers or totals. */
export type KapScreenCompleteDetail = Partial<SharedScreenResult>;
/** Always empty: the event says only that crisis resources appeared. */
export type KapCrisisShownDetail = Record<string, never>;

type Messages = (typeof intakeMessages)['en'];
/** The keys of plain-text messages, for tables that pick a message by a domain value. */
type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** One question as the screen renders it: a fieldset of native radios. */
interface Question {
  /** Unique in the screen: the radios' name and the fieldset's id. */
  key: string;
  number?: number;
  legend: string;
  choices: readonly { value: string; label: string }[];
  selected: string | undefined;
  required: boolean;
  /** Crisis resources follow this question in place while its answer calls for them. */
  raisesCrisis: boolean;
  /** Three short answers sit in a row; the four-point scale stacks until there is room. */
  compact: boolean;
  pick(answers: ScreenAnswers, value: string): ScreenAnswers;
}

interface QuestionGroup {
  heading?: string;
  lead?: string;
  questions: Question[];
}

const STEP_TITLE: Record<ScreenStep, TextKey> = {
  introduction: 'titleIntroduction',
  phq9: 'titlePhq9',
  gad7: 'titleGad7',
  'treatment-history': 'titleHistory',
  'health-and-safety': 'titleHealth',
  results: 'titleResults',
};

const BAND_WORDS: Record<Phq9Band | Gad7Band, TextKey> = {
  'none-minimal': 'bandNoneMinimal',
  minimal: 'bandMinimal',
  mild: 'bandMild',
  moderate: 'bandModerate',
  'moderately-severe': 'bandModeratelySevere',
  severe: 'bandSevere',
};

const GROUP_HEADING: Record<HealthGroup, TextKey> = {
  health: 'groupHealth',
  medicines: 'groupMedicines',
  safety: 'groupSafety',
};

/** A same-page anchor ("#contact") is the usual booking link; otherwise the URL rules of API.md. */
function parseBookingUrl(value: string): FieldResult<string> {
  const text = value.trim();
  if (/^#[^\s#]+$/.test(text)) return { ok: true, value: text };
  return parseUrl(text, 'link', document.baseURI);
}

/**
 * A private self-check: the PHQ-9, the GAD-7, the seed page's treatment questions and the
 * health and safety questions, step by step, with crisis resources the moment an answer
 * calls for them. Everything runs in the browser: no answer is sent, stored or put in an
 * event, and a reload forgets them all.
 *
 * @summary A private KAP self-screen with PHQ-9, GAD-7, health questions and crisis resources.
 * @tag kap-intake-screen
 *
 * @attr booking-url - Where "Request a consultation" leads: https, `mailto:`, `tel:` or a same-page `#anchor`. Unset: no link. Never shown with crisis resources.
 * @attr share-results-with-page - Boolean. Puts `{phq9Band, gad7Band, outcome}` in `kap-screen-complete`; without it every event is empty of results.
 *
 * @csspart base - The widget's outer wrapper.
 * @csspart error - The settings panel, shown above the screen (never instead of it) when a setting is wrong.
 * @csspart progress - The progress bar (a `progressbar` with the step as its value).
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer's label, around its native radio.
 * @csspart option--checked - The chosen answer's label (also an `option`).
 * @csspart back-button - Goes to the previous step, keeping every answer.
 * @csspart next-button - Goes on; `aria-disabled` with a visible reason until the step is complete.
 * @csspart result - The results step.
 * @csspart outcome - The outcome and next steps within the results.
 * @csspart booking-link - The link built from `booking-url`.
 * @csspart crisis - The crisis panel, in place after the answer that called for it, and leading the results.
 * @csspart crisis-link - Each tap-to-call, tap-to-text or chat link.
 * @csspart crisis-footer - The crisis resources at the foot of every results view.
 * @csspart print-button - "Print my answers".
 * @csspart start-over-button - "Start over": clears every answer.
 *
 * @fires {CustomEvent<KapScreenStepDetail>} kap-screen-step - The visitor moved to a step. The step's name only.
 * @fires {CustomEvent<KapScreenCompleteDetail>} kap-screen-complete - The results are shown. Empty unless `share-results-with-page`.
 * @fires {CustomEvent<KapCrisisShownDetail>} kap-crisis-shown - Crisis resources appeared. Its firing alone says a visitor may be at risk: never forward it to analytics.
 */
export class KapIntakeScreen extends KapElement {
  static override styles = [...KapElement.styles, intakeScreenStyles];
  protected static override readonly textPack = 'kap-intake-screen';

  protected get widgetName(): string {
    return this.messages.widgetName;
  }

  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  @property({ type: Boolean, attribute: 'share-results-with-page' }) shareResultsWithPage = false;

  @state() private step: ScreenStep = 'introduction';
  @state() private answers: ScreenAnswers = EMPTY_SCREEN_ANSWERS;
  /** Set when the visitor tries to go on with questions left: those are then marked. */
  @state() private showMissing = false;

  protected override widgetIssues(): SettingIssue[] {
    if (this.bookingUrl == null) return [];
    const parsed = parseBookingUrl(this.bookingUrl);
    return parsed.ok
      ? []
      : [{ attribute: 'booking-url', value: this.bookingUrl, message: issueMessage('booking-url', this.bookingUrl, parsed.message) }];
  }

  /**
   * Other widgets show the settings panel instead of themselves; this one shows it above the
   * screen. A visitor in distress must never find a settings panel where the questions and
   * crisis resources should be, and the screen needs no setting to work: a bad booking-url
   * only loses its link, and bad practice settings fall back to the defaults.
   */
  override render(): TemplateResult {
    return this.renderWidget();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Set through the CSSOM, not a style attribute: pages with `style-src 'self'` block
    // style attributes in markup but allow this.
    const fill = this.renderRoot.querySelector<HTMLElement>('.progress-fill');
    if (fill) fill.style.width = `${((SCREEN_STEPS.indexOf(this.step) + 1) / SCREEN_STEPS.length) * 100}%`;
  }

  private get messages(): Messages {
    return this.localize.t(intakeMessages);
  }

  /** The questionnaires and crisis lines follow the language of the words around them, never a mix of two. */
  private get language(): string {
    return this.localize.language;
  }

  private get bookingHref(): string | undefined {
    if (this.bookingUrl == null) return undefined;
    const parsed = parseBookingUrl(this.bookingUrl);
    return parsed.ok ? parsed.value : undefined;
  }

  protected renderWidget(): TemplateResult {
    const t = this.messages;
    const index = SCREEN_STEPS.indexOf(this.step);
    // The live region carries the crisis announcement while the answers call for resources.
    // Its words are rendered, not stored, so a page that changes language hears the new one.
    const announcing = needsCrisisResources(this.answers);
    return html`
      <div part="base" class="screen" lang=${this.localize.lang}>
        ${this.configIssues.length > 0 ? this.renderSettingsPanel(t) : nothing}
        <div
          part="progress"
          class="progress"
          role="progressbar"
          aria-label=${t.progressLabel}
          aria-valuemin="1"
          aria-valuemax=${SCREEN_STEPS.length}
          aria-valuenow=${index + 1}
          aria-valuetext=${`${t.stepOf(index + 1, SCREEN_STEPS.length)}: ${t[STEP_TITLE[this.step]]}`}
        >
          <span class="progress-text">${t.stepOf(index + 1, SCREEN_STEPS.length)}</span>
          <span class="progress-track">
            <span class="progress-fill"></span>
          </span>
        </div>
        <div class="visually-hidden" role="status">${announcing ? t.crisisAnnouncement : ''}</div>
        ${keyed(
          // Fresh radios for each step: reusing them would rename a checked radio into another
          // question's group, and the browser would uncheck that question's answer.
          this.step,
          this.step === 'introduction'
            ? this.renderIntroduction(t)
            : this.step === 'results'
              ? this.renderResults(t)
              : this.renderQuestionStep(t),
        )}
      </div>
    `;
  }

  private renderSettingsPanel(t: Messages): TemplateResult {
    return this.renderIssuePanel(t.settingsTitle(this.widgetName), [t.settingsHelp]);
  }

  private renderTitle(t: Messages): TemplateResult {
    return html`<h2 id="step-title" class="step-title" tabindex="-1">${t[STEP_TITLE[this.step]]}</h2>`;
  }

  private renderIntroduction(t: Messages): TemplateResult {
    const quick = CRISIS_RESOURCES.flatMap((resource) =>
      resource.id === '988-lifeline' || resource.id === 'emergency'
        ? resource.contacts.filter((contact) => contact.action !== 'chat')
        : [],
    );
    return html`
      <section class="step intro" aria-labelledby="step-title">
        ${this.renderTitle(t)}
        <p class="lead">${t.introLead}</p>
        <h3>${t.introWhatTitle}</h3>
        <p>${t.introWhat}</p>
        <h3>${t.introNotTitle}</h3>
        <p>${t.introNot}</p>
        <h3>${t.introPrivacyTitle}</h3>
        <p>${t.introPrivacy}</p>
        <p>${t.introHeadsUp}</p>
        <div class="actions">
          <button part="next-button" class="button primary" @click=${() => this.goTo('phq9')}>${t.start}</button>
        </div>
        <p class="help-now">
          <span>${t.introNeedHelpNow}</span>
          ${quick.map((contact) => this.renderCrisisLink(contact, t))}
        </p>
      </section>
    `;
  }

  private renderQuestionStep(t: Messages): TemplateResult {
    const groups = this.groupsFor(this.step, t);
    const questions = groups.flatMap((group) => group.questions);
    const missing = questions.filter((question) => question.required && question.selected === undefined);
    const raisedHere = questions.some((question) => question.raisesCrisis);
    const words = screenText(INSTRUMENT_WORDS, this.language);
    const isInstrument = this.step === 'phq9' || this.step === 'gad7';
    const last = this.step === 'health-and-safety';
    return html`
      <section class="step" aria-labelledby="step-title">
        ${this.renderTitle(t)}
        ${needsCrisisResources(this.answers) && !raisedHere ? this.renderCrisis(t, 'inline') : nothing}
        <p class="lead">
          ${isInstrument ? words.stem : this.step === 'treatment-history' ? t.historyLead : t.healthLead}
        </p>
        ${groups.map(
          (group) => html`
            ${group.heading ? html`<h3>${group.heading}</h3>` : nothing}
            ${group.lead ? html`<p class="group-lead">${group.lead}</p>` : nothing}
            ${group.questions.map(
              (question) => html`
                ${this.renderQuestion(question, t)}
                ${question.raisesCrisis ? this.renderCrisis(t, 'inline') : nothing}
              `,
            )}
          `,
        )}
        ${isInstrument ? html`<p class="notice">${words.notice}</p>` : nothing}
        <div class="actions">
          <button part="back-button" class="button" @click=${() => this.back()}>${t.back}</button>
          <button
            part="next-button"
            class="button primary"
            aria-disabled=${missing.length > 0 ? 'true' : 'false'}
            aria-describedby=${missing.length > 0 ? 'next-reason' : nothing}
            @click=${() => this.next(missing)}
          >
            ${last ? t.seeResults : t.next}
          </button>
        </div>
        ${missing.length > 0 ? html`<p id="next-reason" class="next-reason">${t.answerToContinue(missing.length)}</p>` : nothing}
      </section>
    `;
  }

  private renderQuestion(question: Question, t: Messages): TemplateResult {
    const flagged = this.showMissing && question.required && question.selected === undefined;
    return html`
      <fieldset part="question" id=${question.key} class=${flagged ? 'question missing' : 'question'}>
        <legend>
          ${question.number ? html`<span class="number">${question.number}.</span> ` : nothing}${question.legend}
          ${question.required ? nothing : html`<span class="optional">${t.optional}</span>`}
          ${flagged ? html`<span class="missing-note">${t.notAnswered}</span>` : nothing}
        </legend>
        <div class=${question.compact ? 'options compact' : 'options'}>
          ${question.choices.map((choice) => {
            const checked = question.selected === choice.value;
            return html`
              <label part=${checked ? 'option option--checked' : 'option'} class="option choice">
                <input
                  type="radio"
                  name=${question.key}
                  .value=${choice.value}
                  .checked=${live(checked)}
                  @change=${() => this.answer(question, choice.value)}
                />
                <span>${choice.label}</span>
              </label>
            `;
          })}
        </div>
      </fieldset>
    `;
  }

  private renderCrisis(t: Messages, where: 'inline' | 'result'): TemplateResult {
    return html`
      <section part="crisis" class="crisis" aria-labelledby="crisis-title-${where}">
        <h3 id="crisis-title-${where}">${where === 'result' ? t.crisisResultTitle : t.crisisTitle}</h3>
        <p>${where === 'result' ? t.crisisResultBody : t.crisisBody}</p>
        ${this.renderResources(t)}
        ${where === 'inline' ? html`<p>${t.crisisGoOn}</p>` : nothing}
      </section>
    `;
  }

  private renderResources(t: Messages): TemplateResult {
    return html`
      <ul class="resources">
        ${CRISIS_RESOURCES.map(
          (resource) => html`
            <li class="resource">
              <span class="resource-name" lang=${screenTextLanguage(resource.name, this.language)}
                >${screenText(resource.name, this.language)}</span
              >
              ${resource.note ? html`<span class="resource-note">${screenText(resource.note, this.language)}</span>` : nothing}
              <span class="resource-links">${resource.contacts.map((contact) => this.renderCrisisLink(contact, t))}</span>
            </li>
          `,
        )}
      </ul>
    `;
  }

  private renderCrisisLink(contact: CrisisContact, t: Messages): TemplateResult {
    const { action, label, href } = crisisLink(contact, this.language);
    // The chat opens beside the screen, so a visitor who comes back still finds it as they left it.
    return action === 'chat'
      ? html`<a part="crisis-link" class="button crisis-link" href=${href} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> ${t.opensInNewTab}</span></a
        >`
      : html`<a part="crisis-link" class="button crisis-link" href=${href}>${label}</a>`;
  }

  private renderResults(t: Messages): TemplateResult {
    const result = screenResult(this.answers);
    return html`
      <section part="result" class="step result" aria-labelledby="step-title">
        ${this.renderTitle(t)}
        ${this.renderOutcome(result, t)}
        <h3>${t.scoresTitle}</h3>
        <dl class="scores">
          ${this.renderScore(t.phq9Name, PHQ9, result.phq9Total, result.phq9Band, t)}
          ${this.renderScore(t.gad7Name, GAD7, result.gad7Total, result.gad7Band, t)}
        </dl>
        <p class="not-diagnosis"><strong>${t.notDiagnosisTitle}</strong> ${t.notDiagnosis}</p>
        ${result.medicationNotes.length > 0
          ? html`
              <h3>${t.medicinesTitle}</h3>
              <ul class="concerns">
                ${result.medicationNotes.map((question) => this.renderConcern(question, t))}
              </ul>
              <p>${t.medicinesNote}</p>
            `
          : nothing}
        <div class="actions">
          <button part="back-button" class="button" @click=${() => this.back()}>${t.back}</button>
          <button part="print-button" class="button" @click=${() => window.print()}>${t.print}</button>
          <button part="start-over-button" class="button" @click=${() => this.startOver()}>${t.startOver}</button>
        </div>
        ${this.renderPrintAnswers(t)}
        <p class="notice">${screenText(INSTRUMENT_WORDS, this.language).notice}</p>
        <footer part="crisis-footer" class="crisis-footer">
          <h3>${t.crisisFooterTitle}</h3>
          ${this.renderResources(t)}
        </footer>
      </section>
    `;
  }

  /** The crisis resources when the answers call for them, else the outcome and its next steps. */
  private renderOutcome(result: ScreenResult, t: Messages): TemplateResult {
    const { outcome } = result;
    if (outcome === 'crisis') return this.renderCrisis(t, 'result');
    const words = {
      'not-now': [t.notNowTitle, t.notNowBody, t.notNowConcerns, t.talkWithUs],
      'talk-with-a-prescriber': [t.prescriberTitle, t.prescriberBody, t.prescriberConcerns, t.requestConsultation],
      'may-fit': [t.mayFitTitle, t.mayFitBody, '', t.requestConsultation],
      mild: [t.mildTitle, t.mildBody, '', t.talkWithUs],
    } as const;
    const [title, body, concernsTitle, linkText] = words[outcome];
    const concerns = outcome === 'not-now' ? result.hardStops : result.prescriberReviews;
    const href = this.bookingHref;
    return html`
      <div part="outcome" class="outcome">
        <h3>${title}</h3>
        <p>${body}</p>
        ${concernsTitle && concerns.length > 0
          ? html`
              <p>${concernsTitle}</p>
              <ul class="concerns">
                ${concerns.map((question) => this.renderConcern(question, t))}
              </ul>
            `
          : nothing}
        ${href ? html`<p><a part="booking-link" class="button primary" href=${href}>${linkText}</a></p>` : nothing}
      </div>
    `;
  }

  /** A health question with the answer that raised it, and its note if it has one. */
  private renderConcern(question: HealthQuestion, t: Messages): TemplateResult {
    const answer = this.answers.health[question.id] === 'unsure' ? t.unsure : t.yes;
    const note = question.note ? screenText(question.note, this.language) : '';
    return html`<li>${screenText(question.text, this.language)} <strong>${answer}.</strong> ${note}</li>`;
  }

  private renderScore(
    name: string,
    instrument: Instrument<Phq9Band> | Instrument<Gad7Band>,
    score: number,
    band: Phq9Band | Gad7Band,
    t: Messages,
  ): TemplateResult {
    const range = instrument.bands.find((b) => b.band === band)!;
    return html`
      <div class="score">
        <dt>${name}</dt>
        <dd>${t.scoreLine(score, instrument.maxTotal, t[BAND_WORDS[band]], range.min, range.max)}</dd>
      </div>
    `;
  }

  /** Shown only on paper: every question with the answer given, for a visitor to take along. */
  private renderPrintAnswers(t: Messages): TemplateResult {
    const date = this.localize.date(new Date(), { dateStyle: 'long' });
    const steps = SCREEN_STEPS.filter((step) => step !== 'introduction' && step !== 'results');
    return html`
      <div class="print-only print-answers">
        <h3>${t.printTitle(this.settings.practiceName)}</h3>
        <p>${t.printDate(date)}</p>
        ${steps.map(
          (step) => html`
            <h4>${t[STEP_TITLE[step]]}</h4>
            <ul class="print-list">
              ${this.groupsFor(step, t)
                .flatMap((group) => group.questions)
                .map((question) => {
                  const chosen = question.choices.find((choice) => choice.value === question.selected);
                  const scored = step === 'phq9' || step === 'gad7';
                  const answer = !chosen
                    ? t.notAnsweredShort
                    : scored && question.key !== 'functional'
                      ? t.answerScore(chosen.label, Number(chosen.value))
                      : chosen.label;
                  const number = question.number ? `${question.number}. ` : '';
                  return html`<li>${number}${question.legend} <strong>${answer}</strong></li>`;
                })}
            </ul>
          `,
        )}
      </div>
    `;
  }

  /** The questions of a step, built from the core's data and the answers so far. */
  private groupsFor(step: ScreenStep, t: Messages): QuestionGroup[] {
    const words = screenText(INSTRUMENT_WORDS, this.language);
    const answers = this.answers;
    switch (step) {
      case 'phq9':
        return [
          {
            questions: [
              ...this.instrumentQuestions('phq9', words.phq9Items, words),
              {
                key: 'functional',
                legend: words.functionalQuestion,
                choices: words.functionalOptions.map((label, value) => ({ value: String(value), label })),
                selected: answers.functional === undefined ? undefined : String(answers.functional),
                required: false,
                raisesCrisis: false,
                compact: false,
                pick: (a, value) => ({ ...a, functional: Number(value) as FunctionalDifficulty }),
              },
            ],
          },
        ];
      case 'gad7':
        return [{ questions: this.instrumentQuestions('gad7', words.gad7Items, words) }];
      case 'treatment-history':
        return [
          {
            questions: TREATMENT_HISTORY_QUESTIONS.map((question, i) => ({
              key: `history-${question.id}`,
              number: i + 1,
              legend: screenText(question.text, this.language),
              choices: this.yesNoChoices(t),
              selected: answers.history[question.id],
              required: true,
              raisesCrisis: false,
              compact: true,
              pick: (a, value) => ({ ...a, history: { ...a.history, [question.id]: value as YesNoUnsure } }),
            })),
          },
        ];
      case 'health-and-safety': {
        const groups: HealthGroup[] = ['health', 'medicines', 'safety'];
        let number = 0;
        return groups.map((group) => ({
          heading: t[GROUP_HEADING[group]],
          ...(group === 'medicines' ? { lead: t.medicinesLead } : {}),
          questions: HEALTH_QUESTIONS.filter((question) => question.group === group).map((question) =>
            this.healthQuestion(question, ++number, t),
          ),
        }));
      }
      default:
        return [];
    }
  }

  private instrumentQuestions(id: 'phq9' | 'gad7', items: readonly string[], words: InstrumentWords): Question[] {
    const options = responseOptions(words).map((option) => ({ value: String(option.score), label: option.label }));
    return items.map((legend, i) => {
      const score = this.answers[id][i];
      return {
        key: `${id}-${i + 1}`,
        number: i + 1,
        legend,
        choices: options,
        selected: score === undefined ? undefined : String(score),
        required: true,
        raisesCrisis: id === 'phq9' && i === PHQ9_ITEM9_INDEX && (score ?? 0) > 0,
        compact: false,
        pick: (a, value) => ({ ...a, [id]: a[id].with(i, Number(value) as ItemScore) }),
      };
    });
  }

  private healthQuestion(question: HealthQuestion, number: number, t: Messages): Question {
    const selected = this.answers.health[question.id];
    return {
      key: `health-${question.id}`,
      number,
      legend: screenText(question.text, this.language),
      choices: this.yesNoChoices(t),
      selected,
      required: true,
      raisesCrisis: concernOf(question, selected) === 'crisis',
      compact: true,
      pick: (a, value) => ({ ...a, health: { ...a.health, [question.id]: value as YesNoUnsure } }),
    };
  }

  private yesNoChoices(t: Messages): { value: YesNoUnsure; label: string }[] {
    const labels: Record<YesNoUnsure, string> = { yes: t.yes, no: t.no, unsure: t.unsure };
    return YES_NO_UNSURE.map((value) => ({ value, label: labels[value] }));
  }

  private answer(question: Question, value: string): void {
    const before = needsCrisisResources(this.answers);
    this.answers = question.pick(this.answers, value);
    // The event says resources appeared: once as they come, not again for each answer after.
    if (needsCrisisResources(this.answers) && !before) {
      void this.updateComplete.then(() => emit(this, 'kap-crisis-shown', {}));
    }
  }

  private next(missing: Question[]): void {
    if (missing.length === 0) {
      void this.goTo(SCREEN_STEPS[SCREEN_STEPS.indexOf(this.step) + 1]!);
      return;
    }
    this.showMissing = true;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>(`fieldset#${missing[0]!.key} input`)?.focus();
    });
  }

  private back(): void {
    void this.goTo(SCREEN_STEPS[SCREEN_STEPS.indexOf(this.step) - 1]!);
  }

  private startOver(): void {
    this.answers = EMPTY_SCREEN_ANSWERS;
    void this.goTo('introduction');
  }

  private async goTo(step: ScreenStep): Promise<void> {
    this.step = step;
    this.showMissing = false;
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('#step-title');
    title?.focus({ preventScroll: true });
    // The new step starts at the top of the widget; bring it into view if the visitor scrolled past.
    const top = this.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight) this.scrollIntoView({ block: 'start' });
    emit(this, 'kap-screen-step', { step });
    if (step === 'results') emit(this, 'kap-screen-complete', this.completeDetail());
  }

  private completeDetail(): KapScreenCompleteDetail {
    if (!this.shareResultsWithPage) return {};
    const { phq9Band, gad7Band, outcome } = screenResult(this.answers);
    return { phq9Band, gad7Band, outcome };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kap-intake-screen': KapIntakeScreen;
  }
  interface HTMLElementEventMap {
    'kap-screen-step': CustomEvent<KapScreenStepDetail>;
    'kap-screen-complete': CustomEvent<KapScreenCompleteDetail>;
    'kap-crisis-shown': CustomEvent<KapCrisisShownDetail>;
  }
}
