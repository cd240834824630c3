import { expect } from '@open-wc/testing';
import '../../src/es.js';
import { bookingMessages } from '../../src/components/booking-request/messages.js';
import { costEstimatorMessages } from '../../src/components/cost-estimator/messages.js';
import { intakeMessages } from '../../src/components/intake-screen/messages.js';
import { timelineMessages } from '../../src/components/process-timeline/messages.js';
import { LANGUAGES, type Catalogue, type MessageShape } from '../../src/core/localize.js';
import { sharedMessages } from '../../src/shared/messages.js';

const CATALOGUES: Record<string, Catalogue<MessageShape>> = {
  shared: sharedMessages,
  'process-timeline': timelineMessages,
  'cost-estimator': costEstimatorMessages,
  'booking-request': bookingMessages,
  'intake-screen': intakeMessages,
};

/** A message as text: functions are called with sample values of the types they take. */
function sample(message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message !== 'function') return '';
  const args = Array.from({ length: message.length }, (_, i) => (i % 2 === 0 ? 2 : 'x'));
  try {
    return String((message as (...a: unknown[]) => unknown)(...args));
  } catch {
    // A message that needs a richer value than the sample still exists; it is checked by
    // the widget's own rendering tests.
    return 'callable';
  }
}

describe('message catalogues', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${name} has every English key in ${language}, none empty`, () => {
        const translated = (catalogue as Partial<Record<string, MessageShape>>)[language];
        expect(translated, `${name} has no ${language} catalogue`).to.exist;
        const english = Object.keys(catalogue.en).sort();
        expect(Object.keys(translated!).sort()).to.deep.equal(english);
        for (const key of english) {
          const text = sample(translated![key]).trim();
          expect(text, `${name}.${language}.${key} is empty`).not.to.equal('');
          expect(typeof translated![key], `${name}.${language}.${key} changes kind`).to.equal(typeof catalogue.en[key]);
        }
      });
    }
  }
});
