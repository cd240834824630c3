import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatMoney, parseMoney, percentOf, sumCents, toMajorString } from './money.js';

describe('parseMoney', () => {
  it('reads major units into exact cents', () => {
    expect(parseMoney('555')).to.deep.equal({ ok: true, cents: 55_500 });
    expect(parseMoney('555.5')).to.deep.equal({ ok: true, cents: 55_550 });
    expect(parseMoney('555.50')).to.deep.equal({ ok: true, cents: 55_550 });
    expect(parseMoney(' 0.07 ')).to.deep.equal({ ok: true, cents: 7 });
    // 0.1 + 0.2 style traps: digits are joined, never multiplied as floats.
    expect(parseMoney('1.15')).to.deep.equal({ ok: true, cents: 115 });
    expect(parseMoney('4.35')).to.deep.equal({ ok: true, cents: 435 });
  });

  for (const bad of ['abc', '5,55', '-1', '1e3', '555.555', '', '  ', '$555', '555.', '.5', '+5', '0x10', 'Infinity', 'NaN']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      expect(parseMoney(bad).ok).to.equal(false);
    });
  }

  it('follows the currency\'s minor unit: JPY has none, BHD has three', () => {
    expect(parseMoney('555', 'JPY')).to.deep.equal({ ok: true, cents: 555 });
    expect(parseMoney('555.5', 'JPY').ok).to.equal(false);
    expect(parseMoney('1.234', 'BHD')).to.deep.equal({ ok: true, cents: 1234 });
  });

  it('refuses amounts too large to add up safely', () => {
    expect(parseMoney('99999999999999999999')).to.deep.equal({ ok: false, reason: 'too-large' });
  });
});

describe('formatMoney', () => {
  it('formats for the currency and locale', () => {
    expect(formatMoney(481_000, 'USD', 'en-US')).to.equal('$4,810.00');
    expect(formatMoney(481_000, 'EUR', 'de-DE')).to.equal('4.810,00\u00a0€');
    expect(formatMoney(4_810, 'JPY', 'ja-JP')).to.equal('￥4,810');
    expect(formatMoney(5, 'USD', 'en-US')).to.equal('$0.05');
  });

  it('never loses a cent on large amounts', () => {
    expect(formatMoney(900_719_925_474, 'USD', 'en-US')).to.equal('$9,007,199,254.74');
  });
});

describe('money properties', () => {
  const currencies = fc.constantFrom('USD', 'EUR', 'JPY', 'GBP', 'BHD');

  it('parse after format is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), currencies, (cents, currency) => {
        const parsed = parseMoney(toMajorString(cents, currency), currency);
        return parsed.ok && parsed.cents === cents;
      }),
    );
  });

  it('sums and percentages stay integers; no float reaches a total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        (amounts, percent) => {
          const total = sumCents(amounts);
          const share = percentOf(total, percent);
          return Number.isInteger(total) && Number.isInteger(share) && share >= 0 && share <= total;
        },
      ),
    );
    expect(() => sumCents([1, 0.5])).to.throw(RangeError);
  });

  it('rounds a percentage half up, once', () => {
    expect(percentOf(12_000, 70)).to.equal(8_400);
    expect(percentOf(1, 50)).to.equal(1);
    expect(percentOf(1, 49)).to.equal(0);
    expect(percentOf(18_500, 0)).to.equal(0);
    expect(percentOf(18_500, 100)).to.equal(18_500);
  });
});
