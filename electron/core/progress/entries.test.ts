// Progress entries through dispatch on a real database: every kind, the rules of each, versions,
// soft delete and restore, the audit trail, and that a refused request writes nothing.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { snapshot } from '../../../tests/support/test-core';
import { addTrainee, insertHost, place } from '../placements/__tests__/fixtures';
import { evaluation, note, openProgressCore, report, type Setup, TODAY } from './__tests__/testing';

let s: Setup;
beforeEach(() => {
  s = openProgressCore();
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

/** Expects a refusal that wrote nothing; returns the error. */
function refused(channel: Parameters<Setup['t']['fail']>[0], input: unknown) {
  const before = snapshot(s.t.core);
  const error = s.t.fail(channel, input);
  expect(snapshot(s.t.core)).toEqual(before);
  return error;
}

describe('create', () => {
  test('a monthly report carries its host and the month period; the author is the staff name', () => {
    s.t.ok('settings.update', { staffName: 'Tanaka Hanako' });
    const { entry, warnings } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 2) });
    expect(warnings).toEqual([]);
    expect(entry).toMatchObject({
      traineeId: s.traineeId,
      kind: 'monthly_report',
      date: TODAY,
      author: 'Tanaka Hanako',
      title: 'Month 2',
      placementId: s.first,
      placementMonth: 2,
      hostNameEn: 'Aoba City',
      hostNameJa: 'Aoba City（日本語）',
      periodStart: '2026-06-01',
      periodEnd: '2026-06-30',
      evaluationStage: null,
      ratings: [],
      attachments: [],
      deleted: false,
      isDemo: false,
      version: 1,
    });
    expect(s.t.ok('progress.get', { id: entry.id })).toEqual(entry);
  });

  test('without a staff name the author is "staff"; a given author is kept', () => {
    expect(s.t.ok('progress.create', { traineeId: s.traineeId, data: note() }).entry.author).toBe('staff');
    expect(
      s.t.ok('progress.create', { traineeId: s.traineeId, data: note({ author: 'Host office' }) }).entry.author,
    ).toBe('Host office');
  });

  test('an evaluation keeps its ratings with the criterion and level names, in the criteria order', () => {
    const { entry } = s.t.ok('progress.create', {
      traineeId: s.traineeId,
      data: evaluation('mid_term', {
        ratings: [
          { criterionId: 5, score: 3 },
          { criterionId: 1, score: 4, comment: 'Punctual and careful.' },
        ],
      }),
    });
    expect(entry).toMatchObject({ kind: 'evaluation', evaluationStage: 'mid_term', evaluatorRole: 'host_supervisor' });
    expect(entry.ratings).toEqual([
      {
        criterionId: 1,
        criterionEn: 'Attitude',
        criterionJa: '勤務態度',
        score: 4,
        labelEn: 'Good',
        labelJa: '優良',
        comment: 'Punctual and careful.',
      },
      {
        criterionId: 5,
        criterionEn: 'Overall',
        criterionJa: '総合評価',
        score: 3,
        labelEn: 'Satisfactory',
        labelJa: '良好',
        comment: null,
      },
    ]);
  });

  test('milestones, incidents and notes; a milestone may be dated ahead', () => {
    for (const kind of ['milestone', 'incident', 'note'] as const) {
      expect(s.t.ok('progress.create', { traineeId: s.traineeId, data: note({ kind }) }).entry.kind).toBe(kind);
    }
    expect(
      s.t.ok('progress.create', { traineeId: s.traineeId, data: note({ kind: 'milestone', date: '2027-01-31' }) }).entry
        .date,
    ).toBe('2027-01-31');
    const error = refused('progress.create', { traineeId: s.traineeId, data: note({ date: '2026-09-16' }) });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'data.date', code: 'date_in_future' }] });
  });

  test('each kind carries only its own fields', () => {
    const cases: [unknown, { path: string; code: string }[]][] = [
      [
        { kind: 'monthly_report', date: TODAY },
        [
          { path: 'data.placementId', code: 'required' },
          { path: 'data.placementMonth', code: 'required' },
        ],
      ],
      [
        { kind: 'evaluation', date: TODAY },
        [
          { path: 'data.evaluationStage', code: 'required' },
          { path: 'data.evaluatorRole', code: 'required' },
        ],
      ],
      [
        { ...note(), placementId: s.first, placementMonth: 1 },
        [
          { path: 'data.placementId', code: 'not_for_kind' },
          { path: 'data.placementMonth', code: 'not_for_kind' },
        ],
      ],
      [
        { ...report(s.first, 1), evaluationStage: 'final', ratings: [{ criterionId: 1, score: 3 }] },
        [
          { path: 'data.evaluationStage', code: 'not_for_kind' },
          { path: 'data.ratings', code: 'not_for_kind' },
        ],
      ],
      [
        evaluation('final', {
          ratings: [
            { criterionId: 1, score: 3 },
            { criterionId: 1, score: 4 },
          ],
        }),
        [{ path: 'data.ratings.1.criterionId', code: 'duplicate_criterion' }],
      ],
    ];
    for (const [data, issues] of cases) {
      const error = refused('progress.create', { traineeId: s.traineeId, data });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.map(({ path, code }) => ({ path, code }))).toEqual(issues);
    }
  });

  test('a monthly report: the trainee’s own live placement, a month of it, not before the month, once', () => {
    const otherTrainee = addTrainee(s.t);
    const host = insertHost(s.t.core.db);
    const accept = { supervisor: null, notes: null, confirm: true, reason: 'test' };
    const foreign = place(s.t, {
      traineeId: otherTrainee,
      hostId: host,
      start: '2026-05-01',
      end: '2026-08-31',
      ...accept,
    });
    expect(refused('progress.create', { traineeId: s.traineeId, data: report(foreign.id, 1) })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.placementId', code: 'placement_not_trainees' }],
    });
    s.t.ok('placements.cancel', { id: foreign.id, version: foreign.version, reason: 'moved' });
    expect(refused('progress.create', { traineeId: otherTrainee, data: report(foreign.id, 1) })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.placementId', code: 'placement_cancelled' }],
    });
    expect(refused('progress.create', { traineeId: s.traineeId, data: report(999, 1) })).toMatchObject({
      code: 'not_found',
      issues: [{ path: 'data.placementId', code: 'not_found' }],
    });
    expect(refused('progress.create', { traineeId: s.traineeId, data: report(s.first, 7) })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.placementMonth', code: 'month_outside_placement', params: { months: 6 } }],
    });
    expect(
      refused('progress.create', { traineeId: s.traineeId, data: report(s.first, 5, '2026-08-31') }),
    ).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.date', code: 'report_before_month', params: { start: '2026-09-01' } }],
    });
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 1) });
    expect(refused('progress.create', { traineeId: s.traineeId, data: report(s.first, 1) })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.placementMonth', code: 'report_exists', params: { month: 1, entryId: entry.id } }],
    });
  });
});

describe('update, delete and restore', () => {
  test('an update needs the version seen; it replaces the ratings; an empty author keeps the author', () => {
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: evaluation('mid_term') });
    const { entry: updated } = s.t.ok('progress.update', {
      id: entry.id,
      version: 1,
      data: evaluation('final', { author: null, ratings: [{ criterionId: 2, score: 5 }], body: 'Much better.' }),
    });
    expect(updated).toMatchObject({ version: 2, evaluationStage: 'final', author: 'Sato Yuki', body: 'Much better.' });
    expect(updated.ratings.map((r) => [r.criterionId, r.score])).toEqual([[2, 5]]);
    expect(refused('progress.update', { id: entry.id, version: 1, data: note() }).code).toBe('stale');
    expect(refused('progress.update', { id: 999, version: 1, data: note() }).code).toBe('not_found');
  });

  test('a report may be edited in place, and moved to a free month only', () => {
    const { entry: first } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 1) });
    s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 2) });
    expect(
      s.t.ok('progress.update', { id: first.id, version: 1, data: report(s.first, 1, TODAY, { body: 'More.' }) }).entry
        .body,
    ).toBe('More.');
    expect(refused('progress.update', { id: first.id, version: 2, data: report(s.first, 2) }).issues).toEqual([
      expect.objectContaining({ code: 'report_exists' }),
    ]);
    expect(s.t.ok('progress.update', { id: first.id, version: 2, data: report(s.first, 3) }).entry.placementMonth).toBe(
      3,
    );
  });

  test('delete and restore are soft, need the version, and are listed only when asked', () => {
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 1) });
    const deleted = s.t.ok('progress.delete', { id: entry.id, version: 1 });
    expect(deleted).toMatchObject({ deleted: true, version: 2 });
    expect(s.t.ok('progress.list', { traineeId: s.traineeId })).toEqual([]);
    expect(s.t.ok('progress.list', { traineeId: s.traineeId, includeDeleted: true })).toEqual([deleted]);
    expect(refused('progress.delete', { id: entry.id, version: 2 }).issues?.[0]?.code).toBe('entry_deleted');
    expect(refused('progress.update', { id: entry.id, version: 2, data: note() }).issues?.[0]?.code).toBe(
      'entry_deleted',
    );

    // While it is deleted, the month is free: a new report for it blocks the restore.
    const { entry: again } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 1) });
    expect(refused('progress.restore', { id: entry.id, version: 2 })).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'id', code: 'report_exists', params: { month: 1, entryId: again.id } }],
    });
    s.t.ok('progress.delete', { id: again.id, version: 1 });
    expect(s.t.ok('progress.restore', { id: entry.id, version: 2 })).toMatchObject({ deleted: false, version: 3 });
    expect(refused('progress.restore', { id: entry.id, version: 3 }).issues?.[0]?.code).toBe('entry_not_deleted');
    expect(refused('progress.restore', { id: entry.id, version: 1 }).code).toBe('stale');
  });

  test('an archived trainee’s record cannot change', () => {
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: note() });
    s.t.ok('trainees.archive', { id: s.traineeId });
    const archived = { code: 'conflict', issues: [expect.objectContaining({ code: 'trainee_archived' })] };
    expect(refused('progress.create', { traineeId: s.traineeId, data: note() })).toMatchObject(archived);
    expect(refused('progress.update', { id: entry.id, version: 1, data: note({ body: 'x' }) })).toMatchObject(archived);
    expect(refused('progress.delete', { id: entry.id, version: 1 })).toMatchObject(archived);
    // Reading still works.
    expect(s.t.ok('progress.list', { traineeId: s.traineeId })).toHaveLength(1);
  });

  test('ratings: the criterion must exist and be in use, the score a level of the scale', () => {
    s.t.ok('progress.evaluation.criteria.update', {
      id: 2,
      data: { nameEn: 'Japanese language', nameJa: '日本語', active: false, sortOrder: 2 },
    });
    const error = refused('progress.create', {
      traineeId: s.traineeId,
      data: evaluation('other', {
        ratings: [
          { criterionId: 99, score: 3 },
          { criterionId: 2, score: 3 },
          { criterionId: 1, score: 6 },
        ],
      }),
    });
    expect(error.code).toBe('not_found');
    expect(error.issues).toEqual([
      { path: 'data.ratings.0.criterionId', code: 'not_found' },
      { path: 'data.ratings.1.criterionId', code: 'criterion_inactive' },
      { path: 'data.ratings.2.score', code: 'score_not_in_scale', params: { score: 6 } },
    ]);
  });

  test('an evaluation that rated a criterion since made inactive can still be edited', () => {
    const { entry } = s.t.ok('progress.create', {
      traineeId: s.traineeId,
      data: evaluation('mid_term', { ratings: [{ criterionId: 2, score: 2 }] }),
    });
    s.t.ok('progress.evaluation.criteria.update', {
      id: 2,
      data: { nameEn: 'Japanese language', nameJa: '日本語', active: false, sortOrder: 2 },
    });
    const { entry: updated } = s.t.ok('progress.update', {
      id: entry.id,
      version: 1,
      data: evaluation('mid_term', { ratings: [{ criterionId: 2, score: 3 }] }),
    });
    expect(updated.ratings[0]).toMatchObject({ criterionEn: 'Japanese language', score: 3 });
  });
});

describe('lists and audit', () => {
  test('oldest first by date, then as written; narrowed by kind; not_found for a missing trainee', () => {
    const a = s.t.ok('progress.create', { traineeId: s.traineeId, data: note({ date: '2026-09-01' }) }).entry;
    const b = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 1, '2026-06-02') }).entry;
    const c = s.t.ok('progress.create', { traineeId: s.traineeId, data: note({ date: '2026-06-02' }) }).entry;
    expect(s.t.ok('progress.list', { traineeId: s.traineeId }).map((e) => e.id)).toEqual([b.id, c.id, a.id]);
    expect(s.t.ok('progress.list', { traineeId: s.traineeId, kind: 'note' }).map((e) => e.id)).toEqual([c.id, a.id]);
    expect(s.t.fail('progress.list', { traineeId: 999 }).code).toBe('not_found');
    expect(s.t.fail('progress.get', { id: 999 }).code).toBe('not_found');
  });

  test('each change is audited on the entry with before and after', () => {
    s.t.ok('settings.update', { staffName: 'Tanaka Hanako' });
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: note() });
    const { entry: updated } = s.t.ok('progress.update', { id: entry.id, version: 1, data: note({ body: 'Edited.' }) });
    const deleted = s.t.ok('progress.delete', { id: entry.id, version: 2 });
    const restored = s.t.ok('progress.restore', { id: entry.id, version: 3 });
    const trail = s.t.ok('audit.list', { entity: 'progress_entry', entityId: String(entry.id), limit: 10 });
    expect(trail.map((a) => [a.action, a.actor])).toEqual([
      ['restore', 'Tanaka Hanako'],
      ['delete', 'Tanaka Hanako'],
      ['update', 'Tanaka Hanako'],
      ['create', 'Tanaka Hanako'],
    ]);
    expect(trail[3]).toMatchObject({ before: null, after: entry });
    expect(trail[2]).toMatchObject({ before: entry, after: updated });
    expect(trail[1]).toMatchObject({ before: updated, after: deleted });
    expect(trail[0]).toMatchObject({ before: deleted, after: restored });
  });
});

describe('report months', () => {
  test('every month of the live placements, with the live report written for it', () => {
    const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 2) });
    const months = s.t.ok('progress.reportMonths', { traineeId: s.traineeId });
    expect(months).toHaveLength(9);
    expect(months[1]).toEqual({
      placementId: s.first,
      month: 2,
      start: '2026-06-01',
      end: '2026-06-30',
      hostNameEn: 'Aoba City',
      hostNameJa: 'Aoba City（日本語）',
      entryId: entry.id,
    });
    expect(months[6]).toMatchObject({ placementId: s.second, month: 1, start: '2026-11-01', entryId: null });
    expect(months.filter((m) => m.entryId !== null)).toHaveLength(1);
    expect(s.t.fail('progress.reportMonths', { traineeId: 999 }).code).toBe('not_found');
  });
});
