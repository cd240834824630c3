import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_PRACTICE, SETTINGS, parseByRule, parseSettingAttributes, resolveSettings, type SettingRule } from './practice.js';
import { SETTING_SCHEMAS, practiceSettingsSchema } from './settings-schema.js';

/**
 * The widgets resolve settings without zod (practice.ts): these hold what they resolve to the
 * settings' zod/mini schema instead, so a rule that accepted a value its schema refuses, or a
 * default its schema refuses, fails here rather than reaching a widget.
 */

/** Texts each rule kind accepts, so the property below meets accepted values for every setting. */
const ACCEPTED: Record<SettingRule['kind'], string[]> = {
  text: ['Cedar Therapy', ' Jane Rivera, LMHC ', 'x'.repeat(120)],
  currency: ['USD', 'cad', 'JPY'],
  locale: ['es-US', 'en', 'de-DE'],
  timezone: ['America/New_York', 'UTC', 'Pacific/Honolulu'],
  money: ['555', '185.50', '0', '1,250.00'],
  count: ['1', '2', '4', '10', '12', '50', '180'],
  states: ['WA', 'wa or', 'CA, NY'],
  url: ['https://example.com/privacy', '/privacy', 'http://127.0.0.1:8080/f'],
  email: ['hello@example.com', ' a.b+c@sub.example.org '],
  phone: ['206-555-0100', '+1 (206) 555 0100'],
  npi: ['1234567893', '1245319599'],
  ein: ['12-3456789'],
  'service-code': ['90837', 'S0201', '0820T'],
};

/** The value a setting's rule reads from `text`, if it accepts it. */
const accepted = (setting: (typeof SETTINGS)[number], text: string, currency = 'USD') => {
  const parsed = parseByRule(setting.rule, text, { currency, baseUrl: 'https://practice.example/page' });
  return parsed.ok ? { found: true as const, value: parsed.value } : { found: false as const };
};

describe('the settings schema', () => {
  it('has one schema for every declared setting, optional exactly where the setting is off until set', () => {
    expect(Object.keys(SETTING_SCHEMAS)).to.have.members(SETTINGS.map((s) => s.key));
    for (const setting of SETTINGS) {
      const schema = SETTING_SCHEMAS[setting.key];
      expect(schema.safeParse(undefined).success, setting.key).to.equal(setting.default === undefined);
    }
  });

  it('accepts the seed practice as it is', () => {
    expect(practiceSettingsSchema.parse(DEFAULT_PRACTICE)).to.deep.equal(DEFAULT_PRACTICE);
    expect(resolveSettings()).to.deep.equal(DEFAULT_PRACTICE);
  });

  it('accepts every value a setting rule accepts, for every setting', () => {
    for (const setting of SETTINGS) {
      const hits = ACCEPTED[setting.rule.kind].map((text) => accepted(setting, text)).filter((result) => result.found);
      // Each setting meets accepted values here, so the property below is never vacuous.
      expect(hits.length, setting.attribute).to.be.greaterThan(0);
    }
    const texts = fc.oneof(
      fc.constantFrom(...Object.values(ACCEPTED).flat()),
      fc.string(),
      fc.integer({ min: -5, max: 1_000_000 }).map(String),
      fc.double({ min: -1, max: 1e7, noNaN: true }).map((n) => n.toFixed(3)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SETTINGS), texts, fc.constantFrom('USD', 'JPY', 'KWD'), (setting, text, currency) => {
        const result = accepted(setting, text, currency);
        if (result.found) expect(SETTING_SCHEMAS[setting.key].safeParse(result.value).success, `${setting.attribute}=${text}`).to.equal(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts whatever the attributes of a page resolve to', () => {
    const attributes = Object.fromEntries(
      SETTINGS.map((setting) => [setting.attribute, ACCEPTED[setting.rule.kind].find((text) => accepted(setting, text).found)!]),
    );
    const { values, issues } = parseSettingAttributes(attributes);
    expect(issues).to.deep.equal([]);
    expect(practiceSettingsSchema.safeParse(resolveSettings(values)).success).to.equal(true);
  });
});
