// The audit trail: written by services inside the same transaction as the change it describes.
import type { AuditEntry, AuditFilters } from '../../../shared/audit/schema';
import type { Context } from '../context';
import { join, type Sql, sql } from '../db/sql';

export interface AuditRecord {
  entity: string;
  entityId: string | number;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Records a change; an update whose before and after are the same changed nothing and is not recorded. */
export function recordAudit(ctx: Context, entry: AuditRecord): void {
  const before = entry.before === undefined ? null : JSON.stringify(entry.before);
  const after = entry.after === undefined ? null : JSON.stringify(entry.after);
  if (before !== null && before === after) return;
  ctx.db.run(sql`
    INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json)
    VALUES (${ctx.now().toISOString()}, ${ctx.actor()}, ${entry.entity}, ${String(entry.entityId)}, ${entry.action},
            ${before}, ${after})`);
}

export interface LogRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export function toEntry(r: LogRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  };
}

/** `%text%` for LIKE, with LIKE's own wildcards taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause of the filters. Each equality filter has an index that also gives the newest-first
 * order (migration 0005); the text filter reads the values, as they are stored: JSON, so the words
 * are looked for in their JSON spelling (a quote as \", a line break as \n).
 */
export function auditWhere(f: AuditFilters): Sql {
  const where: Sql[] = [];
  if (f.withPlacements && f.entity === 'trainee' && f.entityId && /^\d+$/.test(f.entityId)) {
    where.push(sql`((entity = 'trainee' AND entity_id = ${f.entityId}) OR (entity = 'placement' AND entity_id IN
      (SELECT CAST(id AS TEXT) FROM placements WHERE trainee_id = ${Number(f.entityId)})))`);
  } else {
    if (f.entity) where.push(sql`entity = ${f.entity}`);
    if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
  }
  if (f.actor) where.push(sql`actor = ${f.actor}`);
  if (f.action) where.push(sql`action = ${f.action}`);
  // Stored times are UTC ISO strings (toISOString), so the bounds are put the same way to compare as text.
  if (f.since) where.push(sql`at >= ${new Date(f.since).toISOString()}`);
  if (f.until) where.push(sql`at < ${new Date(f.until).toISOString()}`);
  const text = f.text?.trim();
  if (text) {
    const raw = likePattern(text);
    const json = likePattern(JSON.stringify(text).slice(1, -1));
    where.push(sql`(actor LIKE ${raw} ESCAPE '\\' OR after_json LIKE ${json} ESCAPE '\\'
                    OR before_json LIKE ${json} ESCAPE '\\')`);
  }
  return join(where, ' AND ', '1');
}

export function listAudit(ctx: Context, query: AuditFilters & { limit: number }): AuditEntry[] {
  const rows = ctx.db.all<LogRow>(sql`
    SELECT * FROM audit_log WHERE ${auditWhere(query)} ORDER BY id DESC LIMIT ${query.limit}`);
  return rows.map(toEntry);
}
