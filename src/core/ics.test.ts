import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsDateTime, toICS, type CalendarTexts } from './ics.js';
import { DEFAULT_PRACTICE, type PracticeSettings } from './practice.js';
import { planSchedule } from './schedule.js';

const texts: CalendarTexts = {
  summary: (session, practiceName) => `${session.kind} ${session.number} of ${session.of} · ${practiceName}`,
  description: (session) => `Proposed time; the practice confirms it.\nLength: ${session.minutes} minutes; bring water, a blanket.`,
};
const now = new Date('2027-02-01T12:34:56.789Z');
const octets = (line: string) => new TextEncoder().encode(line).length;
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('toICS', () => {
  // Crosses the March change in Los Angeles (2027-03-14).
  const settings: PracticeSettings = { ...DEFAULT_PRACTICE };
  const plan = planSchedule(settings, '2027-03-01');
  const ics = toICS(plan.sessions, settings, texts, { now });

  it('parses back, with a real iCalendar parser, into exactly the planned sessions', () => {
    const parsed = events(ics);
    expect(parsed).to.have.length(plan.sessions.length);
    parsed.forEach((event, i) => {
      const session = plan.sessions[i]!;
      expect(event.startDate.toJSDate().getTime(), `start ${i}`).to.equal(session.start.getTime());
      expect(event.endDate.toJSDate().getTime(), `end ${i}`).to.equal(session.end.getTime());
      expect(event.summary).to.equal(texts.summary(session, settings.practiceName));
      expect(event.description).to.equal(texts.description(session));
      expect(event.location).to.equal(settings.practiceName);
      expect(event.startDate.zone.tzid).to.equal('UTC');
    });
  });

  it('gives every event a distinct UID and the same DTSTAMP, in UTC', () => {
    const parsed = events(ics);
    const uids = parsed.map((event) => event.uid);
    expect(new Set(uids).size).to.equal(uids.length);
    const vevent = parsed[0]!.component;
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).to.equal('2027-02-01T12:34:56Z');
    expect(ics).to.contain('\r\nDTSTAMP:20270201T123456Z\r\n');
    expect(ics).to.contain('\r\nDTSTART:20270311T180000Z\r\n');
    expect(ics).to.contain('\r\nDTSTART:20270315T170000Z\r\n');
  });

  it('keeps UIDs stable, so importing the same plan twice updates rather than doubles', () => {
    const again = toICS(plan.sessions, settings, texts, { now: new Date('2027-02-02T00:00:00Z') });
    expect(events(again).map((e) => e.uid)).to.deep.equal(events(ics).map((e) => e.uid));
    const otherPractice = toICS(plan.sessions, { practiceName: 'Cedar Therapy' }, texts, { now });
    expect(events(otherPractice)[0]!.uid).not.to.equal(events(ics)[0]!.uid);
  });

  it('ends every line with CRLF and has no bare line feed', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
  });

  it('folds long non-ASCII lines at 75 octets without splitting a character, and they read back whole', () => {
    const name = 'Clínica de Psicoterapia Asistida con Ketamina «Río Tranquilo»; Sanación, Integración 🌿 y Más';
    const long = toICS(plan.sessions.slice(0, 1), { practiceName: name }, texts, { now });
    const lines = physicalLines(long);
    expect(lines.some((line) => line.startsWith(' ')), 'something was folded').to.equal(true);
    for (const line of lines) {
      expect(octets(line), line).to.be.at.most(75);
      expect(line, 'no half of a surrogate pair').not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    const [event] = events(long);
    expect(event!.location).to.equal(name);
    expect(event!.summary).to.equal(texts.summary(plan.sessions[0]!, name));
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain('DESCRIPTION:Proposed time\\; the practice confirms it.\\nLength: 50 minutes\\; bring water\\, a');
    expect(ics, 'an escape is never split by folding').not.to.match(/\\\r\n /);
  });

  it('writes UTC date-times in the basic form', () => {
    expect(icsDateTime(new Date('2027-11-07T09:05:03.250Z'))).to.equal('20271107T090503Z');
  });

  it('folds and unfolds any text losslessly (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) expect(octets(line)).to.be.at.most(75);
        expect(folded).not.to.match(/[\uD800-\uDBFF]\r\n/);
        expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${text}`);
      }),
    );
  });

  it('reads any summary back exactly through escaping and folding (property)', () => {
    const session = plan.sessions[0]!;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('\r')), (summary) => {
        const [event] = events(toICS([session], settings, { ...texts, summary: () => summary }, { now }));
        expect(event!.summary ?? '').to.equal(summary);
      }),
      { numRuns: 150 },
    );
  });
});
