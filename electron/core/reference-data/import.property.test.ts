// Generated reference files with injected faults, imported through the core with random decisions:
// every row ends up created, present, a conflict or excluded (the counts add up to the rows); nothing
// stored differs from print except by a recorded decision; a refused import writes nothing; importing
// twice creates nothing new.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  cleanProjects,
  edits,
  projectsCsv,
  traineeGrid,
  traineeText,
  UNIQUE_LOCALITIES,
} from '../../../shared/reference-data/__tests__/arbitraries';
import { countryName, REGION_COUNTRIES } from '../../../shared/reference-data/countries';
import { applyDecisions } from '../../../shared/reference-data/decisions';
import { FIELD_VOCABULARY_SEED } from '../../../shared/reference-data/fields';
import type { ReferenceTexts } from '../../../shared/reference-data/reference-files';
import type { Decision, Finding } from '../../../shared/reference-data/schema';
import { AppFailure } from '../../../shared/result';
import { openTestCore, snapshot } from '../../../tests/support/test-core';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { checkTexts } from './check';
import { importTexts } from './import';

const counterpartsCsv = (rows: [string, string][]) =>
  ['country,counterpart', ...rows.map(([c, n]) => `${c},"${n}"`)].join('\n');

/** Three files, each with faults of its kind injected (some of them errors). */
const files = fc
  .record({
    projects: cleanProjects,
    fault: fc.record({
      row: fc.nat(),
      kind: fc.constantFrom('none', 'year', 'locality', 'field', 'duplicate', 'country'),
      place: fc.constantFrom(...UNIQUE_LOCALITIES),
      other: fc.constantFrom(...REGION_COUNTRIES.map((c) => c.code)),
      field: fc.constantFrom(...FIELD_VOCABULARY_SEED).chain(edits),
    }),
    countries: fc.shuffledSubarray(
      REGION_COUNTRIES.map((c) => c.name),
      { minLength: 1 },
    ),
    counterpartFault: fc.constantFrom('none', 'duplicate', 'unknown', 'empty'),
    grid: traineeGrid,
    traineeFault: fc.constantFrom('none', 'sum', 'unreadable', 'short'),
  })
  .map((g): ReferenceTexts => {
    const rows = g.projects.map((r) => ({ ...r, year: String(r.year) }));
    const i = g.fault.row % rows.length;
    const r = rows[i] as (typeof rows)[number];
    if (g.fault.kind === 'year') r.year = '20x5';
    if (g.fault.kind === 'country') r.country = 'Atlantis';
    if (g.fault.kind === 'locality' && g.fault.other !== g.fault.place.code)
      Object.assign(r, { locality: g.fault.place.name, country: countryName(g.fault.other) });
    if (g.fault.kind === 'field') r.field = g.fault.field;
    if (g.fault.kind === 'duplicate') rows.splice(i, 0, { ...r });
    const cps: [string, string][] = g.countries.map((c) => [c, `Ministry of Home Affairs, ${c}`]);
    if (g.counterpartFault === 'duplicate') cps.push([g.countries[0] as string, 'Another agency']);
    if (g.counterpartFault === 'unknown') cps.push(['Atlantis', 'Ministry']);
    if (g.counterpartFault === 'empty') cps.push([g.countries[0] as string, '']);
    let trainees = traineeText(g.grid);
    const first = g.grid.countries[0];
    if (first && g.traineeFault !== 'none') {
      const line = trainees.split('\n').findIndex((l) => l.startsWith(`${first.name} `));
      const lines = trainees.split('\n');
      const figures = (lines[line] as string).slice(first.name.length + 1).split(' ');
      if (g.traineeFault === 'sum') figures[figures.length - 1] = String(Number(figures.at(-1)) + 1);
      lines[line] =
        g.traineeFault === 'unreadable'
          ? `${first.name} (see note)`
          : g.traineeFault === 'short'
            ? `${first.name} ${figures[0]}`
            : `${first.name} ${figures.join(' ')}`;
      trainees = lines.join('\n');
    }
    return {
      counterparts: counterpartsCsv(cps),
      dispatchProjects: projectsCsv(rows.map((x) => ({ ...x, year: x.year as unknown as number }))),
      acceptedTrainees: trainees,
    };
  });

/** Per finding: no decision, or one of the four (an edit types a value of the finding's column). */
const choices = fc.array(
  fc.record({
    pick: fc.constantFrom('none', 'accept', 'keep', 'exclude', 'edit'),
    value: fc.constantFrom('Thailand', 'Laos', '2015', 'Tourism', 'Ministry', 'Atlantis', ''),
  }),
  { minLength: 40, maxLength: 40 },
);

const decide = (findings: Finding[], picks: { pick: string; value: string }[]): Decision[] =>
  findings.flatMap((f, i): Decision[] => {
    const p = picks[i % picks.length] as { pick: string; value: string };
    if (p.pick === 'none') return [];
    if (p.pick === 'edit') return [{ findingId: f.id, choice: 'edit', column: f.column ?? 'country', value: p.value }];
    return [{ findingId: f.id, choice: p.pick as 'accept' | 'keep' | 'exclude' }];
  });

type Check = ReturnType<typeof checkTexts>;
type Result = ReturnType<typeof importTexts>;

/** Refused: only for errors left undecided or values that cannot be stored. */
function expectRefusedForCause(error: unknown, all: Finding[], decisions: Decision[]): void {
  expect(error).toBeInstanceOf(AppFailure);
  const e = (error as AppFailure).error;
  expect(e.code).toBe('invalid_input');
  for (const issue of e.issues ?? []) {
    expect(['finding_undecided', 'value_unusable', 'value_breaks_rule']).toContain(issue.code);
    if (issue.code === 'finding_undecided') {
      const f = all.find((x) => x.id === issue.params?.findingId);
      expect(f?.severity).toBe('error');
      expect(decisions.some((d) => d.findingId === f?.id)).toBe(false);
    }
  }
}

/** Accepted: no row to be stored carries an error nobody decided on; every row is counted once. */
function expectRowsAccounted(check: Check, decisions: Decision[], result: Result): void {
  const checkedFiles = [check.counterparts, check.dispatchProjects, check.acceptedTrainees];
  for (const file of checkedFiles) {
    for (const row of applyDecisions(file.rows, file.findings, decisions))
      expect(row.excluded || row.blocking.length === 0).toBe(true);
  }
  for (const [i, counts] of result.files.entries()) {
    const rows = (checkedFiles[i] as (typeof checkedFiles)[number]).rows.length;
    expect(counts.created + counts.present + counts.excluded + counts.conflicts).toBe(rows);
    expect(counts.present).toBe(0);
  }
}

/** Stored projects: as printed, except the changes a decision asked for, each recorded. */
function expectProjectsAsPrinted(ctx: Context, check: Check, decisions: Decision[], result: Result): void {
  const decided = new Map(decisions.map((d) => [d.findingId, d]));
  const stored = ctx.db.all<{
    row_key: string;
    printed: string;
    changes: string;
    country: string;
    locality: string;
    area_of_expertise: string;
    fiscal_year: number;
  }>(sql`SELECT * FROM past_dispatch_projects`);
  expect(stored).toHaveLength(result.files[1]?.created ?? -1);
  for (const s of stored) {
    const printed = check.dispatchProjects.rows.find((r) => r.key === s.row_key)?.values as Record<string, string>;
    expect(JSON.parse(s.printed)).toEqual(printed);
    const changes = JSON.parse(s.changes) as { column: string; to: string; findingId: string }[];
    const now = {
      fiscal_year: String(s.fiscal_year),
      country: s.country,
      locality: s.locality,
      area_of_expertise: s.area_of_expertise,
    };
    for (const [column, value] of Object.entries(now)) {
      const change = changes.findLast((c) => c.column === column);
      if (!change) expect(value).toBe(printed[column]);
      else {
        expect(value).toBe(change.to);
        expect(['accept', 'edit']).toContain(decided.get(change.findingId)?.choice);
      }
    }
  }
}

/** Stored counterparts: the printed name, or the one a decision gave it (an empty name typed in). */
function expectCounterpartsAsDecided(ctx: Context, check: Check, decisions: Decision[]): void {
  const counterparts = applyDecisions(check.counterparts.rows, check.counterparts.findings, decisions);
  for (const c of ctx.db.all<{ name: string; source_key: string }>(sql`SELECT name, source_key FROM counterparts`)) {
    const row = counterparts.find((r) => r.key === c.source_key);
    expect(row?.values.counterpart).toBe(c.name);
    if (row?.values.counterpart !== row?.printed.counterpart) {
      expect(row?.changes.some((change) => change.column === 'counterpart')).toBe(true);
    }
  }
}

/** Stored facts: exactly as the check read them. */
function expectFactsAsRead(ctx: Context, check: Check): void {
  const facts = ctx.db.all<{ fact_key: string; value: number; certainty: string }>(
    sql`SELECT fact_key, value, certainty FROM historical_trainee_facts`,
  );
  for (const f of facts) {
    const printed = check.acceptedTrainees.facts.find((x) => x.key === f.fact_key);
    expect([printed?.value, printed?.certainty]).toEqual([f.value, f.certainty]);
  }
}

test('property: generated files with faults and random decisions are imported honestly, once', () => {
  fc.assert(
    fc.property(files, choices, (texts, picks) => {
      const t = openTestCore();
      try {
        const ctx = t.core.ctx;
        const check = checkTexts(ctx, texts);
        const all = [
          ...check.counterparts.findings,
          ...check.dispatchProjects.findings,
          ...check.acceptedTrainees.findings,
        ];
        const decisions = decide(all, picks);
        const input = {
          files: ['counterparts', 'dispatch_projects', 'accepted_trainees'] as const,
          decisions,
          hashes: {},
        };
        const before = snapshot(t.core);
        let result: Result;
        try {
          result = importTexts(ctx, texts, { ...input, files: [...input.files] });
        } catch (error) {
          // Refused, and nothing written.
          expectRefusedForCause(error, all, decisions);
          expect(snapshot(t.core)).toEqual(before);
          return;
        }
        expectRowsAccounted(check, decisions, result);
        expectProjectsAsPrinted(ctx, check, decisions, result);
        expectCounterpartsAsDecided(ctx, check, decisions);
        expectFactsAsRead(ctx, check);
        // Importing again: nothing new.
        const afterFirst = snapshot(t.core);
        const again = importTexts(ctx, texts, { ...input, files: [...input.files] });
        expect(again.files.every((f) => f.created === 0 && f.importId === null)).toBe(true);
        expect(snapshot(t.core)).toEqual(afterFirst);
      } finally {
        t.close();
      }
    }),
    { numRuns: 60 },
  );
});
