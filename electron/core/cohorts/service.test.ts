// Cohorts through the real boundary (dispatch) on a real database file: defaults, dates, fiscal years.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { traineeInput } from '../../../tests/support/test-core';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';
import { cohortOf, introEndFor } from './service';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const create = (fiscalYear: number, introStart: string, more: Record<string, unknown> = {}) =>
  t.ok('cohorts.create', { fiscalYear, introStart, ...more });

describe('cohorts.create', () => {
  test('fills the defaults: intro one month, programme ten months from the intro start', () => {
    const audits = t.auditCount();
    const { cohort, warnings } = create(2026, '2026-04-01', { notes: '  First intake  ' });
    expect(warnings).toEqual([]);
    expect(cohort).toMatchObject({
      fiscalYear: 2026,
      introStart: '2026-04-01',
      introEnd: '2026-04-30',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-01-31',
      notes: 'First intake',
      version: 1,
    });
    expect(t.auditCount()).toBe(audits + 1);
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({
      entity: 'cohort',
      entityId: '2026',
      action: 'create',
      after: cohort,
    });
  });

  test('month-end defaults: 31 Jan → 28 Feb, or 29 Feb in a leap year', () => {
    expect(create(2026, '2027-01-31').cohort).toMatchObject({ introEnd: '2027-02-28', programmeEnd: '2027-11-30' });
    expect(create(2027, '2028-01-31').cohort).toMatchObject({ introEnd: '2028-02-29', programmeEnd: '2028-11-30' });
    expect(create(2028, '2028-05-31').cohort).toMatchObject({ introEnd: '2028-06-30', programmeEnd: '2029-03-30' });
  });

  test('a leap day is a valid date in a leap year only', () => {
    expect(create(2027, '2028-02-29').cohort).toMatchObject({ introEnd: '2028-03-28' });
    const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart: '2027-02-29' });
    expect(error.issues).toEqual([{ path: 'introStart', code: 'invalid_date' }]);
  });

  test('given dates are kept as given', () => {
    const { cohort } = create(2026, '2026-04-06', {
      introEnd: '2026-05-08',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-02-26',
    });
    expect(cohort).toMatchObject({
      introStart: '2026-04-06',
      introEnd: '2026-05-08',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-02-26',
    });
  });

  test('the intro may be a single day, and may end on the programme’s last day (unusual: confirmed)', () => {
    const dates = { introEnd: '2026-04-01', programmeEnd: '2026-04-01' };
    const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01', ...dates });
    expect(error.code).toBe('needs_confirmation');
    expect(error.warnings?.map((w) => w.code)).toEqual(['intro_length_unusual', 'programme_window_too_short']);
    const { cohort } = create(2026, '2026-04-01', { ...dates, confirm: true });
    expect(cohort).toMatchObject({ introEnd: '2026-04-01', programmeEnd: '2026-04-01' });
  });

  test.each([
    [{ introEnd: '2026-03-31' }, 'introEnd', 'intro_end_before_start'],
    [{ programmeStart: '2026-06-01', programmeEnd: '2026-05-31' }, 'programmeEnd', 'programme_end_before_start'],
    [{ programmeStart: '2026-04-02' }, 'introStart', 'intro_outside_programme'],
    [{ introEnd: '2026-05-02', programmeEnd: '2026-05-01' }, 'introEnd', 'intro_outside_programme'],
    [{ programmeEnd: '2026-04-29' }, 'programmeEnd', 'intro_outside_programme'],
  ])('incoherent dates are refused: %o → %s %s', (dates, path, code) => {
    const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01', ...dates });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, code });
  });

  test('one cohort per fiscal year', () => {
    create(2026, '2026-04-01');
    const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart: '2026-05-01' });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'fiscalYear', code: 'cohort_exists' }] });
  });

  test('an intro inside the fiscal year needs no confirmation: 1 April and 31 March', () => {
    expect(create(2026, '2026-04-01').warnings).toEqual([]);
    expect(create(2025, '2026-03-31', { programmeEnd: '2026-12-31' }).warnings).toEqual([]);
  });

  test('an intro outside its fiscal year needs a confirmation; nothing is written without it', () => {
    for (const introStart of ['2026-03-31', '2027-04-01', '2025-04-01', '2028-03-31']) {
      const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart });
      expect(error).toMatchObject({
        code: 'needs_confirmation',
        warnings: [
          { code: 'intro_outside_fiscal_year', params: { fiscalYear: 2026, start: '2026-04-01', end: '2027-03-31' } },
        ],
      });
    }
    const saved = t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-03-31', confirm: true });
    expect(saved.warnings.map((w) => w.code)).toEqual(['intro_outside_fiscal_year']);
    expect(saved.cohort.introStart).toBe('2026-03-31');
  });

  test('an intro more than a fiscal year away is a typing mistake, refused even when confirmed', () => {
    for (const introStart of ['2025-03-31', '2028-04-01', '1999-04-01']) {
      const error = t.refused('cohorts.create', { fiscalYear: 2026, introStart, confirm: true });
      expect(error).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'introStart', code: 'intro_far_from_fiscal_year' }],
      });
    }
  });

  test('fiscal years outside 1990–2100 and unknown fields are refused', () => {
    expect(t.refused('cohorts.create', { fiscalYear: 1989, introStart: '1989-04-01' }).issues).toEqual([
      { path: 'fiscalYear', code: 'out_of_range' },
    ]);
    expect(t.refused('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01', extra: 1 }).code).toBe(
      'invalid_input',
    );
  });
});

describe('cohorts.update', () => {
  test('saves a new version, recomputes defaults left out, audits before and after', () => {
    const { cohort: v1 } = create(2026, '2026-04-01');
    const { cohort: v2, warnings } = t.ok('cohorts.update', {
      fiscalYear: 2026,
      version: 1,
      data: { introStart: '2026-04-15', notes: 'Moved' },
    });
    expect(warnings).toEqual([]);
    expect(v2).toMatchObject({
      version: 2,
      introStart: '2026-04-15',
      introEnd: '2026-05-14',
      programmeStart: '2026-04-15',
      programmeEnd: '2027-02-14',
      notes: 'Moved',
      createdAt: v1.createdAt,
    });
    expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({ action: 'update', before: v1, after: v2 });
  });

  test('a stale version, a missing cohort, incoherent or far dates are refused and write nothing', () => {
    create(2026, '2026-04-01');
    t.ok('cohorts.update', { fiscalYear: 2026, version: 1, data: { introStart: '2026-04-02' } });
    expect(t.refused('cohorts.update', { fiscalYear: 2026, version: 1, data: { introStart: '2026-04-03' } }).code).toBe(
      'stale',
    );
    expect(t.refused('cohorts.update', { fiscalYear: 2027, version: 1, data: { introStart: '2027-04-01' } }).code).toBe(
      'not_found',
    );
    expect(
      t.refused('cohorts.update', {
        fiscalYear: 2026,
        version: 2,
        data: { introStart: '2026-04-03', introEnd: '2026-04-02' },
      }).issues,
    ).toEqual([{ path: 'data.introEnd', code: 'intro_end_before_start' }]);
    expect(
      t.refused('cohorts.update', { fiscalYear: 2026, version: 2, data: { introStart: '2030-04-01' }, confirm: true })
        .issues,
    ).toEqual([{ path: 'data.introStart', code: 'intro_far_from_fiscal_year', params: { fiscalYear: 2026 } }]);
  });

  test('sessions left outside the new intro period need a confirmation', () => {
    create(2026, '2026-04-01');
    t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-01', title: 'Opening' });
    t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-30', title: 'Closing' });
    const change = { fiscalYear: 2026, version: 1, data: { introStart: '2026-04-02', introEnd: '2026-04-29' } };
    expect(t.refused('cohorts.update', change)).toMatchObject({
      code: 'needs_confirmation',
      warnings: [{ code: 'sessions_outside_intro', params: { count: 2 } }],
    });
    expect(t.ok('cohorts.update', { ...change, confirm: true }).warnings).toHaveLength(1);
  });

  test('what was confirmed before is not asked again when other details change', () => {
    t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-03-30', confirm: true });
    t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-05-20', title: 'Make-up', confirm: true });
    const { warnings } = t.ok('cohorts.update', {
      fiscalYear: 2026,
      version: 1,
      data: { introStart: '2026-03-30', notes: 'Notes only' },
    });
    expect(warnings).toEqual([]);
  });
});

describe('cohorts.list and the cohort of a trainee', () => {
  test('counts the non-archived trainees by status and names the years that have no cohort yet', () => {
    create(2026, '2026-04-01');
    create(2024, '2024-04-01');
    t.trainee({ status: 'accepted' });
    t.trainee({ status: 'accepted' });
    t.trainee({ status: 'applicant' });
    t.ok('trainees.archive', { id: t.trainee({ status: 'accepted' }) });
    t.trainee({ fiscalYear: 2025, status: 'completed' });
    t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-02', title: 'Opening' });

    const { cohorts, yearsWithoutCohort } = t.ok('cohorts.list', {});
    expect(cohorts.map((c) => c.fiscalYear)).toEqual([2026, 2024]);
    expect(cohorts[0]).toMatchObject({
      trainees: 3,
      sessions: 1,
      byStatus: { applicant: 1, accepted: 2, introductory: 0, on_placement: 0, completed: 0, withdrawn: 0 },
    });
    expect(cohorts[1]).toMatchObject({ trainees: 0, sessions: 0 });
    expect(yearsWithoutCohort).toEqual([
      {
        fiscalYear: 2025,
        trainees: 1,
        byStatus: { applicant: 0, accepted: 0, introductory: 0, on_placement: 0, completed: 1, withdrawn: 0 },
      },
    ]);
  });

  test('cohortOf and introEndFor follow the trainee’s fiscal year, never a stored link', () => {
    const { ctx } = t.core;
    const id = t.trainee({ fiscalYear: 2026 });
    expect(cohortOf(ctx, 2026)).toBeNull();
    expect(introEndFor(ctx, id)).toBeNull();
    expect(introEndFor(ctx, 999)).toBeNull();
    create(2026, '2026-04-01');
    create(2027, '2027-04-05');
    expect(cohortOf(ctx, 2026)).toMatchObject({ fiscalYear: 2026, introEnd: '2026-04-30' });
    expect(introEndFor(ctx, id)).toBe('2026-04-30');
    const data = traineeInput({ fullName: 'Trainee 1', passportNumber: 'TP0000001', fiscalYear: 2027 });
    t.ok('trainees.update', { id, version: 1, data, confirm: true });
    expect(introEndFor(ctx, id)).toBe('2027-05-04');
  });

  test('cohorts.get of a year without a cohort is not_found', () => {
    expect(t.refused('cohorts.get', { fiscalYear: 2026 }).code).toBe('not_found');
  });
});
