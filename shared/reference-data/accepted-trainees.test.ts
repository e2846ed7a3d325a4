import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type TraineeGrid, traineeGrid, traineeText, YEAR_LABELS } from './__tests__/arbitraries';
import { checkAcceptedTrainees } from './accepted-trainees';

const HEAD = 'Columns: Country | 1996-2010 | 2011 | 2012 | 2013 | 2014 | 2015 | 2016 | 2017 | Total\n\n';
const check = (body: string) => checkAcceptedTrainees(HEAD + body);
const codes = (body: string) => check(body).findings.map((f) => [f.line, f.code]);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('checkAcceptedTrainees', () => {
  test('a row with every year filled is placed in full, certain', () => {
    const r = check('Indonesia 34 1 2 2 2 2 1 1 45\nTotal 34 1 2 2 2 2 1 1 45\n');
    expect(r.unplaced).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.facts.filter((f) => f.country === 'Indonesia').map((f) => `${f.label}=${f.value}`)).toEqual([
      '1996-2010=34',
      'Total=45',
      '2011=1',
      '2012=2',
      '2013=2',
      '2014=2',
      '2015=2',
      '2016=1',
      '2017=1',
    ]);
  });

  test('figures between the first and the total: unplaced, with the columns each could be in', () => {
    const r = check('Myanmar 19 2 1 2 3 27\nTotal 19 2 1 2 3 27\n');
    // The Total row lost the same cells: its figures are unplaced too.
    expect(r.unplaced.map((u) => u.country)).toEqual([...Array(4).fill('Myanmar'), ...Array(4).fill('Total')]);
    expect(r.unplaced.filter((u) => u.country === 'Myanmar').map((u) => [u.value, u.candidates.join(' ')])).toEqual([
      [2, '2011 2012 2013 2014'],
      [1, '2012 2013 2014 2015'],
      [2, '2013 2014 2015 2016'],
      [3, '2014 2015 2016 2017'],
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(['trainee_figures_unplaced', 'trainee_figures_unplaced']);
  });

  test('a row whose figures cannot reach its total; a wrong grand total; a wrong column total', () => {
    expect(codes('Cambodia 7 8\nLaos 8 1 9\nTotal 15 1 18\n')).toEqual([
      [3, 'trainee_row_sum_mismatch'],
      [4, 'trainee_figures_unplaced'],
      [5, 'trainee_figures_unplaced'],
      [5, 'trainee_grand_total_mismatch'],
      [5, 'trainee_row_sum_mismatch'],
    ]);
    const r = check('Laos 8 1 9\nMalaysia 22 22\nTotal 31 1 32\n');
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.params])).toEqual([
      ['trainee_column_total_mismatch', { column: '1996-2010', sum: 30, printed: 31 }],
      ['trainee_grand_total_mismatch', { sum: 31, printed: 32, difference: -1, rows: 2 }],
    ]);
    expect(r.facts.find((f) => f.country === null && f.label === '1996-2010')?.certainty).toBe('contradicted');
  });

  test('years placed on every row: each column total checked on its own', () => {
    const r = check('Laos 8 1 1 1 1 1 1 1 15\nMalaysia 22 22\nTotal 30 1 1 2 1 1 1 1 38\n');
    expect(r.findings.map((f) => [f.code, f.column, f.params])).toEqual([
      ['trainee_column_total_mismatch', '2013', { column: '2013', sum: 1, printed: 2 }],
      ['trainee_grand_total_mismatch', null, { sum: 37, printed: 38, difference: -1, rows: 2 }],
    ]);
    expect(r.facts.filter((f) => f.certainty === 'contradicted').map((f) => f.label)).toEqual(['Total', '2013']);
  });

  test('unreadable lines, too few or too many figures, unknown countries, duplicates, no Total row', () => {
    const r = check(
      'Thailand 45 1 1 47\nThailand forty-five\nSingapore 3\nAtlantis 1 1\nThailand 1 1\nBrunei 1 1 1 1 1 1 1 1 1 1\n',
    );
    expect(r.rows).toHaveLength(6);
    expect(r.findings.map((f) => [f.line, f.code, f.severity])).toEqual([
      [3, 'trainee_figures_unplaced', 'info'],
      [4, 'row_unreadable', 'error'],
      [5, 'trainee_row_too_few_figures', 'error'],
      [6, 'country_unknown', 'error'],
      [7, 'duplicate_row', 'warning'],
      [8, 'trainee_row_too_many_figures', 'error'],
      [9, 'trainee_total_row_missing', 'warning'],
    ]);
    expect(r.facts.filter((f) => f.label === 'Total').map((f) => f.key)).toEqual([
      'accepted_trainees:thailand:Total',
      'accepted_trainees:atlantis:Total',
      'accepted_trainees:thailand:Total#2',
    ]);
  });

  test('a Columns line that does not read as Country | periods | Total is reported; the usual columns are used', () => {
    const r = checkAcceptedTrainees('Columns: Country | Some years | Total\nLaos 8 1 9\nTotal 8 1 9\n');
    expect(r.findings[0]).toMatchObject({ code: 'header_mismatch', line: 1 });
    expect(r.facts[0]).toMatchObject({ label: '1996-2010', value: 8 });
  });

  test('other columns from the Columns line are followed', () => {
    const r = checkAcceptedTrainees(
      'Columns: Country | 2000-2015 | 2016 | 2017 | Total\nLaos 8 1 2 11\nTotal 8 1 2 11\n',
    );
    expect(r.findings).toEqual([]);
    expect(r.facts.map((f) => `${f.country ?? 'all'} ${f.label} ${f.value}`)).toEqual([
      'Laos 2000-2015 8',
      'Laos Total 11',
      'Laos 2016 1',
      'Laos 2017 2',
      'all 2000-2015 8',
      'all Total 11',
      'all 2016 1',
      'all 2017 2',
    ]);
  });
});

describe('generated tables (cells dropped the way the source lost them)', () => {
  const truth = (grid: TraineeGrid) => grid.countries.map((c) => ({ ...c, total: c.first + sum(c.years) }));

  test('property: consistent tables give certain facts only, and each unplaced figure may sit in its true year', () => {
    fc.assert(
      fc.property(traineeGrid, fc.boolean(), (grid, crlf) => {
        const r = checkAcceptedTrainees(traineeText(grid, crlf ? '\r\n' : '\n'));
        expect(r.rows).toHaveLength(grid.countries.length + 1);
        expect(r.findings.filter((f) => f.code !== 'trainee_figures_unplaced')).toEqual([]);
        expect(r.facts.every((f) => f.certainty === 'certain')).toBe(true);
        for (const c of truth(grid)) {
          const mine = r.facts.filter((f) => f.country === c.name);
          expect(mine.find((f) => f.label === '1996-2010')?.value).toBe(c.first);
          expect(mine.find((f) => f.label === 'Total')?.value).toBe(c.total);
          const filled = c.years.map((v, i) => ({ v, year: YEAR_LABELS[i] as string })).filter((y) => y.v > 0);
          const unplaced = r.unplaced.filter((u) => u.country === c.name);
          if (filled.length === 7 || filled.length === 0) expect(unplaced).toEqual([]);
          else {
            expect(unplaced.map((u) => u.value)).toEqual(filled.map((y) => y.v));
            for (const [i, u] of unplaced.entries()) expect(u.candidates).toContain(filled[i]?.year);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: a country total off by some amount is found on its row and in the grand total', () => {
    fc.assert(
      fc.property(traineeGrid, fc.nat(), fc.integer({ min: 1, max: 5 }), (grid, which, delta) => {
        const text = traineeText(grid);
        const c = grid.countries[which % grid.countries.length] as TraineeGrid['countries'][number];
        const total = c.first + sum(c.years);
        const lines = text.split('\n');
        const at = lines.findIndex((l) => l.startsWith(`${c.name} `));
        lines[at] = lines[at]?.replace(new RegExp(` ${total}$`), ` ${total + delta}`) as string;
        const r = checkAcceptedTrainees(lines.join('\n'));
        expect(r.findings).toContainEqual(expect.objectContaining({ code: 'trainee_row_sum_mismatch', line: at + 1 }));
        expect(r.findings).toContainEqual(
          expect.objectContaining({
            code: 'trainee_grand_total_mismatch',
            params: expect.objectContaining({ difference: delta }),
          }),
        );
        expect(r.facts.find((f) => f.country === c.name && f.label === 'Total')).toMatchObject({
          value: total + delta,
          certainty: 'contradicted',
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('rules from general knowledge', () => {
  test('year columns before LGOTP began (FY1996) or not begun yet; a country outside the programme', () => {
    const text =
      'Columns: Country | 1990-2010 | 2011 | 2030 | Total\n\nJapan 1 1 1 3\nThailand 1 1 1 3\nTotal 2 2 2 6\n';
    const r = checkAcceptedTrainees(text, { fiscalYear: 2026 });
    expect(r.findings.map((f) => [f.line, f.code, f.column, f.params])).toEqual([
      [1, 'year_before_programme', '1990-2010', { year: 1990, first: 1996 }],
      [1, 'year_in_future', '2030', { year: 2030, current: 2026 }],
      [3, 'country_not_eligible', 'country', expect.objectContaining({ country: 'Japan' })],
    ]);
  });
});
