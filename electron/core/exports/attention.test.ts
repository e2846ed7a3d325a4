// exports.attention on the progress tests' clock (15 September 2026): every item the list's filters
// match, beyond one page, in the list's order, words in the language asked for.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addTrainee, insertHost, place } from '../placements/__tests__/fixtures';
import { openProgressCore, type Setup } from '../progress/__tests__/testing';
import { readCsvRows, readXlsxRows } from './__tests__/read-back';

let s: Setup;
beforeEach(() => {
  s = openProgressCore();
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

describe('exports.attention', () => {
  test('Excel, English: the list’s items in its order, with the host and month of a report', async () => {
    const file = await s.t.okAsync('exports.attention', { format: 'xlsx', language: 'en' });
    expect(file.fileName).toMatch(/^needs-attention-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = await readXlsxRows(file);
    const ref = s.t.ok('trainees.get', { id: s.traineeId }).ref;
    expect(rows[0]).toEqual([
      'State',
      'Due date',
      'What is due',
      'Reference',
      'Name',
      'Country',
      'Fiscal year of intake',
      'Host institution',
      'Placement month',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[7], r[8]])).toEqual([
      ['Overdue', '2026-06-07', 'Monthly report', ref, 'Aoba City', 1],
      ['Overdue', '2026-07-07', 'Monthly report', ref, 'Aoba City', 2],
      ['Overdue', '2026-08-07', 'Monthly report', ref, 'Aoba City', 3],
      ['Overdue', '2026-09-07', 'Monthly report', ref, 'Aoba City', 4],
      ['Due soon', '2026-09-15', 'Mid-term evaluation', ref, 'Aoba City', null],
    ]);
    expect(rows[1]?.slice(4, 7)).toEqual(['Trainee 1', 'Thailand', 2026]);
  });

  test('no paging: more items than a page of the list holds', async () => {
    const host = insertHost(s.t.core.db, { nameEn: 'Kita City', capacity: 200 });
    for (let i = 0; i < 30; i++) {
      const id = addTrainee(s.t, { status: 'on_placement' });
      place(s.t, { traineeId: id, hostId: host, start: '2026-03-01', end: '2026-12-31', confirm: true, reason: 'x' });
    }
    const total = s.t.ok('progress.attention.list', {}).total;
    expect(total).toBeGreaterThan(100);
    expect(readCsvRows(await s.t.okAsync('exports.attention', { format: 'csv', language: 'en' }))).toHaveLength(
      total + 1,
    );
  });

  test('CSV, Japanese, filtered: headings and words in Japanese, only what the filter keeps', async () => {
    const rows = readCsvRows(
      await s.t.okAsync('exports.attention', { format: 'csv', language: 'ja', query: { kind: 'mid_term_evaluation' } }),
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['状態', '期限', '対応事項']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[5], r[7]])).toEqual([
      ['期限間近', '中間評価', 'タイ', 'Aoba City（日本語）'],
    ]);
  });

  test('nothing due: the headings alone', async () => {
    const rows = readCsvRows(
      await s.t.okAsync('exports.attention', { format: 'csv', language: 'en', query: { country: 'VN' } }),
    );
    expect(rows).toHaveLength(1);
  });
});
