/**
 * The practice settings as one zod/mini schema, for code that holds settings from elsewhere (a
 * stored copy, a CMS field) and for the tests, which hold every value a setting's rule accepts
 * to its schema here. The widgets need no copy of it: their settings come from the rules of
 * settings.ts, which give each value its type, and from the seed practice. So no widget
 * imports this file, and the schemas cost a visitor's page neither bytes nor start-up time.
 * No Lit, no DOM.
 */
import * as z from 'zod/mini';
import { MAX_CENTS } from './money.js';
import { EMAIL_PATTERN, US_STATES } from './setting-parsers.js';
import { countLimits, ruleOf, type Setting, type SettingKey } from './settings.js';

type TextSetting = Extract<Setting, { rule: { kind: 'text' } }>;

const text = (key: TextSetting['key']) => z.string().check(z.minLength(1), z.maxLength(ruleOf(key).max));
const count = (key: Parameters<typeof countLimits>[0]) => {
  const { min, max } = countLimits(key);
  return z.int().check(z.minimum(min), z.maximum(max));
};
const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));

/** Each setting's value; optional where the setting is off until set. */
export const SETTING_SCHEMAS = {
  practiceName: text('practiceName'),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  locale: z.optional(z.string().check(z.minLength(2))),
  medicineFeeCents: cents,
  medicineMinutes: count('medicineMinutes'),
  sessionFeeCents: cents,
  sessionMinutes: count('sessionMinutes'),
  preparationSessions: count('preparationSessions'),
  medicineSessions: count('medicineSessions'),
  weeks: count('weeks'),
  integrationPerMedicine: count('integrationPerMedicine'),
  serviceArea: z.array(z.enum(US_STATES)).check(z.minLength(1)),
  contactEmail: z.optional(z.email({ pattern: EMAIL_PATTERN })),
  contactPhone: z.optional(z.string()),
  privacyPolicyUrl: z.optional(z.string()),
  bookingEndpoint: z.optional(z.string()),
  timezone: z.string().check(z.minLength(1)),
  providerName: z.optional(text('providerName')),
  providerNpi: z.optional(z.string().check(z.regex(/^\d{10}$/))),
  providerTin: z.optional(z.string().check(z.regex(/^\d{2}-\d{7}$/))),
  practiceAddress: z.optional(text('practiceAddress')),
  medicineCode: z.optional(z.string()),
  sessionCode: z.optional(z.string()),
  gfeMonths: count('gfeMonths'),
} satisfies { [K in SettingKey]: z.ZodMiniType };

/** Whole practice settings, with money in minor units: what every widget resolves. */
export const practiceSettingsSchema = z.object(SETTING_SCHEMAS);

export type PracticeSettings = z.output<typeof practiceSettingsSchema>;
