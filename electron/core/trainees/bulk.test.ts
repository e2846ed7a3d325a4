// trainees.bulk.archive through dispatch: each trainee archived with its own audit entry, or none.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type CohortTestCore, openCohortCore } from '../cohorts/__tests__/testing';

let t: CohortTestCore;
beforeEach(() => {
  t = openCohortCore('2026-06-01');
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const archived = (id: number) => t.ok('trainees.get', { id }).archived;

test('archives and restores every trainee chosen, one audit entry each', () => {
  const ids = [1, 2, 3].map(() => t.trainee());
  const audit = t.auditCount();
  expect(t.ok('trainees.bulk.archive', { selection: { ids }, archived: true })).toEqual({ changed: 3 });
  expect(ids.map(archived)).toEqual([true, true, true]);
  expect(t.auditCount()).toBe(audit + 3);
  const all = { query: { archived: 'archived' as const }, expected: 3 };
  expect(t.ok('trainees.bulk.archive', { selection: all, archived: false })).toEqual({ changed: 3 });
  expect(ids.map(archived)).toEqual([false, false, false]);
  expect(t.auditCount()).toBe(audit + 6);
});

test('an unknown trainee among them refuses the whole action, writing nothing', () => {
  const a = t.trainee();
  const error = t.refused('trainees.bulk.archive', { selection: { ids: [a, 999] }, archived: true });
  expect(error.code).toBe('not_found');
  expect(archived(a)).toBe(false);
});

test('the export holds only the trainees selected, in the list order', async () => {
  const a = t.trainee({ fullName: 'Aung Selected' });
  t.trainee({ fullName: 'Bui Left Out' });
  const c = t.trainee({ fullName: 'Chan Selected' });
  const file = await t.okAsync('exports.trainees', { format: 'csv', language: 'en', query: {}, ids: [c, a] });
  const text = Buffer.from(file.data, 'base64').toString('utf8');
  expect(text).toContain('Aung Selected');
  expect(text).toContain('Chan Selected');
  expect(text).not.toContain('Bui Left Out');
  expect(text.indexOf('Aung Selected')).toBeLessThan(text.indexOf('Chan Selected'));
});
