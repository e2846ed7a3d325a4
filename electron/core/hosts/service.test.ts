// Keeping the host directory, through the real boundary (dispatch) on a real database file: create,
// read, update, (de)activate, the duplicate warning, audit entries, and the host's page (trainees and
// capacity use read from placements).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore, traineeInput } from '../../../tests/support/test-core';
import { insertInto } from '../db/sql-build';
import { hostData } from './__tests__/arbitraries';
import { monthRange, peakOverlap } from './usage';

let t: TestCore;
beforeEach(() => {
  // 2026-06-15 (the clock steps one second per reading).
  t = openTestCore({ now: () => new Date(2026, 5, 15, 12) });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const create = (overrides: Parameters<typeof hostData>[0] = {}, confirm = false) =>
  t.ok('hosts.create', { data: hostData(overrides), confirm }).host;

function refused(channel: Parameters<TestCore['fail']>[0], input: unknown) {
  const before = snapshot(t.core);
  const error = t.fail(channel, input);
  expect(error.message.length).toBeGreaterThan(0);
  expect(snapshot(t.core)).toEqual(before);
  return error;
}

const lastAudit = () => t.ok('audit.list', { entity: 'host', limit: 1 })[0];

describe('create and read', () => {
  test('stores every field, contacts in order and fields, and reads them back', () => {
    const host = create({
      contacts: [
        { name: '佐藤 由紀', email: 'yuki@city.example', department: ' 国際交流課 ', title: '', phone: null },
        { name: 'Tanaka Ken' },
      ],
      fieldIds: [3, 1, 3],
      notes: '  ',
    });
    expect(host).toMatchObject({
      nameEn: 'Aobakawa City',
      nameJa: '青葉川市',
      kind: 'city',
      prefecture: 37,
      capacity: 2,
      fieldIds: [1, 3],
      notes: null,
      active: true,
      isDemo: false,
      version: 1,
      contacts: [
        { name: '佐藤 由紀', department: '国際交流課', title: null, email: 'yuki@city.example', phone: null },
        { name: 'Tanaka Ken', department: null, title: null, email: null, phone: null },
      ],
    });
    expect(t.ok('hosts.get', { id: host.id }).host).toEqual(host);
  });

  test('writes one audit entry with the new record', () => {
    const host = create();
    expect(lastAudit()).toMatchObject({ entity: 'host', entityId: String(host.id), action: 'create', after: host });
  });

  test('names each problem of the input and writes nothing', () => {
    const error = refused('hosts.create', {
      data: hostData({
        nameEn: ' ',
        prefecture: 48,
        capacity: 100,
        contacts: [{ name: 'A', email: 'not-an-email' }],
        kind: 'county' as never,
      }),
    });
    expect(error.code).toBe('invalid_input');
    expect(Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.code]))).toEqual({
      'data.nameEn': 'required',
      'data.kind': 'invalid_choice',
      'data.prefecture': 'unknown_prefecture',
      'data.capacity': 'invalid_capacity',
      'data.contacts.0.email': 'invalid_email',
    });
  });

  test('refuses fields that do not exist, more than 10 contacts, and a fractional capacity', () => {
    expect(refused('hosts.create', { data: hostData({ fieldIds: [1, 999] }) }).issues).toEqual([
      { path: 'data.fieldIds.1', code: 'unknown_field', params: { id: 999 } },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `Contact ${i}` }));
    expect(refused('hosts.create', { data: hostData({ contacts: eleven }) }).issues?.[0]?.code).toBe(
      'too_many_contacts',
    );
    expect(refused('hosts.create', { data: hostData({ capacity: 1.5 }) }).issues?.[0]?.code).toBe('invalid_capacity');
  });

  test('an unknown id is not found', () => {
    expect(t.fail('hosts.get', { id: 4242 }).code).toBe('not_found');
  });
});

describe('possible duplicates: the same English or Japanese name in the same prefecture', () => {
  test('warns and needs confirmation, names the other host, and saves once confirmed', () => {
    const first = create();
    for (const data of [
      hostData({ nameEn: 'Another name' }), // same Japanese name
      hostData({ nameJa: '別の名前', nameEn: '  aobakawa   CITY ' }), // same English name, other case and spaces
    ]) {
      const error = refused('hosts.create', { data });
      expect(error.code).toBe('needs_confirmation');
      expect(error.warnings).toEqual([
        { code: 'possible_duplicate_host', params: { id: first.id, nameEn: 'Aobakawa City', nameJa: '青葉川市' } },
      ]);
    }
    const saved = t.ok('hosts.create', { data: hostData({ nameEn: 'Another name' }), confirm: true });
    expect(saved.warnings.map((w) => w.code)).toEqual(['possible_duplicate_host']);
  });

  test('the same name in another prefecture is not a duplicate (府中市 is in Tokyo and in Hiroshima)', () => {
    create({ nameEn: 'Fuchu City', nameJa: '府中市', prefecture: 13 });
    expect(
      t.ok('hosts.create', { data: hostData({ nameEn: 'Fuchu City', nameJa: '府中市', prefecture: 34 }) }).warnings,
    ).toEqual([]);
  });

  test('a host is not a duplicate of itself when updated', () => {
    const host = create();
    const saved = t.ok('hosts.update', { id: host.id, version: 1, data: hostData({ capacity: 3 }) });
    expect(saved.warnings).toEqual([]);
    expect(saved.host.capacity).toBe(3);
  });
});

describe('update and activation', () => {
  test('replaces contacts and fields, bumps the version, audits before and after', () => {
    const host = create();
    const { host: after } = t.ok('hosts.update', {
      id: host.id,
      version: 1,
      data: hostData({ contacts: [{ name: 'New Person' }], fieldIds: [5], address: null }),
    });
    expect(after).toMatchObject({ version: 2, fieldIds: [5], address: null, contacts: [{ name: 'New Person' }] });
    expect(lastAudit()).toMatchObject({ action: 'update', before: host, after });
  });

  test('an edit of an old version is refused as stale and writes nothing', () => {
    const host = create();
    t.ok('hosts.update', { id: host.id, version: 1, data: hostData({ capacity: 4 }) });
    expect(refused('hosts.update', { id: host.id, version: 1, data: hostData({ capacity: 5 }) }).code).toBe('stale');
  });

  test('deactivates and activates with an audit entry each; the same state again changes nothing', () => {
    const host = create();
    expect(t.ok('hosts.setActive', { id: host.id, active: false })).toMatchObject({ active: false, version: 2 });
    expect(lastAudit()).toMatchObject({ action: 'deactivate', before: { active: true }, after: { active: false } });
    const before = snapshot(t.core);
    expect(t.ok('hosts.setActive', { id: host.id, active: false }).version).toBe(2);
    expect(snapshot(t.core)).toEqual(before);
    expect(t.ok('hosts.setActive', { id: host.id, active: true }).active).toBe(true);
    expect(lastAudit()?.action).toBe('activate');
  });
});

describe("the host's page", () => {
  const trainee = (name: string) =>
    t.ok('trainees.create', { data: traineeInput({ fullName: name, passportNumber: null }), confirm: true }).trainee.id;
  function place(traineeId: number, hostId: number, start: string, end: string, cancelled = false) {
    t.core.db.run(
      insertInto('placements', {
        trainee_id: traineeId,
        host_id: hostId,
        start_date: start,
        end_date: end,
        cancelled: cancelled ? 1 : 0,
        created_at: 'x',
        updated_at: 'x',
      }),
    );
  }

  test('lists current, upcoming and past trainees from live placements (today counts as current)', () => {
    const host = create();
    const [a, b, c, d, e] = [trainee('Anan'), trainee('Bunma'), trainee('Chai'), trainee('Dara'), trainee('Ekkachai')];
    place(a, host.id, '2026-06-15', '2026-09-30'); // starts today
    place(b, host.id, '2026-01-10', '2026-06-15'); // ends today
    place(c, host.id, '2026-06-16', '2026-12-01'); // starts tomorrow
    place(d, host.id, '2025-10-01', '2026-06-14'); // ended yesterday
    place(e, host.id, '2026-05-01', '2026-08-01', true); // cancelled: not shown
    const { trainees } = t.ok('hosts.get', { id: host.id });
    expect(trainees.current.map((p) => p.fullName)).toEqual(['Bunma', 'Anan']);
    expect(trainees.upcoming.map((p) => p.fullName)).toEqual(['Chai']);
    expect(trainees.past.map((p) => p.fullName)).toEqual(['Dara']);
    expect(trainees.current[1]).toMatchObject({ traineeId: a, startDate: '2026-06-15', endDate: '2026-09-30' });
    const row = t.ok('hosts.list', {}).rows.find((r) => r.id === host.id);
    expect(row?.currentTrainees).toBe(2);
  });

  test('capacity use: 25 months, the peak of simultaneous placements on any one day', () => {
    const host = create({ capacity: 2 });
    const [a, b, c] = [trainee('Anan'), trainee('Bunma'), trainee('Chai')];
    place(a, host.id, '2026-03-01', '2026-03-10');
    place(b, host.id, '2026-03-10', '2026-04-05'); // overlaps a on 10 March only
    place(c, host.id, '2026-03-11', '2026-03-31'); // overlaps b, not a
    place(c, host.id, '2024-01-01', '2025-12-31'); // from before the window into it
    const use = t.ok('hosts.get', { id: host.id }).capacityUse;
    expect(use).toHaveLength(25);
    expect(use[0]).toEqual({ month: '2025-06', peak: 1, capacity: 2 });
    expect(use[24]?.month).toBe('2027-06');
    const byMonth = Object.fromEntries(use.map((m) => [m.month, m.peak]));
    expect(byMonth).toMatchObject({ '2025-12': 1, '2026-01': 0, '2026-03': 2, '2026-04': 1, '2026-05': 0 });
  });

  test('month ranges know leap years and cross year ends', () => {
    expect(monthRange('2028-01-31', 1)).toEqual({ month: '2028-02', first: '2028-02-01', last: '2028-02-29' });
    expect(monthRange('2026-01-15', 1).last).toBe('2026-02-28');
    expect(monthRange('2026-01-15', -1)).toEqual({ month: '2025-12', first: '2025-12-01', last: '2025-12-31' });
    expect(monthRange('2026-06-15', 12).month).toBe('2027-06');
  });

  test('peak overlap counts inclusive days', () => {
    expect(peakOverlap([])).toBe(0);
    expect(
      peakOverlap([
        { start: '2026-01-01', end: '2026-01-05' },
        { start: '2026-01-05', end: '2026-01-09' },
      ]),
    ).toBe(2);
    expect(
      peakOverlap([
        { start: '2026-01-01', end: '2026-01-04' },
        { start: '2026-01-05', end: '2026-01-09' },
      ]),
    ).toBe(1);
  });
});
