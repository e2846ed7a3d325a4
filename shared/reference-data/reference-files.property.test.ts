// Generated reference files: clean ones give no finding at all; faults injected into them (a year
// block moved, a locality put in another country, a field with one or two edits, a row printed twice)
// are each found on the rows they touch; no row is ever dropped; BOM and line endings change nothing.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanProjects, edits, type ProjectRow, projectsCsv, UNIQUE_LOCALITIES } from './__tests__/arbitraries';
import { checkCounterparts } from './counterparts';
import { countryName, REGION_COUNTRIES } from './countries';
import { checkDispatchProjects } from './dispatch-projects';
import { FIELD_VOCABULARY_SEED } from './fields';

type Tagged = ProjectRow & { tag?: 'moved' | 'locality' | 'field' | 'duplicate' };
const withEndings = (text: string) => [
  text,
  text.replace(/\n/g, '\r\n'),
  `\ufeff${text}`,
  `\ufeff${text.replace(/\n/g, '\r\n')}`,
];
const FIELD_CODES = ['field_misspelt', 'field_case_differs', 'field_unknown'];

describe('generated project lists', () => {
  test('property: a clean list gives no finding, keeps every row as generated, reads the same with BOM or CRLF', () => {
    fc.assert(
      fc.property(cleanProjects, (rows) => {
        const [lf, ...others] = withEndings(projectsCsv(rows)).map((t) => checkDispatchProjects(t));
        expect(lf?.findings).toEqual([]);
        expect(lf?.rows.map((r) => Object.values(r.values))).toEqual(
          rows.map((r) => [String(r.year), r.country, r.locality, r.field]),
        );
        expect(new Set(lf?.rows.map((r) => r.key)).size).toBe(rows.length);
        for (const other of others) expect(other).toEqual(lf);
      }),
      { numRuns: 200 },
    );
  });

  const faulty = cleanProjects
    .filter((rows) => new Set(rows.map((r) => r.year)).size >= 3 && rows.length >= 4)
    .chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        blockFrom: fc.nat(),
        blockTo: fc.nat(),
        localityRow: fc.nat(),
        place: fc.constantFrom(...UNIQUE_LOCALITIES),
        otherCountry: fc.constantFrom(...REGION_COUNTRIES.map((c) => c.code)),
        fieldRow: fc.nat(),
        edited: fc.constantFrom(...FIELD_VOCABULARY_SEED).chain(edits),
        duplicateRow: fc.nat(),
      }),
    );

  test('property: every injected fault is found on its rows, nothing is flagged elsewhere, no row is dropped', () => {
    fc.assert(
      fc.property(faulty, (g) => {
        fc.pre(g.otherCountry !== g.place.code && !FIELD_VOCABULARY_SEED.includes(g.edited));
        // Capitals only is style, not a fault (reported only where the list writes the field two ways).
        fc.pre(!FIELD_VOCABULARY_SEED.some((f) => f.toLowerCase() === g.edited.toLowerCase()));
        // 1. Move one year block two or more places.
        const years = [...new Set(g.rows.map((r) => r.year))];
        const from = g.blockFrom % years.length;
        const to = g.blockTo % years.length;
        fc.pre(Math.abs(from - to) >= 2);
        const blocks = years.map((y) => g.rows.filter((r) => r.year === y).map((r): Tagged => ({ ...r })));
        const [moved] = blocks.splice(from, 1) as [Tagged[]];
        for (const r of moved) r.tag = 'moved';
        blocks.splice(to, 0, moved);
        const rows = blocks.flat();
        // 2. A locality of one country under another; 3. a field one or two edits away (other rows).
        const free = rows.filter((r) => r.tag === undefined);
        fc.pre(free.length >= 2);
        const loc = free[g.localityRow % free.length] as Tagged;
        Object.assign(loc, { locality: g.place.name, country: countryName(g.otherCountry), tag: 'locality' });
        const rest = free.filter((r) => r !== loc);
        const fld = rest[g.fieldRow % rest.length] as Tagged;
        Object.assign(fld, { field: g.edited, tag: 'field' });
        // 4. A row printed twice, right after itself.
        const d = g.duplicateRow % rows.length;
        rows.splice(d + 1, 0, { ...(rows[d] as Tagged), tag: 'duplicate' });

        const checked = checkDispatchProjects(projectsCsv(rows));
        const lineOf = (tag: Tagged['tag']) => rows.flatMap((r, i) => (r.tag === tag ? [i + 2] : []));
        const at = (line: number) => checked.findings.filter((f) => f.lines.includes(line)).map((f) => f.code);

        expect(checked.rows).toHaveLength(rows.length);
        expect(checked.rows.map((r) => r.values.area_of_expertise)).toEqual(rows.map((r) => r.field));
        const block = checked.findings.filter((f) => f.code === 'year_block_out_of_order');
        const movedYear = moved[0]?.year;
        expect(block.map((f) => f.lines)).toEqual([rows.flatMap((r, i) => (r.year === movedYear ? [i + 2] : []))]);
        expect(checked.findings).toContainEqual(
          expect.objectContaining({
            code: 'locality_wrong_country',
            line: lineOf('locality')[0],
            suggestion: { column: 'country', value: countryName(g.place.code) },
          }),
        );
        expect(at(lineOf('field')[0] as number).some((c) => FIELD_CODES.includes(c))).toBe(true);
        expect(at(lineOf('duplicate')[0] as number)).toContain('duplicate_row');
        // Nothing on a row no fault touched (a row printed twice repeats its original's findings). A
        // near duplicate is reported on the later row and names the earlier one: an edited field can
        // make a touched row the earlier of the two.
        const touched = new Set(rows.flatMap((r, i) => (r.tag ? [i + 2] : [])));
        for (const f of checked.findings)
          expect(f.lines.some((l) => touched.has(l)) || touched.has(Number(f.params?.firstLine)), f.id).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('property: importing the same list twice gives the same keys and hash, whatever its faults', () => {
    fc.assert(
      fc.property(cleanProjects, fc.nat(), (rows, d) => {
        const doubled = [...rows];
        doubled.splice(d % rows.length, 0, rows[d % rows.length] as ProjectRow);
        const once = checkDispatchProjects(projectsCsv(doubled));
        const twice = checkDispatchProjects(projectsCsv(doubled, '\r\n'));
        expect(twice.rows.map((r) => r.key)).toEqual(once.rows.map((r) => r.key));
        expect(twice.contentHash).toBe(once.contentHash);
        expect(new Set(once.rows.map((r) => r.key)).size).toBe(doubled.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('generated counterpart lists', () => {
  test('property: a duplicate country, an unknown one and an empty cell are found; no row is dropped', () => {
    const arb = fc.record({
      countries: fc.shuffledSubarray(
        REGION_COUNTRIES.map((c) => c.name),
        { minLength: 2 },
      ),
      dup: fc.nat(),
      empty: fc.nat(),
    });
    fc.assert(
      fc.property(arb, ({ countries, dup, empty }) => {
        const rows = countries.map((c) => [c, `Ministry of Home Affairs, ${c}`]);
        expect(
          checkCounterparts(['country,counterpart', ...rows.map((r) => `${r[0]},"${r[1]}"`)].join('\n')).findings,
        ).toEqual([]);
        rows.push([countries[dup % countries.length] as string, 'Another agency']);
        rows.push(['Atlantis', 'Ministry']);
        const e = empty % rows.length;
        rows.splice(e, 1, [rows[e]?.[0] as string, '']);
        const text = ['country,counterpart', ...rows.map((r) => `${r[0]},"${r[1]}"`)].join('\r\n');
        const r = checkCounterparts(text);
        expect(r.rows).toHaveLength(rows.length);
        expect(r.findings).toContainEqual(
          expect.objectContaining({ code: 'counterpart_duplicate_country', line: countries.length + 2 }),
        );
        expect(r.findings).toContainEqual(
          expect.objectContaining({ code: 'country_unknown', line: countries.length + 3 }),
        );
        expect(r.findings).toContainEqual(
          expect.objectContaining({ code: 'value_missing', column: 'counterpart', line: e + 2 }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
