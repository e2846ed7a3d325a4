// The demo dataset through dispatch: loading and removing are idempotent and leave real records alone.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { traineeFindings } from '../../../shared/trainees/plausibility';
import { TraineeInput } from '../../../shared/trainees/schema';
import { count, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { generateTrainees } from './generator';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

test('load, load again (no-op), remove, remove again (no-op); real trainees are kept', () => {
  const real = t.ok('trainees.create', { data: traineeInput() }).trainee;
  expect(t.ok('demo.status', {})).toEqual({ trainees: 0, loaded: false });

  expect(t.ok('demo.load', { trainees: 40 })).toEqual({ trainees: 40, loaded: true });
  expect(t.ok('trainees.facets', {}).counts.demo).toBe(40);
  expect(t.ok('trainees.list', { pageSize: 500 }).rows.filter((r) => r.isDemo)).toHaveLength(40);
  expect(t.ok('audit.list', { entity: 'trainee', limit: 1 })[0]).toMatchObject({
    action: 'demo-load',
    after: { count: 40 },
  });

  const loaded = snapshot(t.core);
  expect(t.ok('demo.load', {})).toEqual({ trainees: 40, loaded: true });
  expect(snapshot(t.core)).toEqual(loaded);

  expect(t.ok('demo.remove', {})).toEqual({ trainees: 0, loaded: false });
  expect(t.ok('audit.list', { limit: 1 })[0]).toMatchObject({ action: 'demo-remove', before: { count: 40 } });
  expect(count(t.core, 'trainees')).toBe(1);
  expect(t.ok('trainees.get', { id: real.id })).toEqual(real);

  const removed = snapshot(t.core);
  expect(t.ok('demo.remove', {})).toEqual({ trainees: 0, loaded: false });
  expect(snapshot(t.core)).toEqual(removed);
});

test('the default demo size loads, and its trainees can be searched like any other', () => {
  expect(t.ok('demo.load', {}).trainees).toBe(120);
  const somebody = t.ok('trainees.list', { pageSize: 1 }).rows[0];
  expect(somebody?.isDemo).toBe(true);
  const word = somebody?.fullName.split(' ')[0] ?? '';
  expect(t.ok('trainees.list', { search: word }).rows.map((r) => r.id)).toContain(somebody?.id);
});

test('sizes outside 1–5000 are refused', () => {
  const before = snapshot(t.core);
  expect(t.fail('demo.load', { trainees: 0 }).code).toBe('invalid_input');
  expect(t.fail('demo.load', { trainees: 5001 }).code).toBe('invalid_input');
  expect(snapshot(t.core)).toEqual(before);
});

test('every generated trainee is a valid and plausible record, the same for the same seed', () => {
  const records = generateTrainees({ count: 500, fieldIds: [1, 2, 3], lastFiscalYear: 2026, years: 30, seed: 3 });
  for (const record of records) {
    const parsed = TraineeInput.safeParse(record);
    expect(parsed.error?.issues ?? [], record.fullName).toEqual([]);
    // Nothing refused and nothing to confirm either: ages, stays, documents and years all usual.
    expect(traineeFindings(record, '2026-06-01'), record.fullName).toEqual([]);
  }
  expect(generateTrainees({ count: 5, fieldIds: [1], lastFiscalYear: 2026, seed: 3 })).toEqual(
    generateTrainees({ count: 5, fieldIds: [1], lastFiscalYear: 2026, seed: 3 }),
  );
});
