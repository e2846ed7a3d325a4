// exports.cohort: the cohort's trainees with attendance counts, rate and completion, as its page shows.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, steppingClock, type TestCore } from '../../../tests/support/test-core';
import { addTrainee } from '../placements/__tests__/fixtures';
import { readCsvRows, readXlsxRows } from './__tests__/read-back';

let t: TestCore;

beforeEach(() => {
  // After the introductory month, so completion is decided.
  t = openTestCore({ now: steppingClock('2026-06-15T03:00:00.000Z') });
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
  const a = addTrainee(t, { fullName: 'Anan Chai', status: 'introductory' });
  const b = addTrainee(t, { fullName: 'Bopha Sok', country: 'KH', status: 'introductory' });
  addTrainee(t, { fullName: 'Other Year', fiscalYear: 2025, arrivalDate: '2025-04-10', departureDate: null });
  const sessions = ['2026-04-02', '2026-04-09', '2026-04-16', '2026-04-23'].map(
    (date, i) => t.ok('cohorts.sessions.create', { fiscalYear: 2026, date, title: `Session ${i + 1}` }).session.id,
  );
  const marks = { [a]: ['present', 'present', 'late', 'excused'], [b]: ['present', 'absent', 'absent'] } as const;
  for (const [trainee, list] of Object.entries(marks)) {
    list.forEach((mark, i) => {
      t.ok('cohorts.attendance.set', { sessionId: sessions[i] as number, traineeId: Number(trainee), mark });
    });
  }
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

describe('exports.cohort', () => {
  test('Excel, English: counts, rate and completion per trainee, only the cohort’s trainees', async () => {
    const file = await t.okAsync('exports.cohort', { format: 'xlsx', language: 'en', fiscalYear: 2026 });
    expect(file.fileName).toMatch(/^cohort-FY2026-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    expect(rows[0]).toEqual([
      'Reference',
      'Name as in passport',
      'Name in native script',
      'Country',
      'Status',
      'Sessions held',
      'Present',
      'Late',
      'Excused',
      'Absent',
      'Not marked',
      'Attendance rate (%)',
      'Introductory training',
    ]);
    expect(rows.slice(1).map((r) => [r[1], ...r.slice(3)])).toEqual([
      ['Anan Chai', 'Thailand', 'Introductory training', 4, 2, 1, 1, 0, 0, 100, 'Completed'],
      ['Bopha Sok', 'Cambodia', 'Introductory training', 4, 1, 0, 0, 2, 1, 25, 'Not completed'],
    ]);
  });

  test('CSV, Japanese headings and words; an unknown cohort is not found', async () => {
    const rows = readCsvRows(await t.okAsync('exports.cohort', { format: 'csv', language: 'ja', fiscalYear: 2026 }));
    expect(rows[0]?.slice(0, 2)).toEqual(['整理番号', '氏名（パスポート表記）']);
    expect(rows[1]?.slice(3, 5)).toEqual(['タイ', '導入研修中']);
    expect(rows[1]?.at(-1)).toBe('修了');
    expect((await t.failAsync('exports.cohort', { format: 'csv', language: 'en', fiscalYear: 2030 })).code).toBe(
      'not_found',
    );
  });
});
