/**
 * Crisis resources (DOMAIN.md section 3, US and Washington defaults) as data, each with the
 * tap-to-call and tap-to-text links a phone opens directly. Shown the moment a visitor's
 * answers call for them and in the footer of every result; never behind a setting.
 *
 * In Spanish (DOMAIN.md section 6) the same lines are reached in Spanish: a call to 988 takes
 * option 2, and both text lines take the word AYUDA, which routes the conversation to a
 * Spanish-speaking counselor (988lifeline.org; Crisis Text Line's own announcement, 2021 and 2023).
 * The names of the Washington lines and of the Crisis Text Line are their own names: a visitor
 * who searches for them finds them by those words.
 */
import { screenText, type ScreenLanguage, type ScreenText } from './screening/language.js';

export type CrisisAction = 'call' | 'text' | 'chat';

export interface CrisisContact {
  action: CrisisAction;
  /** The link's visible text, which also tells a visitor what to do without the link. */
  label: ScreenText<string>;
  /** The link, in every language that has no link of its own below. */
  href: string;
  /** A language's own link, where its line asks for other words (AYUDA rather than HOME). */
  localHref?: Readonly<Partial<Record<Exclude<ScreenLanguage, 'en'>, string>>>;
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
    name: { en: '988 Suicide & Crisis Lifeline', es: 'Línea 988 de Prevención del Suicidio y Crisis' },
    note: {
      en: 'Press 1 for veterans, 2 for Spanish.',
      es: 'Al llamar, marque 2 para hablar en español, o 1 si es veterano(a).',
    },
    contacts: [
      { action: 'call', label: { en: 'Call 988', es: 'Llame al 988 y marque 2' }, href: 'tel:988' },
      {
        action: 'text',
        label: { en: 'Text 988', es: 'Envíe AYUDA al 988' },
        href: 'sms:988',
        localHref: { es: 'sms:988?&body=AYUDA' },
      },
      // The chat page is the Lifeline's own; it takes Spanish chats too (since July 2023).
      {
        action: 'chat',
        label: { en: 'Chat at 988lifeline.org', es: 'Chat en 988lifeline.org' },
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
        label: { en: 'Text HOME to 741741', es: 'Envíe AYUDA al 741741' },
        href: 'sms:741741?&body=HOME',
        localHref: { es: 'sms:741741?&body=AYUDA' },
      },
    ],
  },
  {
    id: 'emergency',
    name: { en: 'Emergency', es: 'Emergencias' },
    note: { en: 'If you are in immediate danger.', es: 'Si está en peligro inmediato.' },
    contacts: [{ action: 'call', label: { en: 'Call 911', es: 'Llame al 911' }, href: 'tel:911' }],
  },
  {
    id: 'native-and-strong',
    name: { en: 'WA Native & Strong Lifeline' },
    note: {
      en: 'For American Indian and Alaska Native people.',
      es: 'Para personas indígenas americanas y nativas de Alaska.',
    },
    // A dial pause ("tel:988,4") can send the 4 before the menu plays, so the label says it.
    contacts: [
      { action: 'call', label: { en: 'Call 988, then press 4', es: 'Llame al 988 y luego marque 4' }, href: 'tel:988' },
    ],
  },
  {
    id: 'wa-recovery-help-line',
    name: { en: 'Washington Recovery Help Line' },
    // The English name does not say what the line is for; a Spanish reader gets it in the note.
    note: {
      en: 'Open 24/7.',
      es: 'Para la salud mental y el consumo de alcohol o drogas. Abierta las 24 horas, todos los días.',
    },
    contacts: [
      { action: 'call', label: { en: 'Call 1-866-789-1511', es: 'Llame al 1-866-789-1511' }, href: 'tel:+18667891511' },
    ],
  },
];
