// The domain rules from general knowledge, tried on generated lists whose faults the shipped file does
// not have: random future years and years before the programme, random countries of the world
// outside the programme, random names that are no country, Timor-Leste before it joined, and the same
// project written again with another spelling. Each fault is found on its row; rows no fault touched
// get none of these findings; and a value typed for a row gets the same findings as the same value
// printed in the file.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanProjects, type ProjectRow, projectsCsv } from './__tests__/arbitraries';
import { checkAcceptedTrainees } from './accepted-trainees';
import { checkCounterparts } from './counterparts';
import { countryCodeOf, REGION_COUNTRIES } from './countries';
import { checkDispatchProjects } from './dispatch-projects';
import { FIELD_VOCABULARY_SEED } from './fields';
import { findLocality } from './localities';
import { DISPATCH_FIRST_YEAR, TRAINEES_FIRST_YEAR } from './programme';
import { checkDecisionValue } from './rules';
import { worldCountryCode } from './world-countries';

const RULE_CODES = [
  'year_in_future',
  'year_before_programme',
  'country_not_eligible',
  'country_not_eligible_yet',
  'country_unknown',
  'project_near_duplicate',
];

/** ISO codes of countries outside the programme, with their English names from the platform. */
const REGION = new Set(REGION_COUNTRIES.map((c) => c.code));
const english = new Intl.DisplayNames(['en'], { type: 'region' });
const OTHER_COUNTRIES = 'AF AR AU BR CA CN DE EG ES ET FR GB GH IR IT JP KE KR MX NG NP NZ PK PE RU SA SE TR US ZA'
  .split(' ')
  .filter((c) => !REGION.has(c))
  .map((c) => english.of(c) as string);

/** A name that is no country: letters only, not a name any list knows. */
const noCountry = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 4, maxLength: 12 })
  .map((s) => `${s[0]?.toUpperCase()}${s.slice(1)}`)
  .filter((s) => worldCountryCode(s) === null && countryCodeOf(s) === null);

/** Spellings of the same name a person might print: capitals, spaces, accents, full width, a hyphen, a slip. */
const FULL_WIDTH = (s: string) => s.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ô', u: 'ü' };
const respell = (value: string, how: string, at: number): string => {
  if (value === '') return value;
  switch (how) {
    case 'upper':
      return value.toUpperCase();
    case 'spaces':
      return ` ${value.replace(/ /g, '  ')} `;
    case 'accent':
      return value.replace(/[aeiou]/, (v) => ACCENT[v] ?? v);
    case 'width':
      return FULL_WIDTH(value);
    case 'hyphen':
      return value.includes(' ') ? value.replace(' ', '-') : `${value.slice(0, 2)}-${value.slice(2)}`;
    default: {
      // One letter doubled in a long name: "Surabaya" stays itself; short names are left alone.
      if (value.replace(/\W/g, '').length < 9) return value;
      const i = 1 + (at % (value.length - 2));
      return value.slice(0, i) + value[i] + value.slice(i);
    }
  }
};
const HOW = ['upper', 'spaces', 'accent', 'width', 'hyphen', 'slip'] as const;

type Fault = 'future' | 'before' | 'not_eligible' | 'unknown' | 'timor' | 'respelt';
const FAULTS: Fault[] = ['future', 'before', 'not_eligible', 'unknown', 'timor', 'respelt'];
const EXPECTED: Record<Fault, string[]> = {
  future: ['year_in_future'],
  before: ['year_before_programme'],
  not_eligible: ['country_not_eligible'],
  unknown: ['country_unknown'],
  timor: ['country_not_eligible_yet'],
  // Equal once folded is the same row (duplicate_row); otherwise the same project spelt differently.
  respelt: ['project_near_duplicate', 'duplicate_row'],
};

const generated = fc.record({
  rows: cleanProjects.filter((rows) => rows.length >= 3),
  fiscalYear: fc.integer({ min: 2025, max: 2045 }),
  faults: fc.uniqueArray(fc.constantFrom(...FAULTS), { minLength: 1, maxLength: FAULTS.length }),
  at: fc.array(fc.nat(), { minLength: FAULTS.length, maxLength: FAULTS.length }),
  ahead: fc.integer({ min: 1, max: 80 }),
  before: fc.integer({ min: 1950, max: DISPATCH_FIRST_YEAR - 1 }),
  other: fc.constantFrom(...OTHER_COUNTRIES),
  nowhere: noCountry,
  timorYear: fc.integer({ min: DISPATCH_FIRST_YEAR, max: 2024 }),
  how: fc.tuple(fc.constantFrom(...HOW), fc.constantFrom(...HOW), fc.nat()),
});

type Generated = typeof generated extends fc.Arbitrary<infer G> ? G : never;
type Tagged = ProjectRow & { tag?: Fault };

/** The list with each chosen fault put on a row of its own (a respelt copy right after its original). */
function inject(g: Generated): Tagged[] | null {
  const rows: Tagged[] = g.rows.map((r) => ({ ...r }));
  // A respelt row's original keeps its values (no other fault lands on it) and stays untouched.
  const originals = new Set<Tagged>();
  const free = () => rows.filter((r) => r.tag === undefined && !originals.has(r));
  for (const [i, fault] of g.faults.entries()) {
    const pool = free();
    if (pool.length === 0) return null;
    const r = pool[(g.at[i] ?? 0) % pool.length] as Tagged;
    if (fault === 'future') r.year = g.fiscalYear + g.ahead;
    if (fault === 'before') r.year = g.before;
    if (fault === 'not_eligible') Object.assign(r, { country: g.other, locality: '' });
    if (fault === 'unknown') Object.assign(r, { country: g.nowhere, locality: '' });
    if (fault === 'timor') Object.assign(r, { country: 'Timor-Leste', locality: '', year: g.timorYear });
    if (fault === 'respelt') {
      const [howPlace, howField, at] = g.how;
      const copy: Tagged = {
        ...r,
        locality: respell(r.locality, howPlace, at),
        field: respell(r.field, howField, at),
        tag: 'respelt',
      };
      // A slip that lands on another known place or field is that other one, not a misspelling.
      if (copy.locality !== r.locality && findLocality(copy.locality).length > 0 && howPlace === 'slip') return null;
      if (howField === 'slip' && FIELD_VOCABULARY_SEED.some((f) => f.toLowerCase() === copy.field.toLowerCase()))
        return null;
      rows.splice(rows.indexOf(r) + 1, 0, copy);
      originals.add(r);
      continue;
    }
    r.tag = fault;
  }
  return rows;
}

describe('rules from general knowledge', () => {
  test('property: every generated fault is found on its row; untouched rows get none of these findings', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const rows = inject(g);
        fc.pre(rows !== null);
        const list = rows as Tagged[];
        const checked = checkDispatchProjects(projectsCsv(list as ProjectRow[]), { fiscalYear: g.fiscalYear });
        const codesOn = (line: number) => checked.findings.filter((f) => f.lines.includes(line)).map((f) => f.code);
        for (const [i, r] of list.entries()) {
          const codes = codesOn(i + 2);
          if (r.tag)
            expect(
              codes.some((c) => EXPECTED[r.tag as Fault].includes(c)),
              `${r.tag} on line ${i + 2}`,
            ).toBe(true);
          // The original of a respelt copy is untouched too: the finding is on the later row.
          else
            expect(
              codes.filter((c) => RULE_CODES.includes(c)),
              `line ${i + 2}`,
            ).toEqual([]);
        }
        expect(checked.rows).toHaveLength(list.length);
      }),
      { numRuns: 300 },
    );
  });

  test('property: a typed value gets the findings the same value gets printed in the file', () => {
    const values = fc.oneof(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.constantFrom('0', '0000', '20x5', '', 'Timor-Leste', 'Japan', 'タイ', 'Atlantis', ...OTHER_COUNTRIES),
      noCountry,
      fc.constantFrom(...REGION_COUNTRIES.map((c) => c.name)),
    );
    fc.assert(
      fc.property(
        cleanProjects,
        fc.nat(),
        fc.constantFrom('fiscal_year', 'country'),
        values,
        fc.integer({ min: 2025, max: 2045 }),
        (rows, at, column, value, fiscalYear) => {
          const i = at % rows.length;
          const r = rows[i] as ProjectRow;
          const row = { fiscal_year: String(r.year), country: r.country, locality: '', area_of_expertise: r.field };
          const ctx = { fiscalYear, fields: FIELD_VOCABULARY_SEED };
          const typed = checkDecisionValue('dispatch_projects', row, column, value, ctx);
          const printed = { ...row, [column]: value };
          const text = ['fiscal_year,country,locality,area_of_expertise', Object.values(printed).join(',')].join('\n');
          const inFile = checkDispatchProjects(text, ctx).findings.filter((f) => f.column === column);
          expect(typed?.findings.filter((f) => f.column === column).map((f) => [f.code, f.severity])).toEqual(
            inFile.map((f) => [f.code, f.severity]),
          );
          expect(typed?.refused).toBe(typed?.findings.some((f) => f.severity === 'error'));
          expect(typed?.rule).not.toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  test('property: a counterpart in a country of the world outside the programme is not eligible; no country is unknown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OTHER_COUNTRIES), noCountry, (other, nowhere) => {
        const text = ['country,counterpart', 'Thailand,Ministry', `${other},Ministry`, `${nowhere},Ministry`].join(
          '\n',
        );
        const codes = checkCounterparts(text).findings.map((f) => [f.line, f.code]);
        expect(codes).toEqual([
          [3, 'country_not_eligible'],
          [4, 'country_unknown'],
        ]);
      }),
      { numRuns: 100 },
    );
  });

  test('property: a trainee table with year columns outside the programme and a country outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: TRAINEES_FIRST_YEAR - 1 }),
        fc.integer({ min: 2025, max: 2045 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...OTHER_COUNTRIES),
        (from, fiscalYear, ahead, other) => {
          const later = fiscalYear + ahead;
          const text = [
            `Columns: Country | ${from}-2010 | 2011 | ${later} | Total`,
            '',
            `${other} 1 1 1 3`,
            'Thailand 2 2 2 6',
            'Total 3 3 3 9',
          ].join('\n');
          const found = checkAcceptedTrainees(text, { fiscalYear }).findings.map((f) => [f.line, f.code, f.column]);
          expect(found).toEqual([
            [1, 'year_before_programme', `${from}-2010`],
            [1, 'year_in_future', String(later)],
            [3, 'country_not_eligible', 'country'],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
