// The history of the whole database: filtered, newest first, a page at a time with the total, each
// entry with the record it is about in words. And the values the filters can offer.
import type { AuditFacets, AuditPageResult, AuditSearch, AuditSubject } from '../../../shared/audit/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { auditWhere, type LogRow, toEntry } from './audit';
import { subjectsOf } from './subjects';

export function searchAudit(ctx: Context, query: AuditSearch): AuditPageResult {
  const where = auditWhere(query);
  const total = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log WHERE ${where}`)?.n ?? 0;
  // Past the end, the last page (a filter narrowed the list while the person was on a later page).
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pages);
  // The page's ids first, from an index alone, then only those rows: a deep page does not read the
  // values of every entry it skips.
  const entries = ctx.db
    .all<LogRow>(sql`
      SELECT * FROM audit_log WHERE id IN (
        SELECT id FROM audit_log WHERE ${where} ORDER BY id DESC
        LIMIT ${query.pageSize} OFFSET ${(page - 1) * query.pageSize})
      ORDER BY id DESC`)
    .map(toEntry);
  const subjects = subjectsOf(ctx, entries);
  return {
    rows: entries.map((entry, i) => ({ ...entry, subject: subjects[i] as AuditSubject })),
    total,
    page,
    pageSize: query.pageSize,
  };
}

/** Distinct values by hopping down each index (a seek per value), not a pass over the whole log. */
function distinct(ctx: Context, column: 'actor' | 'entity' | 'action'): string[] {
  const queries = {
    actor: sql`WITH RECURSIVE v (x) AS (SELECT min(actor) FROM audit_log
                 UNION ALL SELECT (SELECT min(actor) FROM audit_log WHERE actor > x) FROM v WHERE x IS NOT NULL)
               SELECT x FROM v WHERE x IS NOT NULL`,
    entity: sql`WITH RECURSIVE v (x) AS (SELECT min(entity) FROM audit_log
                 UNION ALL SELECT (SELECT min(entity) FROM audit_log WHERE entity > x) FROM v WHERE x IS NOT NULL)
                SELECT x FROM v WHERE x IS NOT NULL`,
    action: sql`WITH RECURSIVE v (x) AS (SELECT min(action) FROM audit_log
                 UNION ALL SELECT (SELECT min(action) FROM audit_log WHERE action > x) FROM v WHERE x IS NOT NULL)
                SELECT x FROM v WHERE x IS NOT NULL`,
  };
  return ctx.db.all<{ x: string }>(queries[column]).map((r) => r.x);
}

export function auditFacets(ctx: Context): AuditFacets {
  return { actors: distinct(ctx, 'actor'), entities: distinct(ctx, 'entity'), actions: distinct(ctx, 'action') };
}
