// Property tests at the one boundary every request crosses. For every channel of the contract:
// random values, malformed variants of valid requests, and valid requests. Whatever comes in, the
// answer is a valid result or an error with a code and a readable message; nothing throws; a refused
// call writes nothing; a read never writes; and no call reaches the "internal" error path.
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ASYNC_CHANNELS, type Channel, channels, contract, READ_CHANNELS, SHELL_CHANNELS } from '../../shared/contract';
import { ErrorCode, type Result } from '../../shared/result';
import { TRAINEE_SORTS, TRAINEE_STATUSES } from '../../shared/trainees/schema';
import { JPEG, photoInput, png, WEBP } from '../../tests/support/images';
import { openTestCore, traineeInput as sampleTrainee, snapshot, type TestCore } from '../../tests/support/test-core';
import { auditValid } from './audit/__tests__/arbitraries';
import { backupValid, removeBackupScratch, useBackupHandles } from './backup/__tests__/arbitraries';
import { cohortsValid } from './cohorts/__tests__/arbitraries';
import { documentsValid, lettersValid } from './documents/__tests__/arbitraries';
import { draftsValid } from './drafts/__tests__/arbitraries';
import { exportsValid } from './exports/__tests__/arbitraries';
import { filesValid } from './files/__tests__/arbitraries';
import { hostData, hostsValid } from './hosts/__tests__/arbitraries';
import { progressValid } from './progress/__tests__/arbitraries';
import { recoveryValid } from './recovery/__tests__/arbitraries';
import { referenceDataValid } from './reference-data/__tests__/arbitraries';
import { reportsValid } from './reports/__tests__/arbitraries';
import { dispatchValid, seedDispatchData } from './specialist-dispatch/__tests__/arbitraries';
import { statisticsValid } from './statistics/__tests__/arbitraries';
import { templatesValid } from './templates/__tests__/arbitraries';
import {
  expectedRecord,
  FREE_TEXT_FIELDS,
  HOSTILE,
  text,
  traineeInput,
  traineeSelection,
} from './trainees/__tests__/arbitraries';

const RUNS = 100;
let t: TestCore;

// Each test starts from a small database of its own (three trainees, one archived, one with a photo),
// which keeps the before/after comparison of every call cheap.
beforeEach(() => {
  t = openTestCore();
  useBackupHandles(t.core.ctx.handles);
  for (const fullName of ['Nguyễn Thị Lan', 'สมชาย ศรีสุข', 'Aung']) {
    t.ok('trainees.create', { data: sampleTrainee({ fullName, passportNumber: null }), confirm: true });
  }
  t.ok('trainees.archive', { id: 3 });
  t.ok('trainees.photo.set', photoInput(2));
  // A cohort for the trainees' fiscal year, with one session and one mark.
  t.ok('cohorts.create', { fiscalYear: 2026, introStart: '2026-04-01' });
  t.ok('cohorts.sessions.create', { fiscalYear: 2026, date: '2026-04-02', title: 'Orientation' });
  t.ok('cohorts.attendance.set', { sessionId: 1, traineeId: 1, mark: 'present' });
  t.ok('hosts.create', { data: hostData() });
  // Trainee 1's placement with a monthly report (entry 1) and a rated evaluation (entry 2).
  const accept = { confirm: true, reason: 'test data' };
  t.ok('placements.create', { traineeId: 1, hostId: 1, start: '2026-02-01', end: '2026-07-31', ...accept });
  t.ok('progress.create', {
    traineeId: 1,
    data: { kind: 'monthly_report', date: '2026-03-01', placementId: 1, placementMonth: 1, body: 'February' },
  });
  t.ok('progress.create', {
    traineeId: 1,
    data: {
      kind: 'evaluation',
      date: '2026-04-30',
      evaluationStage: 'mid_term',
      evaluatorRole: 'host_supervisor',
      ratings: [{ criterionId: 1, score: 5 }],
    },
  });
  // A counterpart, two specialists and three requests in different states (dispatch/arbitraries.ts).
  seedDispatchData(t);
});
afterEach(() => t.close());
afterAll(removeBackupScratch);

/** The promises the boundary makes about one answer, given the database before the call. */
function expectSound(channel: string, result: Result<unknown>, before: ReturnType<typeof snapshot>): void {
  expect(t.logged).toEqual([]);
  // The answer crosses IPC (structured clone) and HTTP (JSON).
  expect(() => structuredClone(result)).not.toThrow();
  expect(typeof JSON.stringify(result)).toBe('string');
  if (result.ok) {
    expect(contract[channel as Channel].output.safeParse(result.value).success).toBe(true);
    if (READ_CHANNELS.has(channel)) expect(snapshot(t.core)).toEqual(before);
  } else {
    expect(ErrorCode.options).toContain(result.error.code);
    expect(result.error.code).not.toBe('internal');
    expect(result.error.message.trim().length).toBeGreaterThan(0);
    expect(snapshot(t.core)).toEqual(before);
  }
}

/** Calls dispatch and checks every promise the boundary makes; returns the result. */
function check(channel: string, input: unknown): Result<unknown> {
  const before = snapshot(t.core);
  const result = t.dispatch(channel, input);
  expectSound(channel, result, before);
  return result;
}

/** check() through the asynchronous dispatch (HTTP and IPC), for every channel including the async ones. */
async function checkAsync(channel: string, input: unknown): Promise<Result<unknown>> {
  if (!ASYNC_CHANNELS.has(channel)) return check(channel, input);
  const before = snapshot(t.core);
  const result = await t.dispatchAsync(channel, input);
  expectSound(channel, result, before);
  return result;
}

const id = fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 ** 31 }));
const search = fc.oneof(
  text(200),
  fc.constantFrom(...HOSTILE, 'a', 'ab', '"', '*', 'AND', 'OR NOT', 'NEAR(', '^x', 'col:x', '(', ''),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
// A period with its end on or after its start (a reversed one is refused as bad input).
const period = fc
  .tuple(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 400 }),
  )
  .map(([d, days]) => ({
    start: d.toISOString().slice(0, 10),
    end: new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10),
  }));
// With confirm, a reason is always given (confirm without one is refused as bad input).
const acceptance = { confirm: fc.boolean(), reason: text(1000) };
const placementDetails = {
  supervisor: fc.option(text(200), { nil: null }),
  notes: fc.option(text(4000), { nil: null }),
};
const fieldData = fc.record(
  { nameEn: text(120), nameJa: text(120), active: fc.boolean() },
  { requiredKeys: ['nameEn', 'nameJa'] },
);

/** A valid input for every channel (the type makes a new channel impossible to forget here). */
const VALID: { [C in Channel]: fc.Arbitrary<unknown> } = {
  'settings.app.info': fc.constant({}),
  'settings.get': fc.constant({}),
  'settings.update': fc.record(
    {
      language: fc.constantFrom('en', 'ja'),
      staffName: fc.option(text(120), { nil: null }),
      dateOrder: fc.constantFrom('dmy', 'mdy'),
      dateDisplay: fc.constantFrom('western', 'era', 'both'),
    },
    { requiredKeys: [] },
  ),
  'reference.countries.list': fc.constant({}),
  'reference.countries.save': fc.record(
    { code: fc.stringMatching(/^[A-Z]{2}$/), nameEn: text(80), nameJa: text(80), active: fc.boolean() },
    { requiredKeys: ['code', 'nameEn', 'nameJa'] },
  ),
  'reference.fields.list': fc.constant({}),
  'reference.fields.create': fieldData,
  'reference.fields.update': fc.record({ id, data: fieldData }),
  'trainees.list': fc.record(
    {
      search,
      fiscalYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      country: fc.option(fc.constantFrom('TH', 'VN', 'ZZ'), { nil: null }),
      fieldId: fc.option(id, { nil: null }),
      status: fc.option(fc.constantFrom(...TRAINEE_STATUSES), { nil: null }),
      archived: fc.constantFrom('active', 'archived', 'all'),
      sort: fc.constantFrom(...TRAINEE_SORTS),
      dir: fc.constantFrom('asc', 'desc'),
      page: fc.integer({ min: 1, max: 1_000_000 }),
      pageSize: fc.integer({ min: 1, max: 500 }),
    },
    { requiredKeys: [] },
  ),
  'trainees.facets': fc.constant({}),
  'trainees.get': fc.record({ id }),
  'trainees.create': fc.record({ data: traineeInput, confirm: fc.boolean() }, { requiredKeys: ['data'] }),
  'trainees.update': fc.record({
    id,
    version: fc.integer({ min: 1, max: 5 }),
    data: traineeInput,
    confirm: fc.boolean(),
  }),
  'trainees.archive': fc.record({ id }),
  'trainees.restore': fc.record({ id }),
  'trainees.bulk.archive': fc.record({ selection: traineeSelection, archived: fc.boolean() }),
  'trainees.photo.get': fc.record({ id }),
  'trainees.photo.copy': fc.record({ id }),
  'trainees.photo.set': fc
    .tuple(
      id,
      fc.constantFrom(['image/png', png(8, 6)] as const, ['image/jpeg', JPEG] as const, ['image/webp', WEBP] as const),
    )
    .map(([id, [mime, bytes]]) => photoInput(id, bytes, mime)),
  'trainees.photo.remove': fc.record({ id }),
  'search.find': fc.record({ text: search, perKind: fc.integer({ min: 1, max: 20 }) }, { requiredKeys: ['text'] }),
  'demo.status': fc.constant({}),
  'demo.load': fc.record({ trainees: fc.integer({ min: 1, max: 30 }) }),
  'demo.remove': fc.constant({}),
  'demo.enter': fc.record({ trainees: fc.integer({ min: 1, max: 10 }) }),
  'demo.leave': fc.constant({}),
  ...cohortsValid,
  ...hostsValid,
  ...progressValid,
  ...reportsValid,
  ...statisticsValid,
  ...exportsValid,
  ...backupValid,
  ...recoveryValid,
  ...filesValid,
  ...dispatchValid,
  ...referenceDataValid,
  ...draftsValid,
  ...documentsValid,
  ...lettersValid,
  ...templatesValid,
  ...auditValid,
  'placements.check': fc
    .tuple(fc.record({ traineeId: id, hostId: id, excludeId: id }, { requiredKeys: ['traineeId', 'hostId'] }), period)
    .map(([ids, p]) => ({ ...ids, ...p })),
  'placements.create': fc
    .tuple(fc.record({ traineeId: id, hostId: id, ...placementDetails, ...acceptance }), period)
    .map(([rest, p]) => ({ ...rest, ...p })),
  'placements.update': fc
    .tuple(
      fc.record({ id, version: fc.integer({ min: 1, max: 5 }), hostId: id, ...placementDetails, ...acceptance }),
      period,
    )
    .map(([{ id, version, hostId, supervisor, notes, confirm, reason }, p]) => ({
      id,
      version,
      data: { hostId, ...p, supervisor, notes },
      confirm,
      reason,
    })),
  'placements.cancel': fc.record({ id, version: fc.integer({ min: 1, max: 5 }), reason: text(1000) }),
  'placements.forTrainee': fc.record(
    { traineeId: id, includeCancelled: fc.boolean() },
    { requiredKeys: ['traineeId'] },
  ),
  'placements.forHost': fc.record({ hostId: id, includeCancelled: fc.boolean() }, { requiredKeys: ['hostId'] }),
  'placements.suggest': fc
    .tuple(
      fc.record(
        {
          traineeId: id,
          prefecture: fc.integer({ min: 1, max: 47 }),
          excludeId: id,
          limit: fc.integer({ min: 1, max: 200 }),
        },
        { requiredKeys: ['traineeId'] },
      ),
      period,
    )
    .map(([rest, p]) => ({ ...rest, ...p })),
  'placements.timeline.cohort': fc.record({ fiscalYear: fc.integer({ min: 1990, max: 2100 }) }),
};

/** Any value a caller could send over IPC (structured clone) or HTTP (JSON), and then some. */
const anything = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'data', 'search')),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const hugeString = fc.constantFrom('x'.repeat(100_000), '\u{1F600}'.repeat(50_000), `${HOSTILE[0]} `.repeat(5_000));

type Mutation =
  | { kind: 'set'; value: unknown }
  | { kind: 'drop' }
  | { kind: 'extra'; value: unknown }
  | { kind: 'none' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.oneof(anything, hugeString, fc.constantFrom(...HOSTILE)) }),
  fc.record({ kind: fc.constant('drop' as const) }),
  fc.record({ kind: fc.constant('extra' as const), value: anything }),
  fc.record({ kind: fc.constant('none' as const) }),
);

/** Applies a mutation at a chosen key, at the top level or inside `data`. */
function mutate(input: unknown, m: Mutation, pick: number): unknown {
  if (m.kind === 'none' || typeof input !== 'object' || input === null) return input;
  const top = { ...(input as Record<string, unknown>) };
  const inner = typeof top.data === 'object' && top.data !== null && pick % 2 === 1;
  const target: Record<string, unknown> = inner ? { ...(top.data as Record<string, unknown>) } : top;
  const keys = Object.keys(target);
  const key = m.kind === 'extra' ? `unexpected_${pick}` : (keys[pick % Math.max(keys.length, 1)] ?? 'id');
  if (m.kind === 'drop') delete target[key];
  else target[key] = m.value;
  if (inner) top.data = target;
  return top;
}

// Channels whose every valid call builds a whole database (the demo sandbox: `{}` alone is a demo of
// 120 trainees). Random and mutated inputs are checked where the boundary refuses them, valid ones
// a few times at a small size, so the file stays fast and the input validation is still checked.
const COSTLY: ReadonlySet<string> = new Set<Channel>(['demo.enter']);
const COSTLY_VALID_RUNS = 5;
/** For a costly channel, only inputs its schema refuses; any input for the others. */
const worthChecking = (channel: Channel, input: unknown) =>
  !COSTLY.has(channel) || !contract[channel].input.safeParse(input).success;

describe.each(channels)('%s', (channel) => {
  test('random values of any type', async () => {
    await fc.assert(
      fc.asyncProperty(anything, async (input) => {
        fc.pre(worthChecking(channel, input));
        await checkAsync(channel, input);
      }),
      { numRuns: RUNS },
    );
  });

  test('valid requests with one value wrong, missing, extra or huge', async () => {
    await fc.assert(
      fc.asyncProperty(VALID[channel], mutation, fc.nat(), async (input, m, pick) => {
        const mutated = mutate(input, m, pick);
        fc.pre(worthChecking(channel, mutated));
        await checkAsync(channel, mutated);
      }),
      { numRuns: RUNS },
    );
  });

  test('valid requests succeed or are refused for a reason of the data, never of the input', async () => {
    await fc.assert(
      fc.asyncProperty(VALID[channel], async (input) => {
        const result = await checkAsync(channel, input);
        // Channels only the Electron shell answers (printing, file dialogs) are unsupported in the core.
        const reasons = SHELL_CHANNELS.has(channel)
          ? ['unsupported']
          : ['not_found', 'conflict', 'needs_confirmation', 'stale'];
        if (!result.ok) expect(reasons).toContain(result.error.code);
      }),
      { numRuns: COSTLY.has(channel) ? COSTLY_VALID_RUNS : RUNS },
    );
  });
});

test('unknown channels, including names from Object.prototype, are refused', () => {
  for (const name of ['', 'trainees', 'trainees.delete', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    const result = check(name, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  }
});

describe('text that is accepted is stored and read back exactly', () => {
  const anyText = fc.oneof(
    text(80),
    fc.constantFrom(...HOSTILE).map((h) => `  ${h}\t`),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
    fc.constantFrom('\uD800', 'a\uDFFFb', '\uFEFF', '\u0000', 'x\u0007y'),
  );

  test('in every free-text field, on create and on update', () => {
    fc.assert(
      fc.property(
        traineeInput,
        traineeInput,
        fc.constantFrom(...FREE_TEXT_FIELDS),
        anyText,
        (first, second, [field], value) => {
          const data = { ...first, [field]: value, passportNumber: null };
          const created = check('trainees.create', { data, confirm: true });
          if (!created.ok) {
            // Only text that is blank (in a required field) or not well-formed may be refused.
            expect(created.error.code).toBe('invalid_input');
            return;
          }
          const { trainee } = created.value as { trainee: { id: number; version: number } };
          expect(t.ok('trainees.get', { id: trainee.id })).toMatchObject(expectedRecord(data));

          // The status only moves through cohorts.trainees.transition, so the edit keeps it.
          const changed = { ...second, [field]: value, passportNumber: null, status: data.status };
          const updated = check('trainees.update', {
            id: trainee.id,
            version: trainee.version,
            data: changed,
            confirm: true,
          });
          expect(updated.ok).toBe(true);
          expect(t.ok('trainees.get', { id: trainee.id })).toMatchObject(expectedRecord(changed));
        },
      ),
      { numRuns: 150 },
    );
  });
});
