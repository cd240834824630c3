import './es.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EMPTY_SCREEN_ANSWERS,
  GAD7,
  HEALTH_QUESTIONS,
  INSTRUMENT_WORDS,
  ITEM_SCORES,
  PHQ9,
  PHQ9_ITEM9_INDEX,
  SCREEN_OUTCOME_ORDER,
  TREATMENT_HISTORY_QUESTIONS,
  YES_NO_UNSURE,
  bandFor,
  gad7Band,
  isItem9Positive,
  itemTotal,
  needsCrisisResources,
  outcome,
  phq9Band,
  responseOptions,
  screenResult,
  screenText,
  screenTextLanguage,
  type Instrument,
  type ItemScore,
  type ScreenAnswers,
  type ScreenOutcome,
  type YesNoUnsure,
} from './index.js';

/** Item answers that add up to `sum`, filling from the first item and never touching `skip`. */
function itemsSumming(count: number, sum: number, skip?: number): ItemScore[] {
  const items: ItemScore[] = Array(count).fill(0);
  let left = sum;
  for (let i = 0; i < count && left > 0; i++) {
    if (i === skip) continue;
    const score = Math.min(3, left) as ItemScore;
    items[i] = score;
    left -= score;
  }
  if (left > 0) throw new Error(`cannot reach ${sum} in ${count} items`);
  return items;
}

const noToAll = Object.fromEntries(HEALTH_QUESTIONS.map((q) => [q.id, 'no' as const]));
const historyAnswers = Object.fromEntries(TREATMENT_HISTORY_QUESTIONS.map((q) => [q.id, 'yes' as const]));

function answers(
  phq9Sum: number,
  gad7Sum: number,
  health: Partial<Record<string, YesNoUnsure>> = {},
  item9: ItemScore = 0,
): ScreenAnswers {
  const phq9 = itemsSumming(9, phq9Sum - item9, PHQ9_ITEM9_INDEX);
  phq9[PHQ9_ITEM9_INDEX] = item9;
  return {
    phq9,
    functional: 1,
    gad7: itemsSumming(7, gad7Sum),
    history: historyAnswers,
    health: { ...noToAll, ...health },
  };
}

describe('the instruments, word for word', () => {
  const en = INSTRUMENT_WORDS.en;

  it('has the stem, the four answers with their scores, 9 PHQ-9 items and 7 GAD-7 items', () => {
    expect(en.stem).to.equal('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(responseOptions(en)).to.deep.equal([
      { score: 0, label: 'Not at all' },
      { score: 1, label: 'Several days' },
      { score: 2, label: 'More than half the days' },
      { score: 3, label: 'Nearly every day' },
    ]);
    expect(en.phq9Items).to.have.length(PHQ9.itemCount);
    expect(en.gad7Items).to.have.length(GAD7.itemCount);
    expect(en.phq9Items[PHQ9_ITEM9_INDEX]).to.equal(
      'Thoughts that you would be better off dead or of hurting yourself in some way.',
    );
    expect(en.gad7Items[0]).to.equal('Feeling nervous, anxious, or on edge.');
    expect(en.gad7Items[6]).to.equal('Feeling afraid, as if something awful might happen.');
  });

  it('carries the functional question and the attribution notice', () => {
    expect(en.functionalQuestion).to.match(/^If you checked off any problems, how difficult have these problems made it/);
    expect(en.functionalOptions).to.deep.equal([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    expect(en.notice).to.equal(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    );
  });

  it('has the official Spanish (US) wording, keeping "(a)" and the en dashes of items 6 and 8', () => {
    const es = screenText(INSTRUMENT_WORDS, 'es');
    expect(es.options[0]).to.equal('Ningún día');
    expect(es.phq9Items).to.have.length(9);
    expect(es.gad7Items).to.have.length(7);
    expect(es.phq9Items[5]).to.contain('usted mismo(a) \u2013 o que es un fracaso');
    expect(es.phq9Items[7]).to.contain('o lo contrario \u2013 muy inquieto(a)');
    expect(es.gad7Items[2]).to.equal('Se ha preocupado demasiado por motivos diferentes.');
    expect(es.gad7Items[6]).to.equal('Ha tenido miedo de que algo terrible fuera a pasar.');
    expect([...es.phq9Items, ...es.gad7Items].join(' ')).not.to.match(/\/a\b|Para nada|Nunca|diferentes cosas|pudiera pasar/);
  });

  it('falls back to English for a language it does not have, and says which language it gave', () => {
    expect(screenText(INSTRUMENT_WORDS, 'fr').stem).to.equal(INSTRUMENT_WORDS.en.stem);
    expect(screenTextLanguage(INSTRUMENT_WORDS, 'fr')).to.equal('en');
    expect(screenTextLanguage(INSTRUMENT_WORDS, 'es')).to.equal('es');
    expect(screenTextLanguage({ en: 'Crisis Text Line' }, 'es')).to.equal('en');
  });

  it('asks every treatment and health question in Spanish too, and notes each medicine in Spanish', () => {
    for (const question of [...TREATMENT_HISTORY_QUESTIONS, ...HEALTH_QUESTIONS]) {
      expect(screenTextLanguage(question.text, 'es'), question.id).to.equal('es');
    }
    for (const question of HEALTH_QUESTIONS) {
      if (question.note) expect(screenTextLanguage(question.note, 'es'), question.id).to.equal('es');
    }
  });

  it('bands cover every total from 0 to the maximum without a gap', () => {
    for (const instrument of [PHQ9, GAD7]) {
      expect(instrument.bands[0]!.min).to.equal(0);
      expect(instrument.bands.at(-1)!.max).to.equal(instrument.maxTotal);
      instrument.bands.slice(1).forEach((band, i) => expect(band.min).to.equal(instrument.bands[i]!.max + 1));
    }
  });
});

describe('scoring: totals and bands at every edge', () => {
  const phq9Edges: [number, string][] = [
    [0, 'none-minimal'], [4, 'none-minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately-severe'], [19, 'moderately-severe'], [20, 'severe'], [27, 'severe'],
  ];
  for (const [sum, band] of phq9Edges) {
    it(`PHQ-9 ${sum} is ${band}`, () => {
      const items = itemsSumming(9, sum);
      expect(itemTotal(items)).to.equal(sum);
      expect(phq9Band(itemTotal(items))).to.equal(band);
    });
  }

  const gad7Edges: [number, string][] = [
    [0, 'minimal'], [4, 'minimal'], [5, 'mild'], [9, 'mild'], [10, 'moderate'], [14, 'moderate'], [15, 'severe'], [21, 'severe'],
  ];
  for (const [sum, band] of gad7Edges) {
    it(`GAD-7 ${sum} is ${band}`, () => {
      const items = itemsSumming(7, sum);
      expect(itemTotal(items)).to.equal(sum);
      expect(gad7Band(itemTotal(items))).to.equal(band);
    });
  }

  it('refuses a total the questionnaire cannot produce', () => {
    expect(() => phq9Band(28)).to.throw(RangeError);
    expect(() => gad7Band(-1)).to.throw(RangeError);
    expect(() => gad7Band(4.5)).to.throw(RangeError);
  });

  it('counts an unanswered item as nothing', () => {
    expect(itemTotal([3, undefined, 2])).to.equal(5);
  });

  it('reads item 9 above "Not at all" as a positive screen, whatever the total', () => {
    expect(isItem9Positive(itemsSumming(9, 24, PHQ9_ITEM9_INDEX))).to.equal(false);
    for (const score of [1, 2, 3] as const) {
      const items = itemsSumming(9, 0);
      items[PHQ9_ITEM9_INDEX] = score;
      expect(isItem9Positive(items)).to.equal(true);
    }
    expect(isItem9Positive(EMPTY_SCREEN_ANSWERS.phq9)).to.equal(false);
  });

  const itemScore = fc.constantFrom(...ITEM_SCORES);
  it('property: totals stay within 0-27 and 0-21 and always fall in a band', () => {
    fc.assert(
      fc.property(fc.array(itemScore, { minLength: 9, maxLength: 9 }), fc.array(itemScore, { minLength: 7, maxLength: 7 }), (phq9, gad7) => {
        const p = itemTotal(phq9);
        const g = itemTotal(gad7);
        expect(p).to.be.within(0, 27);
        expect(g).to.be.within(0, 21);
        expect(PHQ9.bands.map((b) => b.band)).to.include(phq9Band(p));
        expect(GAD7.bands.map((b) => b.band)).to.include(gad7Band(g));
      }),
    );
  });

  it('property: a higher total never falls in a lower band', () => {
    const rank = <B extends string>(instrument: Instrument<B>, total: number) =>
      instrument.bands.findIndex((b) => b.band === bandFor(instrument, total));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 27 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(PHQ9, low)).to.be.at.most(rank(PHQ9, high));
        if (high <= 21) expect(rank(GAD7, low)).to.be.at.most(rank(GAD7, high));
      }),
    );
  });
});

describe('outcome, in order: crisis > not-now > talk-with-a-prescriber > may-fit > mild', () => {
  const table: [string, ScreenAnswers, ScreenOutcome][] = [
    ['item 9 "Several days" with low scores', answers(1, 0, {}, 1), 'crisis'],
    ['item 9 "Nearly every day" with a hard stop', answers(20, 15, { pregnancy: 'yes' }, 3), 'crisis'],
    ['a plan or intention to end one\u2019s life, item 9 at 0', answers(0, 0, { 'suicidal-intent': 'yes' }), 'crisis'],
    ['"Not sure" about a plan or intention', answers(12, 12, { 'suicidal-intent': 'unsure' }), 'crisis'],
    ['a known ketamine allergy with high scores', answers(20, 15, { 'ketamine-allergy': 'yes' }), 'not-now'],
    ['current mania and a prescriber-review answer', answers(12, 3, { mania: 'yes', liver: 'yes' }), 'not-now'],
    ['pregnancy with low scores', answers(2, 2, { pregnancy: 'yes' }), 'not-now'],
    ['bipolar disorder without current mania', answers(15, 3, { bipolar: 'yes' }), 'talk-with-a-prescriber'],
    ['"Not sure" about a hard stop', answers(15, 3, { 'high-blood-pressure': 'unsure' }), 'talk-with-a-prescriber'],
    ['"Not sure" about seizures, low scores', answers(0, 0, { seizures: 'unsure' }), 'talk-with-a-prescriber'],
    ['PHQ-9 10, GAD-7 9', answers(10, 9), 'may-fit'],
    ['PHQ-9 9, GAD-7 10', answers(9, 10), 'may-fit'],
    ['PHQ-9 24 with a medication note only', answers(24, 0, { benzodiazepines: 'yes', opioids: 'unsure' }), 'may-fit'],
    ['PHQ-9 9, GAD-7 9', answers(9, 9), 'mild'],
    ['everything at 0', answers(0, 0), 'mild'],
  ];
  for (const [name, given, expected] of table) {
    it(`${name}: ${expected}`, () => expect(outcome(given)).to.equal(expected));
  }

  it('lists what raised each concern, and medicines to mention', () => {
    const result = screenResult(answers(12, 11, { mania: 'yes', liver: 'unsure', pregnancy: 'unsure', lamotrigine: 'yes' }));
    expect(result).to.include({ phq9Total: 12, phq9Band: 'moderate', gad7Total: 11, gad7Band: 'moderate', outcome: 'not-now' });
    expect(result.hardStops.map((q) => q.id)).to.deep.equal(['mania']);
    expect(result.prescriberReviews.map((q) => q.id)).to.deep.equal(['pregnancy', 'liver']);
    expect(result.medicationNotes.map((q) => q.id)).to.deep.equal(['lamotrigine']);
  });

  it('never marks medication questions as a reason to stop, and has exactly one crisis question', () => {
    expect(HEALTH_QUESTIONS.filter((q) => q.crisis).map((q) => q.id)).to.deep.equal(['suicidal-intent']);
    const notes = HEALTH_QUESTIONS.filter((q) => q.severity === 'medication-note');
    expect(notes.map((q) => q.id)).to.deep.equal(['benzodiazepines', 'lamotrigine', 'maoi', 'opioids', 'cyp-interactions']);
    expect(notes.map((q) => `${q.text.en} ${q.note?.en ?? ''}`).join(' ')).not.to.match(/\bstop\b/i);
  });

  const itemScore = fc.constantFrom(...ITEM_SCORES);
  const answer = fc.option(fc.constantFrom(...YES_NO_UNSURE), { nil: undefined });
  const anyAnswers: fc.Arbitrary<ScreenAnswers> = fc.record({
    phq9: fc.array(itemScore, { minLength: 9, maxLength: 9 }),
    functional: fc.option(fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, { nil: undefined }),
    gad7: fc.array(itemScore, { minLength: 7, maxLength: 7 }),
    history: fc.constant({}),
    health: fc.record(Object.fromEntries(HEALTH_QUESTIONS.map((q) => [q.id, answer]))),
  });
  const hardStops = HEALTH_QUESTIONS.filter((q) => q.severity === 'hard-stop' && !q.crisis);
  const reviews = HEALTH_QUESTIONS.filter((q) => q.severity === 'prescriber-review');
  const rank = (o: ScreenOutcome) => SCREEN_OUTCOME_ORDER.indexOf(o);

  it('property: the outcome is the first rule of DOMAIN.md section 3 that applies', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const h = a.health;
        const intent = h['suicidal-intent'];
        const rules: [ScreenOutcome, boolean][] = [
          ['crisis', (a.phq9[8] ?? 0) > 0 || intent === 'yes' || intent === 'unsure'],
          ['not-now', hardStops.some((q) => h[q.id] === 'yes')],
          [
            'talk-with-a-prescriber',
            reviews.some((q) => h[q.id] === 'yes' || h[q.id] === 'unsure') || hardStops.some((q) => h[q.id] === 'unsure'),
          ],
          ['may-fit', itemTotal(a.phq9) >= 10 || itemTotal(a.gad7) >= 10],
          ['mild', true],
        ];
        expect(outcome(a)).to.equal(rules.find(([, applies]) => applies)![0]);
        expect(needsCrisisResources(a)).to.equal(outcome(a) === 'crisis');
      }),
    );
  });

  it('property: adding a more serious answer never gives a less serious outcome', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...hardStops, ...reviews), (a, question) => {
        const before = outcome(a);
        const after = outcome({ ...a, health: { ...a.health, [question.id]: 'yes' } });
        expect(rank(after)).to.be.at.most(rank(before));
        expect(rank(after)).to.be.at.most(rank(question.severity === 'hard-stop' ? 'not-now' : 'talk-with-a-prescriber'));
      }),
    );
  });

  it('property: item 9 above 0 always gives crisis, whatever else was answered', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(1, 2, 3) as fc.Arbitrary<ItemScore>, (a, item9) => {
        const phq9 = [...a.phq9];
        phq9[PHQ9_ITEM9_INDEX] = item9;
        expect(outcome({ ...a, phq9 })).to.equal('crisis');
      }),
    );
  });

  it('property: scores alone never outrank a health answer, and treatment history never changes the outcome', () => {
    fc.assert(
      fc.property(anyAnswers, fc.array(itemScore, { minLength: 7, maxLength: 7 }), (a, gad7) => {
        const before = outcome(a);
        const after = outcome({ ...a, gad7, history: { antidepressants: 'no', therapy: 'unsure' } });
        if (rank(before) <= rank('talk-with-a-prescriber')) expect(after).to.equal(before);
        else expect(['may-fit', 'mild']).to.include(after);
      }),
    );
  });
});
