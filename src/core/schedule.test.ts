import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_PRACTICE, type PracticeSettings } from './practice.js';
import {
  addCalendarDays,
  calendarDaysBetween,
  DAYS_OF_WEEK,
  DEFAULT_WORKING_DAYS,
  groupByWeek,
  parseClosedDates,
  parseIsoDate,
  parsePhase,
  parseSessionDays,
  parseSessionTime,
  parseTimelineAttributes,
  planSchedule,
  wallClock,
  weekdayOf,
  zonedInstant,
  type DayOfWeek,
  type PlannedSession,
  type ScheduleOptions,
  type SchedulePlan,
} from './schedule.js';

const LA = 'America/Los_Angeles';
const practice = (overrides: Partial<PracticeSettings> = {}): PracticeSettings => ({ ...DEFAULT_PRACTICE, ...overrides });
const hoursBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;
const of = (plan: SchedulePlan, kind: PlannedSession['kind']) => plan.sessions.filter((s) => s.kind === kind);
/** "2027-03-11 10:00 medicine" lines: the plan as a person would read it off a calendar. */
const readable = (plan: SchedulePlan) => plan.sessions.map((s) => `${s.date} ${weekdayOf(s.date)} ${s.time} ${s.kind}`);

describe('planSchedule: the seed protocol', () => {
  // 2027-03-01 is a Monday; clocks in Los Angeles go forward on Sunday 2027-03-14.
  const plan = planSchedule(practice(), '2027-03-01');

  it('puts two weekly preparation sessions first, then medicine on Mon/Thu with integration the next day', () => {
    expect(readable(plan)).to.deep.equal([
      '2027-03-01 mon 10:00 preparation',
      '2027-03-08 mon 10:00 preparation',
      '2027-03-11 thu 10:00 medicine',
      '2027-03-12 fri 10:00 integration',
      '2027-03-15 mon 10:00 medicine',
      '2027-03-16 tue 10:00 integration',
      '2027-03-18 thu 10:00 medicine',
      '2027-03-19 fri 10:00 integration',
      '2027-03-22 mon 10:00 medicine',
      '2027-03-23 tue 10:00 integration',
      '2027-03-25 thu 10:00 medicine',
      '2027-03-26 fri 10:00 integration',
      '2027-03-29 mon 10:00 medicine',
      '2027-03-30 tue 10:00 integration',
    ]);
    expect(plan.warnings).to.deep.equal([]);
  });

  it('keeps 10:00 on the wall clock across the March change: 18:00 UTC before, 17:00 UTC after', () => {
    const medicine = of(plan, 'medicine');
    expect(medicine[0]!.start.toISOString()).to.equal('2027-03-11T18:00:00.000Z');
    expect(medicine[1]!.start.toISOString()).to.equal('2027-03-15T17:00:00.000Z');
  });

  it('numbers each kind, knows its count, and gives each session its length', () => {
    expect(of(plan, 'medicine').map((s) => [s.number, s.of, s.minutes])).to.deep.equal(
      [1, 2, 3, 4, 5, 6].map((n) => [n, 6, 180]),
    );
    expect(of(plan, 'integration').map((s) => s.afterMedicine)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    const first = of(plan, 'medicine')[0]!;
    expect(hoursBetween(first.start, first.end)).to.equal(3);
    expect(of(plan, 'preparation')[0]!.minutes).to.equal(50);
  });

  it('keeps 10:00 across the November change, and integration stays 24 hours after medicine', () => {
    // 2027-11-07 is the Sunday the clocks go back.
    const november = planSchedule(practice(), '2027-10-25');
    const medicine = of(november, 'medicine');
    expect(medicine.map((s) => `${s.date} ${s.time}`)).to.deep.equal([
      '2027-11-04 10:00', '2027-11-08 10:00', '2027-11-11 10:00', '2027-11-15 10:00', '2027-11-18 10:00', '2027-11-22 10:00',
    ]);
    expect(medicine[0]!.start.toISOString()).to.equal('2027-11-04T17:00:00.000Z');
    expect(medicine[1]!.start.toISOString()).to.equal('2027-11-08T18:00:00.000Z');
    for (const integration of of(november, 'integration')) {
      const medicineSession = medicine[integration.afterMedicine! - 1]!;
      expect(hoursBetween(medicineSession.start, integration.start)).to.equal(24);
    }
  });
});

describe('planSchedule: the rules', () => {
  it('spreads fewer sessions evenly: 3 over 3 weeks is one a week, 7 days apart', () => {
    const plan = planSchedule(practice({ medicineSessions: 3, preparationSessions: 0 }), '2027-03-01');
    expect(of(plan, 'medicine').map((s) => s.date)).to.deep.equal(['2027-03-01', '2027-03-08', '2027-03-15']);
  });

  it('spreads 4 sessions over 4 weeks of Mon/Thu one a week', () => {
    const plan = planSchedule(practice({ medicineSessions: 4, weeks: 4, preparationSessions: 0 }), '2027-03-01');
    const days = of(plan, 'medicine').map((s) => s.date);
    expect(days.map((d, i) => (i ? calendarDaysBetween(days[i - 1]!, d) : 0))).to.deep.equal([0, 7, 7, 7]);
  });

  it('uses the session days and time it is given', () => {
    const plan = planSchedule(practice({ preparationSessions: 1 }), '2027-03-02', {
      sessionDays: ['tue', 'fri'],
      sessionTime: '14:30',
    });
    expect(readable(plan).slice(0, 4)).to.deep.equal([
      '2027-03-02 tue 14:30 preparation',
      '2027-03-05 fri 14:30 medicine',
      '2027-03-08 mon 14:30 integration',
      '2027-03-09 tue 14:30 medicine',
    ]);
    // Friday 14:30 to Monday 14:30 is 72 hours: outside the window, so the plan says so.
    expect(plan.warnings).to.deep.include({ kind: 'integration-outside-window', medicine: 1, date: '2027-03-08', hours: 72 });
  });

  it('moves integration to the second day when the first is closed, and warns when both are', () => {
    const plan = planSchedule(practice(), '2027-03-01', { closedDates: ['2027-03-16', '2027-03-12'] });
    const integration = of(plan, 'integration');
    // Medicine Thu 03-11: Friday closed, Saturday not a working day, Monday has medicine: Tuesday 03-16 is closed too.
    expect(integration[0]).to.include({ afterMedicine: 1, date: '2027-03-17' });
    expect(plan.warnings).to.deep.include({ kind: 'integration-outside-window', medicine: 1, date: '2027-03-17', hours: 143 });
    // Medicine Mon 03-15: Tuesday closed, Wednesday is taken, so Thursday is a medicine day: Friday it is.
    expect(integration.find((s) => s.afterMedicine === 2)!.date).to.equal('2027-03-19');
    expect(plan.sessions.some((s) => s.date === '2027-03-12' || s.date === '2027-03-16')).to.equal(false);
  });

  it('takes the second day when only the first is closed, within 48 hours and without a warning', () => {
    const plan = planSchedule(practice({ preparationSessions: 0 }), '2027-03-01', { closedDates: ['2027-03-02'] });
    const first = of(plan, 'integration')[0]!;
    expect(first.date).to.equal('2027-03-03');
    expect(hoursBetween(of(plan, 'medicine')[0]!.start, first.start)).to.equal(48);
    expect(plan.warnings).to.deep.equal([]);
  });

  it('skips a closed medicine day and says the series runs a week longer', () => {
    const plan = planSchedule(practice(), '2027-03-01', { closedDates: ['2027-03-18'] });
    const medicine = of(plan, 'medicine').map((s) => s.date);
    expect(medicine).to.deep.equal(['2027-03-11', '2027-03-15', '2027-03-22', '2027-03-25', '2027-03-29', '2027-04-01']);
    expect(plan.warnings).to.deep.equal([{ kind: 'series-longer', weeks: 3, actualWeeks: 4, cause: 'closed-dates' }]);
  });

  it('says so when the session days cannot hold the series in its weeks', () => {
    const plan = planSchedule(practice({ medicineSessions: 9, preparationSessions: 0 }), '2027-03-01');
    expect(of(plan, 'medicine')).to.have.length(9);
    expect(plan.warnings).to.deep.equal([{ kind: 'series-longer', weeks: 3, actualWeeks: 5, cause: 'session-days' }]);
  });

  it('starts on the next working day when the start date is closed or a weekend', () => {
    const closed = planSchedule(practice(), '2027-03-01', { closedDates: ['2027-03-01'] });
    expect(closed.sessions[0]!.date).to.equal('2027-03-02');
    expect(closed.warnings[0]).to.deep.equal({ kind: 'start-moved', requested: '2027-03-01', actual: '2027-03-02' });
    const saturday = planSchedule(practice(), '2027-03-06');
    expect(saturday.sessions[0]!.date).to.equal('2027-03-08');
    expect(saturday.warnings[0]).to.deep.include({ kind: 'start-moved', actual: '2027-03-08' });
  });

  it('starts medicine on the next session day when there is no preparation and the date is not one', () => {
    const plan = planSchedule(practice({ preparationSessions: 0 }), '2027-03-02');
    expect(plan.sessions[0]).to.include({ kind: 'medicine', date: '2027-03-04' });
    expect(plan.warnings).to.deep.equal([{ kind: 'start-moved', requested: '2027-03-02', actual: '2027-03-04' }]);
  });

  it('plans several integration sessions after each medicine session on separate days', () => {
    const plan = planSchedule(practice({ integrationPerMedicine: 2, preparationSessions: 0 }), '2027-03-01');
    const afterFirst = of(plan, 'integration').filter((s) => s.afterMedicine === 1);
    expect(afterFirst.map((s) => s.date)).to.deep.equal(['2027-03-02', '2027-03-03']);
    expect(of(plan, 'integration')).to.have.length(12);
    // Thursday's second one has no room before Monday's medicine: named, not hidden.
    expect(plan.warnings.filter((w) => w.kind === 'integration-outside-window').map((w) => w.kind === 'integration-outside-window' && w.medicine)).to.include(2);
  });

  it('plans nothing but medicine and preparation when there is no integration', () => {
    const plan = planSchedule(practice({ integrationPerMedicine: 0 }), '2027-03-01');
    expect(of(plan, 'integration')).to.have.length(0);
    expect(plan.sessions).to.have.length(8);
  });
});

describe('planSchedule: daylight saving in America/Los_Angeles', () => {
  const weekendPractice: ScheduleOptions = { sessionDays: ['sat'], workingDays: [...DEFAULT_WORKING_DAYS, 'sun'] };

  it('keeps integration at least 24 hours after medicine when the clocks go forward overnight', () => {
    // Saturday 2027-03-13 10:00 PST; Sunday 10:00 PDT would be only 23 hours later.
    const plan = planSchedule(practice({ preparationSessions: 0, medicineSessions: 1 }), '2027-03-13', weekendPractice);
    const [medicine, integration] = plan.sessions;
    expect(integration).to.include({ date: '2027-03-14', time: '11:00' });
    expect(hoursBetween(medicine!.start, integration!.start)).to.equal(24);
    expect(plan.warnings).to.deep.equal([]);
  });

  it('keeps integration within 48 hours when the clocks go back in between', () => {
    // Saturday 2027-11-06 10:00 PDT to Monday 10:00 PST is 49 hours: 09:00 keeps the rule.
    const plan = planSchedule(practice({ preparationSessions: 0, medicineSessions: 1 }), '2027-11-06', { sessionDays: ['sat'] });
    const [medicine, integration] = plan.sessions;
    expect(integration).to.include({ date: '2027-11-08', time: '09:00' });
    expect(hoursBetween(medicine!.start, integration!.start)).to.equal(48);
  });

  it('keeps a Saturday series at 10:00 on both sides of each change', () => {
    for (const start of ['2027-03-06', '2027-10-30']) {
      const plan = planSchedule(practice({ preparationSessions: 0, medicineSessions: 3 }), start, { sessionDays: ['sat'] });
      const times = of(plan, 'medicine').map((s) => s.time);
      expect(times).to.deep.equal(['10:00', '10:00', '10:00']);
      const offsets = of(plan, 'medicine').map((s) => s.start.getUTCHours());
      expect(new Set(offsets).size, start).to.equal(2);
    }
  });

  it('warns when the session time does not exist on the day the clocks go forward', () => {
    const plan = planSchedule(practice({ preparationSessions: 0, medicineSessions: 1, integrationPerMedicine: 0 }), '2027-03-14', {
      sessionDays: ['sun'],
      sessionTime: '02:30',
    });
    expect(plan.sessions[0]).to.include({ date: '2027-03-14', time: '03:30' });
    expect(plan.warnings).to.deep.equal([{ kind: 'time-skipped', date: '2027-03-14', requested: '02:30', actual: '03:30' }]);
  });

  it('works in other zones too: Berlin keeps 10:00 across its own March change', () => {
    const plan = planSchedule(practice({ timezone: 'Europe/Berlin', preparationSessions: 0 }), '2027-03-22');
    const medicine = of(plan, 'medicine');
    expect(medicine.every((s) => s.time === '10:00')).to.equal(true);
    expect(medicine[0]!.start.toISOString()).to.equal('2027-03-22T09:00:00.000Z');
    expect(medicine[2]!.start.toISOString()).to.equal('2027-03-29T08:00:00.000Z');
  });
});

describe('calendar helpers', () => {
  it('adds days and names weekdays without the visitor\'s time zone', () => {
    expect(addCalendarDays('2027-02-28', 1)).to.equal('2027-03-01');
    expect(addCalendarDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addCalendarDays('2027-03-14', -14)).to.equal('2027-02-28');
    expect(weekdayOf('2027-03-01')).to.equal('mon');
    expect(calendarDaysBetween('2027-03-01', '2027-11-08')).to.equal(252);
  });

  it('turns wall-clock times into instants and back', () => {
    const instant = zonedInstant('2027-07-01', '10:00', LA);
    expect(instant.toISOString()).to.equal('2027-07-01T17:00:00.000Z');
    expect(wallClock(instant, LA)).to.deep.equal({ date: '2027-07-01', time: '10:00' });
  });

  it('groups sessions by calendar week, counting weeks from the first', () => {
    const weeks = groupByWeek(planSchedule(practice(), '2027-03-01').sessions, 1);
    expect(weeks.map((w) => [w.number, w.firstDay, w.lastDay, w.sessions.length])).to.deep.equal([
      [1, '2027-03-01', '2027-03-07', 1],
      [2, '2027-03-08', '2027-03-14', 3],
      [3, '2027-03-15', '2027-03-21', 4],
      [4, '2027-03-22', '2027-03-28', 4],
      [5, '2027-03-29', '2027-04-04', 2],
    ]);
    const sundayWeeks = groupByWeek(planSchedule(practice(), '2027-03-01').sessions, 0);
    expect(sundayWeeks[0]!.firstDay).to.equal('2027-02-28');
  });

  it('keeps counting across an empty week', () => {
    const plan = planSchedule(practice({ preparationSessions: 2 }), '2027-03-01', { closedDates: ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12'] });
    expect(groupByWeek(plan.sessions).map((w) => w.number)).to.deep.equal([1, 3, 4, 5, 6]);
  });
});

describe('timeline attributes', () => {
  it('reads session days in several spellings, in week order', () => {
    expect(parseSessionDays('mon thu')).to.deep.equal({ ok: true, value: ['mon', 'thu'] });
    expect(parseSessionDays('Thursday, Monday')).to.deep.equal({ ok: true, value: ['mon', 'thu'] });
    expect(parseSessionDays('mon funday').ok).to.equal(false);
    expect(parseSessionDays('  ').ok).to.equal(false);
  });

  it('reads a 24-hour session time', () => {
    expect(parseSessionTime('9:30')).to.deep.equal({ ok: true, value: '09:30' });
    expect(parseSessionTime('14:00')).to.deep.equal({ ok: true, value: '14:00' });
    for (const bad of ['10am', '24:00', '10:60', '10', '']) expect(parseSessionTime(bad).ok, bad).to.equal(false);
  });

  it('reads dates that exist, and names the closed date that does not', () => {
    expect(parseIsoDate('2028-02-29').ok).to.equal(true);
    expect(parseIsoDate('2027-02-29').ok).to.equal(false);
    expect(parseIsoDate('03/01/2027').ok).to.equal(false);
    expect(parseClosedDates('2027-12-25 2027-11-25,2027-12-25')).to.deep.equal({ ok: true, value: ['2027-11-25', '2027-12-25'] });
    const bad = parseClosedDates('2027-11-25 Dec-24');
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.message).to.contain('"Dec-24"');
  });

  it('reads the phase names of the contract', () => {
    expect(parsePhase('Medicine')).to.deep.equal({ ok: true, value: 'medicine' });
    expect(parsePhase('dosing').ok).to.equal(false);
  });

  it('reports each wrong attribute with its value and uses the default meanwhile', () => {
    const read = parseTimelineAttributes({ 'session-days': 'weekends', 'session-time': '10:00', 'current-phase': 'later' });
    expect(read.options.sessionDays).to.deep.equal(['mon', 'thu']);
    expect(read.currentPhase).to.equal(undefined);
    expect(read.issues.map((i) => [i.attribute, i.value])).to.deep.equal([['session-days', 'weekends'], ['current-phase', 'later']]);
    expect(read.issues[0]!.message).to.contain('like mon thu');
  });
});

describe('planSchedule: properties', () => {
  const zones = [LA, 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const isoDay = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addCalendarDays(from, n));
  const input = fc.record({
    settings: fc.record({
      preparationSessions: fc.integer({ min: 0, max: 4 }),
      medicineSessions: fc.integer({ min: 1, max: 12 }),
      weeks: fc.integer({ min: 1, max: 8 }),
      integrationPerMedicine: fc.integer({ min: 0, max: 3 }),
      timezone: fc.constantFrom(...zones),
    }),
    start: isoDay('2027-01-01', 364),
    sessionDays: fc.subarray([...DAYS_OF_WEEK], { minLength: 1 }),
    sessionTime: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(
      ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
    ),
    closedOffsets: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }),
  });

  it('always holds the rules, or says which one it could not', () => {
    fc.assert(
      fc.property(input, ({ settings, start, sessionDays, sessionTime, closedOffsets }) => {
        const closedDates = closedOffsets.map((n) => addCalendarDays(start, n));
        const plan = planSchedule(practice(settings), start, { sessionDays, sessionTime, closedDates });
        const working = new Set<DayOfWeek>([...DEFAULT_WORKING_DAYS, ...sessionDays]);
        const warned = (kind: string) => plan.warnings.filter((w) => w.kind === kind);
        const medicine = of(plan, 'medicine');
        const preparation = of(plan, 'preparation');
        const integration = of(plan, 'integration');

        // Counts match the settings.
        expect(preparation).to.have.length(settings.preparationSessions);
        expect(medicine).to.have.length(settings.medicineSessions);
        expect(integration).to.have.length(settings.medicineSessions * settings.integrationPerMedicine);

        // Never on a closed date, never on a day off, one session a day, in time order.
        for (const session of plan.sessions) {
          expect(closedDates, session.date).not.to.include(session.date);
          expect(working.has(weekdayOf(session.date)), session.date).to.equal(true);
          expect(wallClock(session.start, settings.timezone).date).to.equal(session.date);
        }
        expect(new Set(plan.sessions.map((s) => s.date)).size).to.equal(plan.sessions.length);
        plan.sessions.forEach((s, i) => i && expect(s.start >= plan.sessions[i - 1]!.start).to.equal(true));

        // Medicine on session days at the session time, unless a DST jump removed that time.
        for (const session of medicine) {
          expect(sessionDays).to.include(weekdayOf(session.date));
          if (session.time !== sessionTime) expect(warned('time-skipped').map((w) => 'date' in w && w.date)).to.include(session.date);
        }

        // Preparation before the first medicine session; the plan begins on the start date or says why not.
        for (const session of preparation) expect(session.start < medicine[0]!.start).to.equal(true);
        if (plan.sessions[0]!.date !== start) expect(warned('start-moved')).to.have.length(1);
        expect(plan.sessions[0]!.date >= start).to.equal(true);

        // The series fits its weeks, or the plan says it runs longer.
        const span = calendarDaysBetween(medicine[0]!.date, medicine[medicine.length - 1]!.date);
        if (span >= 7 * settings.weeks) expect(warned('series-longer')).to.have.length(1);

        // Each integration 24 to 48 hours after its medicine session, or a warning naming it.
        for (const session of integration) {
          const after = medicine[session.afterMedicine! - 1]!;
          const hours = hoursBetween(after.start, session.start);
          if (hours < 24 || hours > 48) {
            expect(plan.warnings).to.deep.include({
              kind: 'integration-outside-window',
              medicine: after.number,
              date: session.date,
              hours: Math.round(hours),
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
