// statistics.get: accepted trainees by country × fiscal year, by field and by host, each one GROUP BY
// over the trainee indexes (trainees_fy covers fiscal_year, country, status and field_id).
import type { Statistics, StatsQuery } from '../../../shared/statistics/schema';
import type { Context } from '../context';
import { type Sql, sql } from '../db/sql';
import { countryYearTable, yearsOf } from './table';

/**
 * The trainees the statistics count (alias `t`): accepted, i.e. any status after applicant, and a
 * withdrawal only when the trainee had been accepted before (a step to accepted or beyond in
 * status_changes; someone registered as withdrawn, or withdrawn as an applicant, is not counted);
 * archived records are not counted.
 */
export function countedTrainees(range: StatsQuery): Sql {
  return sql`t.archived = 0 AND t.status <> 'applicant'
    AND (t.status <> 'withdrawn' OR EXISTS (
      SELECT 1 FROM status_changes s WHERE s.trainee_id = t.id
      AND s.to_status IN ('accepted', 'introductory', 'on_placement', 'completed')))
    AND t.fiscal_year BETWEEN ${range.fromYear ?? 0} AND ${range.toYear ?? 9999}`;
}

export function getStatistics(ctx: Context, range: StatsQuery): Statistics {
  const groups = ctx.db.all<{ country: string; fiscal_year: number; field_id: number; n: number }>(sql`
    SELECT t.country, t.fiscal_year, t.field_id, count(*) AS n FROM trainees t
    WHERE ${countedTrainees(range)} GROUP BY t.fiscal_year, t.country, t.field_id`);
  const countries = ctx.db.all<{ code: string; nameEn: string; nameJa: string }>(sql`
    SELECT code, name_en AS nameEn, name_ja AS nameJa FROM countries ORDER BY sort_order, code`);
  const years = yearsOf(range, [...new Set(groups.map((g) => g.fiscal_year))]);
  const countryYear = countryYearTable(
    groups.map((g) => ({ country: g.country, fiscalYear: g.fiscal_year, count: g.n })),
    countries,
    years,
  );

  const perField = new Map<number, number>();
  for (const g of groups) perField.set(g.field_id, (perField.get(g.field_id) ?? 0) + g.n);
  const fields = ctx.db.all<{ id: number; nameEn: string; nameJa: string }>(sql`
    SELECT id, name_en AS nameEn, name_ja AS nameJa FROM fields ORDER BY id`);
  const byField = fields
    .filter((f) => perField.has(f.id))
    .map((f) => ({ fieldId: f.id, nameEn: f.nameEn, nameJa: f.nameJa, count: perField.get(f.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.fieldId - b.fieldId);

  // A trainee placed twice at one host counts once there; placed at two hosts, once at each.
  const byHost = ctx.db.all<{ hostId: number; nameEn: string; nameJa: string; prefecture: number; count: number }>(sql`
    SELECT h.id AS hostId, h.name_en AS nameEn, h.name_ja AS nameJa, h.prefecture, c.n AS count
    FROM (SELECT p.host_id, count(DISTINCT p.trainee_id) AS n
          FROM placements p JOIN trainees t ON t.id = p.trainee_id
          WHERE p.cancelled = 0 AND ${countedTrainees(range)} GROUP BY p.host_id) c
    JOIN hosts h ON h.id = c.host_id
    ORDER BY c.n DESC, h.name_key, h.id`);

  return { countryYear, byField, byHost, total: countryYear.grandTotal };
}
