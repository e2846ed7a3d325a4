// The report documents, assembled from a real core: every part present, numbers masked unless asked,
// nothing written, and the cohort and host reports holding one report per trainee.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { TRAINEES_REPORT_MAX } from '../../../shared/reports/schema';
import {
  ATTACHMENT_NAME,
  arrangeCohort,
  arrangeTrainee,
  PASSPORT,
  REPORT_FY,
  RESIDENCE_CARD,
  SCRIPT_TRAINEES,
} from '../../../tests/support/reports-scenario';
import { openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const call = (channel: string, input: unknown) => t.ok(channel as never, input as never);

describe('the trainee report', () => {
  test('holds identity with photo, cohort, attendance, placements, entries in order and the evaluation summary', async () => {
    const a = await arrangeCohort(call);
    const { id } = await arrangeTrainee(call, a, { photo: true });
    t.ok('settings.update', { staffName: 'Yamada Hanako' });
    const doc = t.ok('reports.trainee', { id });
    const r = doc.report;
    expect(doc.staffName).toBe('Yamada Hanako');
    expect(r.identity).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      katakanaName: 'グエン・ティ・ラン',
      country: { code: 'VN', nameEn: 'Vietnam' },
      fiscalYear: REPORT_FY,
      passportNumber: '•••••321',
    });
    expect(r.identity.photo?.mime).toBe('image/png');
    expect(r.cohort?.fiscalYear).toBe(REPORT_FY);
    expect(r.attendance).toMatchObject({ held: 4, present: 3, late: 1, rate: 1, state: 'complete' });
    expect(r.placements.map((p) => [p.hostNameJa, p.prefecture, p.start])).toEqual([
      ['北九州市国際交流センター', 40, '2025-05-01'],
      ['大分県庁 国際政策課', 44, '2025-11-01'],
    ]);
    expect(r.entries).toHaveLength(16);
    expect(r.entries[0]?.attachments.map((f) => f.fileName)).toEqual([ATTACHMENT_NAME]);
    const dates = r.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(r.evaluationSummary.map((s) => [s.nameEn, s.midTerm, s.final, s.latest])).toEqual([
      ['Attitude', 3, 4, 4],
      ['Japanese language', 4, 5, 5],
      ['Technical learning', 3, 4, 4],
      ['Communication', 4, 5, 5],
      ['Overall', 3, 4, 4],
    ]);
    expect(r.scale).toHaveLength(5);
  });

  test('masks passport and residence-card numbers unless showSensitive, and reads without writing', async () => {
    const a = await arrangeCohort(call);
    const { id } = await arrangeTrainee(call, a, { months: 1 });
    const before = snapshot(t.core);
    const masked = t.ok('reports.trainee', { id }).report.identity;
    expect(masked.passportNumber).toBe(`•••••${PASSPORT.slice(-3)}`);
    expect(masked.residenceCardNumber).toBe(`${'•'.repeat(RESIDENCE_CARD.length - 3)}${RESIDENCE_CARD.slice(-3)}`);
    expect(JSON.stringify(t.ok('reports.trainee', { id }))).not.toContain(PASSPORT);
    const shown = t.ok('reports.trainee', { id, showSensitive: true }).report.identity;
    expect([shown.passportNumber, shown.residenceCardNumber]).toEqual([PASSPORT, RESIDENCE_CARD]);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('a trainee without cohort, placements or entries still has a report', () => {
    const fields = t.ok('reference.fields.list', {});
    const created = t.ok('trainees.create', {
      data: {
        fullName: 'Aung',
        gender: 'male',
        dateOfBirth: '1990-01-01',
        country: 'MM',
        homeGovernment: 'Mandalay',
        fieldId: fields[0]?.id ?? 1,
        fiscalYear: 2030,
      },
      confirm: true,
    });
    const r = t.ok('reports.trainee', { id: created.trainee.id }).report;
    expect(r).toMatchObject({ cohort: null, attendance: null, placements: [], entries: [] });
    expect(r.identity.photo).toBeNull();
    expect(r.evaluationSummary.every((s) => s.latest === null)).toBe(true);
  });

  test('carries the saved "Show dates as", or null until one is saved', async () => {
    const a = await arrangeCohort(call);
    const { id } = await arrangeTrainee(call, a, { months: 0, evaluations: false });
    expect(t.ok('reports.trainee', { id }).dateDisplay).toBeNull();
    expect(t.ok('settings.get', {}).dateDisplay).toBe('western');
    t.ok('settings.update', { dateDisplay: 'western' });
    expect(t.ok('reports.trainee', { id }).dateDisplay).toBe('western');
    t.ok('settings.update', { dateDisplay: 'both' });
    expect(t.ok('reports.cohort', { fiscalYear: REPORT_FY }).dateDisplay).toBe('both');
    expect(t.ok('reports.host', { id: a.hostIds[0] as number }).dateDisplay).toBe('both');
  });

  test('an unknown trainee is not found', () => {
    expect(t.fail('reports.trainee', { id: 999 }).code).toBe('not_found');
  });
});

describe('several trainees in one document', () => {
  test('holds each report in the order asked, masked alike unless asked, and reads without writing', async () => {
    const a = await arrangeCohort(call);
    const ids: number[] = [];
    for (const who of [0, 1, 2]) ids.push((await arrangeTrainee(call, a, { who, months: 1, serial: who })).id);
    const order = [ids[2], ids[0], ids[1]] as number[];
    const before = snapshot(t.core);
    const doc = t.ok('reports.trainees', { ids: order });
    expect(doc.trainees.map((r) => r.identity.id)).toEqual(order);
    expect(doc.trainees.map((r) => r.identity.nativeName)).toEqual(
      [2, 0, 1].map((who) => SCRIPT_TRAINEES[who]?.nativeName),
    );
    expect(doc.trainees.every((r) => r.identity.passportNumber?.startsWith('•'))).toBe(true);
    expect(JSON.stringify(doc)).not.toContain(PASSPORT);
    const shown = t.ok('reports.trainees', { ids: order, showSensitive: true });
    // Serial n holds passport C7654321 + n (reports-scenario), serial 0 PASSPORT itself.
    expect(shown.trainees.map((r) => r.identity.passportNumber)).toEqual(['C7654323', PASSPORT, 'C7654322']);
    expect(snapshot(t.core)).toEqual(before);
  });

  test('refuses an empty, repeated or too long selection, and an unknown trainee is not found', async () => {
    const a = await arrangeCohort(call);
    const { id } = await arrangeTrainee(call, a, { months: 0 });
    expect(t.fail('reports.trainees', { ids: [] }).issues?.[0]).toMatchObject({ path: 'ids', code: 'required' });
    expect(t.fail('reports.trainees', { ids: [id, id] }).issues?.[0]).toMatchObject({ code: 'invalid_value' });
    const many = Array.from({ length: TRAINEES_REPORT_MAX + 1 }, (_, i) => i + 1);
    expect(t.fail('reports.trainees', { ids: many }).issues?.[0]).toMatchObject({ code: 'too_many' });
    expect(t.fail('reports.trainees', { ids: [id, 999] }).code).toBe('not_found');
  });
});

describe('the cohort and host reports', () => {
  test('one report per trainee of the year, in reference order, with the summary rows', async () => {
    const a = await arrangeCohort(call);
    for (const who of SCRIPT_TRAINEES.keys()) await arrangeTrainee(call, a, { who, months: 2, serial: who });
    const doc = t.ok('reports.cohort', { fiscalYear: REPORT_FY });
    expect(doc.cohort?.fiscalYear).toBe(REPORT_FY);
    expect(doc.trainees.map((r) => r.identity.nativeName)).toEqual(SCRIPT_TRAINEES.map((s) => s.nativeName));
    expect(doc.summary[0]).toMatchObject({
      ref: `FY${REPORT_FY}-0001`,
      hosts: [{ nameEn: 'Kitakyushu City International Centre' }, { nameEn: 'Ōita Prefectural Government' }],
      attendanceRate: 1,
      entries: 8,
      overall: 4,
    });
    expect(doc.trainees.every((r) => r.identity.passportNumber?.startsWith('•'))).toBe(true);
    expect(t.ok('reports.cohort', { fiscalYear: 2040 })).toMatchObject({ cohort: null, summary: [], trainees: [] });
  });

  test('a host report lists the trainees placed there, not archived ones or cancelled placements', async () => {
    const a = await arrangeCohort(call);
    const first = await arrangeTrainee(call, a, { who: 1, months: 0, serial: 1 });
    const second = await arrangeTrainee(call, a, { who: 2, months: 0, serial: 2 });
    const third = await arrangeTrainee(call, a, { who: 3, months: 0, serial: 3 });
    t.ok('trainees.archive', { id: second.id });
    const placement = third.placementIds[1] as number;
    t.ok('placements.cancel', { id: placement, version: 1, reason: 'Plans changed' } as never);
    const doc = t.ok('reports.host', { id: a.hostIds[1] as number });
    expect(doc.host).toMatchObject({
      nameJa: '大分県庁 国際政策課',
      prefecture: 44,
      contacts: [{ name: 'Satō Kenji' }],
    });
    expect(doc.summary.map((s) => s.traineeId)).toEqual([first.id]);
    expect(t.fail('reports.host', { id: 999 }).code).toBe('not_found');
  });
});

test('printing is the desktop shell’s: the core answers unsupported', () => {
  expect(t.fail('reports.print.dialog', { fileName: 'x' }).code).toBe('unsupported');
  expect(t.fail('reports.print.savePdf', { fileName: 'x.pdf' }).code).toBe('unsupported');
});
