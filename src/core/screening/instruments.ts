/**
 * The PHQ-9 and GAD-7 as data, word for word from DOMAIN.md section 3 (section 6's Spanish
 * is in ./es.ts): the stem, the four answers and their scores, the items, the functional
 * question (shown, never scored), the attribution notice that must be shown with them, and
 * the published score bands.
 * The instruments are public domain; the notice is the condition of showing them.
 */
import { translatable } from '../localize.js';

/** The score of one answer: Not at all 0, Several days 1, More than half the days 2, Nearly every day 3. */
export type ItemScore = 0 | 1 | 2 | 3;
export const ITEM_SCORES: readonly ItemScore[] = [0, 1, 2, 3];

/** An answer to the functional question, in the order the form lists them; it is never scored. */
export type FunctionalDifficulty = 0 | 1 | 2 | 3;

type Four = readonly [string, string, string, string];

export interface InstrumentWords {
  /** The stem both questionnaires share. */
  stem: string;
  /** The answer labels, indexed by score. */
  options: Four;
  phq9Items: readonly string[];
  gad7Items: readonly string[];
  functionalQuestion: string;
  /** The functional answers, indexed by FunctionalDifficulty. */
  functionalOptions: Four;
  /** Required whenever the questionnaires are shown. */
  notice: string;
}

const ENGLISH: InstrumentWords = {
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  options: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  phq9Items: [
    'Little interest or pleasure in doing things.',
    'Feeling down, depressed, or hopeless.',
    'Trouble falling or staying asleep, or sleeping too much.',
    'Feeling tired or having little energy.',
    'Poor appetite or overeating.',
    'Feeling bad about yourself - or that you are a failure or have let yourself or your family down.',
    'Trouble concentrating on things, such as reading the newspaper or watching television.',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual.',
    'Thoughts that you would be better off dead or of hurting yourself in some way.',
  ],
  gad7Items: [
    'Feeling nervous, anxious, or on edge.',
    'Not being able to stop or control worrying.',
    'Worrying too much about different things.',
    'Trouble relaxing.',
    'Being so restless that it is hard to sit still.',
    'Becoming easily annoyed or irritable.',
    'Feeling afraid, as if something awful might happen.',
  ],
  functionalQuestion:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  functionalOptions: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
  notice:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
};

export const INSTRUMENT_WORDS = translatable<InstrumentWords>('instrument-words', ENGLISH);

/** One answer as a radio shows it: its label and the score it adds. */
export interface ResponseOption {
  score: ItemScore;
  label: string;
}

export function responseOptions(words: InstrumentWords): ResponseOption[] {
  return ITEM_SCORES.map((score) => ({ score, label: words.options[score] }));
}

export type Phq9Band = 'none-minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

/** A band covers the totals from `min` to `max`, both included. */
export interface ScoreBand<B extends string> {
  band: B;
  min: number;
  max: number;
}

export interface Instrument<B extends string> {
  id: 'phq9' | 'gad7';
  itemCount: number;
  maxTotal: number;
  /** In rising order; together they cover 0 to maxTotal without a gap. */
  bands: readonly ScoreBand<B>[];
  /** Where the bands are published. */
  source: string;
}

export const PHQ9: Instrument<Phq9Band> = {
  id: 'phq9',
  itemCount: 9,
  maxTotal: 27,
  bands: [
    { band: 'none-minimal', min: 0, max: 4 },
    { band: 'mild', min: 5, max: 9 },
    { band: 'moderate', min: 10, max: 14 },
    { band: 'moderately-severe', min: 15, max: 19 },
    { band: 'severe', min: 20, max: 27 },
  ],
  source: 'Kroenke 2001, J Gen Intern Med 16:606',
};

export const GAD7: Instrument<Gad7Band> = {
  id: 'gad7',
  itemCount: 7,
  maxTotal: 21,
  bands: [
    { band: 'minimal', min: 0, max: 4 },
    { band: 'mild', min: 5, max: 9 },
    { band: 'moderate', min: 10, max: 14 },
    { band: 'severe', min: 15, max: 21 },
  ],
  source: 'Spitzer 2006, Arch Intern Med 166:1092',
};

/** PHQ-9 item 9, "Thoughts that you would be better off dead or of hurting yourself", by index. */
export const PHQ9_ITEM9_INDEX = 8;
