// The Needs-attention list through dispatch, on the test clock's 15 September 2026: what is due is
// derived from placements, entries and documents; writing the missing entry takes an item off.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { snapshot } from '../../../tests/support/test-core';
import { addTrainee, insertHost, place } from '../placements/__tests__/fixtures';
import { evaluation, openProgressCore, report, type Setup } from './__tests__/testing';

let s: Setup;
beforeEach(() => {
  s = openProgressCore();
});
afterEach(() => {
  expect(s.t.logged).toEqual([]);
  s.t.close();
});

const list = (query: Parameters<Setup['t']['ok']>[1] = {}) => s.t.ok('progress.attention.list', query as never);
const brief = (query = {}) => list(query).items.map((i) => [i.kind, i.state, i.dueDate, i.placementMonth]);

test('the trainee’s unreported past months are overdue, the mid-term evaluation due soon; nothing is written', () => {
  const before = snapshot(s.t.core);
  const page = list();
  expect(snapshot(s.t.core)).toEqual(before);
  expect(page.today).toBe('2026-09-15');
  // May–August are a week past their end; September is due 7 October (later than 14 days away);
  // the mid-term is due mid-span (1 May 2026 – 31 Jan 2027); the final on 7 February 2027.
  expect(brief()).toEqual([
    ['monthly_report', 'overdue', '2026-06-07', 1],
    ['monthly_report', 'overdue', '2026-07-07', 2],
    ['monthly_report', 'overdue', '2026-08-07', 3],
    ['monthly_report', 'overdue', '2026-09-07', 4],
    ['mid_term_evaluation', 'due_soon', '2026-09-15', null],
  ]);
  expect(page.total).toBe(5);
  expect(page.counts).toEqual({ overdue: 4, dueSoon: 1 });
  expect(page.byKind).toEqual({ monthly_report: 4, mid_term_evaluation: 1 });
  const trainee = s.t.ok('trainees.get', { id: s.traineeId });
  expect(page.items[0]).toEqual({
    kind: 'monthly_report',
    state: 'overdue',
    dueDate: '2026-06-07',
    traineeId: s.traineeId,
    traineeRef: trainee.ref,
    traineeName: trainee.fullName,
    country: 'TH',
    fiscalYear: 2026,
    placementId: s.first,
    placementMonth: 1,
    hostNameEn: 'Aoba City',
    hostNameJa: 'Aoba City（日本語）',
    target: {
      screen: 'trainee-progress',
      traineeId: s.traineeId,
      newEntry: { kind: 'monthly_report', placementId: s.first, month: 1 },
    },
  });
  expect(page.items[4]).toMatchObject({
    placementId: s.first,
    hostNameEn: 'Aoba City',
    target: { screen: 'trainee-progress', traineeId: s.traineeId, newEntry: { kind: 'evaluation', stage: 'mid_term' } },
  });
});

test('a report written takes its month off; deleted, the month is due again', () => {
  const { entry } = s.t.ok('progress.create', { traineeId: s.traineeId, data: report(s.first, 2) });
  expect(brief({ kind: 'monthly_report' }).map((i) => i[3])).toEqual([1, 3, 4]);
  s.t.ok('progress.delete', { id: entry.id, version: 1 });
  expect(brief({ kind: 'monthly_report' }).map((i) => i[3])).toEqual([1, 2, 3, 4]);
});

test('evaluations: a live mid-term one satisfies the mid-term; a final one satisfies both', () => {
  const later = { today: '2027-02-01' };
  expect(brief({ ...later, kind: 'final_evaluation' })).toEqual([['final_evaluation', 'due_soon', '2027-02-07', null]]);
  expect(list({ ...later, kind: 'final_evaluation' }).items[0]).toMatchObject({
    placementId: s.second,
    hostNameEn: 'Midori Town',
    target: { screen: 'trainee-progress', traineeId: s.traineeId, newEntry: { kind: 'evaluation', stage: 'final' } },
  });
  const other = s.t.ok('progress.create', { traineeId: s.traineeId, data: evaluation('other') }).entry;
  expect(list({ kind: 'mid_term_evaluation' }).total).toBe(1);
  s.t.ok('progress.delete', { id: other.id, version: 1 });
  const mid = s.t.ok('progress.create', { traineeId: s.traineeId, data: evaluation('mid_term') }).entry;
  expect(list({ kind: 'mid_term_evaluation' }).total).toBe(0);
  s.t.ok('progress.delete', { id: mid.id, version: 1 });
  expect(list({ kind: 'mid_term_evaluation' }).total).toBe(1);
  s.t.ok('progress.create', { traineeId: s.traineeId, data: evaluation('final') });
  expect(list({ kind: 'mid_term_evaluation' }).total).toBe(0);
  expect(list({ ...later, kind: 'final_evaluation' }).total).toBe(0);
});

describe('documents', () => {
  test('expired is overdue, within 90 days or before departure due soon; the target opens the field', () => {
    const id = addTrainee(s.t, {
      status: 'accepted',
      country: 'VN',
      passportExpiry: '2026-12-01',
      residenceCardNumber: 'AB12345678CD',
      residenceCardExpiry: '2026-09-10',
      departureDate: '2027-02-20',
    });
    const page = list({ traineeId: id });
    expect(page.items.map((i) => [i.kind, i.state, i.dueDate, i.target])).toEqual([
      [
        'residence_card_expiry',
        'overdue',
        '2026-09-10',
        { screen: 'trainee-edit', traineeId: id, focus: 'residenceCardExpiry' },
      ],
      ['passport_expiry', 'due_soon', '2026-12-01', { screen: 'trainee-edit', traineeId: id, focus: 'passportExpiry' }],
    ]);
    expect(page.items[0]).toMatchObject({ placementId: null, placementMonth: null, hostNameEn: null });
    // Before departure, though more than 90 days away.
    const late = addTrainee(s.t, { passportExpiry: '2027-01-31', departureDate: '2027-02-20' });
    expect(brief({ traineeId: late })).toEqual([['passport_expiry', 'due_soon', '2027-01-31', null]]);
    const fine = addTrainee(s.t, { passportExpiry: '2031-01-31', departureDate: '2027-02-20' });
    expect(list({ traineeId: fine }).total).toBe(0);
  });
});

test('only accepted, introductory and on-placement trainees who are not archived are followed', () => {
  const expiring = { passportExpiry: '2026-10-01' };
  const followed = ['accepted', 'introductory', 'on_placement'].map((status) =>
    addTrainee(s.t, { status: status as 'accepted', ...expiring }),
  );
  for (const status of ['applicant', 'completed', 'withdrawn'] as const) addTrainee(s.t, { status, ...expiring });
  const archived = addTrainee(s.t, expiring);
  s.t.ok('trainees.archive', { id: archived });
  const listed = new Set(list({ kind: 'passport_expiry' }).items.map((i) => i.traineeId));
  expect([...listed].sort()).toEqual(followed.sort());
});

test('cancelled placements are not followed', () => {
  const id = addTrainee(s.t, { status: 'on_placement' });
  const host = insertHost(s.t.core.db);
  const p = place(s.t, {
    traineeId: id,
    hostId: host,
    start: '2026-05-01',
    end: '2026-08-31',
    supervisor: null,
    notes: null,
    confirm: true,
    reason: 'test',
  });
  // May–August all reported late, the mid-term (1 July) and the final (7 September) overdue.
  expect(list({ traineeId: id }).byKind).toEqual({ monthly_report: 4, final_evaluation: 1, mid_term_evaluation: 1 });
  s.t.ok('placements.cancel', { id: p.id, version: p.version, reason: 'moved' });
  expect(list({ traineeId: id }).total).toBe(0);
});

describe('filters, order and pages', () => {
  let other: number;
  beforeEach(() => {
    // A Vietnamese FY2025 trainee with the same first placement: same due dates, a later ref.
    other = addTrainee(s.t, { status: 'on_placement', country: 'VN', fiscalYear: 2025 });
    place(s.t, {
      traineeId: other,
      hostId: insertHost(s.t.core.db),
      start: '2026-05-01',
      end: '2026-10-31',
      supervisor: null,
      notes: null,
      confirm: true,
      reason: 'test',
    });
  });

  test('overdue first, then due soon; by due date, then the trainee’s reference', () => {
    const items = list().items;
    const firstSoon = items.findIndex((i) => i.state === 'due_soon');
    expect(items.slice(firstSoon).every((i) => i.state === 'due_soon')).toBe(true);
    for (const part of [items.slice(0, firstSoon), items.slice(firstSoon)]) {
      const dates = part.map((i) => i.dueDate);
      expect(dates).toEqual([...dates].sort());
    }
    const refs = items.filter((i) => i.dueDate === '2026-06-07').map((i) => i.traineeRef);
    expect(refs).toEqual(['FY2025-0001', s.t.ok('trainees.get', { id: s.traineeId }).ref]);
  });

  test('by kind, state, country, fiscal year and trainee; counts cover the filtered set, not the page', () => {
    expect(list().total).toBe(10);
    expect(list({ country: 'VN' }).items.every((i) => i.traineeId === other)).toBe(true);
    expect(list({ fiscalYear: 2026 }).items.every((i) => i.traineeId === s.traineeId)).toBe(true);
    expect(list({ traineeId: other }).total).toBe(5);
    expect(list({ state: 'due_soon' })).toMatchObject({ total: 1, counts: { overdue: 0, dueSoon: 1 } });
    expect(list({ kind: 'monthly_report', state: 'overdue' }).byKind).toEqual({ monthly_report: 8 });
    const page = list({ offset: 3, limit: 4 });
    expect(page.items).toEqual(list().items.slice(3, 7));
    expect(page).toMatchObject({ total: 10, counts: { overdue: 9, dueSoon: 1 } });
    expect(list({ offset: 50 }).items).toEqual([]);
  });

  test('today can be given (a later day shows more)', () => {
    expect(list({ today: '2026-06-01' }).items.map((i) => i.dueDate)).toEqual(['2026-06-07', '2026-06-07']);
    expect(list({ today: '2027-03-01' }).counts.overdue).toBeGreaterThan(list().counts.overdue);
  });
});

describe('placement conflicts', () => {
  const conflicts = () => list({ kind: 'placement_conflict' }).items.map((i) => [i.traineeName, i.state, i.hostNameEn]);

  test('over capacity accepted with a reason is not listed; once nobody accepted it, every trainee there is', () => {
    const host = insertHost(s.t.core.db, { nameEn: 'One Seat', capacity: 1, fields: [1] });
    const a = addTrainee(s.t, { fullName: 'Anan' });
    const b = addTrainee(s.t, { fullName: 'Bunma' });
    place(s.t, { traineeId: a, hostId: host, start: '2026-05-01', end: '2027-01-31', confirm: true, reason: 'r' });
    place(s.t, { traineeId: b, hostId: host, start: '2026-10-01', end: '2027-03-31', confirm: true, reason: 'Agreed' });
    expect(conflicts()).toEqual([]);

    // The host's capacity lowered afterwards: two too many, one acceptance.
    s.t.core.db.raw.prepare('UPDATE hosts SET capacity = 0 WHERE id = ?').run(host);
    expect(conflicts()).toEqual([
      ['Anan', 'overdue', 'One Seat'],
      ['Bunma', 'due_soon', 'One Seat'],
    ]);
    const item = list({ kind: 'placement_conflict' }).items[0];
    expect(item?.target).toEqual({ screen: 'timeline', traineeId: a, fiscalYear: 2026, traineeRef: item?.traineeRef });
  });

  test('overlapping placements written behind the rules’ back are listed; placements already over are not', () => {
    const host = insertHost(s.t.core.db, { capacity: 5 });
    const a = addTrainee(s.t, { fullName: 'Anan' });
    const insert = s.t.core.db.raw.prepare(
      "INSERT INTO placements (trainee_id, host_id, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')",
    );
    insert.run(a, host, '2026-05-01', '2026-06-30');
    insert.run(a, host, '2026-06-30', '2026-07-31');
    expect(conflicts()).toEqual([]);
    insert.run(a, host, '2026-09-01', '2026-12-31');
    insert.run(a, host, '2026-12-01', '2027-02-28');
    expect(conflicts()).toEqual([
      ['Anan', 'overdue', expect.any(String)],
      ['Anan', 'due_soon', expect.any(String)],
    ]);
  });
});
