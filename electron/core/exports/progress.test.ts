// exports.progress: one trainee's entries, oldest first, with kinds, ratings and hosts in words.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Input } from '../../../shared/contract';
import { evaluation, note, openProgressCore, report, type Setup } from '../progress/__tests__/testing';
import { readCsvRows, readXlsxRows } from './__tests__/read-back';

let s: Setup;

beforeEach(() => {
  s = openProgressCore();
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

const create = (data: Input<'progress.create'>['data']) =>
  s.t.ok('progress.create', { traineeId: s.traineeId, data }).entry;

describe('exports.progress', () => {
  test('Excel, English: entries oldest first, a monthly report with its host and period, ratings in one cell', async () => {
    create(evaluation('mid_term'));
    create(report(s.first, 1, '2026-06-05'));
    const gone = create(note({ date: '2026-07-01', body: 'Deleted later' }));
    s.t.ok('progress.delete', { id: gone.id, version: gone.version });
    const file = await s.t.okAsync('exports.progress', { format: 'xlsx', language: 'en', traineeId: s.traineeId });
    expect(file.fileName).toMatch(/^progress-FY2026-\d{4}-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    expect(rows[0]).toEqual([
      'Date',
      'Kind',
      'Title',
      'Author',
      'Host institution',
      'Placement month',
      'Period',
      'Evaluation stage',
      'Evaluator',
      'Ratings',
      'Text',
      'Attachments',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 7)).toEqual([
      '2026-06-05',
      'Monthly report',
      'Month 1',
      expect.any(String),
      'Aoba City',
      1,
      '2026-05-01 – 2026-05-31',
    ]);
    expect(rows[2]?.slice(0, 2)).toEqual(['2026-09-15', 'Evaluation']);
    expect(rows[2]?.slice(7, 10)).toEqual([
      'Mid-term',
      'Host supervisor',
      'Attitude: 4 Good (Punctual and careful.); Overall: 3 Satisfactory',
    ]);
  });

  test('CSV, Japanese: headings, kinds and ratings in Japanese', async () => {
    create(evaluation('final', { evaluatorRole: 'clair_staff' }));
    const rows = readCsvRows(
      await s.t.okAsync('exports.progress', { format: 'csv', language: 'ja', traineeId: s.traineeId }),
    );
    expect(rows[0]?.slice(0, 4)).toEqual(['日付', '種類', '件名', '記入者']);
    expect(rows[1]?.[1]).toBe('評価');
    expect(rows[1]?.slice(7, 10)).toEqual([
      '最終評価',
      'CLAIR職員',
      '勤務態度: 4 優良（Punctual and careful.）; 総合評価: 3 良好',
    ]);
  });

  test('no entries: the headings alone; an unknown trainee is not found', async () => {
    expect(
      readCsvRows(await s.t.okAsync('exports.progress', { format: 'csv', language: 'en', traineeId: s.traineeId })),
    ).toHaveLength(1);
    expect((await s.t.failAsync('exports.progress', { format: 'csv', language: 'en', traineeId: 999 })).code).toBe(
      'not_found',
    );
  });
});
