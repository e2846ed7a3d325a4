// The audit trail: written by services inside the same transaction as the change it describes.
import type { AuditEntry } from '../../../shared/audit/schema';
import type { Context } from '../context';
import { join, sql } from '../db/sql';

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

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export function listAudit(ctx: Context, query: { entity?: string; entityId?: string; limit: number }): AuditEntry[] {
  const where = [];
  if (query.entity) where.push(sql`entity = ${query.entity}`);
  if (query.entityId) where.push(sql`entity_id = ${query.entityId}`);
  const rows = ctx.db.all<AuditRow>(sql`
    SELECT * FROM audit_log WHERE ${join(where, ' AND ', '1')} ORDER BY id DESC LIMIT ${query.limit}`);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}
