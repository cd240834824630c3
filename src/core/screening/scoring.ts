/**
 * Totals, bands and the item-9 rule. An unanswered item counts as nothing here; the screen
 * only scores once every item has an answer.
 */
import { GAD7, PHQ9, PHQ9_ITEM9_INDEX, type Gad7Band, type Instrument, type ItemScore, type Phq9Band } from './instruments.js';

export type ItemAnswers = readonly (ItemScore | undefined)[];

export function itemTotal(answers: ItemAnswers): number {
  return answers.reduce<number>((sum, score) => sum + (score ?? 0), 0);
}

/** The band a total falls in; a total the instrument cannot produce is a programming error. */
export function bandFor<B extends string>(instrument: Instrument<B>, score: number): B {
  const found = instrument.bands.find((band) => score >= band.min && score <= band.max);
  if (!Number.isInteger(score) || !found) {
    throw new RangeError(`${instrument.id} total ${score} is outside 0-${instrument.maxTotal}`);
  }
  return found.band;
}

export const phq9Band = (score: number): Phq9Band => bandFor(PHQ9, score);
export const gad7Band = (score: number): Gad7Band => bandFor(GAD7, score);

/**
 * PHQ-9 item 9 above "Not at all" is a positive screen: crisis resources come at once, before
 * any score (DOMAIN.md section 3).
 */
export function isItem9Positive(phq9: ItemAnswers): boolean {
  return (phq9[PHQ9_ITEM9_INDEX] ?? 0) > 0;
}
