/**
 * The treatment plan in time: from a start date and the practice's settings, when each
 * preparation, medicine and integration session would be. Calendar days are ISO strings
 * (`2027-03-01`), so weekdays and closed dates never depend on the visitor's own time zone;
 * a session's start is a real instant, computed from the practice's wall clock in its IANA
 * zone, so 10:00 stays 10:00 on both sides of a daylight-saving change. No Lit, no DOM.
 *
 * The rules (DOMAIN.md section 1, the seed page, issue 4):
 * - preparation sessions come first, a week apart, on days the practice works;
 * - the medicine sessions spread evenly over `weeks` weeks on the session days, at the
 *   session time;
 * - each integration session falls 24 to 48 hours after its medicine session, on a day the
 *   practice works and that has no other session;
 * - nothing falls on a closed date.
 * Where a rule cannot be met the plan says so in `warnings` rather than quietly bending it.
 */
import { dateTimeFormat } from './intl.js';
import { issueMessage, quoteValue, type FieldResult, type PracticeSettings, type SettingIssue } from './practice.js';

/** Day names as attributes write them, indexed like `Date#getDay()` (Sunday is 0). */
export const DAYS_OF_WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** The phases of the treatment journey, in order (API.md `current-phase`). */
export const TIMELINE_PHASES = ['consultation', 'preparation', 'medicine', 'integration', 'ongoing'] as const;
export type TimelinePhase = (typeof TIMELINE_PHASES)[number];

export type SessionKind = 'preparation' | 'medicine' | 'integration';

/** A calendar day as ISO 8601 writes it, `2027-03-01`: a date on the practice's wall calendar, not an instant. */
export type IsoDate = string;

export const DEFAULT_SESSION_DAYS: readonly DayOfWeek[] = ['mon', 'thu'];
export const DEFAULT_SESSION_TIME = '10:00';
/** The days a practice sees clients when nothing else is said; its session days are added to them. */
export const DEFAULT_WORKING_DAYS: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** Preparation sessions a week apart, like ordinary weekly therapy. */
export const DEFAULT_PREPARATION_SPACING_DAYS = 7;

/** The window after a medicine session in which its integration belongs (seed page: "24 to 48 hours"). */
export const INTEGRATION_WINDOW_HOURS = { min: 24, max: 48 } as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Calendar days

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMidnight(date: IsoDate): number {
  const [, y, m, d] = ISO_DATE.exec(date) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function isoFromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after `date` (before, when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return isoFromUtc(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

export function weekdayOf(date: IsoDate): DayOfWeek {
  return DAYS_OF_WEEK[new Date(utcMidnight(date)).getUTCDay()];
}

/**
 * How far the wall clock in `timeZone` is ahead of UTC at the instant `ms` (negative west of
 * Greenwich): the clock's fields read back as if they were UTC, minus the instant. Intl holds
 * the zone rules every browser already ships; no zone data of our own is downloaded.
 */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the practice's clock in `timeZone` shows `time` on `date`. */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const wall = utcMidnight(date) + hours * HOUR_MS + minutes * 60_000;
  // The zone's offsets a day before and a day after: equal unless a DST change falls between.
  // A repeated time (the clock turned back) takes its first occurrence, as calendars do; a time
  // the clock skipped is read with the offset before the change, so it moves forward by the
  // gap (02:30 becomes 03:30), and planSchedule warns about it.
  const before = zoneOffset(wall - DAY_MS, timeZone);
  const after = zoneOffset(wall + DAY_MS, timeZone);
  const exact = [before, after].find((offset) => zoneOffset(wall - offset, timeZone) === offset);
  return new Date(wall - (exact ?? before));
}

/** What the practice's wall clock shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): { date: IsoDate; time: string } {
  const local = new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone)).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

// ---------------------------------------------------------------------------------------------
// The timeline's own attributes, read like the practice settings: the value or a plain message

const DATE_EXAMPLE = 'like 2027-03-01';

/** An ISO date that exists on the calendar (`2027-02-30` does not). */
export function parseIsoDate(value: string): FieldResult<IsoDate> {
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (match && isoFromUtc(utcMidnight(text)) === text && Number(match[1]) >= 1900) return { ok: true, value: text };
  return { ok: false, message: `Write the date as year-month-day with digits, ${DATE_EXAMPLE}.` };
}

const WEEKDAY_WORDS: Readonly<Record<string, DayOfWeek>> = {
  sun: 'sun', sunday: 'sun', mon: 'mon', monday: 'mon', tue: 'tue', tues: 'tue', tuesday: 'tue',
  wed: 'wed', wednesday: 'wed', thu: 'thu', thur: 'thu', thurs: 'thu', thursday: 'thu',
  fri: 'fri', friday: 'fri', sat: 'sat', saturday: 'sat',
};

/** Weekdays separated by spaces or commas: `mon thu`, `Monday, Thursday`. */
export function parseSessionDays(value: string): FieldResult<DayOfWeek[]> {
  const words = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const days = words.map((word) => WEEKDAY_WORDS[word]);
  if (words.length > 0 && days.every((day) => day !== undefined)) {
    const chosen = new Set(days);
    return { ok: true, value: DAYS_OF_WEEK.filter((day) => chosen.has(day)) };
  }
  return { ok: false, message: 'Use weekday names separated by spaces, like mon thu or tue fri.' };
}

/** A 24-hour wall-clock time, `10:00` or `9:30`, returned as `HH:MM`. */
export function parseSessionTime(value: string): FieldResult<string> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (match && hours <= 23 && minutes <= 59) {
    return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
  }
  return { ok: false, message: 'Use a 24-hour time with a colon, like 10:00 or 14:30.' };
}

/** ISO dates separated by spaces or commas; the message names the first one that is not a date. */
export function parseClosedDates(value: string): FieldResult<IsoDate[]> {
  const dates: IsoDate[] = [];
  for (const word of value.split(/[\s,]+/).filter(Boolean)) {
    const parsed = parseIsoDate(word);
    if (!parsed.ok) {
      return {
        ok: false,
        message: `Write each date as year-month-day, separated by spaces, like 2027-11-25 2027-12-24 (${quoteValue(word)} is not one).`,
      };
    }
    dates.push(parsed.value);
  }
  return { ok: true, value: [...new Set(dates)].sort() };
}

export function parsePhase(value: string): FieldResult<TimelinePhase> {
  const phase = TIMELINE_PHASES.find((name) => name === value.trim().toLowerCase());
  return phase
    ? { ok: true, value: phase }
    : { ok: false, message: `Use one of ${TIMELINE_PHASES.join(', ')}.` };
}

/** The timeline's attribute strings as the element holds them; unset ones are absent. */
export interface TimelineAttributes {
  'session-days'?: string | undefined;
  'session-time'?: string | undefined;
  'closed-dates'?: string | undefined;
  'current-phase'?: string | undefined;
}

export interface TimelineSettings {
  options: Required<Pick<ScheduleOptions, 'sessionDays' | 'sessionTime' | 'closedDates'>>;
  currentPhase: TimelinePhase | undefined;
  issues: SettingIssue[];
}

/**
 * Reads the timeline's attributes. A wrong one is reported (attribute, value, what works)
 * and its default used meanwhile, so the caller can show the problem without guessing.
 */
export function parseTimelineAttributes(attributes: TimelineAttributes): TimelineSettings {
  const issues: TimelineSettings['issues'] = [];
  function read<T>(attribute: keyof TimelineAttributes, parse: (v: string) => FieldResult<T>, fallback: T): T {
    const raw = attributes[attribute];
    if (raw === undefined) return fallback;
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    issues.push({ attribute, value: raw, message: issueMessage(attribute, raw, parsed.message) });
    return fallback;
  }
  return {
    options: {
      sessionDays: read('session-days', parseSessionDays, [...DEFAULT_SESSION_DAYS]),
      sessionTime: read('session-time', parseSessionTime, DEFAULT_SESSION_TIME),
      closedDates: read('closed-dates', parseClosedDates, []),
    },
    currentPhase: read<TimelinePhase | undefined>('current-phase', parsePhase, undefined),
    issues,
  };
}

// ---------------------------------------------------------------------------------------------
// The plan

export interface ScheduleOptions {
  /** Weekdays for medicine sessions; `mon thu` by default. */
  sessionDays?: readonly DayOfWeek[];
  /** Wall-clock start of every session, `HH:MM`; `10:00` by default. */
  sessionTime?: string;
  /** Days with no session at all, such as holidays. */
  closedDates?: readonly IsoDate[];
  /** Days the practice sees clients, besides its session days; Monday to Friday by default. */
  workingDays?: readonly DayOfWeek[];
  /** Days from one preparation session to the next; 7 by default. */
  preparationSpacingDays?: number;
}

export interface PlannedSession {
  kind: SessionKind;
  /** 1-based, in time order, among the sessions of its kind. */
  number: number;
  /** How many sessions of this kind the plan holds. */
  of: number;
  /** For an integration session: the number of the medicine session it follows. */
  afterMedicine?: number;
  start: Date;
  end: Date;
  minutes: number;
  /** The day on the practice's calendar. */
  date: IsoDate;
  /** The practice's wall-clock start, `HH:MM`. */
  time: string;
}

export type ScheduleWarning =
  /** The start date is closed, or not a day that kind of session happens: the plan begins later. */
  | { kind: 'start-moved'; requested: IsoDate; actual: IsoDate }
  /** The medicine sessions need more weeks than the setting allows. */
  | { kind: 'series-longer'; weeks: number; actualWeeks: number; cause: 'closed-dates' | 'session-days' }
  /** No open day 24 to 48 hours after a medicine session: its integration comes later (or sooner). */
  | { kind: 'integration-outside-window'; medicine: number; date: IsoDate; hours: number }
  /** The session time does not exist that day (a daylight-saving jump): the session starts at `actual`. */
  | { kind: 'time-skipped'; date: IsoDate; requested: string; actual: string };

export interface SchedulePlan {
  sessions: PlannedSession[];
  warnings: ScheduleWarning[];
}

type Draft = Omit<PlannedSession, 'number' | 'of'>;

/**
 * Plans the sessions of one course of treatment from `start`, the day of its first session
 * (the first preparation session, or the first medicine session when there is none).
 */
export function planSchedule(settings: PracticeSettings, start: IsoDate, options: ScheduleOptions = {}): SchedulePlan {
  const zone = settings.timezone;
  const time = options.sessionTime ?? DEFAULT_SESSION_TIME;
  const sessionDays = new Set(options.sessionDays ?? DEFAULT_SESSION_DAYS);
  const workingDays = new Set([...(options.workingDays ?? DEFAULT_WORKING_DAYS), ...sessionDays]);
  const closed = new Set(options.closedDates ?? []);
  const spacing = Math.max(1, options.preparationSpacingDays ?? DEFAULT_PREPARATION_SPACING_DAYS);
  if (sessionDays.size === 0) throw new RangeError('planSchedule needs at least one session day');

  const warnings: ScheduleWarning[] = [];
  const drafts: Draft[] = [];
  const taken = new Set<IsoDate>();
  const isOpen = (day: IsoDate) => workingDays.has(weekdayOf(day)) && !closed.has(day);
  const isSessionDay = (day: IsoDate) => sessionDays.has(weekdayOf(day)) && !closed.has(day);
  const isFree = (day: IsoDate) => isOpen(day) && !taken.has(day);
  // Terminates: closed dates are finite and at least one weekday is always open.
  const firstFrom = (day: IsoDate, accept: (d: IsoDate) => boolean) => {
    let candidate = day;
    while (!accept(candidate)) candidate = addCalendarDays(candidate, 1);
    return candidate;
  };

  // The wall clock of `startAt` in the zone, when the caller has already read it.
  const add = (kind: SessionKind, date: IsoDate, startAt: Date, extra: Partial<Draft> = {}, clock = wallClock(startAt, zone)) => {
    const minutes = kind === 'medicine' ? settings.medicineMinutes : settings.sessionMinutes;
    taken.add(date);
    drafts.push({ kind, date, time: clock.time, start: startAt, end: new Date(startAt.getTime() + minutes * 60_000), minutes, ...extra });
  };
  const atSessionTime = (kind: SessionKind, date: IsoDate) => {
    const startAt = zonedInstant(date, time, zone);
    const clock = wallClock(startAt, zone);
    if (clock.time !== time) warnings.push({ kind: 'time-skipped', date, requested: time, actual: clock.time });
    add(kind, date, startAt, {}, clock);
  };

  let lastPreparation: IsoDate | undefined;
  for (let i = 0; i < settings.preparationSessions; i++) {
    const day = firstFrom(lastPreparation ? addCalendarDays(lastPreparation, spacing) : start, isFree);
    if (i === 0 && day !== start) warnings.push({ kind: 'start-moved', requested: start, actual: day });
    atSessionTime('preparation', day);
    lastPreparation = day;
  }

  const medicineFrom = lastPreparation ? addCalendarDays(lastPreparation, 1) : start;
  const medicineDays = spreadMedicine(settings, firstFrom(medicineFrom, isSessionDay), sessionDays, closed, warnings);
  if (settings.preparationSessions === 0 && medicineDays[0] !== start) {
    warnings.push({ kind: 'start-moved', requested: start, actual: medicineDays[0] });
  }
  for (const day of medicineDays) atSessionTime('medicine', day);

  const medicines = drafts.filter((draft) => draft.kind === 'medicine');
  medicines.forEach((medicine, index) => {
    for (let k = 0; k < settings.integrationPerMedicine; k++) {
      placeIntegration(medicine, index + 1);
    }
  });

  function placeIntegration(medicine: Draft, medicineNumber: number): void {
    const earliest = medicine.start.getTime() + INTEGRATION_WINDOW_HOURS.min * HOUR_MS;
    const latest = medicine.start.getTime() + INTEGRATION_WINDOW_HOURS.max * HOUR_MS;
    for (const day of [addCalendarDays(medicine.date, 1), addCalendarDays(medicine.date, 2)]) {
      if (!isFree(day)) continue;
      // Same wall-clock time as usual, unless a DST change would put it under 24 or over 48
      // hours: then the nearest edge of the window, an hour off, keeps the clinical rule.
      const wanted = zonedInstant(day, time, zone).getTime();
      const startAt = new Date(Math.min(latest, Math.max(earliest, wanted)));
      const clock = wallClock(startAt, zone);
      if (clock.date !== day) continue;
      add('integration', day, startAt, { afterMedicine: medicineNumber }, clock);
      return;
    }
    const day = firstFrom(addCalendarDays(medicine.date, 1), isFree);
    const startAt = zonedInstant(day, time, zone);
    const hours = (startAt.getTime() - medicine.start.getTime()) / HOUR_MS;
    if (hours < INTEGRATION_WINDOW_HOURS.min || hours > INTEGRATION_WINDOW_HOURS.max) {
      warnings.push({ kind: 'integration-outside-window', medicine: medicineNumber, date: day, hours: Math.round(hours) });
    }
    add('integration', day, startAt, { afterMedicine: medicineNumber });
  }

  drafts.sort((a, b) => a.start.getTime() - b.start.getTime());
  const counts: Record<SessionKind, number> = { preparation: 0, medicine: 0, integration: 0 };
  for (const draft of drafts) counts[draft.kind]++;
  const seen: Record<SessionKind, number> = { preparation: 0, medicine: 0, integration: 0 };
  const sessions = drafts.map((draft) => ({ ...draft, number: ++seen[draft.kind], of: counts[draft.kind] }));
  return { sessions, warnings };
}

/**
 * The medicine days: evenly spaced among the open session days of the `weeks`-week window
 * that starts on the first one; when there are too few, every one of them and then the next
 * open session days after the window, with a warning that the series runs longer.
 */
function spreadMedicine(
  settings: PracticeSettings,
  first: IsoDate,
  sessionDays: ReadonlySet<DayOfWeek>,
  closed: ReadonlySet<IsoDate>,
  warnings: ScheduleWarning[],
): IsoDate[] {
  const count = settings.medicineSessions;
  const windowDays = 7 * settings.weeks;
  const isSessionWeekday = (day: IsoDate) => sessionDays.has(weekdayOf(day));
  const window = Array.from({ length: windowDays }, (_, offset) => addCalendarDays(first, offset)).filter(isSessionWeekday);
  const slots = window.filter((day) => !closed.has(day));
  if (slots.length >= count) {
    return Array.from({ length: count }, (_, i) => slots[Math.floor((i * slots.length) / count)]);
  }
  const days = [...slots];
  for (let day = addCalendarDays(first, windowDays); days.length < count; day = addCalendarDays(day, 1)) {
    if (isSessionWeekday(day) && !closed.has(day)) days.push(day);
  }
  warnings.push({
    kind: 'series-longer',
    weeks: settings.weeks,
    actualWeeks: Math.ceil((calendarDaysBetween(first, days[days.length - 1]) + 1) / 7),
    cause: window.length >= count ? 'closed-dates' : 'session-days',
  });
  return days;
}

// ---------------------------------------------------------------------------------------------
// Weeks, for showing a plan

export interface PlanWeek {
  /** 1 for the week of the first session; later weeks count on from it, even when one is empty. */
  number: number;
  firstDay: IsoDate;
  lastDay: IsoDate;
  sessions: PlannedSession[];
}

/** Groups sessions by calendar week; `weekStartsOn` 0 is Sunday, 1 Monday (the locale decides). */
export function groupByWeek(sessions: readonly PlannedSession[], weekStartsOn = 1): PlanWeek[] {
  const weeks: PlanWeek[] = [];
  let origin: IsoDate | undefined;
  for (const session of sessions) {
    const shift = (DAYS_OF_WEEK.indexOf(weekdayOf(session.date)) - weekStartsOn + 7) % 7;
    const firstDay = addCalendarDays(session.date, -shift);
    origin ??= firstDay;
    const current = weeks[weeks.length - 1];
    if (current && current.firstDay === firstDay) {
      current.sessions.push(session);
    } else {
      weeks.push({ number: calendarDaysBetween(origin, firstDay) / 7 + 1, firstDay, lastDay: addCalendarDays(firstDay, 6), sessions: [session] });
    }
  }
  return weeks;
}
