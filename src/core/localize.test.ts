import { expect } from '@open-wc/testing';
import { addPackLoader, addTranslations, durationText, localization, packReady, screenText, translatable } from './localize.js';

describe('localization: which words, which formats', () => {
  it('keeps a locale the suite speaks as it is, for words and figures alike', () => {
    expect(localization('es-MX', 'en')).to.deep.equal({ language: 'es', lang: 'es-MX', locale: 'es-MX', textLocale: 'es-MX' });
  });

  it('writes English words in the order of a locale it has no words for', () => {
    expect(localization('de-DE', 'en')).to.deep.equal({ language: 'en', lang: 'en', locale: 'de-DE', textLocale: 'en-DE' });
  });

  it('takes a page language without a region as the US\'s, and one it does not speak as English', () => {
    expect(localization(undefined, 'es')).to.deep.include({ language: 'es', locale: 'es-US', textLocale: 'es-US' });
    expect(localization(undefined, 'fr')).to.deep.include({ language: 'en', locale: 'en-US', textLocale: 'en-US' });
    expect(localization(undefined, 'fr-CA')).to.deep.include({ language: 'en', locale: 'en-CA' });
    expect(localization(undefined, undefined)).to.deep.include({ language: 'en', locale: 'en-US' });
  });

  it('words a length one way: minutes, or hours from a whole hour or an hour and a half on', () => {
    expect([50, 60, 90, 150, 180].map((minutes) => durationText(minutes, 'en-US'))).to.deep.equal([
      '50 minutes',
      '1 hour',
      '1.5 hours',
      '2.5 hours',
      '3 hours',
    ]);
    expect(durationText(150, 'en-DE')).to.equal('2,5 hours');
    expect(durationText(50, 'es-US')).to.equal('50 minutos');
  });
});

describe('texts that arrive later', () => {
  it('reads a translation once its pack has added it, and English until then', () => {
    const text = translatable('test.greeting', 'Hello');
    expect(screenText(text, 'es')).to.equal('Hello');
    addTranslations('es', { 'test.greeting': 'Hola' });
    expect(screenText(text, 'es')).to.equal('Hola');
  });

  it('fetches a pack once, and after a failure has nothing more to wait for and warns once', async () => {
    let calls = 0;
    addPackLoader('es', 'test-pack', () => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const first = packReady('es', 'test-pack');
      expect(first).to.be.instanceOf(Promise);
      expect(packReady('es', 'test-pack')).to.equal(first);
      await first;
      expect(packReady('es', 'test-pack')).to.equal(true);
    } finally {
      console.warn = warn;
    }
    expect(calls).to.equal(1);
    expect(warnings).to.have.length(1);
    expect(packReady('en', 'test-pack')).to.equal(true);
  });
});
