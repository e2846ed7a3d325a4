import { afterEach, beforeEach, expect, test } from 'vitest';
import { openTestCore, type TestCore } from '../../../tests/support/test-core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

test('the demo has specialists and requests in several states; removing it removes them', () => {
  t.ok('demo.load', { trainees: 3 });
  const specialists = t.ok('specialistDispatch.specialists.list', {}).rows;
  expect(specialists.length).toBeGreaterThanOrEqual(5);
  expect(specialists.find((s) => s.nameEn === 'Sato Ken')?.nameJa).toBe('佐藤 健');
  const all = t.ok('specialistDispatch.requests.list', { pageSize: 500 });
  expect(Object.keys(all.byState).length).toBeGreaterThanOrEqual(5);
  expect(new Set(all.rows.map((r) => r.fiscalYear))).toEqual(new Set([2026, 2027]));
  expect(t.ok('specialistDispatch.requests.list', { outsideWindow: true }).total).toBeGreaterThanOrEqual(1);
  const completed = t.ok('specialistDispatch.requests.list', { state: 'completed' }).rows[0];
  expect(t.ok('specialistDispatch.requests.get', { id: completed?.id as number }).request.outcome).toBeTruthy();
  expect(t.ok('specialistDispatch.dispatch.history', {}).grandTotal.app).toBe(2);
  t.ok('demo.remove', {});
  expect(t.ok('specialistDispatch.specialists.list', { active: 'all' }).total).toBe(0);
  expect(t.ok('specialistDispatch.requests.list', {}).total).toBe(0);
});
