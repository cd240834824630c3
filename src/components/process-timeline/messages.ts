import type { SessionKind } from '../../core/schedule.js';
import { defineMessages } from '../../core/localize.js';

const sessions = (count: number) => (count === 1 ? '1 session' : `${count} sessions`);

/**
 * Every word the timeline shows or writes into the calendar file. Phase explanations follow
 * the seed page (DOMAIN.md section 1). Values arrive already formatted for the locale (dates,
 * durations), so a translation only rearranges words.
 *
 * Spanish (US) uses the cost estimator's terms: "sesiones con ketamina" for the medicine
 * sessions, "el consultorio" for the practice, usted throughout. Wording that would need a
 * gender for the reader ("seguro/segura") is avoided rather than marked with "(a)": that
 * marker belongs to the questionnaires' official text, not to warm copy. Amounts of time are
 * joined with "alrededor de", which fits "horas" and "minutos" alike where "unos/unas" would not.
 */
export const timelineMessages = defineMessages('kap-process-timeline', {
  widgetName: 'Treatment timeline',
  phasesLabel: 'Steps of ketamine-assisted psychotherapy',
  currentPhase: 'You are here',

  consultationTitle: 'Consultation',
  consultationMeta: 'A free call',
  consultationBody:
    "We talk about what you're going through and whether ketamine-assisted psychotherapy may be right for you.",
  consultationBodyMore:
    'Ketamine is prescribed off-label by a licensed prescriber (a physician, nurse practitioner or physician assistant), who assesses your medical suitability and decides the route and dose. Your therapist does not prescribe.',

  preparationTitle: 'Preparation',
  preparationMeta: (count: number, duration: string) => `${sessions(count)}, ${duration} each`,
  preparationBody:
    'Before any medicine, we explore your intentions, talk through what to expect, and address any fears or concerns.',
  preparationBodyMore:
    'Together we build practices that help you feel safe and grounded, and the trust that carries you through the whole process. Preparing well lowers the risk of harm and makes the most of the benefits.',

  medicineTitle: 'Medicine sessions',
  medicineMeta: (count: number, weeks: number, duration: string) =>
    `${sessions(count)} over ${weeks === 1 ? '1 week' : `${weeks} weeks`}, about ${duration} each`,
  medicineBody: (duration: string) =>
    `In person, in a warm, comfortable room, with your therapist beside you the whole time. Each session lasts about ${duration}: time to settle in, the ketamine experience itself, and first reflections.`,
  medicineBodyMore:
    "Eye shades and music help you turn inward. You'll need someone to drive you home afterwards.",

  integrationTitle: 'Integration',
  integrationMeta: (perMedicine: number, duration: string) =>
    `${perMedicine === 1 ? 'One' : perMedicine} after each medicine session, 24 to 48 hours later, ${duration} each`,
  integrationBody:
    'In person or by video, 24 to 48 hours after each medicine session, while insights are still fresh.',
  integrationBodyMore:
    'We make sense of what came up, connect it to daily life, and adjust the plan as you go. Many people find this the most important part of the process.',

  ongoingTitle: 'Ongoing integration',
  ongoingMeta: 'As you need it, after the series',
  ongoingBody:
    'After the series, integration can continue for as long as it helps: tools, mindfulness and other practices that help lasting change take hold.',

  planTitle: 'Your dates',
  pickerLabel: 'First session date',
  pickerHint: 'Choose a date to see when each session could be.',
  planIntro: (date: string) =>
    `If you start on ${date}, your sessions could fall on these days. Nothing is booked yet: the practice confirms every time with you.`,
  planSummary: (count: number, first: string, last: string) => `${sessions(count)}, from ${first} to ${last}.`,
  timeZoneNote: (zone: string) => `All times are ${zone}.`,
  weekTitle: (week: number) => `Week ${week}`,
  sessionLabel: (kind: SessionKind, number: number, of: number) =>
    `${{ preparation: 'Preparation', medicine: 'Medicine', integration: 'Integration' }[kind]} session ${number} of ${of}`,
  rideHome: 'Arrange a ride home',
  calendarButton: 'Add to calendar',
  calendarHint: 'Downloads a file that Apple, Google and Outlook calendars can open.',
  calendarFileName: 'treatment-plan.ics',

  startUnreadable: (value: string) =>
    `The start date "${value}" can't be read, so no dates are shown. Write it as year-month-day, like 2027-03-01.`,
  startUnreadablePicker: 'Please enter a complete date, or choose one from the calendar.',
  startPassedPicker: (date: string) => `${date} has already passed. Please choose today or a later date.`,
  startPassed: (date: string) =>
    `This plan started on ${date}, which has passed, so its dates aren't shown. Please contact the practice for current dates.`,

  warningsTitle: 'Please note',
  warnStartMoved: (requested: string, actual: string) =>
    `The first session can't be on ${requested}, so the plan starts on ${actual}.`,
  warnSeriesClosed: (weeks: number, actualWeeks: number) =>
    `Because of days the practice is closed, the medicine sessions take ${actualWeeks} weeks instead of ${weeks}.`,
  warnSeriesDays: (weeks: number, actualWeeks: number) =>
    `There are more medicine sessions than session days in ${weeks === 1 ? '1 week' : `${weeks} weeks`}, so the series takes ${actualWeeks} weeks.`,
  warnIntegration: (medicine: number, date: string, hours: number) =>
    `The integration session after medicine session ${medicine} falls on ${date}, ${hours} hours later rather than within 24 to 48 hours, because the days in between are closed or taken. The practice can help find another time.`,
  warnTimeSkipped: (date: string, time: string) =>
    `On ${date} the clocks change and skip the usual start time, so that session starts at ${time}.`,

  icsSummary: (label: string, practiceName: string) => `${label} · ${practiceName}`,
  icsPreparation: 'Preparation session: intentions, what to expect, and practices that help you feel safe and grounded.',
  icsMedicine:
    "Medicine session, in person with your therapist. You'll need someone to drive you home afterwards.",
  icsIntegration: 'Integration session, in person or by video: making sense of the medicine session.',
  icsProposed: 'Proposed time: the practice confirms every session with you.',
});

export type TimelineMessages = (typeof timelineMessages)['en'];
