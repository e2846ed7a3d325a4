import { describe, expect, test } from 'vitest';
import { checkDispatchProjects, dispatchRowRules } from './dispatch-projects';
import { FIELD_VOCABULARY_SEED } from './fields';

const csv = (...rows: string[]) => ['fiscal_year,country,locality,area_of_expertise', ...rows].join('\n');
const codes = (text: string, fields?: string[]) =>
  checkDispatchProjects(text, fields ? { fields } : {}).findings.map((f) => [f.line, f.code, f.column]);

describe('checkDispatchProjects', () => {
  test('a clean list: rows as printed, no finding', () => {
    const r = checkDispatchProjects(
      csv('2017,Malaysia,Kuala Lumpur,Tourism', '2016,Viet Nam,Hue,Education', '2016,Brunei,,Agriculture'),
    );
    expect(r.findings).toEqual([]);
    expect(r.rows.map((row) => row.values.country)).toEqual(['Malaysia', 'Viet Nam', 'Brunei']);
    expect(r.summary).toEqual({
      rows: 3,
      rowsWithFindings: 0,
      findings: { error: 0, warning: 0, info: 0 },
      byCode: {},
    });
  });

  test('missing and unreadable values are errors on their cell; the row is kept', () => {
    expect(codes(csv(',Atlantis,,', '20x5,Laos,Pakse,Tourism', '1899,Laos,,Tourism'))).toEqual([
      [2, 'country_unknown', 'country'],
      [2, 'value_missing', 'area_of_expertise'],
      [2, 'value_missing', 'fiscal_year'],
      [3, 'year_invalid', 'fiscal_year'],
      [4, 'year_invalid', 'fiscal_year'],
    ]);
  });

  test('a locality in another country: a warning offering the country it is in; two candidates: no offer', () => {
    const r = checkDispatchProjects(csv('2012,Indonesia,Phuket,Tourism', '2012,Thailand,Bago,Tourism'));
    expect(r.findings.map((f) => [f.line, f.code, f.params.belongsTo, f.suggestion])).toEqual([
      [2, 'locality_wrong_country', 'Thailand', { column: 'country', value: 'Thailand' }],
      [3, 'locality_wrong_country', 'Myanmar, Philippines', undefined],
    ]);
  });

  test('an unknown locality is reported for information, not as wrong', () => {
    expect(checkDispatchProjects(csv('2012,Thailand,Ban Nong Waeng SAO,Tourism')).findings).toMatchObject([
      { code: 'locality_unknown', severity: 'info', params: { locality: 'Ban Nong Waeng SAO', country: 'Thailand' } },
    ]);
  });

  test('fields: misspelt (warning, suggestion with score), other capitals (info), unknown (info)', () => {
    // "tourism" is reported because the same list also writes "Tourism".
    const r = checkDispatchProjects(
      csv('2012,Laos,,Turism', '2011,Laos,,tourism', '2010,Laos,,Robotics', '2009,Laos,,Tourism'),
    );
    expect(r.findings.map((f) => [f.code, f.severity, f.suggestion])).toEqual([
      ['field_misspelt', 'warning', { column: 'area_of_expertise', value: 'Tourism', score: 0.86 }],
      ['field_case_differs', 'info', { column: 'area_of_expertise', value: 'Tourism' }],
      ['field_unknown', 'info', undefined],
    ]);
    // With the app's vocabulary, a field added there is known.
    expect(codes(csv('2010,Laos,,Robotics'), [...FIELD_VOCABULARY_SEED, 'Robotics'])).toEqual([]);
  });

  test('capitals are style: a field written one way throughout is known; written two ways, the odd one out is reported', () => {
    expect(codes(csv('2012,Laos,,Public health management', '2011,Laos,,Public health management'))).toEqual([]);
    expect(codes(csv('2012,Laos,,Urban planning', '2011,Laos,,Urban Planning', '2010,Laos,,urban planning'))).toEqual([
      [2, 'field_case_differs', 'area_of_expertise'],
      [4, 'field_case_differs', 'area_of_expertise'],
    ]);
    // Spaces or hyphens are not a matter of capitals: reported even when written so throughout.
    expect(codes(csv('2012,Laos,,Fire-fighting'))).toEqual([[2, 'field_case_differs', 'area_of_expertise']]);
  });

  test('a duplicate (same year, country, locality and field once folded) is flagged on the later row', () => {
    const r = checkDispatchProjects(
      csv('2013,Vietnam,Hanoi,Tourism', '2013,Viet Nam,HANOI,Tourism ', '2014,Vietnam,Hanoi,Tourism'),
    );
    const dup = r.findings.find((f) => f.code === 'duplicate_row');
    expect(dup).toMatchObject({ line: 3, lines: [3], params: { firstLine: 2 } });
    expect(r.findings.filter((f) => f.code === 'duplicate_row')).toHaveLength(1);
  });

  test('year order: the block out of place, with the years around it, and no suggestion', () => {
    const r = checkDispatchProjects(
      csv(
        '2012,Laos,,Tourism',
        '2010,Laos,,Education',
        '2011,Laos,,Agriculture',
        '2011,Brunei,,Agriculture',
        '2008,Laos,,Tourism',
      ),
    );
    expect(r.findings).toEqual([
      expect.objectContaining({
        id: 'dispatch_projects:year_block_out_of_order:4:fiscal_year',
        code: 'year_block_out_of_order',
        line: 4,
        lines: [4, 5],
        params: { year: 2011, rows: 2, firstLine: 4, lastLine: 5, previousYear: 2010, nextYear: 2008 },
      }),
    ]);
    expect(r.findings[0]?.suggestion).toBeUndefined();
  });

  test('the same text gives the same ids, keys and hash; another text another hash', () => {
    const text = csv('2012,Indonesia,Phuket,Tourism');
    expect(checkDispatchProjects(text)).toEqual(checkDispatchProjects(text));
    expect(checkDispatchProjects(text).contentHash).not.toBe(
      checkDispatchProjects(`${text}\n2011,Laos,,Tourism`).contentHash,
    );
  });
});

describe('rules from general knowledge', () => {
  const at = (text: string, fiscalYear = 2026) =>
    checkDispatchProjects(text, { fiscalYear })
      .findings.filter((f) => f.code !== 'year_block_out_of_order')
      .map((f) => [f.line, f.code, f.severity, f.params]);

  test('a past project in a fiscal year that has not begun; one before CLAIR existed', () => {
    expect(at(csv('2027,Laos,,Tourism', '2026,Laos,,Tourism', '1987,Laos,,Tourism', '1988,Laos,,Tourism'))).toEqual([
      [2, 'year_in_future', 'error', { year: 2027, current: 2026 }],
      [4, 'year_before_programme', 'error', { year: 1987, first: 1988 }],
    ]);
    // Relative to the clock: next year the same row is fine.
    expect(at(csv('2027,Laos,,Tourism'), 2027)).toEqual([]);
  });

  test('a real country outside the programme is not eligible; a name that is no country is unknown', () => {
    const r = checkDispatchProjects(csv('2015,Japan,,Tourism', '2014,Atlantis,,Tourism', '2013,タイ,,Tourism'));
    expect(r.findings.map((f) => [f.line, f.code, f.suggestion?.value])).toEqual([
      [2, 'country_not_eligible', undefined],
      [3, 'country_unknown', undefined],
      // An eligible country in another language: unknown as written, its name offered.
      [4, 'country_unknown', 'Thailand'],
    ]);
    expect(r.findings[0]?.params.eligible).toContain('Timor-Leste');
  });

  test('Timor-Leste is eligible from FY2025, when it joined ASEAN (October 2025)', () => {
    expect(at(csv('2025,Timor-Leste,Dili,Tourism', '2024,Timor Leste,,Tourism'))).toEqual([
      [
        3,
        'country_not_eligible_yet',
        'error',
        { country: 'Timor Leste', year: 2024, since: '2025-10', sinceYear: 2025 },
      ],
    ]);
  });

  test('the same project spelt differently: the later row; two different places or fields are not', () => {
    const r = checkDispatchProjects(
      csv(
        '2015,Thailand,Chiang Mai,Urban Planning',
        '2015,Thailand,Chiang-Mai,Urban  planning',
        '2015,Thailand,Chiang Rai,Urban Planning',
        '2015,Thailand,Chiang Mai,Tourism',
        '2015,Indonesia,Surabaya,Environmental Conservation',
        '2015,Indonesia,Surabaya,Environmental Conservaton',
        '2015,Indonesia,ＳＵＲＡＢＡＹＡ,Environmental  Conservation',
      ),
    );
    expect(
      r.findings.filter((f) => f.code === 'project_near_duplicate').map((f) => [f.line, f.params.firstLine]),
    ).toEqual([
      [3, 2],
      [7, 6],
    ]);
    // Equal once folded (width, spaces): the same row.
    expect(r.findings.filter((f) => f.code === 'duplicate_row').map((f) => f.line)).toEqual([8]);
  });

  test("the row rules say each column's rule in words and check a typed value as the file would", () => {
    const ctx = { fiscalYear: 2026, fields: FIELD_VOCABULARY_SEED };
    expect(dispatchRowRules.rule('fiscal_year', ctx)).toEqual({
      code: 'dispatch_fiscal_year',
      params: { first: 1988, current: 2026 },
    });
    expect(dispatchRowRules.rule('country', ctx)?.params.sinceYear).toBe(2025);
    const row = { fiscal_year: '0', country: 'Atlantis', locality: '', area_of_expertise: 'Tourism' };
    expect(dispatchRowRules.check(row, ctx).map((f) => [f.column, f.code])).toEqual([
      ['fiscal_year', 'year_invalid'],
      ['country', 'country_unknown'],
    ]);
  });
});
