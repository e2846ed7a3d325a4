// Registering and keeping trainees, through the real boundary (dispatch) on a real database file.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { count, openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const create = (overrides: Parameters<typeof traineeInput>[0] = {}, confirm = false) =>
  t.ok('trainees.create', { data: traineeInput(overrides), confirm }).trainee;

/** Runs a call that must be refused and checks that nothing at all was written. */
function refused(channel: Parameters<TestCore['fail']>[0], input: unknown) {
  const before = snapshot(t.core);
  const error = t.fail(channel, input);
  expect(error.message.length).toBeGreaterThan(0);
  expect(snapshot(t.core)).toEqual(before);
  return error;
}

function lastAudit() {
  return t.ok('audit.list', { limit: 1 })[0];
}

describe('create', () => {
  test('numbers trainees per fiscal year: FY2026-0001, FY2026-0002, then FY2025-0001', () => {
    expect(create({ passportNumber: 'P0000001' }).ref).toBe('FY2026-0001');
    expect(create({ passportNumber: 'P0000002', fullName: 'Suda Wongsawat' }).ref).toBe('FY2026-0002');
    expect(create({ passportNumber: 'P0000003', fullName: 'Anan', fiscalYear: 2025 }).ref).toBe('FY2025-0001');
    expect(create({ passportNumber: 'P0000004', fullName: 'Niran' }).ref).toBe('FY2026-0003');
  });

  test('stores every field as given (normalised) and reads it back with get', () => {
    const saved = t.ok('trainees.create', { data: traineeInput({ passportNumber: ' aa7654321 ', notes: '  ' }) });
    expect(saved.warnings).toEqual([]);
    const { trainee } = saved;
    expect(trainee).toMatchObject({
      fullName: 'Somchai Srisuk',
      nativeName: 'สมชาย ศรีสุข',
      katakanaName: 'ソムチャイ・シースック',
      passportNumber: 'AA7654321',
      notes: null,
      residenceCardNumber: null,
      status: 'accepted',
      version: 1,
      archived: false,
      isDemo: false,
      hasPhoto: false,
    });
    expect(trainee.createdAt).toBe(trainee.updatedAt);
    expect(t.ok('trainees.get', { id: trainee.id })).toEqual(trainee);
  });

  test('writes one audit entry with the new record, by the staff member named in settings', () => {
    t.ok('settings.update', { staffName: 'Tanaka' });
    const audits = count(t.core, 'audit_log');
    const trainee = create();
    expect(count(t.core, 'audit_log')).toBe(audits + 1);
    expect(lastAudit()).toMatchObject({
      actor: 'Tanaka',
      entity: 'trainee',
      entityId: String(trainee.id),
      action: 'create',
      before: null,
      after: trainee,
    });
  });

  test('names every missing required field and writes nothing', () => {
    const error = refused('trainees.create', { data: {} });
    expect(error.code).toBe('invalid_input');
    const paths = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.code]));
    expect(paths).toEqual({
      'data.fullName': 'required',
      'data.gender': 'required',
      'data.dateOfBirth': 'required',
      'data.country': 'required',
      'data.homeGovernment': 'required',
      'data.fieldId': 'required',
      'data.fiscalYear': 'required',
    });
    expect(error.message).toMatch(/fullName: required/);
  });

  test('an unknown country or field is refused by name', () => {
    t.ok('reference.countries.save', { code: 'JP', nameEn: 'Japan', nameJa: '日本' });
    const error = refused('trainees.create', { data: traineeInput({ country: 'ZZ', fieldId: 999 }) });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.code).sort()).toEqual(['unknown_country', 'unknown_field']);
    expect(error.message).toMatch(/Country is not in the list/);
  });

  test('an existing passport number is a conflict naming the holder, and nothing is written', () => {
    const first = create();
    const error = refused('trainees.create', {
      data: traineeInput({ fullName: 'Someone Else', passportNumber: 'aa1234567' }),
      confirm: true,
    });
    expect(error.code).toBe('conflict');
    expect(error.issues?.[0]).toMatchObject({ code: 'passport_exists', params: { ref: first.ref } });
    expect(error.message).toContain(first.ref);
  });

  test('the same name and date of birth needs confirmation, then saves with the warning', () => {
    const first = create();
    const twin = { data: traineeInput({ fullName: 'SOMCHAI  SRISUK', passportNumber: 'BB1234567' }) };
    const error = refused('trainees.create', twin);
    expect(error.code).toBe('needs_confirmation');
    expect(error.warnings).toEqual([{ code: 'possible_duplicate', params: { ref: first.ref, name: first.fullName } }]);
    expect(error.message).toMatch(/same name and date of birth/);
    const saved = t.ok('trainees.create', { ...twin, confirm: true });
    expect(saved.trainee.ref).toBe('FY2026-0002');
    expect(saved.warnings.map((w) => w.code)).toEqual(['possible_duplicate']);
  });

  test('a passport expiring before departure is a warning to confirm', () => {
    const data = traineeInput({ passportExpiry: '2026-11-30', departureDate: '2026-12-20' });
    const error = refused('trainees.create', { data });
    expect(error.code).toBe('needs_confirmation');
    expect(error.warnings).toEqual([{ code: 'passport_expires_before_departure', params: { expiry: '2026-11-30' } }]);
    expect(t.ok('trainees.create', { data, confirm: true }).warnings).toHaveLength(1);
  });

  test('incoherent dates are refused', () => {
    const error = refused('trainees.create', {
      data: traineeInput({ arrivalDate: '2026-12-01', departureDate: '2026-04-01' }),
    });
    expect(error.issues).toEqual([{ path: 'data.departureDate', code: 'departure_before_arrival' }]);
  });
});

describe('get', () => {
  test('an unknown id is not_found', () => {
    expect(t.fail('trainees.get', { id: 12345 }).code).toBe('not_found');
    expect(t.fail('trainees.get', { id: -1 }).code).toBe('invalid_input');
  });
});

describe('update', () => {
  test('saves a new version, keeps the ref, and audits before and after', () => {
    const v1 = create();
    const { trainee: v2 } = t.ok('trainees.update', {
      id: v1.id,
      version: 1,
      data: traineeInput({ fullName: 'Somchai Srisuk-Chai', fiscalYear: 2027 }),
    });
    expect(v2).toMatchObject({ ref: v1.ref, version: 2, fullName: 'Somchai Srisuk-Chai', fiscalYear: 2027 });
    expect(v2.updatedAt > v1.updatedAt).toBe(true);
    expect(v2.createdAt).toBe(v1.createdAt);
    expect(lastAudit()).toMatchObject({ action: 'update', before: v1, after: v2 });
  });

  test('the status is not edited: it moves only through trainees.transition', () => {
    const v1 = create();
    const error = refused('trainees.update', { id: v1.id, version: 1, data: traineeInput({ status: 'on_placement' }) });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'data.status', code: 'use_transition', params: { status: 'accepted' } }],
    });
    expect(t.ok('trainees.get', { id: v1.id })).toEqual(v1);
  });

  test('a stale version is refused and nothing is written', () => {
    const v1 = create();
    t.ok('trainees.update', { id: v1.id, version: 1, data: traineeInput({ notes: 'first edit' }) });
    const error = refused('trainees.update', { id: v1.id, version: 1, data: traineeInput({ notes: 'second' }) });
    expect(error.code).toBe('stale');
    expect(error.message).toContain(v1.ref);
    expect(t.ok('trainees.get', { id: v1.id }).notes).toBe('first edit');
  });

  test('its own passport is no conflict; another’s is', () => {
    const a = create();
    const b = create({ fullName: 'Suda', passportNumber: 'CC1234567' });
    expect(t.ok('trainees.update', { id: a.id, version: 1, data: traineeInput() }).trainee.version).toBe(2);
    const error = refused('trainees.update', { id: b.id, version: 1, data: traineeInput({ fullName: 'Suda' }) });
    expect(error.code).toBe('conflict');
  });

  test('its own name and birth date is no duplicate', () => {
    const a = create();
    expect(t.ok('trainees.update', { id: a.id, version: 1, data: traineeInput() }).warnings).toEqual([]);
  });

  test('an unknown id is not_found', () => {
    expect(refused('trainees.update', { id: 99, version: 1, data: traineeInput() }).code).toBe('not_found');
  });
});

describe('archive and restore', () => {
  test('archive hides from the active list, restore brings back; each audited once', () => {
    const a = create();
    const archived = t.ok('trainees.archive', { id: a.id });
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect(lastAudit()).toMatchObject({ action: 'archive', after: { archived: true } });
    expect(t.ok('trainees.list', {}).total).toBe(0);
    expect(t.ok('trainees.list', { archived: 'archived' }).rows.map((r) => r.id)).toEqual([a.id]);
    expect(t.ok('trainees.facets', {}).counts).toEqual({ active: 0, archived: 1, demo: 0 });

    // Archiving again changes nothing.
    const before = snapshot(t.core);
    expect(t.ok('trainees.archive', { id: a.id }).version).toBe(2);
    expect(snapshot(t.core)).toEqual(before);

    expect(t.ok('trainees.restore', { id: a.id })).toMatchObject({ archived: false, version: 3 });
    expect(lastAudit()).toMatchObject({ action: 'restore' });
    expect(t.ok('trainees.list', {}).total).toBe(1);
  });

  test('an unknown id is not_found', () => {
    expect(refused('trainees.archive', { id: 7 }).code).toBe('not_found');
    expect(refused('trainees.restore', { id: 7 }).code).toBe('not_found');
  });
});

describe('facets', () => {
  test('list the fiscal years in use, newest first', () => {
    create({ passportNumber: null });
    create({ passportNumber: null, fullName: 'B', fiscalYear: 2024 });
    create({ passportNumber: null, fullName: 'C', fiscalYear: 2025 });
    expect(t.ok('trainees.facets', {}).fiscalYears).toEqual([2026, 2025, 2024]);
  });
});
