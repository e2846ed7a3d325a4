// The shipped reference files through the real core: check → decide → import → what is stored;
// importing twice creates nothing twice; decisions are the only way a stored value differs from print.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ReferenceCheck } from '../../../shared/reference-data/import-schema';
import { makeTempDir, openTestCore, snapshot, type TestCore } from '../../../tests/support/test-core';
import { openCore } from '../app';
import { sql } from '../db/sql';
import { checkTexts, shippedTexts } from './check';
import { importTexts } from './import';

let t: TestCore;
let checked: ReferenceCheck;
beforeEach(() => {
  t = openTestCore();
  checked = t.ok('referenceData.check', {});
});
afterEach(() => t.close());

const findingId = (code: string) => checked.dispatchProjects.findings.find((f) => f.code === code)?.id as string;
const project = (line: number) =>
  t.core.db.get<Record<string, unknown>>(sql`SELECT * FROM past_dispatch_projects WHERE source_line = ${line}`);
const count = (table: 'reference_imports' | 'past_dispatch_projects' | 'counterparts' | 'historical_trainee_facts') =>
  t.core.db.get<{ n: number }>({ text: `SELECT count(*) AS n FROM ${table}`, params: [] })?.n;

describe('the first run', () => {
  test('the offer stands until something is imported or it is dismissed', () => {
    const status = t.ok('referenceData.status', {});
    expect(status).toMatchObject({ available: true, offer: true });
    expect(status.files.map((f) => [f.file, f.stored, f.current, f.lastImportAt])).toEqual([
      ['counterparts', 0, false, null],
      ['dispatch_projects', 0, false, null],
      ['accepted_trainees', 0, false, null],
    ]);
    expect(t.ok('referenceData.dismissOffer', {}).offer).toBe(false);
    expect(t.ok('referenceData.status', {}).offer).toBe(false);
  });

  test('the check: every row of the three files is new, with the findings of the real files', () => {
    expect(Object.keys(checked.standing)).toHaveLength(10 + 37 + 9);
    expect(new Set(Object.values(checked.standing))).toEqual(new Set(['new']));
    expect(checked.summary.byCode).toEqual({
      locality_wrong_country: 1,
      field_misspelt: 2,
      field_case_differs: 1,
      year_block_out_of_order: 1,
      trainee_figures_unplaced: 6,
      trainee_row_sum_mismatch: 1,
      trainee_grand_total_mismatch: 1,
    });
  });
});

describe('importing the shipped files', () => {
  test('undecided: everything stored as printed, the findings recorded with the import', () => {
    const result = t.ok('referenceData.import', {
      hashes: { dispatch_projects: checked.dispatchProjects.contentHash },
    });
    expect(result.files.map(({ importId, ...counts }) => counts)).toEqual([
      { file: 'counterparts', created: 10, present: 0, excluded: 0, changed: 0, conflicts: 0 },
      { file: 'dispatch_projects', created: 37, present: 0, excluded: 0, changed: 0, conflicts: 0 },
      { file: 'accepted_trainees', created: 9, present: 0, excluded: 0, changed: 0, conflicts: 0 },
    ]);
    // "Indonesia (Phuket)" stays as printed, its finding kept with the import.
    expect(project(25)).toMatchObject({ country: 'Indonesia', country_code: 'ID', locality: 'Phuket', changes: '[]' });
    const record = t.core.db.get<{ findings: string; decisions: string }>(
      sql`SELECT findings, decisions FROM reference_imports WHERE file = 'dispatch_projects'`,
    );
    expect(JSON.parse(record?.findings ?? '[]').map((f: { line: number }) => f.line)).toEqual([25, 31, 33, 34, 37]);
    expect(record?.decisions).toBe('[]');
    // Fields matched ignoring capitals; a misspelt one left as printed matches none.
    const fieldOf = (line: number) =>
      t.core.db.get<{ seed_key: string | null }>(
        sql`SELECT e.seed_key FROM past_dispatch_projects p LEFT JOIN expertise_fields e ON e.id = p.field_id
            WHERE p.source_line = ${line}`,
      )?.seed_key;
    expect([fieldOf(11), fieldOf(25), fieldOf(33), fieldOf(34), fieldOf(37)]).toEqual([
      'firefighting_rescue',
      'public_health_sanitation',
      'agriculture_commerce',
      'firefighting_rescue',
      null,
    ]);
    expect(count('historical_trainee_facts')).toBe(25);
    const audit = t.core.db.all<{ entity: string; action: string }>(
      sql`SELECT entity, action FROM audit_log WHERE entity IN ('reference_import', 'counterpart')`,
    );
    expect(audit.filter((a) => a.entity === 'reference_import')).toHaveLength(3);
    expect(audit.filter((a) => a.entity === 'counterpart')).toHaveLength(10);

    const status = t.ok('referenceData.status', {});
    expect(status.offer).toBe(false);
    expect(status.files.map((f) => [f.file, f.stored, f.current])).toEqual([
      ['counterparts', 10, true],
      ['dispatch_projects', 37, true],
      ['accepted_trainees', 9, true],
    ]);
  });

  test('twice: the second creates nothing, finds every row present, and records no import', () => {
    t.ok('referenceData.import', {});
    const before = snapshot(t.core);
    const again = t.ok('referenceData.import', {});
    expect(again.files.map((f) => [f.file, f.created, f.present, f.importId])).toEqual([
      ['counterparts', 0, 10, null],
      ['dispatch_projects', 0, 37, null],
      ['accepted_trainees', 0, 9, null],
    ]);
    expect(snapshot(t.core)).toEqual(before);
    const standing = t.ok('referenceData.check', {}).standing;
    expect(new Set(Object.values(standing))).toEqual(new Set(['present']));
  });

  test('the Phuket row goes under Thailand only when its suggestion is accepted; the printed row is kept beside', () => {
    const id = findingId('locality_wrong_country');
    const result = t.ok('referenceData.import', {
      files: ['dispatch_projects'],
      decisions: [{ findingId: id, choice: 'accept' }],
    });
    expect(result.files[0]).toMatchObject({ created: 37, changed: 1 });
    const row = project(25);
    expect(row).toMatchObject({ country: 'Thailand', country_code: 'TH', locality: 'Phuket' });
    expect(JSON.parse(String(row?.printed))).toEqual({
      fiscal_year: '2012',
      country: 'Indonesia',
      locality: 'Phuket',
      area_of_expertise: 'Public health management',
    });
    expect(JSON.parse(String(row?.changes))).toEqual([
      { column: 'country', from: 'Indonesia', to: 'Thailand', findingId: id },
    ]);
    const decisions = t.core.db.get<{ decisions: string }>(sql`SELECT decisions FROM reference_imports`)?.decisions;
    expect(JSON.parse(decisions ?? '[]')).toEqual([{ findingId: id, choice: 'accept' }]);
  });

  test('an accepted field suggestion stores the known field, matched to the vocabulary', () => {
    t.ok('referenceData.import', {
      files: ['dispatch_projects'],
      decisions: [{ findingId: 'dispatch_projects:field_misspelt:37:area_of_expertise', choice: 'accept' }],
    });
    expect(project(37)).toMatchObject({ area_of_expertise: 'Health and Social Welfare' });
    expect(project(37)?.field_id).toBe(
      t.core.db.get<{ id: number }>(sql`SELECT id FROM expertise_fields WHERE seed_key = 'health_social_welfare'`)?.id,
    );
  });

  test('excluded rows are counted, not stored; importing again later finds them new', () => {
    const block = findingId('year_block_out_of_order');
    const result = t.ok('referenceData.import', {
      files: ['dispatch_projects'],
      decisions: [{ findingId: block, choice: 'exclude' }],
    });
    expect(result.files[0]).toMatchObject({ created: 34, excluded: 3, present: 0 });
    expect([34, 35, 36].map(project)).toEqual([undefined, undefined, undefined]);
    expect(t.ok('referenceData.check', {}).standing[checked.dispatchProjects.rows[32]?.key as string]).toBe('new');
    const later = t.ok('referenceData.import', { files: ['dispatch_projects'] });
    expect(later.files[0]).toMatchObject({ created: 3, present: 34 });
    expect(count('reference_imports')).toBe(2);
  });

  test('a file changed since the check is refused, and nothing is written', () => {
    const before = snapshot(t.core);
    const error = t.fail('referenceData.import', { hashes: { accepted_trainees: '0123456789abcdef' } });
    expect(error).toMatchObject({
      code: 'conflict',
      issues: [{ path: 'hashes.accepted_trainees', code: 'reference_changed', params: { file: 'accepted_trainees' } }],
    });
    expect(snapshot(t.core)).toEqual(before);
  });

  test("a country whose counterpart was entered in the app: a conflict, the app's kept", () => {
    const at = '2026-01-01T00:00:00.000Z';
    t.core.db.run(sql`INSERT INTO counterparts (country_code, name, created_at, updated_at)
                      VALUES ('TH', 'Our own contact', ${at}, ${at})`);
    const standing = t.ok('referenceData.check', {}).standing;
    const thailand = checked.counterparts.rows.find((r) => r.values.country === 'Thailand')?.key as string;
    expect(standing[thailand]).toBe('conflict');
    const result = t.ok('referenceData.import', { files: ['counterparts'] });
    expect(result.files[0]).toMatchObject({ created: 9, conflicts: 1, present: 0 });
    expect(t.core.db.get(sql`SELECT name, source_key FROM counterparts WHERE country_code = 'TH'`)).toEqual({
      name: 'Our own contact',
      source_key: null,
    });
  });

  test('the accepted-trainee table as stored: certain facts, what cannot be placed, the contradictions', () => {
    expect(t.ok('referenceData.historical.traineeTable', {})).toEqual({
      importedAt: null,
      facts: [],
      unplaced: [],
      contradictions: [],
    });
    t.ok('referenceData.import', { files: ['accepted_trainees'] });
    const table = t.ok('referenceData.historical.traineeTable', {});
    expect(table.facts).toEqual(checked.acceptedTrainees.facts);
    expect(table.unplaced).toEqual(checked.acceptedTrainees.unplaced);
    expect(table.contradictions.map((f) => [f.code, f.params.country ?? f.params.sum])).toEqual([
      ['trainee_row_sum_mismatch', 'Cambodia'],
      ['trainee_grand_total_mismatch', 234],
    ]);
    expect(table.importedAt).not.toBeNull();
  });
});

test('without the shipped files: the status says so, the check and import are refused', () => {
  const dir = makeTempDir();
  const core = openCore({
    dataDir: dir,
    mode: 'browser',
    version: 'test',
    resourcesDir: makeTempDir(),
    autoBackup: false,
  });
  try {
    const status = core.dispatch('referenceData.status', {});
    expect(status).toMatchObject({ ok: true, value: { available: false, offer: false } });
    expect(core.dispatch('referenceData.check', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.dispatch('referenceData.import', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('a typed value meets the rules the file meets', () => {
  // Line 2 is "2017,Malaysia,Kuala Lumpur,…"; the field finding on line 37 can be typed over.
  const misspelt = 'dispatch_projects:field_misspelt:37:area_of_expertise';
  const phuket = () => findingId('locality_wrong_country');
  const typing = (column: string, value: string) => ({
    files: ['dispatch_projects' as const],
    decisions: [{ findingId: phuket(), choice: 'edit' as const, column, value }],
  });

  test.each([
    ['fiscal_year', '0', 'year_invalid'],
    ['fiscal_year', '0000', 'year_invalid'],
    ['fiscal_year', '2030', 'year_in_future'],
    ['fiscal_year', '1980', 'year_before_programme'],
    ['country', 'Atlantis', 'country_unknown'],
    ['country', 'Japan', 'country_not_eligible'],
  ])('typed %s “%s” is refused as %s, and nothing is written', (column, value, rule) => {
    const before = snapshot(t.core);
    const error = t.fail('referenceData.import', typing(column, value));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({
      path: 'decisions',
      code: 'value_breaks_rule',
      params: { file: 'dispatch_projects', line: 25, column, value, rule },
    });
    expect(snapshot(t.core)).toEqual(before);
  });

  test('a typed value that meets the rules is stored, with its change recorded', () => {
    t.ok('referenceData.import', typing('country', 'Thailand'));
    expect(project(25)).toMatchObject({ country: 'Thailand', country_code: 'TH' });
    t.ok('referenceData.import', {
      files: ['dispatch_projects'],
      decisions: [{ findingId: misspelt, choice: 'edit', column: 'area_of_expertise', value: 'Social Welfare' }],
    });
  });

  test('a country typed for a year before it joined the programme is refused (Timor-Leste in FY2012)', () => {
    const error = t.fail('referenceData.import', typing('country', 'Timor-Leste'));
    expect(error.issues?.map((i) => [i.code, i.params?.rule])).toEqual([
      ['value_breaks_rule', 'country_not_eligible_yet'],
    ]);
  });

  test('a future year kept as printed cannot be stored either: the history draws a column per year', () => {
    const texts = {
      ...shippedTexts(t.core.ctx),
      dispatchProjects: 'fiscal_year,country,locality,area_of_expertise\n2030,Laos,,Tourism\n',
    };
    const check = checkTexts(t.core.ctx, texts);
    expect(check.dispatchProjects.findings.map((f) => f.code)).toEqual(['year_in_future']);
    const before = snapshot(t.core);
    const keep = { findingId: check.dispatchProjects.findings[0]?.id as string, choice: 'keep' as const };
    expect(() =>
      importTexts(t.core.ctx, texts, { files: ['dispatch_projects'], decisions: [keep], hashes: {} }),
    ).toThrow(/reference_undecided/);
    expect(snapshot(t.core)).toEqual(before);
  });
});
