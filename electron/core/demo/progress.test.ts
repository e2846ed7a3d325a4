// Demo progress: the demo brings placements and entries that the Needs-attention page and the entry
// lists show, and demo.remove takes them all (with a real report on a placement at a demo host).
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Entry } from '../../../shared/progress/schema';
import { openTestCore, snapshot, steppingClock, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { insertInto } from '../db/sql-build';

let t: TestCore;
beforeEach(() => {
  t = openTestCore({ now: steppingClock('2026-11-27T03:00:00.000Z') });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const count = (table: string, where = '1') =>
  t.core.db.raw.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;

test('the demo has reports, evaluations and something overdue; all of it goes on removal', () => {
  t.ok('demo.load', {});
  expect(count('placements', 'is_demo = 1')).toBeGreaterThan(50);
  expect(count('progress_entries', "kind = 'monthly_report'")).toBeGreaterThan(300);
  expect(count('progress_entries', "kind = 'evaluation'")).toBeGreaterThan(50);
  expect(count('evaluation_ratings')).toBeGreaterThan(250);
  expect(count('progress_entries', 'is_demo = 0')).toBe(0);

  const attention = t.ok('progress.attention.list', {});
  expect(attention.counts.overdue).toBeGreaterThan(0);
  expect(new Set(attention.items.map((i) => i.kind)).has('monthly_report')).toBe(true);

  // Every demo trainee's entries read back through the contract, and every report names a real month.
  const ids = t.core.db.raw.prepare('SELECT DISTINCT trainee_id FROM progress_entries').pluck().all() as number[];
  for (const id of ids) {
    for (const entry of t.ok('progress.list', { traineeId: id })) {
      expect(Entry.safeParse(entry).success).toBe(true);
      if (entry.kind === 'monthly_report') expect(entry.periodStart).not.toBeNull();
      expect(entry.date <= '2026-11-27').toBe(true);
    }
  }
  expect(t.ok('audit.list', { entity: 'progress_entry', limit: 1 })[0]).toMatchObject({ action: 'demo-load' });

  const loaded = snapshot(t.core);
  t.ok('demo.load', {});
  expect(snapshot(t.core)).toEqual(loaded);

  // A real trainee's report on a placement at a demo host goes with that placement.
  const real = t.ok('trainees.create', { data: traineeInput({ status: 'on_placement' }), confirm: true }).trainee;
  const demoHost = t.core.db.raw.prepare('SELECT id FROM hosts WHERE is_demo = 1 LIMIT 1').pluck().get() as number;
  const placementId = Number(
    t.core.db.run(
      insertInto('placements', {
        trainee_id: real.id,
        host_id: demoHost,
        start_date: '2026-05-01',
        end_date: '2026-10-31',
        created_at: 'x',
        updated_at: 'x',
      }),
    ).lastInsertRowid,
  );
  const report = t.ok('progress.create', {
    traineeId: real.id,
    data: { kind: 'monthly_report', date: '2026-06-03', placementId, placementMonth: 1 },
  }).entry;
  const note = t.ok('progress.create', { traineeId: real.id, data: { kind: 'note', date: '2026-06-03' } }).entry;

  t.ok('demo.remove', {});
  expect(count('placements')).toBe(0);
  expect(t.core.db.raw.prepare('SELECT id FROM progress_entries').pluck().all()).toEqual([note.id]);
  expect(count('evaluation_ratings')).toBe(0);
  const removal = t.ok('audit.list', { entity: 'progress_entry', entityId: '*', limit: 1 })[0];
  expect(removal).toMatchObject({
    action: 'demo-remove',
    before: { realEntries: [{ id: report.id, traineeId: real.id, placementId, month: 1 }] },
  });
});
