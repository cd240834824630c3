import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toICS, type CalendarTexts } from '../../core/ics.js';
import type { SettingIssue } from '../../core/practice.js';
import {
  groupByWeek,
  parseIsoDate,
  parseTimelineAttributes,
  planSchedule,
  TIMELINE_PHASES,
  type IsoDate,
  type PlannedSession,
  type SchedulePlan,
  type ScheduleWarning,
  type TimelinePhase,
  type TimelineSettings,
} from '../../core/schedule.js';
import { todayIn } from '../../core/today.js';
import { emit } from '../../shared/events.js';
import { KapElement } from '../../shared/kap-element.js';
import { timelineStyles } from './kap-process-timeline.styles.js';
import { timelineMessages, type TimelineMessages } from './messages.js';

/** `kap-phase-toggle`: a visitor opened or closed the explanation of a phase. */
export interface KapPhaseToggleDetail {
  phase: TimelinePhase;
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'kap-phase-toggle': CustomEvent<KapPhaseToggleDetail>;
  }
  interface HTMLElementTagNameMap {
    'kap-process-timeline': KapProcessTimeline;
  }
}

/** Where the start date stands: none yet, one that can't be read, one that has passed, or a plan. */
type StartState =
  | { kind: 'none' }
  | { kind: 'unreadable'; value: string }
  | { kind: 'past'; date: IsoDate }
  | { kind: 'planned'; date: IsoDate; plan: SchedulePlan };

/** A day written out in full, as in "Monday, March 1, 2027". */
const LONG_DAY = { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' } as const satisfies Intl.DateTimeFormatOptions;

/**
 * The treatment journey of ketamine-assisted psychotherapy, phase by phase, and, once a start
 * date is known, the dated plan of every session with an "Add to calendar" download.
 *
 * Each phase explains itself in a disclosure (a button with `aria-expanded` that controls a
 * region). Phases stack vertically in a narrow container and sit side by side in a wide one
 * (container queries, so a sidebar gets the vertical layout on any screen). Dates and times
 * are shown in the practice's locale and time zone.
 *
 * @summary The treatment journey as phases, and a dated session plan for the visitor's calendar.
 * @tag kap-process-timeline
 *
 * @attr start-date - ISO date of the first session of the plan (the first preparation session, or the first medicine session when there is none). Unset: phases only.
 * @attr date-picker - Boolean: show a date field so the visitor can choose the start.
 * @attr current-phase - Highlights one phase: `consultation`, `preparation`, `medicine`, `integration` or `ongoing`.
 * @attr session-days - Weekdays for medicine sessions, space-separated (`mon thu`).
 * @attr session-time - Local start time of sessions, 24-hour `HH:MM` (`10:00`).
 * @attr closed-dates - ISO dates with no sessions, space-separated (`2027-11-25 2027-12-24`).
 * @attr timezone - IANA time zone of the practice (`America/Los_Angeles`); also a practice setting.
 *
 * @csspart base - The widget's outer wrapper; also the size container for the layout.
 * @csspart phases - The ordered list of phases.
 * @csspart phase - One phase.
 * @csspart phase--current - The phase named by `current-phase` (together with `phase`).
 * @csspart marker - The numbered circle of a phase.
 * @csspart phase-title - The heading of a phase.
 * @csspart phase-toggle - The button that opens and closes a phase's explanation.
 * @csspart phase-meta - Counts and durations of a phase.
 * @csspart current-label - The "You are here" label of the current phase.
 * @csspart phase-body - The explanation of a phase.
 * @csspart plan - The dated plan section.
 * @csspart date-field - The start date field (with `date-picker`).
 * @csspart date-input - The start date input.
 * @csspart message - Why no dates are shown (an unreadable or past start date).
 * @csspart warnings - The list of places where the plan could not follow a rule.
 * @csspart warning - One such note.
 * @csspart week - One week of the dated plan.
 * @csspart week-title - The heading of a week.
 * @csspart session - One session in the dated plan.
 * @csspart date - The date and time of a session.
 * @csspart calendar-button - Downloads the plan as an .ics file.
 *
 * @fires {CustomEvent<KapPhaseToggleDetail>} kap-phase-toggle - A visitor opened or closed a phase.
 */
export class KapProcessTimeline extends KapElement {
  static override styles = [...KapElement.styles, timelineStyles];
  protected static override readonly textPack = 'kap-process-timeline';

  protected get widgetName(): string {
    return this.t.widgetName;
  }

  /** ISO date of the first session of the plan; the date field writes here too. */
  @property({ attribute: 'start-date' }) startDate?: string;
  /** Shows a date field so the visitor can choose the start. */
  @property({ attribute: 'date-picker', type: Boolean }) datePicker = false;
  /** The phase to highlight. */
  @property({ attribute: 'current-phase' }) currentPhase?: TimelinePhase;
  /** Weekdays for medicine sessions, space-separated. */
  @property({ attribute: 'session-days' }) sessionDays?: string;
  /** Local start time of sessions, `HH:MM`. */
  @property({ attribute: 'session-time' }) sessionTime?: string;
  /** ISO dates with no sessions, space-separated. */
  @property({ attribute: 'closed-dates' }) closedDates?: string;

  @state() private openPhases: ReadonlySet<TimelinePhase> = new Set();

  private timeline: TimelineSettings = parseTimelineAttributes({});
  private start: StartState = { kind: 'none' };
  /** The last value the date field gave, so a message can speak to whoever wrote the date. */
  private pickedValue?: string;
  /**
   * Today on the practice's calendar, read before every render that needs it: the first date
   * formatter a page builds loads the browser's calendar data, tens of milliseconds on a phone,
   * so a timeline with no start and no date field never asks.
   */
  private today?: IsoDate;
  /** The last plan and what it was planned from: only a change of those plans again. */
  private planned?: { key: string; plan: SchedulePlan };

  // The base asks for issues once per update while it resolves the practice settings, so the
  // timeline's own attributes are read here, once, and kept for rendering.
  protected override widgetIssues(): SettingIssue[] {
    this.timeline = parseTimelineAttributes({
      'session-days': this.sessionDays ?? undefined,
      'session-time': this.sessionTime ?? undefined,
      'closed-dates': this.closedDates ?? undefined,
      // An empty current-phase="" is how page builders write "none".
      'current-phase': this.currentPhase?.trim() || undefined,
    });
    return this.timeline.issues;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.startDate?.trim();
    this.today = value || this.datePicker ? todayIn(this.settings.timezone) : undefined;
    this.start = value && this.today ? this.readStart(value, this.today) : { kind: 'none' };
  }

  private readStart(value: string, today: IsoDate): StartState {
    const parsed = parseIsoDate(value);
    if (!parsed.ok) return { kind: 'unreadable', value };
    if (parsed.value < today) return { kind: 'past', date: parsed.value };
    return { kind: 'planned', date: parsed.value, plan: this.planFrom(parsed.value) };
  }

  // Every update reads the start, a phase opening too; planning is the costly part, so it is
  // done again only when something planSchedule reads has changed.
  private planFrom(start: IsoDate): SchedulePlan {
    const key = JSON.stringify([this.settings, start, this.timeline.options]);
    if (this.planned?.key !== key) {
      this.planned = { key, plan: planSchedule(this.settings, start, this.timeline.options) };
    }
    return this.planned.plan;
  }

  private get t(): TimelineMessages {
    return this.localize.t(timelineMessages);
  }

  protected renderWidget(): TemplateResult {
    const showPlan = this.datePicker || this.start.kind !== 'none';
    return html`
      <div part="base" class="timeline" lang=${this.localize.lang}>
        <ol part="phases" class="phases" aria-label=${this.t.phasesLabel}>
          ${this.visiblePhases().map((phase, index) => this.renderPhase(phase, index + 1))}
        </ol>
        ${showPlan ? this.renderPlanSection() : nothing}
      </div>
    `;
  }

  /** A phase the practice's settings leave empty (no preparation, no integration) is not shown. */
  private visiblePhases(): TimelinePhase[] {
    const s = this.settings;
    return TIMELINE_PHASES.filter(
      (phase) =>
        !(phase === 'preparation' && s.preparationSessions === 0) &&
        !(phase === 'integration' && s.integrationPerMedicine === 0),
    );
  }

  private renderPhase(phase: TimelinePhase, step: number): TemplateResult {
    const { title, meta, body } = this.phaseText(phase);
    const current = this.timeline.currentPhase === phase;
    const open = this.openPhases.has(phase);
    const id = `phase-${phase}`;
    return html`
      <li part=${current ? 'phase phase--current' : 'phase'} class="phase" aria-current=${current ? 'step' : nothing}>
        <span part="marker" class="marker" aria-hidden="true">${step}</span>
        <h3 part="phase-title" class="phase-title">
          <button
            part="phase-toggle"
            type="button"
            id=${`${id}-toggle`}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`${id}-body`}
            @click=${() => this.togglePhase(phase)}
          >
            <span>${title}</span>
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </button>
        </h3>
        <p part="phase-meta" class="phase-meta">${meta}</p>
        ${current ? html`<p part="current-label" class="current-label">${this.t.currentPhase}</p>` : nothing}
        <div part="phase-body" class="phase-body" id=${`${id}-body`} role="region" aria-labelledby=${`${id}-toggle`} ?hidden=${!open}>
          ${body.map((paragraph) => html`<p>${paragraph}</p>`)}
        </div>
      </li>
    `;
  }

  private phaseText(phase: TimelinePhase): { title: string; meta: string; body: string[] } {
    const t = this.t;
    const s = this.settings;
    switch (phase) {
      case 'consultation':
        return { title: t.consultationTitle, meta: t.consultationMeta, body: [t.consultationBody, t.consultationBodyMore] };
      case 'preparation':
        return {
          title: t.preparationTitle,
          meta: t.preparationMeta(s.preparationSessions, this.localize.duration(s.sessionMinutes)),
          body: [t.preparationBody, t.preparationBodyMore],
        };
      case 'medicine': {
        const medicine = this.localize.duration(s.medicineMinutes);
        return {
          title: t.medicineTitle,
          meta: t.medicineMeta(s.medicineSessions, s.weeks, medicine),
          body: [t.medicineBody(medicine), t.medicineBodyMore],
        };
      }
      case 'integration':
        return {
          title: t.integrationTitle,
          meta: t.integrationMeta(s.integrationPerMedicine, this.localize.duration(s.sessionMinutes)),
          body: [t.integrationBody, t.integrationBodyMore],
        };
      case 'ongoing':
        return { title: t.ongoingTitle, meta: t.ongoingMeta, body: [t.ongoingBody] };
    }
  }

  private togglePhase(phase: TimelinePhase): void {
    const open = !this.openPhases.has(phase);
    const next = new Set(this.openPhases);
    if (open) next.add(phase);
    else next.delete(phase);
    this.openPhases = next;
    emit(this, 'kap-phase-toggle', { phase, open });
  }

  private renderPlanSection(): TemplateResult {
    const t = this.t;
    return html`
      <section part="plan" class="plan" aria-labelledby="plan-title">
        <h3 id="plan-title" class="plan-title">${t.planTitle}</h3>
        ${this.datePicker ? this.renderPicker() : nothing}
        <div class="plan-status" role="status">
          ${this.start.kind === 'planned' ? this.renderPlanSummary(this.start.date, this.start.plan) : nothing}
        </div>
        ${this.renderStart()}
      </section>
    `;
  }

  private renderPicker(): TemplateResult {
    const t = this.t;
    const invalid = this.start.kind === 'past' || this.start.kind === 'unreadable';
    return html`
      <div part="date-field" class="date-field">
        <label for="start-date">${t.pickerLabel}</label>
        <input
          part="date-input"
          class="text-field"
          id="start-date"
          type="date"
          min=${this.today}
          .value=${this.startDate ?? ''}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? 'start-message' : 'start-hint'}
          @change=${this.onDateChange}
          @blur=${this.onDateBlur}
        />
        <p id="start-hint" class="hint">${t.pickerHint}</p>
      </div>
    `;
  }

  // Chrome reports a value after every digit of the year ("0002-03-01", "0020-03-01", ...):
  // those are half-typed, not wrong, so they wait for the visitor to leave the field.
  private onDateChange(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value === '' || parseIsoDate(value).ok) this.pickStart(value);
  }

  private onDateBlur(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (value !== (this.startDate ?? '')) this.pickStart(value);
  }

  private pickStart(value: string): void {
    this.pickedValue = value;
    this.startDate = value || undefined;
  }

  private renderStart(): TemplateResult | typeof nothing {
    const t = this.t;
    const start = this.start;
    switch (start.kind) {
      case 'none':
        return nothing;
      case 'unreadable':
        return this.renderMessage(start.value === this.pickedValue ? t.startUnreadablePicker : t.startUnreadable(start.value));
      case 'past': {
        const date = this.formatDay(start.date, LONG_DAY);
        // With the field there, the visitor can fix it; without it, only the practice can.
        return this.renderMessage(this.datePicker ? t.startPassedPicker(date) : t.startPassed(date));
      }
      case 'planned':
        return this.renderPlan(start.plan);
    }
  }

  private renderMessage(text: string): TemplateResult {
    return html`<p part="message" id="start-message" class="message" role="alert">${text}</p>`;
  }

  /**
   * What a new plan amounts to, in a status region that is always there, so a screen reader
   * hears it each time the visitor picks another date.
   */
  private renderPlanSummary(startDate: IsoDate, plan: SchedulePlan): TemplateResult {
    const t = this.t;
    const first = plan.sessions[0];
    const last = plan.sessions[plan.sessions.length - 1];
    return html`
      <p class="plan-intro">${t.planIntro(this.formatDay(startDate, LONG_DAY))}</p>
      <p class="plan-summary">
        ${t.planSummary(plan.sessions.length, this.formatDay(first.date, LONG_DAY), this.formatDay(last.date, LONG_DAY))}
        <span class="zone-note">${t.timeZoneNote(this.zoneName(first.start))}</span>
      </p>
    `;
  }

  private renderPlan(plan: SchedulePlan): TemplateResult {
    const t = this.t;
    return html`
      ${plan.warnings.length > 0 ? this.renderWarnings(plan.warnings) : nothing}
      <ol class="weeks">
        ${groupByWeek(plan.sessions, this.weekStart()).map(
          (week) => html`
            <li part="week" class="week">
              <h4 part="week-title" class="week-title">
                ${t.weekTitle(week.number)}
                <span class="week-range">${this.formatDayRange(week.firstDay, week.lastDay)}</span>
              </h4>
              <ul class="sessions">
                ${week.sessions.map((session) => this.renderSession(session))}
              </ul>
            </li>
          `,
        )}
      </ol>
      <div class="calendar">
        <button part="calendar-button" type="button" class="button primary calendar-button" aria-describedby="calendar-hint" @click=${this.downloadCalendar}>
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect x="3" y="4.5" width="14" height="12.5" rx="2" fill="none" stroke="currentColor" stroke-width="1.6" />
            <path d="M3 8.5h14M7 2.5v4M13 2.5v4M10 10.5v4.5M7.75 12.75h4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
          ${t.calendarButton}
        </button>
        <p id="calendar-hint" class="hint">${t.calendarHint}</p>
      </div>
    `;
  }

  private renderSession(session: PlannedSession): TemplateResult {
    const t = this.t;
    const day = this.localize.date(session.start, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: this.settings.timezone,
    });
    const times = this.localize.dateFormat({
      hour: 'numeric',
      minute: '2-digit',
      timeZone: this.settings.timezone,
    }).formatRange(session.start, session.end);
    return html`
      <li part="session" class="session session--${session.kind}">
        <time part="date" class="date" datetime=${session.start.toISOString()}>
          <span class="day">${day}</span>
          <span class="time">${times}</span>
        </time>
        <span class="what">
          <span class="kind">${t.sessionLabel(session.kind, session.number, session.of)}</span>
          ${session.kind === 'medicine' ? html`<span class="note">${t.rideHome}</span>` : nothing}
        </span>
      </li>
    `;
  }

  private renderWarnings(warnings: readonly ScheduleWarning[]): TemplateResult {
    return html`
      <div class="warnings-box">
        <p class="warnings-title">
          <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 2.5l8 14.5H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
            <path d="M10 8v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            <circle cx="10" cy="14.4" r="1" fill="currentColor" />
          </svg>
          ${this.t.warningsTitle}
        </p>
        <ul part="warnings" class="warnings">
          ${warnings.map((warning) => html`<li part="warning">${this.warningText(warning)}</li>`)}
        </ul>
      </div>
    `;
  }

  private warningText(warning: ScheduleWarning): string {
    const t = this.t;
    // Inside a sentence English reads "Tue, Mar 16" well; other languages' abbreviations can
    // collide (Spanish "mar" is both martes and marzo: "el mar, 16 de mar"), so they are spelled out.
    const style = this.localize.language === 'en' ? 'short' : 'long';
    const day = (date: IsoDate) => this.formatDay(date, { weekday: style, month: style, day: 'numeric' });
    switch (warning.kind) {
      case 'start-moved':
        return t.warnStartMoved(day(warning.requested), day(warning.actual));
      case 'series-longer':
        return warning.cause === 'closed-dates'
          ? t.warnSeriesClosed(warning.weeks, warning.actualWeeks)
          : t.warnSeriesDays(warning.weeks, warning.actualWeeks);
      case 'integration-outside-window':
        return t.warnIntegration(warning.medicine, day(warning.date), warning.hours);
      case 'time-skipped': {
        const [hours = 0, minutes = 0] = warning.actual.split(':').map(Number);
        const time = this.localize.date(Date.UTC(2000, 0, 1, hours, minutes), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
        return t.warnTimeSkipped(day(warning.date), time);
      }
    }
  }

  private downloadCalendar(): void {
    if (this.start.kind !== 'planned') return;
    const t = this.t;
    const texts: CalendarTexts = {
      summary: (session, practiceName) => t.icsSummary(t.sessionLabel(session.kind, session.number, session.of), practiceName),
      description: (session) =>
        `${{ preparation: t.icsPreparation, medicine: t.icsMedicine, integration: t.icsIntegration }[session.kind]}\n${t.icsProposed}`,
    };
    const ics = toICS(this.start.plan.sessions, this.settings, texts);
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t.calendarFileName;
    link.click();
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** A calendar day as the locale writes it; noon UTC keeps it the same day in any zone. */
  private formatDay(date: IsoDate, options: Intl.DateTimeFormatOptions): string {
    return this.localize.date(this.noonUtc(date), { ...options, timeZone: 'UTC' });
  }

  private formatDayRange(from: IsoDate, to: IsoDate): string {
    return this.localize.dateFormat({ month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(
      this.noonUtc(from),
      this.noonUtc(to),
    );
  }

  private noonUtc(date: IsoDate): Date {
    return new Date(`${date}T12:00:00Z`);
  }

  /** The practice's zone by its everyday name ("Pacific Time"), else its IANA name. */
  private zoneName(at: Date): string {
    const zone = this.settings.timezone;
    const part = this.localize.dateFormat({ timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  }

  /** The first day of the week in the locale (Sunday in the US, Monday in most of Europe). */
  private weekStart(): number {
    const locale = new Intl.Locale(this.localize.locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    return firstDay % 7;
  }
}
