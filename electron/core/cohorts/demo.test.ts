// Demo cohorts: loaded with the demo trainees, removed with them, real cohorts left alone.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { snapshot } from '../../../tests/support/test-core';
import { type CohortTestCore, openCohortCore } from './__tests__/testing';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore('2026-06-01');
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const table = (name: string) => t.core.db.raw.prepare(`SELECT count(*) FROM ${name}`).pluck().get() as number;

test('demo.load adds a cohort per demo fiscal year, April intro, sessions and marks; demo.remove takes them away', () => {
  const real = t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-06', notes: 'Real cohort' }).cohort;
  const realTrainee = t.trainee({ fiscalYear: 2026 });
  const empty = t.ok('cohorts.create', { fiscalYear: 2030, introStart: '2030-04-01' }).cohort;
  t.ok('demo.load', { trainees: 60 });

  const { cohorts } = t.ok('cohorts.list', {});
  // FY2022–FY2026 hold demo trainees; FY2026 already had a cohort, which keeps its own dates and no demo sessions.
  expect(cohorts.map((c) => c.fiscalYear)).toEqual([2030, 2026, 2025, 2024, 2023, 2022]);
  expect(t.ok('cohorts.get', { fiscalYear: 2026 }).cohort).toEqual(real);
  expect(t.ok('cohorts.get', { fiscalYear: 2026 }).sessions).toEqual([]);
  const demo = t.ok('cohorts.attendance.get', { fiscalYear: 2025 });
  expect(demo.cohort).toMatchObject({ introStart: '2025-04-01', introEnd: '2025-04-30' });
  expect(demo.sessions.length).toBeGreaterThanOrEqual(4);
  expect(demo.sessions.every((s) => s.date >= '2025-04-01' && s.date <= '2025-04-30')).toBe(true);
  // Past cohorts' trainees are completed: every one has a mark in every session, most complete.
  expect(demo.trainees.length).toBeGreaterThan(0);
  expect(demo.trainees.every((r) => r.cells.every((c) => c.mark !== null))).toBe(true);
  expect(demo.summary.complete).toBeGreaterThan(0);

  const loaded = snapshot(t.core);
  t.ok('demo.load', {});
  expect(snapshot(t.core)).toEqual(loaded);

  t.ok('demo.remove', {});
  expect(t.ok('cohorts.list', {}).cohorts.map((c) => c.fiscalYear)).toEqual([2030, 2026]);
  expect(t.ok('cohorts.get', { fiscalYear: 2030 }).cohort).toEqual(empty);
  expect(t.ok('cohorts.get', { fiscalYear: 2026 }).trainees.map((r) => r.id)).toEqual([realTrainee]);
  expect(table('intro_sessions')).toBe(0);
  expect(table('attendance')).toBe(0);
  expect(t.ok('audit.list', { entity: 'cohort', limit: 1 })[0]).toMatchObject({
    action: 'demo-remove',
    before: { count: 4 },
  });
});
