// Countries and fields of training through dispatch.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

function refused(
  channel: 'reference.fields.create' | 'reference.fields.update' | 'reference.countries.save',
  input: unknown,
) {
  const before = snapshot(t.core);
  const error = t.fail(channel, input);
  expect(error.message.length).toBeGreaterThan(0);
  expect(snapshot(t.core)).toEqual(before);
  return error;
}

const lastAudit = () => t.ok('audit.list', { limit: 1 })[0];

describe('fields', () => {
  test('are seeded with the fields of the source text, listed by English name', () => {
    expect(t.ok('reference.fields.list', {}).map((f) => f.nameEn)).toEqual([
      'Agriculture',
      'Economic exchange',
      'Education',
      'Environment',
      'General administration',
      'Tourism',
    ]);
  });

  test('create and update, each audited', () => {
    const field = t.ok('reference.fields.create', { nameEn: 'Disaster prevention', nameJa: '防災' });
    expect(field).toMatchObject({ nameEn: 'Disaster prevention', nameJa: '防災', active: true });
    expect(lastAudit()).toMatchObject({ entity: 'field', entityId: String(field.id), action: 'create', after: field });

    const updated = t.ok('reference.fields.update', {
      id: field.id,
      data: { nameEn: 'Disaster risk', nameJa: '防災', active: false },
    });
    expect(updated).toEqual({ ...field, nameEn: 'Disaster risk', active: false });
    expect(lastAudit()).toMatchObject({ action: 'update', before: field, after: updated });
    expect(t.ok('reference.fields.list', {})).toContainEqual(updated);
  });

  test('a name already in use (any case) is a conflict, on create and on update', () => {
    expect(refused('reference.fields.create', { nameEn: 'TOURISM', nameJa: '観光' }).code).toBe('conflict');
    const field = t.ok('reference.fields.create', { nameEn: 'Health', nameJa: '保健' });
    const error = refused('reference.fields.update', { id: field.id, data: { nameEn: 'tourism', nameJa: 'x' } });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'nameEn', code: 'field_exists' }] });
    // Renaming a field to its own name in another case is fine.
    expect(t.ok('reference.fields.update', { id: field.id, data: { nameEn: 'HEALTH', nameJa: '保健' } }).nameEn).toBe(
      'HEALTH',
    );
  });

  test('blank names and unknown ids are refused', () => {
    expect(refused('reference.fields.create', { nameEn: ' ', nameJa: '' }).issues?.map((i) => i.code)).toEqual([
      'required',
      'required',
    ]);
    expect(refused('reference.fields.update', { id: 999, data: { nameEn: 'X', nameJa: 'X' } }).code).toBe('not_found');
  });

  test('a deactivated field still serves the trainees that have it', () => {
    const field = t.ok('reference.fields.create', { nameEn: 'Health', nameJa: '保健' });
    const { trainee } = t.ok('trainees.create', { data: traineeInput({ fieldId: field.id }) });
    t.ok('reference.fields.update', { id: field.id, data: { nameEn: 'Health', nameJa: '保健', active: false } });
    expect(t.ok('trainees.get', { id: trainee.id }).fieldId).toBe(field.id);
  });
});

describe('countries', () => {
  test('are the ASEAN members and India, in the seeded order', () => {
    expect(t.ok('reference.countries.list', {}).map((c) => c.code)).toEqual([
      'BN',
      'KH',
      'ID',
      'LA',
      'MY',
      'MM',
      'PH',
      'SG',
      'TH',
      'TL',
      'VN',
      'IN',
    ]);
  });

  test('save adds a new country and updates an existing one, each audited', () => {
    const jp = t.ok('reference.countries.save', { code: 'JP', nameEn: 'Japan', nameJa: '日本' });
    expect(jp).toEqual({ code: 'JP', nameEn: 'Japan', nameJa: '日本', active: true });
    expect(lastAudit()).toMatchObject({ entity: 'country', entityId: 'JP', action: 'create', before: null });
    const th = t.ok('reference.countries.save', { code: 'TH', nameEn: 'Thailand', nameJa: 'タイ王国', active: false });
    expect(th.nameJa).toBe('タイ王国');
    expect(lastAudit()).toMatchObject({ action: 'update', before: { nameJa: 'タイ' }, after: th });
    expect(t.ok('trainees.create', { data: traineeInput({ country: 'JP' }) }).trainee.country).toBe('JP');
  });

  test('codes must be two capital letters', () => {
    for (const code of ['th', 'THA', 'T', '12', '']) {
      expect(refused('reference.countries.save', { code, nameEn: 'X', nameJa: 'X' }).issues?.[0]?.path).toBe('code');
    }
  });
});
