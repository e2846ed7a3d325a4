// referenceData.check: the three files checked against the app's vocabularies, and each row's standing
// against what the app already holds (new, already stored, or a counterpart the app has its own of).

import { currentFiscalYear } from '../../../shared/fiscal-year';
import { countryCodeOf } from '../../../shared/reference-data/countries';
import { fieldVocabulary } from '../../../shared/reference-data/fields';
import type { ReferenceCheck, RowStanding } from '../../../shared/reference-data/import-schema';
import {
  type CheckedReference,
  checkReferenceFiles,
  type ReadAsRows,
  type ReferenceTexts,
} from '../../../shared/reference-data/reference-files';
import type { CheckedTraineeTable } from '../../../shared/reference-data/schema';
import { AppFailure } from '../../../shared/result';
import { CsvLimitError } from '../../../shared/text/csv';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { readShipped } from './files';

/** The app's field vocabulary: every field's English name and aliases (inactive fields are still fields). */
export function appFieldVocabulary(ctx: Context): string[] {
  const rows = ctx.db.all<{ nameEn: string; aliases: string }>(sql`
    SELECT name_en AS nameEn, aliases FROM expertise_fields ORDER BY sort_order, id`);
  return fieldVocabulary(rows.map((r) => ({ nameEn: r.nameEn, aliases: JSON.parse(r.aliases) as string[] })));
}

export function checkWithApp(ctx: Context, texts: ReferenceTexts, readAsRows: ReadAsRows = {}): CheckedReference {
  try {
    // Today's fiscal year from the app's clock: a past project cannot be later.
    return checkReferenceFiles(
      texts,
      { fields: appFieldVocabulary(ctx), fiscalYear: currentFiscalYear(ctx.now()) },
      readAsRows,
    );
  } catch (error) {
    if (error instanceof CsvLimitError) refuseOverLimit(error);
    throw error;
  }
}

/** A reference file past a limit (rows, columns, cell length) is refused, naming the limit and the line. */
function refuseOverLimit(error: CsvLimitError): never {
  throw new AppFailure({
    code: 'invalid_input',
    message: `A reference file passes a limit at line ${error.line}: ${error.code} (at most ${error.max}).`,
    issues: [{ path: 'files', code: error.code, params: { line: error.line, max: error.max } }],
  });
}

/** The stored keys of a trainee-table row: its facts' keys and its unplaced figures' keys. */
export function traineeRowKeys(table: CheckedTraineeTable): Map<string, string[]> {
  const byLine = new Map(table.rows.map((r) => [r.line, r.key]));
  const keys = new Map<string, string[]>(table.rows.map((r) => [r.key, []]));
  for (const f of table.facts) keys.get(byLine.get(f.line) as string)?.push(f.key);
  for (const u of table.unplaced) {
    const rowKey = byLine.get(u.line) as string;
    keys.get(rowKey)?.push(figureKey(rowKey, u.index));
  }
  return keys;
}

/** An unplaced figure's key: its row's (content-derived) key and its position among the row's figures. */
export const figureKey = (rowKey: string, index: number) => `${rowKey}:${index}`;

const storedKeys = (ctx: Context, query: ReturnType<typeof sql>) =>
  new Set(ctx.db.all<{ k: string }>(query).map((r) => r.k));

/** Row key → standing, for every row of the three files. */
export function standingOf(ctx: Context, checked: CheckedReference): Record<string, RowStanding> {
  const standing: Record<string, RowStanding> = {};
  const sources = storedKeys(ctx, sql`SELECT source_key AS k FROM counterparts WHERE source_key IS NOT NULL`);
  const countries = storedKeys(ctx, sql`SELECT country_code AS k FROM counterparts`);
  for (const row of checked.counterparts.rows) {
    const code = countryCodeOf(row.values.country ?? '');
    standing[row.key] = sources.has(row.key) ? 'present' : code && countries.has(code) ? 'conflict' : 'new';
  }
  const projects = storedKeys(ctx, sql`SELECT row_key AS k FROM past_dispatch_projects`);
  for (const row of checked.dispatchProjects.rows) standing[row.key] = projects.has(row.key) ? 'present' : 'new';
  const facts = storedKeys(
    ctx,
    sql`SELECT fact_key AS k FROM historical_trainee_facts UNION ALL SELECT figure_key FROM historical_unplaced_figures`,
  );
  for (const [rowKey, keys] of traineeRowKeys(checked.acceptedTrainees))
    standing[rowKey] = keys.some((k) => facts.has(k)) ? 'present' : 'new';
  return standing;
}

export function checkTexts(ctx: Context, texts: ReferenceTexts, readAsRows: ReadAsRows = {}): ReferenceCheck {
  const checked = checkWithApp(ctx, texts, readAsRows);
  return { ...checked, standing: standingOf(ctx, checked) };
}

export function shippedTexts(ctx: Context): ReferenceTexts {
  return readShipped(ctx);
}
