import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_PRACTICE, isValidNpi, parseSettingAttributes, resolveSettings } from './practice.js';

const issueOf = (attribute: string, value: string) => parseSettingAttributes({ [attribute]: value }).issues[0]?.message;
const valueOf = (attribute: string, value: string) => parseSettingAttributes({ [attribute]: value }).values;

describe('Good Faith Estimate settings', () => {
  it('accepts NPIs whose last digit is the Luhn check digit over 80840 and the first nine', () => {
    // 1234567893 is the worked example of CMS's check-digit note; the others carry a valid check digit too.
    for (const npi of ['1234567893', '1245319599', '1003000126', '1588667638']) expect(isValidNpi(npi), npi).to.equal(true);
    expect(valueOf('provider-npi', ' 1234567893 ')).to.deep.equal({ providerNpi: '1234567893' });
  });

  it('refuses an NPI with a wrong check digit, the wrong length or anything but digits', () => {
    for (const npi of ['1234567890', '1234567894', '123456789', '12345678931', '12345-67893', 'abcdefghij']) {
      expect(isValidNpi(npi), npi).to.equal(false);
    }
    expect(issueOf('provider-npi', '1234567890')).to.equal(
      'provider-npi="1234567890" can\'t be used. Its last digit does not match the other nine: check the number against your NPI record (NPPES).',
    );
    expect(issueOf('provider-npi', '123-456')).to.contain('Use the 10 digits of your NPI');
  });

  it('catches every single-digit typo in a valid NPI', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const digits = '1234567893'.split('').map(Number);
        digits[position] = (digits[position]! + shift) % 10;
        expect(isValidNpi(digits.join(''))).to.equal(false);
      }),
    );
  });

  it('writes an EIN as NN-NNNNNNN and refuses what is not nine digits', () => {
    expect(valueOf('provider-tin', '123456789')).to.deep.equal({ providerTin: '12-3456789' });
    expect(valueOf('provider-tin', '12-3456789')).to.deep.equal({ providerTin: '12-3456789' });
    for (const bad of ['123-45-6789', '12-345678', '00-0000000', 'EIN']) expect(issueOf('provider-tin', bad), bad).to.contain("Use the practice's EIN");
  });

  it('takes CPT and HCPCS service codes, and refuses the deleted 99354 and 99355', () => {
    expect(valueOf('session-code', '90837')).to.deep.equal({ sessionCode: '90837' });
    expect(valueOf('medicine-code', '0820t')).to.deep.equal({ medicineCode: '0820T' });
    expect(valueOf('medicine-code', 'G0000')).to.deep.equal({ medicineCode: 'G0000' });
    expect(issueOf('medicine-code', '99354')).to.contain('deleted from CPT in 2023');
    expect(issueOf('session-code', '9083')).to.contain('Use a five-character CPT or HCPCS code');
  });

  it('holds the period of care to 1-12 months, 12 by default, and leaves the rest unset', () => {
    expect(DEFAULT_PRACTICE.gfeMonths).to.equal(12);
    expect(issueOf('gfe-months', '13')).to.contain('from 1 to 12');
    expect(resolveSettings(valueOf('gfe-months', '6')).gfeMonths).to.equal(6);
    for (const key of ['providerName', 'providerNpi', 'providerTin', 'practiceAddress', 'medicineCode', 'sessionCode'] as const) {
      expect(DEFAULT_PRACTICE[key], key).to.equal(undefined);
    }
  });
});
