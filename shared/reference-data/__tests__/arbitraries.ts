// Test helper (fast-check arbitraries, not app code): clean reference files built from the gazetteer
// and the field vocabulary, and the faults the property tests inject into them. A clean file must
// give no finding at all; each injected fault must give its finding.
import fc from 'fast-check';
import { countryName, REGION_COUNTRIES } from '../countries';
import { FIELD_VOCABULARY_SEED } from '../fields';
import { GAZETTEER } from '../gazetteer';
import { findLocality } from '../localities';
import { DISPATCH_FIRST_YEAR } from '../programme';

export interface ProjectRow {
  year: number;
  country: string;
  locality: string;
  field: string;
}

const CODES = REGION_COUNTRIES.map((c) => c.code).filter((c) => (GAZETTEER[c]?.length ?? 0) > 0);
const canonical = (entry: string) => entry.split('|')[0] as string;

/** A locality of the country, as the gazetteer first names it, or none. */
const localityIn = (code: string) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: fc.constantFrom(...(GAZETTEER[code] as string[]).map(canonical)) },
  );

/** The countries eligible in a year (Timor-Leste only from FY2025). */
const codesIn = (year: number) =>
  CODES.filter((code) => (REGION_COUNTRIES.find((c) => c.code === code)?.since?.fiscalYear ?? 0) <= year);

const projectOf = (year: number) =>
  fc.constantFrom(...codesIn(year)).chain((code) =>
    fc.record({
      year: fc.constant(year),
      country: fc.constant(countryName(code)),
      locality: localityIn(code),
      field: fc.constantFrom(...FIELD_VOCABULARY_SEED),
    }),
  );

/** The newest year a clean list may hold: a fiscal year that has begun, whatever the clock says. */
export const NEWEST_CLEAN_YEAR = 2025;
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Blocks of 1–4 projects per fiscal year, newest first, years strictly decreasing, within the
 * programme's years, no project twice (not even spelt differently).
 */
export const cleanProjects: fc.Arbitrary<ProjectRow[]> = fc
  .tuple(
    fc.integer({ min: 2000, max: NEWEST_CLEAN_YEAR }),
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 12 }),
    fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 12, maxLength: 12 }),
  )
  .chain(([newest, gaps, sizes]) => {
    const years: number[] = [];
    for (const gap of gaps) years.push(years.length === 0 ? newest : (years.at(-1) as number) - gap);
    return fc.tuple(
      ...years
        .filter((y) => y >= DISPATCH_FIRST_YEAR)
        .map((y, i) => fc.array(projectOf(y), { minLength: sizes[i] ?? 1, maxLength: sizes[i] ?? 1 })),
    );
  })
  .map((blocks) => {
    const seen = new Set<string>();
    return blocks.flat().filter((r) => {
      const key = `${r.year}|${r.country}|${letters(r.locality)}|${letters(r.field)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const PROJECT_HEADER = 'fiscal_year,country,locality,area_of_expertise';

/** No value here holds a comma or a quote, so plain joining is valid CSV. */
export const projectsCsv = (rows: ProjectRow[], eol = '\n') =>
  [PROJECT_HEADER, ...rows.map((r) => [r.year, r.country, r.locality, r.field].join(','))].join(eol) + eol;

/** Localities the gazetteer knows in one country only, with that country. */
export const UNIQUE_LOCALITIES: { name: string; code: string }[] = Object.entries(GAZETTEER).flatMap(
  ([code, entries]) =>
    entries
      .map(canonical)
      .filter((name) => findLocality(name).length === 1)
      .map((name) => ({ name, code })),
);

/** One or two edits (insert, delete, substitute a letter or a space) somewhere in the text. */
export const edits = (text: string) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom('insert', 'delete', 'substitute'),
        at: fc.nat(),
        ch: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz eiaou'.split('')),
      }),
      { minLength: 1, maxLength: 2 },
    )
    .map((ops) =>
      ops.reduce((s, op) => {
        const i = op.at % (s.length + (op.kind === 'insert' ? 1 : 0));
        if (op.kind === 'insert') return s.slice(0, i) + op.ch + s.slice(i);
        if (op.kind === 'delete') return s.slice(0, i) + s.slice(i + 1);
        return s.slice(0, i) + op.ch + s.slice(i + 1);
      }, text),
    );

/** An accepted-trainee table: per country the 1996–2010 figure and seven year cells (0 = empty). */
export interface TraineeGrid {
  countries: { name: string; first: number; years: number[] }[];
}

export const traineeGrid: fc.Arbitrary<TraineeGrid> = fc
  .uniqueArray(fc.constantFrom(...REGION_COUNTRIES.map((c) => c.name)), { minLength: 1, maxLength: 10 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          first: fc.integer({ min: 0, max: 60 }),
          years: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 })), { minLength: 7, maxLength: 7 }),
        }),
      ),
    ),
  )
  .map((countries) => ({ countries }));

export const YEAR_LABELS = ['2011', '2012', '2013', '2014', '2015', '2016', '2017'];

/** The grid as the source page became text: empty (zero) cells dropped, the Total row printed in full. */
export function traineeText(grid: TraineeGrid, eol = '\n'): string {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const lines = [
    'List of Accepted Trainees (generated)',
    'Columns: Country | 1996-2010 | 2011 | 2012 | 2013 | 2014 | 2015 | 2016 | 2017 | Total',
    'Empty cells were dropped.',
    '',
    ...grid.countries.map((c) => [c.name, c.first, ...c.years.filter((y) => y > 0), c.first + sum(c.years)].join(' ')),
  ];
  const firsts = sum(grid.countries.map((c) => c.first));
  const columns = YEAR_LABELS.map((_, i) => sum(grid.countries.map((c) => c.years[i] ?? 0)));
  lines.push(['Total', firsts, ...columns, firsts + sum(columns)].join(' '));
  return lines.join(eol) + eol;
}
