// Host suggestions and the cohort timeline, on a real database.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, insertCohort, insertHost, place } from './__tests__/fixtures';

let t: TestCore;
beforeEach(() => {
  t = openTestCore({ now: () => new Date('2026-06-15T03:00:00Z') });
});
afterEach(() => {
  expect(t.logged).toEqual([]);
  t.close();
});

const PERIOD = { start: '2026-05-01', end: '2026-12-31' };

describe('suggest', () => {
  test('ranks by field, then free seats, then prefecture; full hosts last; inactive never', () => {
    const db = t.core.db;
    const trainee = addTrainee(t); // field 1
    const fieldRoomy = insertHost(db, { nameEn: 'Roomy Field', capacity: 5, fields: [1, 2], prefecture: 27 });
    const fieldTight = insertHost(db, { nameEn: 'Tight Field', capacity: 1, fields: [1], prefecture: 1 });
    const noField = insertHost(db, { nameEn: 'No Field', capacity: 9, fields: [2], prefecture: 1 });
    const full = insertHost(db, { nameEn: 'Full Field', capacity: 1, fields: [1] });
    insertHost(db, { nameEn: 'Closed', capacity: 9, active: false });
    // Another trainee fills "Full Field" for part of the period: full over the period as a whole.
    place(t, {
      traineeId: addTrainee(t),
      hostId: full,
      start: '2026-12-01',
      end: '2027-01-31',
      confirm: true,
      reason: 'x',
    });

    const before = snapshot(t.core);
    const { hosts } = t.ok('placements.suggest', { traineeId: trainee, ...PERIOD });
    expect(snapshot(t.core)).toEqual(before);
    expect(hosts.map((h) => h.nameEn)).toEqual(['Roomy Field', 'Tight Field', 'No Field', 'Full Field']);
    expect(hosts[0]).toMatchObject({
      hostId: fieldRoomy,
      capacity: 5,
      peak: 0,
      free: 5,
      score: 130,
      reasons: [
        { code: 'field_offered', params: { field: 'General administration' }, points: 100 },
        { code: 'free_capacity', params: { free: 5, capacity: 5 }, points: 30 },
      ],
    });
    expect(hosts[2]).toMatchObject({ hostId: noField, score: 30 });
    expect(hosts[2]?.reasons.map((r) => r.code)).toEqual(['free_capacity', 'field_not_offered']);
    expect(hosts[3]).toMatchObject({ hostId: full, peak: 1, free: 0, score: -900 });
    expect(hosts[3]?.reasons.map((r) => r.code)).toEqual(['full', 'field_offered']);

    // A preferred prefecture lifts "Tight Field" (Hokkaido) level with "Roomy Field" (Osaka); more free
    // seats break the tie.
    const preferred = t.ok('placements.suggest', { traineeId: trainee, ...PERIOD, prefecture: 1, limit: 2 }).hosts;
    expect(preferred.map((h) => [h.hostId, h.score])).toEqual([
      [fieldRoomy, 130],
      [fieldTight, 130],
    ]);
    expect(preferred[1]?.reasons.map((r) => r.code)).toEqual([
      'field_offered',
      'preferred_prefecture',
      'free_capacity',
    ]);
  });

  test("the previous placement's prefecture is a weak plus; the edited placement does not count against its host", () => {
    const db = t.core.db;
    const trainee = addTrainee(t);
    const osaka = insertHost(db, { nameEn: 'Osaka A', capacity: 1, prefecture: 27 });
    const osakaB = insertHost(db, { nameEn: 'Osaka B', capacity: 1, prefecture: 27 });
    const tokyo = insertHost(db, { nameEn: 'Tokyo A', capacity: 1, prefecture: 13 });
    place(t, { traineeId: trainee, hostId: osaka, start: '2026-05-01', end: '2026-08-31', confirm: true, reason: 'r' });
    const next = { traineeId: trainee, start: '2026-09-01', end: '2026-12-31' };
    const hosts = t.ok('placements.suggest', next).hosts;
    expect(hosts.map((h) => [h.hostId, h.score])).toEqual([
      [osaka, 115],
      [osakaB, 115],
      [tokyo, 110],
    ]);
    expect(hosts[0]?.reasons.at(-1)).toEqual({ code: 'previous_prefecture', params: { prefecture: 27 }, points: 5 });

    const current = place(t, { ...next, hostId: tokyo });
    const during = t.ok('placements.suggest', next).hosts.find((h) => h.hostId === tokyo);
    expect(during).toMatchObject({ peak: 1, free: 0 });
    const editing = t
      .ok('placements.suggest', { ...next, excludeId: current.id })
      .hosts.find((h) => h.hostId === tokyo);
    expect(editing).toMatchObject({ peak: 0, free: 1 });
  });

  test('every score is the sum of its reasons, whatever the mix', () => {
    const db = t.core.db;
    const trainee = addTrainee(t);
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) {
      ids.push(insertHost(db, { capacity: i % 4, fields: [1 + (i % 3)], prefecture: 1 + (i % 5) }));
      if (i % 3 === 0) {
        const month = `2026-0${5 + (i % 4)}`;
        const occupant = { traineeId: addTrainee(t), hostId: ids[i] as number, confirm: true, reason: 'r' };
        place(t, { ...occupant, start: `${month}-01`, end: `${month}-20` });
      }
    }
    const earlier = { traineeId: trainee, hostId: ids[2] as number, confirm: true, reason: 'r' };
    place(t, { ...earlier, start: '2026-04-01', end: '2026-04-30' });
    const { hosts } = t.ok('placements.suggest', { traineeId: trainee, ...PERIOD, prefecture: 2, limit: 200 });
    expect(hosts).toHaveLength(24);
    for (const h of hosts) expect(h.score).toBe(h.reasons.reduce((sum, r) => sum + r.points, 0));
    const scores = hosts.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const codes = new Set(hosts.flatMap((h) => h.reasons.map((r) => r.code)));
    expect(codes).toEqual(
      new Set([
        'field_offered',
        'field_not_offered',
        'free_capacity',
        'full',
        'preferred_prefecture',
        'previous_prefecture',
      ]),
    );
  });

  test('an unknown trainee is not found', () => {
    expect(t.fail('placements.suggest', { traineeId: 99, ...PERIOD }).code).toBe('not_found');
  });
});

describe('placements.timeline.cohort', () => {
  test('the cohort, today, one row per non-archived trainee in reference order, with conflicts flagged', () => {
    const db = t.core.db;
    insertCohort(db, {
      fiscalYear: 2026,
      introStart: '2026-04-01',
      introEnd: '2026-04-30',
      programmeStart: '2026-04-01',
      programmeEnd: '2027-03-31',
    });
    const a = addTrainee(t, { fullName: 'Anan' });
    const b = addTrainee(t, { fullName: 'Bunma', departureDate: '2026-11-30' });
    const archived = addTrainee(t, { fullName: 'Chai' });
    t.ok('trainees.archive', { id: archived });
    const other = addTrainee(t, { fiscalYear: 2025, arrivalDate: '2025-04-10', departureDate: '2026-02-20' });
    const small = insertHost(db, { nameEn: 'Small Town', capacity: 1, fields: [2] });
    const big = insertHost(db, { nameEn: 'Big City', capacity: 5 });

    const pa = place(t, { traineeId: a, hostId: big, start: '2026-05-01', end: '2026-12-31' });
    const pb = place(t, {
      traineeId: b,
      hostId: small,
      start: '2026-04-20',
      end: '2026-12-15',
      confirm: true,
      reason: 'r',
    });
    // Another cohort's trainee at the small host from December: over capacity in December only.
    place(t, { traineeId: other, hostId: small, start: '2026-12-01', end: '2027-01-31', confirm: true, reason: 'r' });
    // A cancelled placement is not shown.
    const gone = place(t, {
      traineeId: a,
      hostId: small,
      start: '2027-01-01',
      end: '2027-01-31',
      confirm: true,
      reason: 'r',
    });
    t.ok('placements.cancel', { id: gone.id, version: 1, reason: 'dropped' });

    const timeline = t.ok('placements.timeline.cohort', { fiscalYear: 2026 });
    expect(timeline).toMatchObject({
      fiscalYear: 2026,
      cohort: { introStart: '2026-04-01', introEnd: '2026-04-30', programmeEnd: '2027-03-31' },
      today: '2026-06-15',
      range: { start: '2026-04-01', end: '2027-03-31' },
    });
    expect(timeline.rows.map((r) => r.fullName)).toEqual(['Anan', 'Bunma']);
    expect(timeline.rows[0]).toMatchObject({
      traineeId: a,
      status: 'accepted',
      flags: [],
      placements: [
        {
          id: pa.id,
          hostNameEn: 'Big City',
          start: '2026-05-01',
          end: '2026-12-31',
          overrides: [],
          flags: [],
          accepted: [],
        },
      ],
    });
    expect(timeline.rows[1]?.placements).toEqual([
      {
        id: pb.id,
        hostId: small,
        hostNameEn: 'Small Town',
        hostNameJa: 'Small Town（日本語）',
        start: '2026-04-20',
        end: '2026-12-15',
        overrides: pb.overrides,
        flags: ['capacity_exceeded', 'starts_during_intro', 'ends_after_departure', 'field_not_offered'],
        // Over capacity was accepted by the other cohort's placement, with its reason.
        accepted: [
          { code: 'capacity_exceeded', reason: 'r' },
          { code: 'starts_during_intro', reason: 'r' },
          { code: 'ends_after_departure', reason: 'r' },
          { code: 'field_not_offered', reason: 'r' },
        ],
      },
    ]);
    expect(pb.overrides).toEqual(['starts_during_intro', 'ends_after_departure', 'field_not_offered']);
  });

  test('over capacity accepted with a reason is accepted on every bar at the host; more excess is not', () => {
    const a = addTrainee(t, { fullName: 'Anan' });
    const b = addTrainee(t, { fullName: 'Bunma' });
    const c = addTrainee(t, { fullName: 'Chai' });
    const host = insertHost(t.core.db, { nameEn: 'One Seat', capacity: 1, fields: [1] });
    place(t, { traineeId: a, hostId: host, start: '2026-05-01', end: '2027-01-31' });
    place(t, {
      traineeId: b,
      hostId: host,
      start: '2026-06-01',
      end: '2026-08-31',
      confirm: true,
      reason: 'The host agreed',
    });
    const capacityOf = () =>
      t.ok('placements.timeline.cohort', { fiscalYear: 2026 }).rows.map((r) =>
        r.placements.map((p) => ({
          flags: p.flags.filter((f) => f === 'capacity_exceeded'),
          accepted: p.accepted.filter((f) => f.code === 'capacity_exceeded'),
        })),
      );
    const accepted = {
      flags: ['capacity_exceeded'],
      accepted: [{ code: 'capacity_exceeded', reason: 'The host agreed' }],
    };
    expect(capacityOf()).toEqual([[accepted], [accepted], []]);

    // A third trainee written behind the rules' back: two too many, one acceptance, so a conflict.
    t.core.db.raw
      .prepare(
        "INSERT INTO placements (trainee_id, host_id, start_date, end_date, created_at, updated_at) VALUES (?, ?, '2026-07-01', '2026-07-31', 'x', 'x')",
      )
      .run(c, host);
    const open = { flags: ['capacity_exceeded'], accepted: [] };
    expect(capacityOf()).toEqual([[open], [open], [open]]);
  });

  test('overlaps and programme length are flagged even when the data got there another way', () => {
    insertCohort(t.core.db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
    const a = addTrainee(t);
    const host = insertHost(t.core.db, { capacity: 5 });
    place(t, { traineeId: a, hostId: host, start: '2026-05-01', end: '2026-06-30', confirm: true, reason: 'r' });
    // Written behind the rules' back (an import, an old version): the timeline still shows it.
    t.core.db.raw
      .prepare(
        "INSERT INTO placements (trainee_id, host_id, start_date, end_date, created_at, updated_at) VALUES (?, ?, '2026-06-30', '2026-07-31', 'x', 'x')",
      )
      .run(a, host);
    const row = t.ok('placements.timeline.cohort', { fiscalYear: 2026 }).rows[0];
    expect(row?.flags).toEqual(['programme_too_short']);
    expect(row?.placements.map((p) => p.flags)).toEqual([['trainee_overlap'], ['trainee_overlap']]);
  });

  test('a fiscal year without cohort or trainees: empty rows, the fiscal year as the range', () => {
    expect(t.ok('placements.timeline.cohort', { fiscalYear: 2030 })).toEqual({
      fiscalYear: 2030,
      cohort: null,
      today: '2026-06-15',
      range: { start: '2030-04-01', end: '2031-03-31' },
      rows: [],
    });
  });
});
