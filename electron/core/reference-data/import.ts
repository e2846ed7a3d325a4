// referenceData.import: the person's decisions applied, then what is new stored, in ONE transaction
// with one import record (findings and decisions as JSON) and its audit entry per file that wrote
// something. No row is dropped unannounced: each is created, already present, a counterpart the app
// has its own of (conflict), or left out (excluded) — and the counts say which.

import { countryCodeOf } from '../../../shared/reference-data/countries';
import { projectYear, yearInProgramme } from '../../../shared/reference-data/dispatch-projects';
import type { FileImported, ReferenceImportResult } from '../../../shared/reference-data/import-schema';
import type { ReadAsRows, ReferenceTexts } from '../../../shared/reference-data/reference-files';
import type { CheckedTraineeTable, Decision, ReferenceFile, StoredRow } from '../../../shared/reference-data/schema';
import { AppFailure } from '../../../shared/result';
import { fieldNameKey } from '../../../shared/specialist-dispatch/vocabulary';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { checkWithApp, figureKey, traineeRowKeys } from './check';
import { type FilePlan, planFile } from './plan';

export interface ImportRequest {
  files: ReferenceFile[];
  /** Lines of unclosed quotes read as rows, as in the check the person decided on. */
  readAsRows?: ReadAsRows;
  decisions: Decision[];
  hashes: Partial<Record<ReferenceFile, string>>;
}

type Outcome = Omit<FileImported, 'importId'> & { write: (importId: number | null) => void };

/** The same reading of a year as the check's: "0000" or "20x5" is no year and cannot be stored. */
const yearOf = projectYear;

/**
 * Columns a row cannot be stored without, per file (null: the row can be stored). A project's year
 * must be one a past project can have, even kept as printed: the history draws a column per year.
 */
const unusable = (fiscalYear: number): Record<ReferenceFile, (row: StoredRow) => string | null> => ({
  counterparts: (row) =>
    countryCodeOf(row.values.country ?? '') === null
      ? 'country'
      : (row.values.counterpart ?? '').trim() === ''
        ? 'counterpart'
        : null,
  dispatch_projects: (row) =>
    yearInProgramme(row.values.fiscal_year ?? '', fiscalYear) === null
      ? 'fiscal_year'
      : (row.values.country ?? '').trim() === ''
        ? 'country'
        : (row.values.area_of_expertise ?? '').trim() === ''
          ? 'area_of_expertise'
          : null,
  // The table is stored as its check read it (facts exactly as printed); rows it could not read store nothing.
  accepted_trainees: () => null,
});

export function importTexts(ctx: Context, texts: ReferenceTexts, input: ImportRequest): ReferenceImportResult {
  const checked = checkWithApp(ctx, texts, input.readAsRows);
  const byFile = {
    counterparts: checked.counterparts,
    dispatch_projects: checked.dispatchProjects,
    accepted_trainees: checked.acceptedTrainees,
  };
  const files = [...new Set(input.files)];
  const changed = files.filter((f) => input.hashes[f] !== undefined && input.hashes[f] !== byFile[f].contentHash);
  if (changed.length > 0)
    throw new AppFailure({
      code: 'conflict',
      message: `The reference file changed since it was checked (${changed.join(', ')}): check it again.`,
      issues: changed.map((file) => ({ path: `hashes.${file}`, code: 'reference_changed', params: { file } })),
    });
  const usable = unusable(checked.rules.fiscalYear);
  const plans = files.map((f) => planFile(f, byFile[f], input.decisions, usable[f], checked.rules));
  const issues = plans.flatMap((p) => p.issues);
  if (issues.length > 0)
    throw new AppFailure({
      code: 'invalid_input',
      message: `reference_undecided: ${issues.length} problem(s) stop the import: an error to decide (accept, edit or exclude) or a value that breaks its rule.`,
      issues,
    });

  return ctx.db.tx(() => ({
    files: plans.map((plan) => {
      const outcome =
        plan.file === 'counterparts'
          ? counterparts(ctx, plan)
          : plan.file === 'dispatch_projects'
            ? projects(ctx, plan)
            : trainees(ctx, plan, byFile.accepted_trainees);
      const { write, ...counts } = outcome;
      const importId = counts.created > 0 ? recordImport(ctx, plan, counts) : null;
      write(importId);
      return { ...counts, importId };
    }),
  }));
}

function recordImport(ctx: Context, plan: FilePlan, counts: Omit<FileImported, 'importId'>): number {
  const { checked } = plan;
  const id = Number(
    ctx.db.run(sql`
      INSERT INTO reference_imports (file, content_hash, imported_at, actor, rows_created, rows_present,
        rows_excluded, findings, decisions)
      VALUES (${plan.file}, ${checked.contentHash}, ${ctx.now().toISOString()}, ${ctx.actor()}, ${counts.created},
        ${counts.present}, ${counts.excluded}, ${JSON.stringify(checked.findings)}, ${JSON.stringify(plan.decisions)})`)
      .lastInsertRowid,
  );
  recordAudit(ctx, {
    entity: 'reference_import',
    entityId: id,
    action: 'import',
    after: { ...counts, contentHash: checked.contentHash, decisions: plan.decisions.length },
  });
  return id;
}

const rowsOf = (plan: FilePlan) => plan.rows.filter((r) => !r.excluded);

function counterparts(ctx: Context, plan: FilePlan): Outcome {
  const sources = new Set(
    ctx.db
      .all<{ k: string }>(sql`SELECT source_key AS k FROM counterparts WHERE source_key IS NOT NULL`)
      .map((r) => r.k),
  );
  const taken = new Set(ctx.db.all<{ c: string }>(sql`SELECT country_code AS c FROM counterparts`).map((r) => r.c));
  const counts = { file: plan.file, created: 0, present: 0, excluded: 0, changed: 0, conflicts: 0 };
  const create: { row: StoredRow; code: string }[] = [];
  counts.excluded = plan.rows.length - rowsOf(plan).length;
  for (const row of rowsOf(plan)) {
    const code = countryCodeOf(row.values.country ?? '') as string;
    if (sources.has(row.key)) counts.present++;
    // The country has its counterpart already (entered in the app, or an earlier row): the app's is kept.
    else if (taken.has(code)) counts.conflicts++;
    else {
      taken.add(code);
      create.push({ row, code });
      counts.created++;
      if (row.changes.length > 0) counts.changed++;
    }
  }
  return {
    ...counts,
    write: () => {
      const at = ctx.now().toISOString();
      for (const { row, code } of create) {
        const name = row.values.counterpart ?? '';
        const id = Number(
          ctx.db.run(sql`
            INSERT INTO counterparts (country_code, name, source_key, created_at, updated_at)
            VALUES (${code}, ${name}, ${row.key}, ${at}, ${at})`).lastInsertRowid,
        );
        recordAudit(ctx, {
          entity: 'counterpart',
          entityId: id,
          action: 'import',
          after: { id, countryCode: code, name, sourceKey: row.key },
        });
      }
    },
  };
}

function projects(ctx: Context, plan: FilePlan): Outcome {
  const stored = new Set(
    ctx.db.all<{ k: string }>(sql`SELECT row_key AS k FROM past_dispatch_projects`).map((r) => r.k),
  );
  const fields = new Map<string, number>();
  for (const f of ctx.db.all<{ id: number; nameEn: string; aliases: string }>(
    sql`SELECT id, name_en AS nameEn, aliases FROM expertise_fields ORDER BY sort_order, id`,
  )) {
    for (const name of [f.nameEn, ...(JSON.parse(f.aliases) as string[])]) {
      const key = fieldNameKey(name);
      if (!fields.has(key)) fields.set(key, f.id);
    }
  }
  const create = rowsOf(plan).filter((r) => !stored.has(r.key));
  return {
    file: plan.file,
    created: create.length,
    present: rowsOf(plan).length - create.length,
    excluded: plan.rows.length - rowsOf(plan).length,
    changed: create.filter((r) => r.changes.length > 0).length,
    conflicts: 0,
    write: (importId) => {
      for (const row of create) {
        const v = row.values as Record<string, string>;
        ctx.db.run(sql`
          INSERT INTO past_dispatch_projects (row_key, import_id, source_line, fiscal_year, country, country_code,
            locality, area_of_expertise, field_id, printed, changes)
          VALUES (${row.key}, ${importId}, ${row.line}, ${yearOf(v.fiscal_year ?? '')}, ${v.country}, ${countryCodeOf(v.country ?? '')},
            ${v.locality ?? ''}, ${v.area_of_expertise}, ${fields.get(fieldNameKey(v.area_of_expertise ?? '')) ?? null},
            ${JSON.stringify(row.printed)}, ${JSON.stringify(row.changes)})`);
      }
    },
  };
}

function trainees(ctx: Context, plan: FilePlan, table: CheckedTraineeTable): Outcome {
  const stored = new Set(
    ctx.db
      .all<{ k: string }>(
        sql`SELECT fact_key AS k FROM historical_trainee_facts UNION ALL SELECT figure_key FROM historical_unplaced_figures`,
      )
      .map((r) => r.k),
  );
  const keys = traineeRowKeys(table);
  const lineOf = new Map(table.rows.map((r) => [r.key, r.line]));
  const counts = { file: plan.file, created: 0, present: 0, excluded: 0, changed: 0, conflicts: 0 };
  const lines = new Set<number>();
  for (const row of plan.rows) {
    const mine = keys.get(row.key) ?? [];
    // Left out by a decision, or nothing on it could be read as a figure: nothing to store.
    if (row.excluded || mine.length === 0) counts.excluded++;
    else if (mine.every((k) => stored.has(k))) counts.present++;
    else {
      counts.created++;
      lines.add(lineOf.get(row.key) as number);
    }
  }
  const rowKeyOf = new Map(table.rows.map((r) => [r.line, r.key]));
  return {
    ...counts,
    write: (importId) => {
      for (const f of table.facts) {
        if (!lines.has(f.line) || stored.has(f.key)) continue;
        const p = f.period;
        const [from, to] = p.kind === 'range' ? [p.from, p.to] : p.kind === 'year' ? [p.year, p.year] : [null, null];
        ctx.db.run(sql`
          INSERT INTO historical_trainee_facts (fact_key, import_id, country, country_code, period_kind, from_year,
            to_year, label, value, source_line, certainty)
          VALUES (${f.key}, ${importId}, ${f.country}, ${f.countryCode}, ${p.kind}, ${from}, ${to}, ${f.label},
            ${f.value}, ${f.line}, ${f.certainty})`);
      }
      for (const u of table.unplaced) {
        const key = figureKey(rowKeyOf.get(u.line) as string, u.index);
        if (!lines.has(u.line) || stored.has(key)) continue;
        ctx.db.run(sql`
          INSERT INTO historical_unplaced_figures (figure_key, import_id, country, country_code, source_line,
            position, value, candidates)
          VALUES (${key}, ${importId}, ${u.country}, ${countryCodeOf(u.country)}, ${u.line}, ${u.index}, ${u.value},
            ${JSON.stringify(u.candidates)})`);
      }
    },
  };
}
