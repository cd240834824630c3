/**
 * Crisis resources (DOMAIN.md section 3, US and Washington defaults) as data, each with the
 * tap-to-call and tap-to-text links a phone opens directly. Shown the moment a visitor's
 * answers call for them and in the footer of every result; never behind a setting.
 */
import type { ScreenText } from './screening/language.js';

export type CrisisAction = 'call' | 'text' | 'chat';

export interface CrisisContact {
  action: CrisisAction;
  /** The link's visible text, which also tells a visitor what to do without the link. */
  label: ScreenText<string>;
  href: string;
}

export interface CrisisResource {
  id: '988-lifeline' | 'crisis-text-line' | 'emergency' | 'native-and-strong' | 'wa-recovery-help-line';
  name: ScreenText<string>;
  /** Who it is for, or what to press once connected. */
  note?: ScreenText<string>;
  contacts: readonly CrisisContact[];
}

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    id: '988-lifeline',
    name: { en: '988 Suicide & Crisis Lifeline' },
    note: { en: 'Press 1 for veterans, 2 for Spanish.' },
    contacts: [
      { action: 'call', label: { en: 'Call 988' }, href: 'tel:988' },
      { action: 'text', label: { en: 'Text 988' }, href: 'sms:988' },
      { action: 'chat', label: { en: 'Chat at 988lifeline.org' }, href: 'https://988lifeline.org/chat/' },
    ],
  },
  {
    id: 'crisis-text-line',
    name: { en: 'Crisis Text Line' },
    contacts: [
      // "?&body=" prefills HOME on both Android ("?body") and iOS ("&body"); where a messaging
      // app ignores it, the label still says what to type.
      { action: 'text', label: { en: 'Text HOME to 741741' }, href: 'sms:741741?&body=HOME' },
    ],
  },
  {
    id: 'emergency',
    name: { en: 'Emergency' },
    note: { en: 'If you are in immediate danger.' },
    contacts: [{ action: 'call', label: { en: 'Call 911' }, href: 'tel:911' }],
  },
  {
    id: 'native-and-strong',
    name: { en: 'WA Native & Strong Lifeline' },
    note: { en: 'For American Indian and Alaska Native people.' },
    // A dial pause ("tel:988,4") can send the 4 before the menu plays, so the label says it.
    contacts: [{ action: 'call', label: { en: 'Call 988, then press 4' }, href: 'tel:988' }],
  },
  {
    id: 'wa-recovery-help-line',
    name: { en: 'Washington Recovery Help Line' },
    note: { en: 'Open 24/7.' },
    contacts: [{ action: 'call', label: { en: 'Call 1-866-789-1511' }, href: 'tel:+18667891511' }],
  },
];
