/**
 * The screen's own questions, as data a practice may replace: the "is this right for you"
 * questions of the seed page, and the health and safety questions of DOMAIN.md section 3
 * with their severity, in English and US Spanish. A practice's own question without a
 * translation falls back to English through `screenText`.
 */
import type { ScreenText } from './language.js';

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
    text: {
      en: 'Have you tried two or more antidepressant medicines without enough relief?',
      es: '¿Ha probado dos o más medicamentos antidepresivos sin sentir suficiente alivio?',
    },
  },
  {
    id: 'therapy',
    text: {
      en: 'Have you been in therapy without the progress you hoped for?',
      es: '¿Ha estado en terapia sin lograr el avance que esperaba?',
    },
  },
  {
    id: 'daily-life',
    text: {
      en: 'Does depression or anxiety that won\u2019t lift make daily life hard for you?',
      es: '¿La depresión o la ansiedad que no se le quita le hace difícil el día a día?',
    },
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
    text: {
      en: 'Have you ever had an allergic reaction to ketamine?',
      es: '¿Alguna vez ha tenido una reacción alérgica a la ketamina?',
    },
  },
  {
    id: 'high-blood-pressure',
    severity: 'hard-stop',
    group: 'health',
    text: {
      en: 'Do you have high blood pressure that is not under control?',
      es: '¿Tiene presión arterial alta que no está bajo control?',
    },
  },
  {
    id: 'brain-blood-vessels',
    severity: 'hard-stop',
    group: 'health',
    text: {
      en: 'Have you ever had an aneurysm, an arteriovenous (AV) malformation, or bleeding in the brain?',
      es: '¿Alguna vez ha tenido un aneurisma, una malformación arteriovenosa (MAV) o un sangrado en el cerebro?',
    },
  },
  {
    id: 'psychosis',
    severity: 'hard-stop',
    group: 'health',
    text: {
      en: 'Are you experiencing psychosis now, or have you been diagnosed with a psychotic disorder?',
      es: '¿Tiene psicosis en este momento, o le han diagnosticado un trastorno psicótico?',
    },
  },
  {
    id: 'mania',
    severity: 'hard-stop',
    group: 'health',
    text: {
      en: 'Are you experiencing mania right now?',
      es: '¿Está pasando por un episodio de manía en este momento?',
    },
  },
  {
    id: 'pregnancy',
    severity: 'hard-stop',
    group: 'health',
    text: {
      en: 'Are you pregnant?',
      es: '¿Está embarazada?',
    },
  },
  {
    id: 'bipolar',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Have you been diagnosed with bipolar disorder?',
      es: '¿Le han diagnosticado trastorno bipolar?',
    },
  },
  {
    id: 'family-psychosis',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Has anyone in your close family had psychosis?',
      es: '¿Alguien de su familia cercana ha tenido psicosis?',
    },
  },
  {
    id: 'substance-use',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'In the past year, have you had a substance use disorder (a problem with alcohol or other drugs), especially with ketamine or stimulants?',
      es: 'En el último año, ¿ha tenido un trastorno por consumo de sustancias (un problema con el alcohol u otras drogas), sobre todo con ketamina o con estimulantes?',
    },
  },
  {
    id: 'heart',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Do you have heart disease, such as angina or an irregular heartbeat (arrhythmia), or have you had a heart attack in the last 12 months?',
      es: '¿Tiene alguna enfermedad del corazón, como angina de pecho o latidos irregulares (arritmia), o ha tenido un ataque al corazón en los últimos 12 meses?',
    },
  },
  {
    id: 'head-eye-pressure',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Do you have raised pressure inside your head or eyes, glaucoma, or a brain injury?',
      es: '¿Tiene presión elevada dentro de la cabeza o de los ojos, glaucoma o alguna lesión cerebral?',
    },
  },
  {
    id: 'liver',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Do you have liver disease?',
      es: '¿Tiene alguna enfermedad del hígado?',
    },
  },
  {
    id: 'bladder',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Do you have bladder problems?',
      es: '¿Tiene problemas de la vejiga?',
    },
  },
  {
    id: 'hyperthyroidism',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Do you have an overactive thyroid (hyperthyroidism) that is not under control?',
      es: '¿Tiene hipertiroidismo (la tiroides hiperactiva) que no está bajo control?',
    },
  },
  {
    id: 'seizures',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Have you ever had seizures?',
      es: '¿Alguna vez ha tenido convulsiones?',
    },
  },
  {
    id: 'breastfeeding',
    severity: 'prescriber-review',
    group: 'health',
    text: {
      en: 'Are you breastfeeding?',
      es: '¿Está amamantando?',
    },
  },
  {
    id: 'benzodiazepines',
    severity: 'medication-note',
    group: 'medicines',
    text: {
      en: 'Do you take a benzodiazepine?',
      es: '¿Toma alguna benzodiazepina?',
    },
    note: {
      en: 'Benzodiazepines may weaken the effect of ketamine.',
      es: 'Las benzodiazepinas pueden disminuir el efecto de la ketamina.',
    },
  },
  {
    id: 'lamotrigine',
    severity: 'medication-note',
    group: 'medicines',
    text: {
      en: 'Do you take lamotrigine?',
      es: '¿Toma lamotrigina?',
    },
    note: {
      en: 'Lamotrigine may weaken the effect of ketamine.',
      es: 'La lamotrigina puede disminuir el efecto de la ketamina.',
    },
  },
  {
    id: 'maoi',
    severity: 'medication-note',
    group: 'medicines',
    text: {
      en: 'Do you take an MAOI (monoamine oxidase inhibitor)?',
      es: '¿Toma algún IMAO (inhibidor de la monoaminooxidasa)?',
    },
  },
  {
    id: 'opioids',
    severity: 'medication-note',
    group: 'medicines',
    text: {
      en: 'Do you take an opioid?',
      es: '¿Toma algún opioide?',
    },
  },
  {
    id: 'cyp-interactions',
    severity: 'medication-note',
    group: 'medicines',
    text: {
      en: 'Do you take a strong CYP3A4 or CYP2B6 inhibitor or inducer?',
      es: '¿Toma algún medicamento que sea un inhibidor o inductor potente de CYP3A4 o CYP2B6?',
    },
  },
  {
    id: 'suicidal-intent',
    severity: 'hard-stop',
    group: 'safety',
    crisis: true,
    text: {
      en: 'Do you have a plan or an intention to end your life?',
      es: '¿Tiene un plan o la intención de quitarse la vida?',
    },
  },
];
