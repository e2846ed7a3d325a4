import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyDecisions, decideAll } from './decisions';
import { checkDispatchProjects } from './dispatch-projects';
import type { Decision } from './schema';

const csv = (...rows: string[]) => ['fiscal_year,country,locality,area_of_expertise', ...rows].join('\n');
const file = checkDispatchProjects(
  csv(
    '2012,Indonesia,Phuket,Turism', // wrong country, misspelt field
    '2011,Laos,,Tourism',
    '2011,Laos,,Tourism', // duplicate of line 3
    '2012,Laos,,Tourism', // out of order
    '2010,Atlantis,,Tourism', // unknown country (error)
  ),
);
const id = (code: string, line: number) => file.findings.find((f) => f.code === code && f.line === line)?.id as string;

describe('applyDecisions', () => {
  test('no decision: every row as printed, its findings pending, errors blocking', () => {
    const stored = applyDecisions(file.rows, file.findings, []);
    expect(stored.map((r) => r.values)).toEqual(file.rows.map((r) => r.values));
    expect(stored.every((r) => r.changes.length === 0 && !r.excluded)).toBe(true);
    expect(stored[0]?.pending).toEqual([id('field_misspelt', 2), id('locality_wrong_country', 2)]);
    expect(stored[4]?.blocking).toEqual([id('country_unknown', 6)]);
  });

  test('accept applies the suggestion, keep leaves the row as printed, edit types a value, exclude marks the row', () => {
    const decisions: Decision[] = [
      { findingId: id('locality_wrong_country', 2), choice: 'accept' },
      { findingId: id('field_misspelt', 2), choice: 'keep' },
      { findingId: id('duplicate_row', 4), choice: 'exclude' },
      { findingId: id('year_block_out_of_order', 5), choice: 'edit', column: 'fiscal_year', value: '2010' },
      { findingId: id('country_unknown', 6), choice: 'edit', column: 'country', value: 'Laos' },
    ];
    const stored = applyDecisions(file.rows, file.findings, decisions);
    expect(
      stored.map((r) => [r.line, r.values.country, r.values.fiscal_year, r.values.area_of_expertise, r.excluded]),
    ).toEqual([
      [2, 'Thailand', '2012', 'Turism', false],
      [3, 'Laos', '2011', 'Tourism', false],
      [4, 'Laos', '2011', 'Tourism', true],
      [5, 'Laos', '2010', 'Tourism', false],
      [6, 'Laos', '2010', 'Tourism', false],
    ]);
    expect(stored[0]?.changes).toEqual([
      { column: 'country', from: 'Indonesia', to: 'Thailand', findingId: id('locality_wrong_country', 2) },
    ]);
    expect(stored[0]?.printed.country).toBe('Indonesia');
    expect(stored.flatMap((r) => r.pending)).toEqual([]);
    expect(stored.flatMap((r) => r.blocking)).toEqual([]);
  });

  test('the last decision on a finding wins; unknown findings and columns are ignored', () => {
    const f = id('field_misspelt', 2);
    const stored = applyDecisions(file.rows, file.findings, [
      { findingId: f, choice: 'accept' },
      { findingId: f, choice: 'edit', column: 'area_of_expertise', value: 'Tourism Promotion' },
      { findingId: 'nope', choice: 'accept' },
      { findingId: id('locality_wrong_country', 2), choice: 'edit', column: 'no_such_column', value: 'x' },
    ]);
    expect(stored[0]?.values).toMatchObject({ country: 'Indonesia', area_of_expertise: 'Tourism Promotion' });
    expect(stored[0]?.pending).toEqual([]);
  });

  test('all at once: decideAll builds one decision per finding chosen', () => {
    const accept = decideAll(file.findings, 'accept', (f) => f.suggestion !== undefined);
    expect(accept.map((d) => d.findingId)).toEqual([id('field_misspelt', 2), id('locality_wrong_country', 2)]);
  });

  test('property: whatever the decisions, every row comes back, in order, with its printed values', () => {
    const choice = fc.oneof(
      fc.constantFrom('accept' as const, 'keep' as const, 'exclude' as const).map((c) => ({ choice: c })),
      fc.record({
        choice: fc.constant('edit' as const),
        column: fc.constantFrom('country', 'locality', 'x'),
        value: fc.string(),
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...file.findings.map((f) => f.id), 'other'), choice)), (picked) => {
        const decisions = picked.map(([findingId, c]) => ({ findingId, ...c }) as Decision);
        const stored = applyDecisions(file.rows, file.findings, decisions);
        expect(stored.map((r) => [r.line, r.key, r.printed])).toEqual(file.rows.map((r) => [r.line, r.key, r.values]));
        for (const r of stored) for (const c of r.changes) expect(r.printed[c.column]).toBeDefined();
      }),
    );
  });
});
