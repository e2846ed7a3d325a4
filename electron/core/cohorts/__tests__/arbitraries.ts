// Test helper (fast-check arbitraries, not app code): VALID requests for the cohort channels, as the
// global dispatch property test needs them. Dates are coherent (intro inside the programme, within a
// fiscal year of the cohort's) and plausible (1900 … today + 20 years), so only the data (missing
// cohort, stale version, a mark on a session not held yet, …) can refuse them.
import fc from 'fast-check';
import { addDays, resolveCohortDates } from '../../../../shared/cohorts/dates';
import { ATTENDANCE_MARKS } from '../../../../shared/cohorts/schema';
import { TRAINEE_STATUSES } from '../../../../shared/trainees/schema';
import { text, traineeSelection } from '../../trainees/__tests__/arbitraries';

// Mostly the ids, versions and year of the test's own small database (three trainees of FY2026, its
// cohort, one session), so that many valid requests succeed; now and then anything else.
const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 },
);
const version = fc.integer({ min: 1, max: 3 });
// Up to FY2042: its latest dates (an intro starting up to 700 days in, a programme up to 460 days after
// it) stay within today + 20 years, past which a date is implausible and refused as input.
export const fiscalYear = fc.oneof(
  { arbitrary: fc.constant(2026), weight: 3 },
  { arbitrary: fc.integer({ min: 2025, max: 2027 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1990, max: 2042 }), weight: 1 },
);
export const isoDay = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-01-01', n));
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Cohort dates for `fy`, some left to their defaults. */
export function cohortData(fy: number) {
  return fc
    .record({
      startOffset: fc.integer({ min: -300, max: 700 }),
      introDays: optional(fc.integer({ min: 0, max: 60 })),
      backDays: optional(fc.integer({ min: 0, max: 60 })),
      extraDays: optional(fc.integer({ min: 0, max: 400 })),
      notes: fc.option(text(10_000), { nil: null }),
    })
    .map(({ startOffset, introDays, backDays, extraDays, notes }) => {
      const introStart = addDays(`${fy}-04-01`, startOffset);
      const introEnd = introDays === undefined ? undefined : addDays(introStart, introDays);
      const programmeStart = backDays === undefined ? undefined : addDays(introStart, -backDays);
      const resolved = resolveCohortDates({ introStart, introEnd, programmeStart });
      const programmeEnd = extraDays === undefined ? undefined : addDays(resolved.introEnd, extraDays);
      return Object.fromEntries(
        Object.entries({ introStart, introEnd, programmeStart, programmeEnd, notes }).filter(
          ([, v]) => v !== undefined,
        ),
      );
    });
}

const sessionData = fc.record(
  {
    date: isoDay,
    title: text(200),
    topic: fc.option(text(1000), { nil: null }),
    venue: fc.option(text(200), { nil: null }),
  },
  { requiredKeys: ['date', 'title'] },
);

const mark = fc.option(fc.constantFrom(...ATTENDANCE_MARKS), { nil: null });

export const cohortsValid = {
  'cohorts.list': fc.constant({}),
  'cohorts.get': fc.record({ fiscalYear }),
  'cohorts.create': fc
    .tuple(fiscalYear, fc.boolean())
    .chain(([fy, confirm]) => cohortData(fy).map((d) => ({ fiscalYear: fy, ...d, confirm }))),
  'cohorts.update': fc
    .tuple(fiscalYear, version, fc.boolean())
    .chain(([fy, v, confirm]) => cohortData(fy).map((data) => ({ fiscalYear: fy, version: v, data, confirm }))),
  'cohorts.sessions.create': fc
    .tuple(fiscalYear, sessionData, fc.boolean())
    .map(([fy, data, confirm]) => ({ fiscalYear: fy, ...data, confirm })),
  'cohorts.sessions.createMany': fc.record(
    { fiscalYear, sessions: fc.array(sessionData, { minLength: 1, maxLength: 3 }), confirm: fc.boolean() },
    { requiredKeys: ['fiscalYear', 'sessions'] },
  ),
  'cohorts.sessions.update': fc.record({ id, version, data: sessionData, confirm: fc.boolean() }),
  'cohorts.sessions.delete': fc.record({ id, confirm: fc.boolean() }, { requiredKeys: ['id'] }),
  'cohorts.attendance.get': fc.record({ fiscalYear }),
  'cohorts.attendance.set': fc.record(
    { sessionId: id, traineeId: id, mark, note: fc.option(text(1000), { nil: null }) },
    { requiredKeys: ['sessionId', 'traineeId', 'mark'] },
  ),
  'cohorts.attendance.setMany': fc.record({
    sessionId: id,
    marks: fc.uniqueArray(fc.record({ traineeId: id, mark }), {
      minLength: 1,
      maxLength: 3,
      selector: (m) => m.traineeId,
    }),
  }),
  'cohorts.trainees.transition': fc
    .record({ id, version, to: fc.constantFrom(...TRAINEE_STATUSES), date: isoDay, reason: text(1000) })
    .chain((t) =>
      t.to === 'withdrawn'
        ? fc.constant(t)
        : fc.option(fc.constant(t.reason), { nil: null }).map((reason) => ({ ...t, reason })),
    ),
  'cohorts.trainees.bulkTransition': fc
    .record({
      selection: traineeSelection,
      to: fc.constantFrom(...TRAINEE_STATUSES),
      date: isoDay,
      reason: fc.option(text(1000), { nil: null }),
    })
    .map((t) => (t.to === 'withdrawn' && t.reason === null ? { ...t, reason: 'Went home' } : t)),
  'cohorts.trainees.bulkAssign': fc.record({ selection: traineeSelection, fiscalYear }),
  'cohorts.trainees.history': fc.record({ id }),
} as const;
