// The field-of-expertise vocabulary: seeded by migration 0006 from SEED_FIELDS, editable by staff.
// Names are unique (compared as fieldNameKey compares them: case, width, "&" and punctuation aside),
// and an alias may not be another field's name or alias, so the import reads every spelling one way.
import type { ParsedInput } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/result';
import type { ExpertiseField } from '../../../shared/specialist-dispatch/schema';
import { type FieldGroup, fieldNameKey } from '../../../shared/specialist-dispatch/vocabulary';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { bool, conflict, notFound } from './failures';

type FieldInput = ParsedInput<'specialistDispatch.expertise.create'>;

interface FieldRow {
  id: number;
  seed_key: string | null;
  name_en: string;
  name_ja: string;
  field_group: FieldGroup;
  aliases: string;
  active: number;
  sort_order: number;
  usage: number;
}

const SELECT = sql`
  SELECT f.id, f.seed_key, f.name_en, f.name_ja, f.field_group, f.aliases, f.active, f.sort_order,
    (SELECT count(*) FROM dispatch_requests r WHERE r.field_id = f.id)
    + (SELECT count(*) FROM specialist_fields s WHERE s.field_id = f.id)
    + (SELECT count(*) FROM past_dispatch_projects p WHERE p.field_id = f.id) AS usage
  FROM expertise_fields f`;

function toField(r: FieldRow): ExpertiseField {
  return {
    id: r.id,
    seedKey: r.seed_key,
    nameEn: r.name_en,
    nameJa: r.name_ja,
    group: r.field_group,
    aliases: JSON.parse(r.aliases) as string[],
    active: bool(r.active),
    usage: r.usage,
  };
}

export function listExpertise(ctx: Context): ExpertiseField[] {
  return ctx.db.all<FieldRow>(sql`${SELECT} ORDER BY f.sort_order, f.name_en`).map(toField);
}

export function getExpertise(ctx: Context, id: number): ExpertiseField {
  const row = ctx.db.get<FieldRow>(sql`${SELECT} WHERE f.id = ${id}`);
  return row ? toField(row) : notFound('Field of expertise', id);
}

/** Aliases once each (by name key), none the same as the field's own names. */
function cleanAliases(data: FieldInput): string[] {
  const seen = new Set([fieldNameKey(data.nameEn), fieldNameKey(data.nameJa)]);
  const out: string[] = [];
  for (const alias of data.aliases) {
    const key = fieldNameKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** Refuses a name or alias another field already uses. */
function assertUnique(ctx: Context, data: FieldInput, aliases: string[], selfId: number | null): void {
  const owner = new Map<string, string>();
  for (const f of listExpertise(ctx)) {
    if (f.id === selfId) continue;
    for (const name of [f.nameEn, f.nameJa, ...f.aliases]) owner.set(fieldNameKey(name), f.nameEn);
  }
  const issues: FieldIssue[] = [];
  for (const path of ['nameEn', 'nameJa'] as const) {
    const taken = owner.get(fieldNameKey(data[path]));
    if (taken !== undefined) issues.push({ path: `data.${path}`, code: 'field_name_taken', params: { field: taken } });
  }
  aliases.forEach((alias, i) => {
    const taken = owner.get(fieldNameKey(alias));
    if (taken !== undefined) {
      issues.push({ path: `data.aliases.${i}`, code: 'alias_taken', params: { alias, field: taken } });
    }
  });
  if (issues.length > 0) conflict('Another field of expertise already uses this name or alias.', issues);
}

export function createExpertise(ctx: Context, data: FieldInput): ExpertiseField {
  return ctx.db.tx(() => {
    const aliases = cleanAliases(data);
    assertUnique(ctx, data, aliases, null);
    const order = ctx.db.get<{ n: number }>(sql`SELECT coalesce(max(sort_order), 0) + 1 AS n FROM expertise_fields`);
    const { lastInsertRowid } = ctx.db.run(sql`
      INSERT INTO expertise_fields (name_en, name_ja, field_group, aliases, active, sort_order)
      VALUES (${data.nameEn}, ${data.nameJa}, ${data.group}, ${JSON.stringify(aliases)}, ${data.active ? 1 : 0},
              ${order?.n ?? 1})`);
    const field = getExpertise(ctx, Number(lastInsertRowid));
    recordAudit(ctx, { entity: 'expertise_field', entityId: field.id, action: 'create', after: field });
    return field;
  });
}

export function updateExpertise(ctx: Context, id: number, data: FieldInput): ExpertiseField {
  return ctx.db.tx(() => {
    const before = getExpertise(ctx, id);
    const aliases = cleanAliases(data);
    assertUnique(ctx, data, aliases, id);
    ctx.db.run(sql`
      UPDATE expertise_fields SET name_en = ${data.nameEn}, name_ja = ${data.nameJa}, field_group = ${data.group},
        aliases = ${JSON.stringify(aliases)}, active = ${data.active ? 1 : 0}
      WHERE id = ${id}`);
    const after = getExpertise(ctx, id);
    const { usage: _u, ...b } = before;
    const { usage: _v, ...a } = after;
    recordAudit(ctx, { entity: 'expertise_field', entityId: id, action: 'update', before: b, after: a });
    return after;
  });
}
