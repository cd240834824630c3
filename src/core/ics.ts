/**
 * A planned course of sessions as an iCalendar file (RFC 5545) that calendar apps import:
 * CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, a stable UID and a DTSTAMP per event. Times are written in UTC (`Z`), which every
 * calendar converts to the reader's zone exactly, so no VTIMEZONE is needed. The words
 * (summary, description) come from the caller's catalogue so the file can be translated.
 * No Lit, no DOM.
 */
import type { PracticeSettings } from './practice.js';
import type { PlannedSession } from './schedule.js';

/** The words of each event, in the visitor's language. */
export interface CalendarTexts {
  /** SUMMARY, e.g. "Medicine session 2 of 6 · Cedar Therapy". */
  summary: (session: PlannedSession, practiceName: string) => string;
  /** DESCRIPTION: what to expect and that the time is a proposal. */
  description: (session: PlannedSession) => string;
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP); now by default. */
  now?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A UTC date-time in the basic form iCalendar uses: 20270301T180000Z. */
export function icsDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 3.1): no physical line longer than 75 octets, each
 * continuation starting with a space. Counts UTF-8 octets and breaks only between code
 * points, so an accented letter or an emoji is never cut in half; an escape such as `\;`
 * stays whole too, which the RFC allows splitting but some importers mishandle.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const [char] of line.matchAll(/\\[\s\S]|[\s\S]/gu)) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A short, stable fingerprint of a text (FNV-1a), so UIDs of two practices never collide. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The sessions as a VCALENDAR with one VEVENT each. A UID depends only on the practice, the
 * session and its time, so importing the same plan twice updates events instead of doubling
 * them. STATUS is TENTATIVE: the practice has not booked these times yet.
 */
export function toICS(
  sessions: readonly PlannedSession[],
  settings: Pick<PracticeSettings, 'practiceName'>,
  texts: CalendarTexts,
  options: CalendarOptions = {},
): string {
  const stamp = icsDateTime(options.now ?? new Date());
  const practice = fingerprint(settings.practiceName);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kap-widgets//Treatment plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const session of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsDateTime(session.start)}-${session.kind}-${session.number}-${practice}@kap-widgets`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsDateTime(session.start)}`,
      `DTEND:${icsDateTime(session.end)}`,
      `SUMMARY:${escapeText(texts.summary(session, settings.practiceName))}`,
      `DESCRIPTION:${escapeText(texts.description(session))}`,
      `LOCATION:${escapeText(settings.practiceName)}`,
      'STATUS:TENTATIVE',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
