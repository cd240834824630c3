import { expect } from '@open-wc/testing';
import { readAmount, readWholeNumber, type FieldReading } from './field-reading.js';

describe('reading a session count', () => {
  const cases: [string, FieldReading][] = [
    ['4', { status: 'ok', value: 4 }],
    [' 4 ', { status: 'ok', value: 4 }],
    ['04', { status: 'ok', value: 4 }],
    ['４', { status: 'ok', value: 4 }],
    ['', { status: 'empty' }],
    ['   ', { status: 'empty' }],
    ['2.5', { status: 'adjusted', value: 3, reason: 'rounded' }],
    ['2,4', { status: 'adjusted', value: 2, reason: 'rounded' }],
    ['2.0', { status: 'ok', value: 2 }],
    ['-1', { status: 'adjusted', value: 0, reason: 'below-min' }],
    ['−3', { status: 'adjusted', value: 0, reason: 'below-min' }],
    ['11', { status: 'adjusted', value: 10, reason: 'above-max' }],
    ['1000000000', { status: 'adjusted', value: 10, reason: 'above-max' }],
    ['99999999999999999999999', { status: 'adjusted', value: 10, reason: 'above-max' }],
    ['1e9', { status: 'invalid', reason: 'not-a-number' }],
    ['abc', { status: 'invalid', reason: 'not-a-number' }],
    ['three sessions', { status: 'invalid', reason: 'not-a-number' }],
    ['3 sessions', { status: 'invalid', reason: 'not-a-number' }],
    ['2..5', { status: 'invalid', reason: 'not-a-number' }],
    ['Infinity', { status: 'invalid', reason: 'not-a-number' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(readWholeNumber(text, 0, 10, 'en-US')).to.deep.equal(expected);
    });
  }

  it('reads a percentage with its sign, in any width', () => {
    expect(readWholeNumber('70%', 0, 100, 'en-US')).to.deep.equal({ status: 'ok', value: 70 });
    expect(readWholeNumber('７０％', 0, 100, 'ja-JP')).to.deep.equal({ status: 'ok', value: 70 });
    expect(readWholeNumber('150', 0, 100, 'en-US')).to.deep.equal({ status: 'adjusted', value: 100, reason: 'above-max' });
  });
});

describe('reading an amount of money', () => {
  const usd: [string, FieldReading][] = [
    ['1500', { status: 'ok', value: 150_000 }],
    ['$1,500.50', { status: 'ok', value: 150_050 }],
    ['1,500', { status: 'ok', value: 150_000 }],
    ['1.5', { status: 'ok', value: 150 }],
    ['1500.', { status: 'ok', value: 150_000 }],
    ['.5', { status: 'ok', value: 50 }],
    ['0', { status: 'ok', value: 0 }],
    ['USD 20', { status: 'invalid', reason: 'not-a-number' }],
    ['1.505', { status: 'invalid', reason: 'too-many-decimals' }],
    ['1.500', { status: 'ok', value: 150 }],
    ['-200', { status: 'adjusted', value: 0, reason: 'below-min' }],
    ['1e9', { status: 'invalid', reason: 'not-a-number' }],
    ['99999999999999', { status: 'adjusted', value: 1_000_000_000, reason: 'above-max' }],
    ['', { status: 'empty' }],
  ];
  for (const [text, expected] of usd) {
    it(`reads ${JSON.stringify(text)} in US dollars`, () => {
      expect(readAmount(text, 'USD', 'en-US')).to.deep.equal(expected);
    });
  }

  it('reads German habits in euros: dot groups, comma is the decimal mark', () => {
    expect(readAmount('1.500', 'EUR', 'de-DE')).to.deep.equal({ status: 'ok', value: 150_000 });
    expect(readAmount('1.500,50 €', 'EUR', 'de-DE')).to.deep.equal({ status: 'ok', value: 150_050 });
    expect(readAmount('1500,5', 'EUR', 'de-DE')).to.deep.equal({ status: 'ok', value: 150_050 });
    expect(readAmount('12.5', 'EUR', 'de-DE')).to.deep.equal({ status: 'ok', value: 1_250 });
  });

  it('reads yen as whole amounts', () => {
    expect(readAmount('¥30,000', 'JPY', 'ja-JP')).to.deep.equal({ status: 'ok', value: 30_000 });
    expect(readAmount('30000.5', 'JPY', 'ja-JP')).to.deep.equal({ status: 'invalid', reason: 'too-many-decimals' });
    expect(readAmount('30000.00', 'JPY', 'ja-JP')).to.deep.equal({ status: 'ok', value: 30_000 });
  });
});
