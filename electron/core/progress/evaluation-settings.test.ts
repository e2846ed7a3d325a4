// Evaluation criteria and the rating scale through dispatch: seeded defaults, edits audited, names
// unique, the scale saved whole with its levels 1..n, and a level in use kept.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { snapshot } from '../../../tests/support/test-core';
import { evaluation, openProgressCore, type Setup } from './__tests__/testing';

let s: Setup;
beforeEach(() => {
  s = openProgressCore();
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

const levels = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ score: i + 1, labelEn: `Level ${i + 1}`, labelJa: `レベル${i + 1}` }));

test('the seeded criteria and five-level scale', () => {
  const { criteria, scale } = s.t.ok('progress.evaluation.settings', {});
  expect(criteria.map((c) => c.nameEn)).toEqual([
    'Attitude',
    'Japanese language',
    'Technical learning',
    'Communication',
    'Overall',
  ]);
  expect(criteria.every((c) => c.active)).toBe(true);
  expect(scale.map((l) => [l.score, l.labelEn])).toEqual([
    [1, 'Unsatisfactory'],
    [2, 'Needs improvement'],
    [3, 'Satisfactory'],
    [4, 'Good'],
    [5, 'Excellent'],
  ]);
});

test('criteria: create and update, audited; an English name is used once (case aside)', () => {
  const created = s.t.ok('progress.evaluation.criteria.create', {
    nameEn: 'Teamwork',
    nameJa: 'チームワーク',
    sortOrder: 6,
  });
  expect(created).toEqual({ id: 6, nameEn: 'Teamwork', nameJa: 'チームワーク', active: true, sortOrder: 6 });
  const updated = s.t.ok('progress.evaluation.criteria.update', {
    id: 6,
    data: { nameEn: 'Team work', nameJa: 'チームワーク', active: false, sortOrder: 0 },
  });
  expect(updated).toMatchObject({ nameEn: 'Team work', active: false });
  expect(s.t.ok('progress.evaluation.settings', {}).criteria[0]).toEqual(updated);

  const before = snapshot(s.t.core);
  expect(s.t.fail('progress.evaluation.criteria.create', { nameEn: 'attitude', nameJa: 'x' })).toMatchObject({
    code: 'conflict',
    issues: [{ path: 'nameEn', code: 'criterion_exists' }],
  });
  expect(
    s.t.fail('progress.evaluation.criteria.update', { id: 6, data: { nameEn: 'OVERALL', nameJa: 'x' } }).code,
  ).toBe('conflict');
  expect(s.t.fail('progress.evaluation.criteria.update', { id: 99, data: { nameEn: 'New', nameJa: 'x' } }).code).toBe(
    'not_found',
  );
  expect(snapshot(s.t.core)).toEqual(before);

  const trail = s.t.ok('audit.list', { entity: 'evaluation_criterion', limit: 5 });
  expect(trail.map((a) => [a.action, a.entityId])).toEqual([
    ['update', '6'],
    ['create', '6'],
  ]);
  expect(trail[0]).toMatchObject({ before: created, after: updated });
});

test('the scale: relabelled, extended and shortened whole; audited', () => {
  expect(s.t.ok('progress.evaluation.scale.save', { levels: levels(7) })).toEqual(levels(7));
  expect(s.t.ok('progress.evaluation.scale.save', { levels: levels(3) })).toEqual(levels(3));
  expect(s.t.ok('progress.evaluation.settings', {}).scale).toEqual(levels(3));
  const trail = s.t.ok('audit.list', { entity: 'evaluation_scale', limit: 5 });
  expect(trail).toHaveLength(2);
  expect(trail[0]).toMatchObject({ before: levels(7), after: levels(3) });
});

test('levels must be 1..n in order; a level a rating uses cannot be removed', () => {
  s.t.ok('progress.create', {
    traineeId: s.traineeId,
    data: evaluation('mid_term', { ratings: [{ criterionId: 1, score: 4 }] }),
  });
  const before = snapshot(s.t.core);
  const gap = [levels(3)[0], levels(3)[2]];
  expect(s.t.fail('progress.evaluation.scale.save', { levels: gap })).toMatchObject({
    code: 'invalid_input',
    issues: [{ path: 'levels.1.score', code: 'scale_not_contiguous', params: { expected: 2 } }],
  });
  expect(s.t.fail('progress.evaluation.scale.save', { levels: [...levels(2)].reverse() }).code).toBe('invalid_input');
  expect(s.t.fail('progress.evaluation.scale.save', { levels: levels(3) })).toMatchObject({
    code: 'conflict',
    issues: [{ path: 'levels', code: 'scale_level_in_use', params: { score: 4 } }],
  });
  expect(snapshot(s.t.core)).toEqual(before);
  expect(s.t.ok('progress.evaluation.scale.save', { levels: levels(4) })).toHaveLength(4);
});
