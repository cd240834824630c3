/**
 * The words that explain each practice setting (settings.ts): its field label and help line,
 * what it does and its default as the README's table and custom-elements.json say them. They
 * serve the configurator, the WordPress plugin's build, the manifest and the README, never a
 * visitor, so they sit apart from the declaration every widget loads. The type below makes a
 * setting declared without its words fail to compile. No Lit, no DOM.
 */
import { PRACTICE_NAME, SETTINGS, type Setting, type SettingKey } from './settings.js';

export interface SettingDocs {
  /** A field's label, for the configurator and the WordPress settings page. */
  label: string;
  /** What the setting does, in the README's and the manifest's words. */
  meaning: string;
  /** The default as the README's table shows it. */
  defaultText: string;
  /** A short help line under a form field. */
  hint: string;
  /** What a browser may fill a form field with (the HTML `autocomplete` token). */
  autocomplete?: string;
}

export const SETTING_DOCS: { readonly [K in SettingKey]: SettingDocs } = {
  practiceName: {
    label: 'Practice name',
    meaning: 'shown in copy and on the printed estimate',
    defaultText: `\`${PRACTICE_NAME}\``,
    hint: 'Shown in the widgets and on the printed estimate.',
    autocomplete: 'organization',
  },
  currency: {
    label: 'Currency',
    meaning: 'ISO 4217 code',
    defaultText: '`USD`',
    hint: 'Three-letter code, like USD or CAD.',
  },
  locale: {
    label: 'Language of the widgets',
    meaning: 'BCP 47 tag; else the nearest `lang`',
    defaultText: '`en-US`',
    hint: "Leave empty to follow your page's language, or write a tag like en-US or es-US.",
  },
  medicineFeeCents: {
    label: 'Fee per medicine session',
    meaning: 'fee per medicine session, in major units (`555`, `555.00`)',
    defaultText: '`555`',
    hint: 'Digits only, like 555 or 555.50.',
  },
  medicineMinutes: {
    label: 'Minutes per medicine session',
    meaning: 'length of a medicine session',
    defaultText: '`180`',
    hint: '15 to 600.',
  },
  sessionFeeCents: {
    label: 'Fee per preparation or integration session',
    meaning: 'fee per preparation or integration session',
    defaultText: '`185`',
    hint: 'Digits only, like 185.',
  },
  sessionMinutes: {
    label: 'Minutes per preparation or integration session',
    meaning: 'length of those sessions',
    defaultText: '`50`',
    hint: '15 to 240.',
  },
  preparationSessions: {
    label: 'Preparation sessions',
    meaning: 'before the first medicine session (0-10)',
    defaultText: '`2`',
    hint: 'Before the first medicine session, 0 to 10.',
  },
  medicineSessions: {
    label: 'Medicine sessions',
    meaning: 'in the series (1-12)',
    defaultText: '`6`',
    hint: 'In the series, 1 to 12.',
  },
  weeks: {
    label: 'Weeks the series spans',
    meaning: 'the series spans this many weeks (1-52)',
    defaultText: '`3`',
    hint: '1 to 52.',
  },
  integrationPerMedicine: {
    label: 'Integration sessions after each medicine session',
    meaning: 'integration sessions after each medicine session (0-4)',
    defaultText: '`1`',
    hint: '0 to 4.',
  },
  serviceArea: {
    label: 'States you serve',
    meaning: 'US state code(s) the practice serves, space-separated',
    defaultText: '`WA`',
    hint: 'Two-letter US state codes separated by spaces, like WA or WA OR.',
  },
  contactEmail: {
    label: 'Contact email',
    meaning: 'for the `mailto:` fallback and copy',
    defaultText: 'none',
    hint: "Shown to visitors, and used if a booking request can't be sent.",
    autocomplete: 'email',
  },
  contactPhone: {
    label: 'Phone',
    meaning: 'shown in copy',
    defaultText: 'none',
    hint: 'Optional. Shown to visitors.',
    autocomplete: 'tel',
  },
  privacyPolicyUrl: {
    label: 'Privacy policy address',
    meaning: 'your consumer health data privacy policy',
    defaultText: 'none',
    hint: 'Your consumer health data privacy policy, starting with https://. The booking form links to it.',
  },
  bookingEndpoint: {
    label: 'Where booking requests go',
    meaning: 'URL that receives booking requests (Formspree-compatible)',
    defaultText: 'none',
    hint: "A form service address, like your Formspree form's https://formspree.io/f/… Leave empty and the form offers to email you instead.",
  },
  timezone: {
    label: 'Your time zone',
    meaning: 'IANA time zone of the practice',
    defaultText: '`America/Los_Angeles`',
    hint: 'Where your sessions take place, like America/Los_Angeles.',
  },
  providerName: {
    label: 'Treating provider',
    meaning: 'legal name and credentials of the treating provider, e.g. `Jane Rivera, LMHC`',
    defaultText: '`practice-name`',
    hint: 'Legal name and credentials, like Jane Rivera, LMHC. Empty: the practice name.',
  },
  providerNpi: {
    label: 'NPI',
    meaning: '10-digit National Provider Identifier (check digit verified)',
    defaultText: 'none',
    hint: 'The 10 digits of your NPI.',
  },
  providerTin: {
    label: 'EIN',
    meaning: "the practice's EIN, `NN-NNNNNNN`",
    defaultText: 'none',
    hint: "The practice's Employer Identification Number, like 12-3456789. Never a Social Security number.",
  },
  practiceAddress: {
    label: 'Office address',
    meaning: 'the office where sessions take place, one line',
    defaultText: 'none',
    hint: 'Where sessions take place, on one line.',
    autocomplete: 'street-address',
  },
  medicineCode: {
    label: 'Service code for medicine sessions',
    meaning: 'service code on medicine-session lines',
    defaultText: 'none (blank on the GFE)',
    hint: 'The CPT code you bill for a medicine session, if any.',
  },
  sessionCode: {
    label: 'Service code for preparation and integration',
    meaning: 'service code on preparation and integration lines',
    defaultText: 'by length: 90834 (38-52 min), 90837 (53+)',
    hint: 'Empty: 90834 for 38 to 52 minutes, 90837 for 53 or more.',
  },
  gfeMonths: {
    label: 'Months one estimate covers',
    meaning: 'the period of care one Good Faith Estimate covers (1-12)',
    defaultText: '`12`',
    hint: '1 to 12.',
  },
};

/** A declared setting with its words. */
export type DocumentedSetting = Setting & SettingDocs;

/** Every declared setting with its words, in declaration order. */
export const DOCUMENTED_SETTINGS: readonly DocumentedSetting[] = /* @__PURE__ */ SETTINGS.map((setting) => ({
  ...setting,
  ...SETTING_DOCS[setting.key],
}));
