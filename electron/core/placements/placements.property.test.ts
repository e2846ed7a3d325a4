// Property test: random sequences of create, update and cancel (with and without confirm and reason)
// on a few trainees and small hosts. After every step: no trainee has two live placements sharing a
// day; every day a host is over capacity is covered by a live placement there that recorded a
// capacity_exceeded override with a reason; and a refused step changed nothing at all.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDays } from '../../../shared/placements/dates';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { addTrainee, insertCohort, insertHost } from './__tests__/fixtures';

const FIRST_DAY = '2026-04-01';
const WINDOW_DAYS = 600;

let t: TestCore;
let trainees: number[];
let hosts: { id: number; capacity: number }[];

beforeAll(() => {
  t = openTestCore();
  const db = t.core.db;
  insertCohort(db, { fiscalYear: 2026, introStart: '2026-04-01', introEnd: '2026-04-30' });
  trainees = [
    addTrainee(t),
    addTrainee(t, { departureDate: '2026-12-31' }),
    addTrainee(t, { fieldId: 2 }),
    addTrainee(t, { fiscalYear: 2027, arrivalDate: '2027-04-02', departureDate: '2028-01-31' }),
    addTrainee(t, { status: 'withdrawn' }),
  ];
  hosts = [
    { id: insertHost(db, { capacity: 1 }), capacity: 1 },
    { id: insertHost(db, { capacity: 1, fields: [2] }), capacity: 1 },
    { id: insertHost(db, { capacity: 2 }), capacity: 2 },
    { id: insertHost(db, { capacity: 0 }), capacity: 0 },
    { id: insertHost(db, { capacity: 3, active: false }), capacity: 3 },
  ];
});
afterAll(() => t.close());

// Periods on a 5-day grid, so that one often ends on the day another starts (a shared day) or the day
// before; mostly short (to crowd the hosts), some long enough for a whole programme, a few reversed.
const period = fc
  .tuple(
    fc.integer({ min: 0, max: 58 }),
    fc.oneof(fc.integer({ min: -1, max: 24 }), fc.integer({ min: 36, max: 60 })),
    fc.constantFrom(0, 0, -1),
  )
  .map(([a, length, nudge]) => ({
    start: addDays(FIRST_DAY, 5 * a),
    end: addDays(FIRST_DAY, 5 * (a + length) + nudge),
  }));
const acceptance = fc.oneof(
  fc.constant({ confirm: true, reason: 'agreed with the host' }),
  fc.record({ confirm: fc.boolean(), reason: fc.constantFrom('agreed with the host', '', '  ') }, { requiredKeys: [] }),
);

type Op =
  | { kind: 'create'; trainee: number; host: number; period: { start: string; end: string }; accept: object }
  | {
      kind: 'update';
      pick: number;
      host: number;
      period: { start: string; end: string };
      accept: object;
      stale: boolean;
    }
  | { kind: 'cancel'; pick: number; reason: string; stale: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      trainee: fc.nat(),
      host: fc.nat(),
      period,
      accept: acceptance,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      host: fc.nat(),
      period,
      accept: acceptance,
      stale: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      pick: fc.nat(),
      reason: fc.constantFrom('host closed', 'trainee ill', ''),
      stale: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    }),
  },
);

interface Row {
  id: number;
  trainee_id: number;
  host_id: number;
  start_date: string;
  end_date: string;
  cancelled: number;
  overrides: string;
  override_reason: string | null;
  version: number;
}

const rows = () => t.core.db.raw.prepare('SELECT * FROM placements ORDER BY id').all() as Row[];

/** Runs one step; returns whether it was accepted (null: nothing to act on). */
function run(step: Op): boolean | null {
  const all = rows();
  const target = all.length > 0 ? all[('pick' in step ? step.pick : 0) % all.length] : undefined;
  const host = hosts[('host' in step ? step.host : 0) % hosts.length]?.id as number;
  const before = snapshot(t.core);
  let result: ReturnType<TestCore['dispatch']>;
  if (step.kind === 'create') {
    const traineeId = trainees[step.trainee % trainees.length] as number;
    result = t.dispatch('placements.create', { traineeId, hostId: host, ...step.period, ...step.accept });
  } else if (!target) {
    return null;
  } else if (step.kind === 'update') {
    const version = target.version + (step.stale ? 1 : 0);
    result = t.dispatch('placements.update', {
      id: target.id,
      version,
      data: { hostId: host, ...step.period },
      ...step.accept,
    });
  } else {
    const version = target.version - (step.stale ? 1 : 0);
    result = t.dispatch('placements.cancel', { id: target.id, version, reason: step.reason });
  }
  if (!result.ok) {
    expect(['invalid_input', 'conflict', 'needs_confirmation', 'stale', 'not_found']).toContain(result.error.code);
    expect(snapshot(t.core)).toEqual(before);
  }
  return result.ok;
}

function checkInvariants(): void {
  const live = rows().filter((r) => r.cancelled === 0);
  for (const a of live) {
    for (const b of live) {
      if (a.id < b.id && a.trainee_id === b.trainee_id) {
        const shareDay = a.start_date <= b.end_date && b.start_date <= a.end_date;
        expect(shareDay, `placements ${a.id} and ${b.id} of trainee ${a.trainee_id} overlap`).toBe(false);
      }
    }
    const overrides = JSON.parse(a.overrides) as string[];
    if (overrides.length > 0) expect(a.override_reason?.trim()).toBeTruthy();
  }
  // Day by day, independent of the sweep the core uses.
  for (const host of hosts) {
    const here = live.filter((r) => r.host_id === host.id);
    if (here.length <= host.capacity) continue;
    for (let day = FIRST_DAY, i = 0; i < WINDOW_DAYS; i++, day = addDays(day, 1)) {
      const present = here.filter((r) => r.start_date <= day && day <= r.end_date);
      if (present.length <= host.capacity) continue;
      const covered = present.some(
        (r) => (JSON.parse(r.overrides) as string[]).includes('capacity_exceeded') && r.override_reason?.trim(),
      );
      expect(covered, `host ${host.id} holds ${present.length} on ${day} with no recorded override`).toBe(true);
    }
  }
}

test('no sequence of operations double-books a trainee or overfills a host without a recorded override', () => {
  const seen = { accepted: { create: 0, update: 0, cancel: 0 }, refused: 0, crowded: 0 };
  fc.assert(
    fc.property(fc.array(op, { minLength: 10, maxLength: 30 }), (steps) => {
      t.core.db.raw.exec("DELETE FROM placements; DELETE FROM audit_log WHERE entity = 'placement'");
      for (const step of steps) {
        const ok = run(step);
        if (ok) seen.accepted[step.kind]++;
        else if (ok === false) seen.refused++;
        checkInvariants();
      }
      if (rows().some((r) => r.cancelled === 0 && r.overrides.includes('capacity_exceeded'))) seen.crowded++;
    }),
    { numRuns: 80 },
  );
  console.log('placements property test:', JSON.stringify(seen));
  expect(t.logged).toEqual([]);
  // The generator must reach every outcome, or the test proves little.
  expect(seen.accepted.create).toBeGreaterThan(60);
  expect(seen.accepted.update).toBeGreaterThan(15);
  expect(seen.accepted.cancel).toBeGreaterThan(8);
  expect(seen.refused).toBeGreaterThan(100);
  expect(seen.crowded).toBeGreaterThan(8);
}, 60_000);
