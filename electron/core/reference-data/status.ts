// referenceData.status / dismissOffer and referenceData.historical.traineeTable: what has been imported from the
// shipped files, whether the files changed since, the first-run offer, and the trainee table as stored.
import type { HistoricalTraineeTable, ReferenceStatus } from '../../../shared/reference-data/import-schema';
import {
  type Finding,
  type HistoricalFact,
  REFERENCE_FILES,
  type ReferenceFile,
  type UnplacedFigure,
} from '../../../shared/reference-data/schema';
import { cleanText, hash64 } from '../../../shared/reference-data/text';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { readSetting } from '../settings/service';
import { readShippedTexts } from './files';

/** The settings key that remembers the first-run offer was dismissed. */
export const OFFER_DISMISSED = 'referenceData.offerDismissed';

interface ImportRow {
  id: number;
  file: ReferenceFile;
  content_hash: string;
  imported_at: string;
  actor: string;
  findings: string;
}

/** The latest import of each file. */
function latestImports(ctx: Context): Map<ReferenceFile, ImportRow> {
  const rows = ctx.db.all<ImportRow>(sql`
    SELECT id, file, content_hash, imported_at, actor, findings FROM reference_imports r
    WHERE id = (SELECT max(id) FROM reference_imports WHERE file = r.file)`);
  return new Map(rows.map((r) => [r.file, r]));
}

function storedRows(ctx: Context, file: ReferenceFile): number {
  const query =
    file === 'counterparts'
      ? sql`SELECT count(*) AS n FROM counterparts WHERE source_key IS NOT NULL`
      : file === 'dispatch_projects'
        ? sql`SELECT count(*) AS n FROM past_dispatch_projects`
        : // The table's rows: one per country printed, and the Total row.
          sql`SELECT count(*) AS n FROM (
                SELECT coalesce(country, '*'), source_line FROM historical_trainee_facts
                UNION SELECT country, source_line FROM historical_unplaced_figures)`;
  return ctx.db.get<{ n: number }>(query)?.n ?? 0;
}

export function referenceStatus(ctx: Context): ReferenceStatus {
  const texts = readShippedTexts(ctx);
  const hashes: Record<ReferenceFile, string> | null = texts && {
    counterparts: hash64(cleanText(texts.counterparts)),
    dispatch_projects: hash64(cleanText(texts.dispatchProjects)),
    accepted_trainees: hash64(cleanText(texts.acceptedTrainees)),
  };
  const latest = latestImports(ctx);
  const files = REFERENCE_FILES.map((file) => {
    const last = latest.get(file);
    return {
      file,
      lastImportAt: last?.imported_at ?? null,
      lastImportBy: last?.actor ?? null,
      stored: storedRows(ctx, file),
      current: last !== undefined && hashes !== null && hashes[file] === last.content_hash,
    };
  });
  const dismissed = readSetting(ctx, OFFER_DISMISSED) !== null;
  return { available: texts !== null, files, offer: texts !== null && latest.size === 0 && !dismissed };
}

export function dismissOffer(ctx: Context): ReferenceStatus {
  return ctx.db.tx(() => {
    if (readSetting(ctx, OFFER_DISMISSED) === null) {
      const at = ctx.now().toISOString();
      ctx.db.run(sql`INSERT INTO settings (key, value) VALUES (${OFFER_DISMISSED}, ${at})`);
      recordAudit(ctx, { entity: 'reference_import', entityId: 'offer', action: 'dismiss', after: { at } });
    }
    return referenceStatus(ctx);
  });
}

/** The findings that say the printed figures disagree with each other. */
export const CONTRADICTION_CODES = new Set([
  'trainee_row_sum_mismatch',
  'trainee_grand_total_mismatch',
  'trainee_column_total_mismatch',
]);

/** The contradictions recorded by the latest import of the accepted-trainee table, and when it was. */
export function traineeContradictions(ctx: Context): { importedAt: string | null; findings: Finding[] } {
  const last = latestImports(ctx).get('accepted_trainees');
  if (!last) return { importedAt: null, findings: [] };
  const findings = (JSON.parse(last.findings) as Finding[]).filter((f) => CONTRADICTION_CODES.has(f.code));
  return { importedAt: last.imported_at, findings };
}

interface FactRow {
  fact_key: string;
  country: string | null;
  country_code: string | null;
  period_kind: 'range' | 'year' | 'all';
  from_year: number | null;
  to_year: number | null;
  label: string;
  value: number;
  source_line: number;
  certainty: 'certain' | 'contradicted';
}

export function storedFacts(ctx: Context): HistoricalFact[] {
  return ctx.db.all<FactRow>(sql`SELECT * FROM historical_trainee_facts ORDER BY source_line, id`).map((r) => ({
    country: r.country,
    countryCode: r.country_code,
    period:
      r.period_kind === 'range'
        ? { kind: 'range', from: r.from_year as number, to: r.to_year as number }
        : r.period_kind === 'year'
          ? { kind: 'year', year: r.from_year as number }
          : { kind: 'all' },
    label: r.label,
    value: r.value,
    line: r.source_line,
    certainty: r.certainty,
    key: r.fact_key,
  }));
}

/** An unplaced figure as stored, with the country code the import found for its printed name. */
export type StoredUnplaced = UnplacedFigure & { countryCode: string | null };

export function storedUnplaced(ctx: Context): StoredUnplaced[] {
  return ctx.db
    .all<{
      country: string;
      country_code: string | null;
      source_line: number;
      position: number;
      value: number;
      candidates: string;
    }>(
      sql`SELECT country, country_code, source_line, position, value, candidates FROM historical_unplaced_figures
          ORDER BY source_line, position`,
    )
    .map((r) => ({
      country: r.country,
      countryCode: r.country_code,
      line: r.source_line,
      index: r.position,
      value: r.value,
      candidates: JSON.parse(r.candidates) as string[],
    }));
}

export function historicalTraineeTable(ctx: Context): HistoricalTraineeTable {
  const { importedAt, findings } = traineeContradictions(ctx);
  const unplaced = storedUnplaced(ctx).map(({ countryCode, ...figure }) => figure);
  return { importedAt, facts: storedFacts(ctx), unplaced, contradictions: findings };
}
