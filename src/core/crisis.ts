/**
 * Crisis resources (DOMAIN.md section 3, US and Washington defaults) as data, each with the
 * tap-to-call and tap-to-text links a phone opens directly. Shown the moment a visitor's
 * answers call for them and in the footer of every result; never behind a setting.
 *
 * In Spanish (DOMAIN.md section 6) the same lines are reached in Spanish: a call to 988 takes
 * option 2, and both text lines take the word AYUDA, which routes the conversation to a
 * Spanish-speaking counselor (988lifeline.org; Crisis Text Line's own announcement, 2021 and 2023).
 * The names of the Washington lines and of the Crisis Text Line are their own names: a visitor
 * who searches for them finds them by those words. The Spanish words are in ./crisis.es.ts,
 * fetched through the loader only where a widget speaks Spanish; the Spanish links are here.
 */
import { screenText, translatable, type ScreenText, type Translation } from './localize.js';

export type CrisisAction = 'call' | 'text' | 'chat';

export interface CrisisContact {
  action: CrisisAction;
  /** The link's visible text, which also tells a visitor what to do without the link. */
  label: ScreenText<string>;
  /** The link, in every language that has no link of its own below. */
  href: string;
  /** A language's own link, where its line asks for other words (AYUDA rather than HOME). */
  localHref?: Readonly<Partial<Record<Translation, string>>>;
}

export interface CrisisResource {
  id: '988-lifeline' | 'crisis-text-line' | 'emergency' | 'native-and-strong' | 'wa-recovery-help-line';
  name: ScreenText<string>;
  /** Who it is for, or what to press once connected. */
  note?: ScreenText<string>;
  contacts: readonly CrisisContact[];
}

/** A contact as a visitor reading `language` sees it: its words and where it leads. */
export interface CrisisLink {
  action: CrisisAction;
  label: string;
  href: string;
}

export function crisisLink(contact: CrisisContact, language: string): CrisisLink {
  const local = (contact.localHref as Readonly<Partial<Record<string, string>>> | undefined)?.[language];
  return { action: contact.action, label: screenText(contact.label, language), href: local ?? contact.href };
}

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    id: '988-lifeline',
    name: translatable('crisis.988-lifeline.name', '988 Suicide & Crisis Lifeline'),
    note: translatable('crisis.988-lifeline.note', 'Press 1 for veterans, 2 for Spanish.'),
    contacts: [
      { action: 'call', label: translatable('crisis.988-lifeline.0', 'Call 988'), href: 'tel:988' },
      {
        action: 'text',
        label: translatable('crisis.988-lifeline.1', 'Text 988'),
        href: 'sms:988',
        localHref: { es: 'sms:988?&body=AYUDA' },
      },
      // The chat page is the Lifeline's own; it takes Spanish chats too (since July 2023).
      {
        action: 'chat',
        label: translatable('crisis.988-lifeline.2', 'Chat at 988lifeline.org'),
        href: 'https://988lifeline.org/chat/',
      },
    ],
  },
  {
    id: 'crisis-text-line',
    name: { en: 'Crisis Text Line' },
    contacts: [
      // "?&body=" prefills the word on both Android ("?body") and iOS ("&body"); where a
      // messaging app ignores it, the label still says what to type.
      {
        action: 'text',
        label: translatable('crisis.crisis-text-line.0', 'Text HOME to 741741'),
        href: 'sms:741741?&body=HOME',
        localHref: { es: 'sms:741741?&body=AYUDA' },
      },
    ],
  },
  {
    id: 'emergency',
    name: translatable('crisis.emergency.name', 'Emergency'),
    note: translatable('crisis.emergency.note', 'If you are in immediate danger.'),
    contacts: [{ action: 'call', label: translatable('crisis.emergency.0', 'Call 911'), href: 'tel:911' }],
  },
  {
    id: 'native-and-strong',
    name: { en: 'WA Native & Strong Lifeline' },
    note: translatable('crisis.native-and-strong.note', 'For American Indian and Alaska Native people.'),
    // A dial pause ("tel:988,4") can send the 4 before the menu plays, so the label says it.
    contacts: [
      { action: 'call', label: translatable('crisis.native-and-strong.0', 'Call 988, then press 4'), href: 'tel:988' },
    ],
  },
  {
    id: 'wa-recovery-help-line',
    name: { en: 'Washington Recovery Help Line' },
    // The English name does not say what the line is for; a Spanish reader gets it in the note.
    note: translatable('crisis.wa-recovery-help-line.note', 'Open 24/7.'),
    contacts: [
      { action: 'call', label: translatable('crisis.wa-recovery-help-line.0', 'Call 1-866-789-1511'), href: 'tel:+18667891511' },
    ],
  },
];
