/**
 * What the screen concludes, in the order the safety rules demand: crisis before not-now
 * before talk-with-a-prescriber before may-fit before mild. The words a visitor reads for each
 * outcome live with the element; none of them is "eligible" or a diagnosis.
 */
import type { FunctionalDifficulty, Gad7Band, ItemScore, Phq9Band } from './instruments.js';
import { HEALTH_QUESTIONS, type HealthQuestion, type HealthSeverity, type YesNoUnsure } from './questions.js';
import { gad7Band, isItem9Positive, phq9Band, itemTotal, type ItemAnswers } from './scoring.js';

export type ScreenOutcome = 'crisis' | 'not-now' | 'talk-with-a-prescriber' | 'may-fit' | 'mild';

/** Highest priority first: the first that applies is the outcome. */
export const SCREEN_OUTCOME_ORDER: readonly ScreenOutcome[] = ['crisis', 'not-now', 'talk-with-a-prescriber', 'may-fit', 'mild'];

/** PHQ-9 or GAD-7 at this total or above is the range KAP is meant for (moderate and up). */
export const MAY_FIT_THRESHOLD = 10;

/** Everything a visitor answers. It lives in memory only, in the element that asked. */
export interface ScreenAnswers {
  readonly phq9: ItemAnswers;
  readonly functional: FunctionalDifficulty | undefined;
  readonly gad7: ItemAnswers;
  readonly history: Readonly<Partial<Record<string, YesNoUnsure>>>;
  readonly health: Readonly<Partial<Record<string, YesNoUnsure>>>;
}

export const EMPTY_SCREEN_ANSWERS: ScreenAnswers = Object.freeze({
  phq9: Object.freeze(Array<ItemScore | undefined>(9).fill(undefined)),
  functional: undefined,
  gad7: Object.freeze(Array<ItemScore | undefined>(7).fill(undefined)),
  history: Object.freeze({}),
  health: Object.freeze({}),
});

/**
 * What one health answer means. "Not sure" is never read as "no": on a hard-stop or
 * prescriber-review question it means a prescriber should look; on the crisis question it
 * leads to the crisis resources, because being unsure there is itself a reason to reach out.
 */
export function concernOf(question: HealthQuestion, answer: YesNoUnsure | undefined): HealthSeverity | 'crisis' | undefined {
  if (answer === undefined || answer === 'no') return undefined;
  if (question.crisis) return 'crisis';
  if (question.severity === 'hard-stop' && answer === 'unsure') return 'prescriber-review';
  return question.severity;
}

/** Whether crisis resources must be shown now: item 9 above 0, or any answer but "no" to active intent. */
export function needsCrisisResources(answers: ScreenAnswers, questions: readonly HealthQuestion[] = HEALTH_QUESTIONS): boolean {
  return (
    isItem9Positive(answers.phq9) ||
    questions.some((question) => concernOf(question, answers.health[question.id]) === 'crisis')
  );
}

/** The health questions whose answers raise a concern of the given kind, in their order. */
export function questionsOfConcern(
  answers: ScreenAnswers,
  concern: HealthSeverity,
  questions: readonly HealthQuestion[] = HEALTH_QUESTIONS,
): HealthQuestion[] {
  return questions.filter((question) => concernOf(question, answers.health[question.id]) === concern);
}

export function outcome(answers: ScreenAnswers, questions: readonly HealthQuestion[] = HEALTH_QUESTIONS): ScreenOutcome {
  if (needsCrisisResources(answers, questions)) return 'crisis';
  if (questionsOfConcern(answers, 'hard-stop', questions).length > 0) return 'not-now';
  if (questionsOfConcern(answers, 'prescriber-review', questions).length > 0) return 'talk-with-a-prescriber';
  if (itemTotal(answers.phq9) >= MAY_FIT_THRESHOLD || itemTotal(answers.gad7) >= MAY_FIT_THRESHOLD) return 'may-fit';
  return 'mild';
}

export interface ScreenResult {
  phq9Total: number;
  phq9Band: Phq9Band;
  gad7Total: number;
  gad7Band: Gad7Band;
  outcome: ScreenOutcome;
  /** Reasons KAP is likely not appropriate right now. */
  hardStops: HealthQuestion[];
  /** Answers a prescriber should look at. */
  prescriberReviews: HealthQuestion[];
  /** Medicines to mention, answered "yes" or "not sure". */
  medicationNotes: HealthQuestion[];
}

export function screenResult(answers: ScreenAnswers, questions: readonly HealthQuestion[] = HEALTH_QUESTIONS): ScreenResult {
  const phq9Total = itemTotal(answers.phq9);
  const gad7Total = itemTotal(answers.gad7);
  return {
    phq9Total,
    phq9Band: phq9Band(phq9Total),
    gad7Total,
    gad7Band: gad7Band(gad7Total),
    outcome: outcome(answers, questions),
    hardStops: questionsOfConcern(answers, 'hard-stop', questions),
    prescriberReviews: questionsOfConcern(answers, 'prescriber-review', questions),
    medicationNotes: questionsOfConcern(answers, 'medication-note', questions),
  };
}

/** What `share-results-with-page` lets a host page see: bands and outcome, never answers or totals. */
export interface SharedScreenResult {
  phq9Band: Phq9Band;
  gad7Band: Gad7Band;
  outcome: ScreenOutcome;
}
