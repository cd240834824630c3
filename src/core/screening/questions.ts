/**
 * The screen's own questions, as data a practice may replace: the "is this right for you"
 * questions of the seed page, and the health and safety questions of DOMAIN.md section 3
 * with their severity, in English; their US Spanish is in ./es.ts. A practice's own question
 * without a translation falls back to English through `screenText`.
 */
import { translatable, type ScreenText } from '../localize.js';

/** "Not sure" is offered because a visitor often cannot know (a blood pressure, a medicine's class). */
export type YesNoUnsure = 'yes' | 'no' | 'unsure';
export const YES_NO_UNSURE: readonly YesNoUnsure[] = ['yes', 'no', 'unsure'];

export interface HistoryQuestion {
  id: string;
  text: ScreenText<string>;
}

/**
 * The seed page's "Is This Treatment Right for You?" paragraph, one question per condition.
 * They describe the visitor's path so far and do not change the outcome.
 */
export const TREATMENT_HISTORY_QUESTIONS: readonly HistoryQuestion[] = [
  {
    id: 'antidepressants',
    text: translatable('question.antidepressants', 'Have you tried two or more antidepressant medicines without enough relief?'),
  },
  {
    id: 'therapy',
    text: translatable('question.therapy', 'Have you been in therapy without the progress you hoped for?'),
  },
  {
    id: 'daily-life',
    text: translatable('question.daily-life', 'Does depression or anxiety that won\u2019t lift make daily life hard for you?'),
  },
];

/**
 * hard-stop: "KAP is likely not appropriate right now; talk with us".
 * prescriber-review: "talk with a prescriber".
 * medication-note: information for the prescriber only; never advice to stop a medicine.
 */
export type HealthSeverity = 'hard-stop' | 'prescriber-review' | 'medication-note';

/** Where a question sits on the health and safety step. */
export type HealthGroup = 'health' | 'medicines' | 'safety';

export interface HealthQuestion {
  id: string;
  severity: HealthSeverity;
  group: HealthGroup;
  text: ScreenText<string>;
  /** A fact to show beside a "yes" (medication notes). */
  note?: ScreenText<string>;
  /** Any answer but "no" leads to the crisis view, not to booking. */
  crisis?: true;
}

export const HEALTH_QUESTIONS: readonly HealthQuestion[] = [
  {
    id: 'ketamine-allergy',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.ketamine-allergy', 'Have you ever had an allergic reaction to ketamine?'),
  },
  {
    id: 'high-blood-pressure',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.high-blood-pressure', 'Do you have high blood pressure that is not under control?'),
  },
  {
    id: 'brain-blood-vessels',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.brain-blood-vessels', 'Have you ever had an aneurysm, an arteriovenous (AV) malformation, or bleeding in the brain?'),
  },
  {
    id: 'psychosis',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.psychosis', 'Are you experiencing psychosis now, or have you been diagnosed with a psychotic disorder?'),
  },
  {
    id: 'mania',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.mania', 'Are you experiencing mania right now?'),
  },
  {
    id: 'pregnancy',
    severity: 'hard-stop',
    group: 'health',
    text: translatable('question.pregnancy', 'Are you pregnant?'),
  },
  {
    id: 'bipolar',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.bipolar', 'Have you been diagnosed with bipolar disorder?'),
  },
  {
    id: 'family-psychosis',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.family-psychosis', 'Has anyone in your close family had psychosis?'),
  },
  {
    id: 'substance-use',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.substance-use', 'In the past year, have you had a substance use disorder (a problem with alcohol or other drugs), especially with ketamine or stimulants?'),
  },
  {
    id: 'heart',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.heart', 'Do you have heart disease, such as angina or an irregular heartbeat (arrhythmia), or have you had a heart attack in the last 12 months?'),
  },
  {
    id: 'head-eye-pressure',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.head-eye-pressure', 'Do you have raised pressure inside your head or eyes, glaucoma, or a brain injury?'),
  },
  {
    id: 'liver',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.liver', 'Do you have liver disease?'),
  },
  {
    id: 'bladder',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.bladder', 'Do you have bladder problems?'),
  },
  {
    id: 'hyperthyroidism',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.hyperthyroidism', 'Do you have an overactive thyroid (hyperthyroidism) that is not under control?'),
  },
  {
    id: 'seizures',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.seizures', 'Have you ever had seizures?'),
  },
  {
    id: 'breastfeeding',
    severity: 'prescriber-review',
    group: 'health',
    text: translatable('question.breastfeeding', 'Are you breastfeeding?'),
  },
  {
    id: 'benzodiazepines',
    severity: 'medication-note',
    group: 'medicines',
    text: translatable('question.benzodiazepines', 'Do you take a benzodiazepine?'),
    note: translatable('question.benzodiazepines.note', 'Benzodiazepines may weaken the effect of ketamine.'),
  },
  {
    id: 'lamotrigine',
    severity: 'medication-note',
    group: 'medicines',
    text: translatable('question.lamotrigine', 'Do you take lamotrigine?'),
    note: translatable('question.lamotrigine.note', 'Lamotrigine may weaken the effect of ketamine.'),
  },
  {
    id: 'maoi',
    severity: 'medication-note',
    group: 'medicines',
    text: translatable('question.maoi', 'Do you take an MAOI (monoamine oxidase inhibitor)?'),
  },
  {
    id: 'opioids',
    severity: 'medication-note',
    group: 'medicines',
    text: translatable('question.opioids', 'Do you take an opioid?'),
  },
  {
    id: 'cyp-interactions',
    severity: 'medication-note',
    group: 'medicines',
    text: translatable('question.cyp-interactions', 'Do you take a strong CYP3A4 or CYP2B6 inhibitor or inducer?'),
  },
  {
    id: 'suicidal-intent',
    severity: 'hard-stop',
    group: 'safety',
    crisis: true,
    text: translatable('question.suicidal-intent', 'Do you have a plan or an intention to end your life?'),
  },
];
