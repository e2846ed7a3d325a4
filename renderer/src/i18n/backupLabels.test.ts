// The words and numbers of the backup screen: sizes, counts, dates with fiscal years, refusals.
import type { TFunction } from 'i18next';
import { expect, test } from 'vitest';
import { countsText, madeAt, problemText, sizeParts } from './backupLabels';

// A stand-in for i18next's t: the key (with its count), or the default value for a key it has no words for.
const KNOWN = new Set(['backup.problem.not_sqlite', 'backup.problem.unknown']);
const t = ((key: string, options?: { count?: number; defaultValue?: string }) => {
  if (options?.count !== undefined) return `${key}:${options.count}`;
  if (key.startsWith('backup.problem.') && !KNOWN.has(key)) return options?.defaultValue;
  return key;
}) as unknown as TFunction;

test('sizes read in the unit that suits them', () => {
  expect(sizeParts(0)).toEqual({ unit: 'B', n: '0' });
  expect(sizeParts(1023)).toEqual({ unit: 'B', n: '1023' });
  expect(sizeParts(1536)).toEqual({ unit: 'KB', n: '1.5' });
  expect(sizeParts(250 * 1024)).toEqual({ unit: 'KB', n: '250' });
  expect(sizeParts(104_857_600)).toEqual({ unit: 'MB', n: '100' });
  expect(sizeParts(3 * 1024 ** 3)).toEqual({ unit: 'GB', n: '3.0' });
  expect(sizeParts(5000 * 1024 ** 3)).toEqual({ unit: 'GB', n: '5000' });
});

test('counts name trainees, hosts, placements and progress entries', () => {
  const counts = { trainees: 3, hosts: 1, placements: 0, progressEntries: 12, cohorts: 1, auditEntries: 40 };
  expect(countsText(t, counts)).toBe(
    'backup.count.trainees:3 · backup.count.hosts:1 · backup.count.placements:0 · backup.count.progressEntries:12',
  );
});

test('the date is local, to the minute, with the fiscal year of that day', () => {
  const local = new Date(2026, 2, 31, 23, 59);
  expect(madeAt(local.toISOString(), 'en')).toEqual({ when: '2026-03-31 23:59', fy: 'FY2025' });
  expect(madeAt(new Date(2026, 3, 1, 0, 5).toISOString(), 'en').fy).toBe('FY2026');
  expect(madeAt('not a date', 'en')).toEqual({ when: 'not a date', fy: '' });
});

test('a problem code without words falls back to the general sentence', () => {
  expect(problemText(t, { code: 'x' })).toBe('backup.problem.unknown');
  expect(problemText(t, { code: 'not_sqlite' })).toBe('backup.problem.not_sqlite');
});
