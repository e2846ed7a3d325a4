// The audit trail is written in the same transaction as the change: when the audit entry cannot be
// written, the change itself must not happen. A temporary SQLite trigger (on the test's own database)
// makes every audit insert fail, and each changing channel is called under it.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Channel } from '../../../shared/contract';
import { JPEG, photoInput } from '../../../tests/support/images';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

let t: TestCore;
let trainee: number;

beforeEach(() => {
  t = openTestCore();
  trainee = t.ok('trainees.create', { data: traineeInput() }).trainee.id;
  t.ok('trainees.photo.set', photoInput(trainee));
});
afterEach(() => t.close());

/** Every channel that changes data, with an input that would change something. */
const CHANGES: [Channel, () => unknown][] = [
  ['trainees.create', () => ({ data: traineeInput({ fullName: 'Suda', passportNumber: 'ZZ1234567' }) })],
  ['trainees.update', () => ({ id: trainee, version: 2, data: traineeInput({ notes: 'changed' }) })],
  ['trainees.archive', () => ({ id: trainee })],
  ['trainees.photo.set', () => photoInput(trainee, JPEG, 'image/jpeg')],
  ['trainees.photo.remove', () => ({ id: trainee })],
  ['reference.fields.create', () => ({ nameEn: 'Health', nameJa: '保健' })],
  ['reference.fields.update', () => ({ id: 1, data: { nameEn: 'Admin', nameJa: '行政' } })],
  ['reference.countries.save', () => ({ code: 'JP', nameEn: 'Japan', nameJa: '日本' })],
  ['settings.update', () => ({ language: 'ja' })],
  ['demo.load', () => ({ trainees: 5 })],
];

describe('every change and its audit entry are one transaction', () => {
  test.each(CHANGES)('%s', (channel, input) => {
    // Without the trigger the change goes through and is audited.
    const probe = openTestCore();
    try {
      const id = probe.ok('trainees.create', { data: traineeInput() }).trainee.id;
      probe.ok('trainees.photo.set', photoInput(id));
      const audits = probe.ok('audit.list', { limit: 500 }).length;
      expect(probe.dispatch(channel, input()).ok).toBe(true);
      const added = probe.ok('audit.list', { limit: 500 }).length - audits;
      // demo.load writes one entry per part of the demo dataset (trainees, cohorts, …); a change, one.
      expect(added).toBe(channel === 'demo.load' ? Math.max(added, 1) : 1);
    } finally {
      probe.close();
    }

    t.core.db.raw.exec(
      "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    const before = snapshot(t.core);
    const result = t.dispatch(channel, input());
    expect(result.ok).toBe(false);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('restore and demo removal too', () => {
    t.ok('trainees.archive', { id: trainee });
    t.ok('demo.load', { trainees: 3 });
    t.core.db.raw.exec(
      "CREATE TEMP TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
    );
    const before = snapshot(t.core);
    expect(t.dispatch('trainees.restore', { id: trainee }).ok).toBe(false);
    expect(t.dispatch('demo.remove', {}).ok).toBe(false);
    expect(snapshot(t.core)).toEqual(before);
  });
});

describe('audit.list', () => {
  test('lists newest first, filtered by entity and id, limited', () => {
    t.ok('reference.fields.create', { nameEn: 'Health', nameJa: '保健' });
    const all = t.ok('audit.list', {});
    expect(all.map((a) => a.action)).toEqual(['create', 'photo-set', 'create']);
    expect(all.map((a) => a.entity)).toEqual(['field', 'trainee', 'trainee']);
    expect(t.ok('audit.list', { entity: 'trainee', entityId: String(trainee) }).map((a) => a.action)).toEqual([
      'photo-set',
      'create',
    ]);
    expect(t.ok('audit.list', { limit: 1 })).toHaveLength(1);
    expect(t.ok('audit.list', { entity: 'nothing' })).toEqual([]);
    expect(all[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('a save that changes nothing', () => {
  test('leaves no audit entry', () => {
    t.ok('settings.update', { language: 'ja' });
    const before = t.ok('audit.list', { limit: 500 }).length;
    t.ok('settings.update', { language: 'ja' });
    const field = t.ok('reference.fields.list', {}).find((f) => f.id === 1);
    if (!field) throw new Error('seeded field 1 is missing');
    t.ok('reference.fields.update', {
      id: 1,
      data: { nameEn: field.nameEn, nameJa: field.nameJa, active: field.active },
    });
    expect(t.ok('audit.list', { limit: 500 })).toHaveLength(before);
  });
});
