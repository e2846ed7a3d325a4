// Test helper (fast-check arbitraries, not app code): VALID requests for the progress channels, as the
// global dispatch property test needs them, and which of them only read. The test's small database
// has three FY2026 trainees (the third archived), one host, trainee 1's placement 1 from February to
// July 2026 with a report (entry 1) and an evaluation (entry 2), and a clock on 1 June 2026. Every
// request here is well-formed for its kind (dated no later than that day, except milestones), so only
// the data (a missing record, a stale version, a month outside the placement, …) can refuse it.
import fc from 'fast-check';
import { addDays } from '../../../../shared/placements/dates';
import {
  DUE_KINDS,
  EVALUATION_STAGES,
  EVALUATOR_ROLES,
  type progressContract,
} from '../../../../shared/progress/schema';
import { JPEG, png } from '../../../../tests/support/images';
import { writeZip } from '../../files/xlsx/zip';
import { text } from '../../trainees/__tests__/arbitraries';

type Channels = keyof typeof progressContract;

const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 },
);
const version = fc.integer({ min: 1, max: 3 });
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
/** Days up to 31 May 2026 (the clock reads 1 June; a day's margin for time zones west of UTC). */
const pastDay = fc.integer({ min: 0, max: 150 }).map((n) => addDays('2026-01-01', n));
const anyDay = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-01-01', n));

const common = {
  author: optional(text(200)),
  title: optional(text(200)),
  body: optional(text(20_000)),
};

const rating = fc.record(
  {
    criterionId: fc.integer({ min: 1, max: 7 }),
    score: fc.integer({ min: 1, max: 6 }),
    comment: optional(text(2000)),
  },
  { requiredKeys: ['criterionId', 'score'] },
);

export const entryData = fc.oneof(
  fc.record({
    kind: fc.constant('monthly_report'),
    date: pastDay,
    ...common,
    placementId: fc.oneof(fc.constant(1), id),
    placementMonth: fc.integer({ min: 1, max: 24 }),
  }),
  fc.record({
    kind: fc.constant('evaluation'),
    date: pastDay,
    ...common,
    evaluationStage: fc.constantFrom(...EVALUATION_STAGES),
    evaluatorRole: fc.constantFrom(...EVALUATOR_ROLES),
    ratings: fc.uniqueArray(rating, { maxLength: 5, selector: (r) => r.criterionId }),
  }),
  fc.record({ kind: fc.constantFrom('incident', 'note'), date: pastDay, ...common }),
  fc.record({ kind: fc.constant('milestone'), date: anyDay, ...common }),
);

const baseName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,30}$/);
const rest = fc.uint8Array({ maxLength: 64 });
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A file whose name, declared type and bytes agree. */
export const attachmentFile = fc.oneof(
  rest.map((r) => ({ ext: 'pdf', mime: 'application/pdf', bytes: Buffer.from([...ascii('%PDF-1.7\n'), ...r]) })),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([w, h]) => ({
    ext: 'png',
    mime: 'image/png',
    bytes: png(w, h),
  })),
  fc.constantFrom('jpg', 'JPEG').map((ext) => ({ ext, mime: 'image/jpeg', bytes: JPEG })),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
    .filter((s) => !s.includes('\0'))
    .map((s) => ({ ext: 'txt', mime: 'text/plain', bytes: Buffer.from(s, 'utf8') })),
  fc.constantFrom(
    {
      ext: 'docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }], new Date(2026, 0, 1)),
    },
    {
      ext: 'xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }], new Date(2026, 0, 1)),
    },
  ),
);

const criterionData = fc.record(
  { nameEn: text(120), nameJa: text(120), active: fc.boolean(), sortOrder: fc.integer({ min: 0, max: 10_000 }) },
  { requiredKeys: ['nameEn', 'nameJa'] },
);

export const progressValid: { [C in Channels]: fc.Arbitrary<unknown> } = {
  'progress.list': fc.record(
    {
      traineeId: id,
      kind: fc.constantFrom('monthly_report', 'evaluation', 'milestone', 'incident', 'note'),
      includeDeleted: fc.boolean(),
    },
    { requiredKeys: ['traineeId'] },
  ),
  'progress.get': fc.record({ id }),
  'progress.create': fc.record({ traineeId: id, data: entryData }),
  'progress.update': fc.record({ id, version, data: entryData }),
  'progress.delete': fc.record({ id, version }),
  'progress.restore': fc.record({ id, version }),
  'progress.reportMonths': fc.record({ traineeId: id }),
  'progress.attachments.add': fc.tuple(id, baseName, attachmentFile).map(([entryId, name, f]) => ({
    entryId,
    fileName: `${name}.${f.ext}`,
    mime: f.mime,
    data: f.bytes.toString('base64'),
  })),
  'progress.attachments.get': fc.record({ id }),
  'progress.attachments.remove': fc.record({ id }),
  'progress.evaluation.settings': fc.constant({}),
  'progress.evaluation.criteria.create': criterionData,
  'progress.evaluation.criteria.update': fc.record({ id: fc.integer({ min: 1, max: 7 }), data: criterionData }),
  'progress.evaluation.scale.save': fc
    .array(fc.record({ labelEn: text(60), labelJa: text(60) }), { minLength: 2, maxLength: 10 })
    .map((levels) => ({ levels: levels.map((l, i) => ({ score: i + 1, ...l })) })),
  'progress.attention.list': fc.record(
    {
      kind: fc.constantFrom(...DUE_KINDS),
      state: fc.constantFrom('overdue', 'due_soon'),
      country: fc.constantFrom('TH', 'VN', 'ZZ'),
      fiscalYear: fc.integer({ min: 2024, max: 2028 }),
      traineeId: id,
      today: anyDay,
      offset: fc.integer({ min: 0, max: 20 }),
      limit: fc.integer({ min: 1, max: 500 }),
    },
    { requiredKeys: [] },
  ),
};
