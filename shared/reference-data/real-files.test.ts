// The reference files the app ships (resources/reference/), checked as the import will check them:
// each known problem is found from the general rules, and nothing else is flagged.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyDecisions, decideAll } from './decisions';
import { checkReferenceFiles } from './reference-files';
import { CheckedFile, CheckedTraineeTable, StoredRow } from './schema';

const read = (name: string) => readFileSync(new URL(`../../resources/reference/${name}`, import.meta.url), 'utf8');
const texts = {
  counterparts: read('counterparts.csv'),
  dispatchProjects: read('specialist-dispatch-projects.csv'),
  acceptedTrainees: read('lgotp-accepted-trainees.txt'),
};
const checked = checkReferenceFiles(texts);
const brief = (f: { line: number; severity: string; code: string; column: string | null; suggestion?: unknown }) => [
  f.line,
  f.severity,
  f.code,
  f.column,
  ...(f.suggestion ? [f.suggestion] : []),
];

describe('counterparts.csv', () => {
  test('ten countries, one counterpart each, nothing to report', () => {
    expect(checked.counterparts.rows).toHaveLength(10);
    expect(checked.counterparts.findings).toEqual([]);
    expect(checked.counterparts.rows[0]?.values).toEqual({
      country: 'Malaysia',
      counterpart: 'Department of Local Government, Ministry of Urban Wellbeing, Housing and Local Government',
    });
  });
});

describe('specialist-dispatch-projects.csv', () => {
  const file = checked.dispatchProjects;

  test('every one of the 37 projects is a row, in file order', () => {
    expect(file.rows).toHaveLength(37);
    expect(file.rows.map((r) => r.line)).toEqual(Array.from({ length: 37 }, (_, i) => i + 2));
    expect(new Set(file.rows.map((r) => r.key)).size).toBe(37);
  });

  test('the known problems, and nothing else', () => {
    expect(file.findings.map(brief)).toEqual([
      // "Indonesia (Phuket)": Phuket is in Thailand.
      [25, 'warning', 'locality_wrong_country', 'locality', { column: 'country', value: 'Thailand' }],
      [
        31,
        'warning',
        'field_misspelt',
        'area_of_expertise',
        { column: 'area_of_expertise', value: 'Fire and Disaster Prevention', score: 0.93 },
      ],
      [
        33,
        'info',
        'field_case_differs',
        'area_of_expertise',
        { column: 'area_of_expertise', value: 'Agriculture and Commerce' },
      ],
      // The 2011 block printed after 2010.
      [34, 'warning', 'year_block_out_of_order', 'fiscal_year'],
      [
        37,
        'warning',
        'field_misspelt',
        'area_of_expertise',
        // "Health and Social Welfare" is a seed field (shared/specialist-dispatch/vocabulary.ts).
        { column: 'area_of_expertise', value: 'Health and Social Welfare', score: 0.96 },
      ],
    ]);
    const block = file.findings.find((f) => f.code === 'year_block_out_of_order');
    expect(block?.lines).toEqual([34, 35, 36]);
    expect(block?.params).toEqual({
      year: 2011,
      rows: 3,
      firstLine: 34,
      lastLine: 36,
      previousYear: 2010,
      nextYear: 2008,
    });
    expect(file.findings.find((f) => f.code === 'locality_wrong_country')?.params).toEqual({
      locality: 'Phuket',
      country: 'Indonesia',
      belongsTo: 'Thailand',
      place: 'Phuket',
    });
    expect(file.summary).toEqual({
      rows: 37,
      rowsWithFindings: 7,
      findings: { error: 0, warning: 4, info: 1 },
      byCode: { locality_wrong_country: 1, field_misspelt: 2, field_case_differs: 1, year_block_out_of_order: 1 },
    });
  });

  test('accepting every suggestion changes exactly those cells; the mislabelled block stays as printed', () => {
    const stored = applyDecisions(file.rows, file.findings, decideAll(file.findings, 'accept'));
    expect(stored).toHaveLength(37);
    expect(stored.flatMap((r) => r.changes.map((c) => [r.line, c.column, c.from, c.to]))).toEqual([
      [25, 'country', 'Indonesia', 'Thailand'],
      [31, 'area_of_expertise', 'Fire and desaster preverntion', 'Fire and Disaster Prevention'],
      [33, 'area_of_expertise', 'Agriculture and commerce', 'Agriculture and Commerce'],
      [37, 'area_of_expertise', 'Health and social walfare', 'Health and Social Welfare'],
    ]);
    expect(stored.filter((r) => r.line >= 34 && r.line <= 36).map((r) => r.values.fiscal_year)).toEqual([
      '2011',
      '2011',
      '2011',
    ]);
  });
});

describe('lgotp-accepted-trainees.txt', () => {
  const table = checked.acceptedTrainees;

  test('eight countries and the Total row, each a row', () => {
    expect(table.rows.map((r) => r.values.country)).toEqual([
      'Thailand',
      'Indonesia',
      'Philippines',
      'Vietnam',
      'Myanmar',
      'Malaysia',
      'Laos',
      'Cambodia',
      'Total',
    ]);
    expect(table.rows[0]).toMatchObject({ line: 6, values: { figures: '45 1 1 47' } });
  });

  test('the certain facts, exactly as printed: 1996–2010 and totals per country, the Total row in full', () => {
    const facts = table.facts.map((f) => `${f.country ?? 'all'} ${f.label} ${f.value} ${f.certainty}`);
    expect(facts).toEqual([
      'Thailand 1996-2010 45 certain',
      'Thailand Total 47 certain',
      'Indonesia 1996-2010 34 certain',
      'Indonesia Total 44 certain',
      'Philippines 1996-2010 35 certain',
      'Philippines Total 44 certain',
      'Vietnam 1996-2010 23 certain',
      'Vietnam Total 33 certain',
      'Myanmar 1996-2010 19 certain',
      'Myanmar Total 27 certain',
      'Malaysia 1996-2010 22 certain',
      'Malaysia Total 22 certain',
      'Laos 1996-2010 8 certain',
      'Laos Total 9 certain',
      'Cambodia 1996-2010 7 contradicted',
      'Cambodia Total 8 contradicted',
      'all 1996-2010 193 certain',
      'all Total 233 contradicted',
      'all 2011 3 certain',
      'all 2012 7 certain',
      'all 2013 6 certain',
      'all 2014 8 certain',
      'all 2015 2 certain',
      'all 2016 8 certain',
      'all 2017 6 certain',
    ]);
    expect(table.facts[0]).toMatchObject({
      countryCode: 'TH',
      period: { kind: 'range', from: 1996, to: 2010 },
      line: 6,
    });
    expect(table.facts.find((f) => f.label === '2011')).toMatchObject({
      country: null,
      period: { kind: 'year', year: 2011 },
    });
  });

  test('what cannot be placed, with the years each figure could belong to', () => {
    expect(table.unplaced.filter((u) => u.country === 'Thailand')).toEqual([
      {
        country: 'Thailand',
        line: 6,
        index: 0,
        value: 1,
        candidates: ['2011', '2012', '2013', '2014', '2015', '2016'],
      },
      {
        country: 'Thailand',
        line: 6,
        index: 1,
        value: 1,
        candidates: ['2012', '2013', '2014', '2015', '2016', '2017'],
      },
    ]);
    expect(table.unplaced.filter((u) => u.country === 'Laos')).toEqual([
      {
        country: 'Laos',
        line: 12,
        index: 0,
        value: 1,
        candidates: ['2011', '2012', '2013', '2014', '2015', '2016', '2017'],
      },
    ]);
    expect(table.unplaced).toHaveLength(2 + 6 + 6 + 6 + 4 + 1);
  });

  test('the contradictions: Cambodia 7 + nothing = 8, and row totals of 234 against 233', () => {
    expect(table.findings.map(brief)).toEqual([
      [6, 'info', 'trainee_figures_unplaced', 'figures'],
      [7, 'info', 'trainee_figures_unplaced', 'figures'],
      [8, 'info', 'trainee_figures_unplaced', 'figures'],
      [9, 'info', 'trainee_figures_unplaced', 'figures'],
      [10, 'info', 'trainee_figures_unplaced', 'figures'],
      [12, 'info', 'trainee_figures_unplaced', 'figures'],
      [13, 'warning', 'trainee_row_sum_mismatch', 'figures'],
      [14, 'warning', 'trainee_grand_total_mismatch', null],
    ]);
    expect(table.findings.find((f) => f.code === 'trainee_row_sum_mismatch')?.params).toEqual({
      country: 'Cambodia',
      first: 7,
      total: 8,
      figures: '—',
      sum: 0,
      expected: 1,
    });
    expect(table.findings.find((f) => f.code === 'trainee_grand_total_mismatch')?.params).toEqual({
      sum: 234,
      printed: 233,
      difference: 1,
      rows: 8,
    });
  });
});

describe('the three files together', () => {
  test('the results fit the schemas the contract will carry', () => {
    expect(CheckedFile.parse(checked.counterparts)).toEqual(checked.counterparts);
    expect(CheckedFile.parse(checked.dispatchProjects)).toEqual(checked.dispatchProjects);
    expect(CheckedTraineeTable.parse(checked.acceptedTrainees)).toEqual(checked.acceptedTrainees);
    const { rows, findings } = checked.dispatchProjects;
    for (const row of applyDecisions(rows, findings, [])) expect(StoredRow.parse(row)).toEqual(row);
  });

  test('a summary of rows and findings', () => {
    expect(checked.summary).toEqual({
      rows: 56,
      rowsWithFindings: 15,
      findings: { error: 0, warning: 6, info: 7 },
      byCode: {
        locality_wrong_country: 1,
        field_misspelt: 2,
        field_case_differs: 1,
        year_block_out_of_order: 1,
        trainee_figures_unplaced: 6,
        trainee_row_sum_mismatch: 1,
        trainee_grand_total_mismatch: 1,
      },
    });
  });

  test('checked again — or saved with a BOM and CRLF — the same keys, ids and hashes: nothing is imported twice', () => {
    const crlf = (t: string) => `\ufeff${t.replace(/\n/g, '\r\n')}`;
    const again = checkReferenceFiles({
      counterparts: crlf(texts.counterparts),
      dispatchProjects: crlf(texts.dispatchProjects),
      acceptedTrainees: crlf(texts.acceptedTrainees),
    });
    expect(again).toEqual(checked);
  });

  test('how long parsing and checking all three take (reported, not asserted: targets live in benchmarks)', () => {
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) checkReferenceFiles(texts);
    const ms = (performance.now() - start) / runs;
    console.log(`reference files: parse + findings ${ms.toFixed(2)} ms per import (mean of ${runs})`);
    expect(ms).toBeGreaterThan(0);
  });
});
