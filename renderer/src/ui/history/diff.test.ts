// The history's field-by-field changes, case by case.
import { describe, expect, test } from 'vitest';
import { changedFieldNames, diffEntry, shorten } from './diff';

const trainee = {
  id: 1,
  ref: 'FY2026-0001',
  fullName: 'Somchai Srisuk',
  katakanaName: null,
  passportNumber: 'AA1234567',
  notes: '',
  version: 1,
  updatedAt: '2026-06-01T00:00:00Z',
};

describe('an edit', () => {
  test('lists the fields that differ, old and new, in the record order; book-keeping left out', () => {
    const after = { ...trainee, katakanaName: 'ソムチャイ', notes: 'Prefers mornings', version: 2, updatedAt: 'later' };
    expect(diffEntry({ entity: 'trainee', action: 'update', before: trainee, after })).toEqual([
      { path: [{ field: 'katakanaName' }], before: null, after: 'ソムチャイ', secret: false },
      { path: [{ field: 'notes' }], before: '', after: 'Prefers mornings', secret: false },
    ]);
  });

  test('a passport number is said to have changed, never shown', () => {
    const after = { ...trainee, passportNumber: 'BB7654321' };
    const [change] = diffEntry({ entity: 'trainee', action: 'update', before: trainee, after });
    expect(change).toMatchObject({ path: [{ field: 'passportNumber' }], secret: true });
  });

  test('empty and missing count as the same (no change from null to "")', () => {
    expect(diffEntry({ entity: 'trainee', action: 'update', before: { notes: null }, after: { notes: '' } })).toEqual(
      [],
    );
  });

  test('a list of plain values is one value', () => {
    const [change] = diffEntry({
      entity: 'host',
      action: 'update',
      before: { fieldIds: [1, 2] },
      after: { fieldIds: [2] },
    });
    expect(change).toEqual({ path: [{ field: 'fieldIds' }], before: [1, 2], after: [2], secret: false });
  });

  test('lists of records are compared item by item, under their name', () => {
    const before = {
      contacts: [
        { name: 'Sato', email: 'a@x.jp' },
        { name: 'Ito', email: null },
      ],
    };
    const after = { contacts: [{ name: 'Sato', email: 'b@x.jp' }] };
    expect(diffEntry({ entity: 'host', action: 'update', before, after })).toEqual([
      {
        path: [{ field: 'contacts' }, { item: 'Sato', by: 'name' }, { field: 'email' }],
        before: 'a@x.jp',
        after: 'b@x.jp',
        secret: false,
      },
      {
        path: [{ field: 'contacts' }, { item: 'Ito', by: 'name' }, { field: 'name' }],
        before: 'Ito',
        after: null,
        secret: false,
      },
    ]);
  });

  test('ratings are named by their criterion', () => {
    const rating = { criterionId: 3, criterionEn: 'Punctuality', score: 3, labelEn: 'Good' };
    const changes = diffEntry({
      entity: 'progress_entry',
      action: 'update',
      before: { ratings: [rating] },
      after: { ratings: [{ ...rating, score: 4, labelEn: 'Very good' }] },
    });
    expect(changes.map((c) => [c.path, c.before, c.after])).toEqual([
      [[{ field: 'ratings' }, { item: 'Punctuality', by: 'criterion' }, { field: 'score' }], 3, 4],
      [[{ field: 'ratings' }, { item: 'Punctuality', by: 'criterion' }, { field: 'labelEn' }], 'Good', 'Very good'],
    ]);
  });

  test('a placement does not repeat its trainee', () => {
    const p = { traineeId: 1, traineeName: 'A', hostId: 2, hostNameEn: 'Sapporo', end: '2026-09-30' };
    expect(
      diffEntry({ entity: 'placement', action: 'update', before: p, after: { ...p, hostId: 3, hostNameEn: 'Otaru' } }),
    ).toEqual([{ path: [{ field: 'hostNameEn' }], before: 'Sapporo', after: 'Otaru', secret: false }]);
  });
});

describe('a creation and a deletion', () => {
  test('a creation lists the values set, empty ones left out', () => {
    expect(diffEntry({ entity: 'trainee', action: 'create', before: null, after: trainee })).toEqual([
      { path: [{ field: 'fullName' }], before: null, after: 'Somchai Srisuk', secret: false },
      { path: [{ field: 'passportNumber' }], before: null, after: 'AA1234567', secret: true },
    ]);
  });

  test('a deleted session: its values, and the marks deleted with it', () => {
    const before = {
      session: { id: 2, fiscalYear: 2026, date: '2026-04-03', title: 'City tour', topic: null, marks: 1 },
      attendance: [{ traineeId: 7, mark: 'present', note: null }],
    };
    const changes = diffEntry({ entity: 'intro_session', action: 'delete', before, after: null });
    expect(changes.map((c) => [c.path, c.before, c.after])).toEqual([
      [[{ field: 'fiscalYear' }], 2026, null],
      [[{ field: 'date' }], '2026-04-03', null],
      [[{ field: 'title' }], 'City tour', null],
      [[{ field: 'attendance' }, { item: '7', by: 'traineeId' }, { field: 'mark' }], 'present', null],
    ]);
  });
});

describe('marks, photos and files', () => {
  test('one attendance mark is named by its trainee', () => {
    const changes = diffEntry({
      entity: 'attendance',
      action: 'set',
      before: { traineeId: 4, mark: null, note: null },
      after: { traineeId: 4, mark: 'late', note: null },
    });
    expect(changes).toEqual([
      { path: [{ item: '4', by: 'traineeId' }, { field: 'mark' }], before: null, after: 'late', secret: false },
    ]);
    expect(
      changedFieldNames({
        entity: 'attendance',
        action: 'set',
        before: { traineeId: 4, mark: null },
        after: { traineeId: 4, mark: 'late' },
      }),
    ).toEqual(['mark']);
  });

  test('a whole session of marks at once, by trainee', () => {
    const changes = diffEntry({
      entity: 'attendance',
      action: 'set-many',
      before: [
        { traineeId: 1, mark: 'present' },
        { traineeId: 2, mark: null },
      ],
      after: [
        { traineeId: 1, mark: 'present' },
        { traineeId: 2, mark: 'absent' },
      ],
    });
    expect(changes.map((c) => [c.path, c.after])).toEqual([
      [[{ item: '2', by: 'traineeId' }, { field: 'mark' }], 'absent'],
    ]);
  });

  test('a photo is only said to have changed', () => {
    expect(
      diffEntry({ entity: 'trainee', action: 'photo-set', before: null, after: { mime: 'image/png', bytes: 11 } }),
    ).toEqual([{ path: [{ field: 'photo' }], before: null, after: null, secret: true }]);
  });

  test('an attachment by its file name alone', () => {
    const file = { id: 1, fileName: 'report.pdf', mime: 'application/pdf', size: 14, sha256: 'ab' };
    expect(diffEntry({ entity: 'progress_entry', action: 'attachment-remove', before: file, after: null })).toEqual([
      { path: [{ field: 'fileName' }], before: 'report.pdf', after: null, secret: false },
    ]);
  });
});

test('the summary names the changed fields once each', () => {
  const after = { ...trainee, katakanaName: 'ソムチャイ', notes: 'x', passportNumber: 'B' };
  expect(changedFieldNames({ entity: 'trainee', action: 'update', before: trainee, after })).toEqual([
    'katakanaName',
    'passportNumber',
    'notes',
  ]);
});

test('shorten: long text cut at whole characters with an ellipsis', () => {
  expect(shorten('short')).toEqual({ text: 'short', shortened: false });
  const long = shorten('あ'.repeat(200), 10);
  expect(long).toEqual({ text: `${'あ'.repeat(9)}…`, shortened: true });
  expect(shorten('😀'.repeat(5), 3).text).toBe('😀😀…');
});
