// What a history entry is about, in words: the record's name as it is now (or, when it is gone, as
// the log last knew it), and the page that shows it. One query per kind of record on a page of
// entries, never one per entry.
import type { AuditEntry, AuditPage, AuditSubject } from '../../../shared/audit/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';

interface Found {
  label: string | null;
  labelJa: string | null;
  link: { page: AuditPage; id: string } | null;
}

type Lookup = (ctx: Context, ids: string[]) => Map<string, Found>;

/** The ids as one bound JSON array, so the statement text stays the same for any number of them. */
const idList = (ids: string[]) => JSON.stringify(ids);

function rows<T extends { key: string | number }>(
  ctx: Context,
  query: ReturnType<typeof sql>,
  make: (row: T) => Found,
) {
  return new Map(ctx.db.all<T>(query).map((row) => [String(row.key), make(row)]));
}

const settingsLink = { page: 'settings' as const, id: '' };

const LOOKUPS: Record<string, Lookup> = {
  trainee: (ctx, ids) =>
    rows<{ key: number; full_name: string; ref: string }>(
      ctx,
      sql`SELECT id AS key, full_name, ref FROM trainees WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({ label: `${r.full_name} (${r.ref})`, labelJa: null, link: { page: 'trainee', id: String(r.key) } }),
    ),
  host: (ctx, ids) =>
    rows<{ key: number; name_en: string; name_ja: string }>(
      ctx,
      sql`SELECT id AS key, name_en, name_ja FROM hosts WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({ label: r.name_en, labelJa: r.name_ja, link: { page: 'host', id: String(r.key) } }),
    ),
  cohort: (ctx, ids) =>
    rows<{ key: number }>(
      ctx,
      sql`SELECT fiscal_year AS key FROM cohorts WHERE fiscal_year IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({ label: null, labelJa: null, link: { page: 'cohort', id: String(r.key) } }),
    ),
  intro_session: (ctx, ids) => sessions(ctx, ids),
  attendance: (ctx, ids) => sessions(ctx, ids),
  placement: (ctx, ids) =>
    rows<{ key: number; trainee_id: number; full_name: string; name_en: string; name_ja: string }>(
      ctx,
      sql`SELECT p.id AS key, p.trainee_id, t.full_name, h.name_en, h.name_ja
          FROM placements p JOIN trainees t ON t.id = p.trainee_id JOIN hosts h ON h.id = p.host_id
          WHERE p.id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({
        label: `${r.full_name} → ${r.name_en}`,
        labelJa: `${r.full_name} → ${r.name_ja}`,
        link: { page: 'trainee', id: String(r.trainee_id) },
      }),
    ),
  progress_entry: (ctx, ids) =>
    rows<{ key: number; trainee_id: number; full_name: string; title: string | null }>(
      ctx,
      sql`SELECT e.id AS key, e.trainee_id, t.full_name, e.title
          FROM progress_entries e JOIN trainees t ON t.id = e.trainee_id
          WHERE e.id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({
        label: r.title ? `${r.full_name} · ${r.title}` : r.full_name,
        labelJa: null,
        link: { page: 'trainee', id: String(r.trainee_id) },
      }),
    ),
  dispatch_request: (ctx, ids) =>
    rows<{ key: number; reference: string; requesting_government: string }>(
      ctx,
      sql`SELECT id AS key, reference, requesting_government FROM dispatch_requests
          WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({
        label: `${r.reference} · ${r.requesting_government}`,
        labelJa: null,
        link: { page: 'request', id: String(r.key) },
      }),
    ),
  dispatch: (ctx, ids) =>
    rows<{ key: number; request_id: number; reference: string; name_en: string; name_ja: string | null }>(
      ctx,
      sql`SELECT d.id AS key, d.request_id, r.reference, s.name_en, s.name_ja
          FROM dispatches d JOIN dispatch_requests r ON r.id = d.request_id JOIN specialists s ON s.id = d.specialist_id
          WHERE d.id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({
        label: `${r.reference} · ${r.name_en}`,
        labelJa: `${r.reference} · ${r.name_ja ?? r.name_en}`,
        link: { page: 'request', id: String(r.request_id) },
      }),
    ),
  specialist: (ctx, ids) =>
    rows<{ key: number; name_en: string; name_ja: string | null }>(
      ctx,
      sql`SELECT id AS key, name_en, name_ja FROM specialists WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({ label: r.name_en, labelJa: r.name_ja, link: { page: 'specialist', id: String(r.key) } }),
    ),
  counterpart: (ctx, ids) =>
    rows<{ key: number; name: string }>(
      ctx,
      sql`SELECT id AS key, name FROM counterparts WHERE id IN (SELECT value FROM json_each(${idList(ids)}))`,
      (r) => ({ label: r.name, labelJa: null, link: { page: 'counterparts', id: String(r.key) } }),
    ),
  expertise_field: (ctx, ids) => named(ctx, sql`SELECT id AS key, name_en, name_ja FROM expertise_fields`, ids),
  field: (ctx, ids) => named(ctx, sql`SELECT id AS key, name_en, name_ja FROM fields`, ids),
  country: (ctx, ids) => named(ctx, sql`SELECT code AS key, name_en, name_ja FROM countries`, ids),
  evaluation_criterion: (ctx, ids) => named(ctx, sql`SELECT id AS key, name_en, name_ja FROM evaluation_criteria`, ids),
  evaluation_scale: (_ctx, ids) => new Map(ids.map((id) => [id, { label: null, labelJa: null, link: settingsLink }])),
  settings: (_ctx, ids) => new Map(ids.map((id) => [id, { label: null, labelJa: null, link: settingsLink }])),
};

function sessions(ctx: Context, ids: string[]): Map<string, Found> {
  return rows<{ key: number; title: string; date: string; fiscal_year: number }>(
    ctx,
    sql`SELECT s.id AS key, s.title, s.date, c.fiscal_year
        FROM intro_sessions s JOIN cohorts c ON c.id = s.cohort_id
        WHERE s.id IN (SELECT value FROM json_each(${idList(ids)}))`,
    (r) => ({ label: `${r.title} (${r.date})`, labelJa: null, link: { page: 'cohort', id: String(r.fiscal_year) } }),
  );
}

/** Reference lists (a few dozen rows): their names, linked to the settings page where they are edited. */
function named(ctx: Context, list: ReturnType<typeof sql>, ids: string[]): Map<string, Found> {
  const wanted = new Set(ids);
  const all = ctx.db.all<{ key: string | number; name_en: string; name_ja: string }>(list);
  return new Map(
    all
      .filter((r) => wanted.has(String(r.key)))
      .map((r) => [String(r.key), { label: r.name_en, labelJa: r.name_ja, link: settingsLink }]),
  );
}

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The record's name from the entry itself, for records that no longer exist. */
function fromEntry(entry: AuditEntry): Found {
  const pick = (value: unknown): Json => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const json = value as Json;
    // A deleted session keeps its values under `session`.
    return typeof json.session === 'object' && json.session !== null ? (json.session as Json) : json;
  };
  const v = { ...pick(entry.before), ...pick(entry.after) };
  const none = { label: null, labelJa: null, link: null };
  switch (entry.entity) {
    case 'trainee':
      return { ...none, label: str(v.fullName) && (str(v.ref) ? `${v.fullName} (${v.ref})` : str(v.fullName)) };
    case 'placement':
      return str(v.traineeName) && str(v.hostNameEn)
        ? {
            ...none,
            label: `${v.traineeName} → ${v.hostNameEn}`,
            labelJa: `${v.traineeName} → ${str(v.hostNameJa) ?? v.hostNameEn}`,
          }
        : none;
    case 'intro_session':
      return str(v.title) ? { ...none, label: str(v.date) ? `${v.title} (${v.date})` : str(v.title) } : none;
    case 'dispatch_request':
      return { ...none, label: str(v.reference) };
    case 'counterpart':
    case 'word_template':
      return { ...none, label: str(v.name) };
    case 'specialist':
    case 'expertise_field':
    case 'host':
    case 'field':
    case 'country':
    case 'evaluation_criterion':
      return { ...none, label: str(v.nameEn), labelJa: str(v.nameJa) };
    default:
      return none;
  }
}

/** Subjects for a page of entries, in the same order. */
export function subjectsOf(ctx: Context, entries: AuditEntry[]): AuditSubject[] {
  const byEntity = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.entityId === '*' || !Object.hasOwn(LOOKUPS, e.entity)) continue;
    const ids = byEntity.get(e.entity) ?? new Set<string>();
    ids.add(e.entityId);
    byEntity.set(e.entity, ids);
  }
  const found = new Map<string, Map<string, Found>>();
  for (const [entity, ids] of byEntity) found.set(entity, (LOOKUPS[entity] as Lookup)(ctx, [...ids]));
  return entries.map((entry) => {
    const now = found.get(entry.entity)?.get(entry.entityId);
    return now ? { ...now, exists: true } : { ...fromEntry(entry), exists: false };
  });
}
