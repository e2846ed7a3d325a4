// Reading specialists and dispatches as the contract shapes them: one query per part (the rows, their
// fields, their availability), never one per specialist.
import type { DispatchRow, Specialist } from '../../../shared/specialist-dispatch/schema';
import type { RequestState } from '../../../shared/specialist-dispatch/workflow';
import type { Context } from '../context';
import { type Sql, sql } from '../db/sql';
import { bool, notFound } from './failures';

export interface SpecialistRow {
  id: number;
  name_en: string;
  name_ja: string | null;
  name_key: string;
  home_government: string;
  prefecture: number | null;
  position: string | null;
  retired: number;
  email: string | null;
  phone: string | null;
  notes: string | null;
  languages: string;
  active: number;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
}

type Period = { id: number; start: string; end: string; note: string | null };

/** The ids as one bound JSON array, so the statement stays the same for any number of them. */
export const idList = (ids: readonly number[]) => JSON.stringify(ids);

export function fieldIdsOf(ctx: Context, ids: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (ids.length === 0) return out;
  const rows = ctx.db.all<{ specialist_id: number; field_id: number }>(sql`
    SELECT specialist_id, field_id FROM specialist_fields
    WHERE specialist_id IN (SELECT value FROM json_each(${idList(ids)})) ORDER BY specialist_id, field_id`);
  for (const r of rows) {
    const list = out.get(r.specialist_id) ?? [];
    list.push(r.field_id);
    out.set(r.specialist_id, list);
  }
  return out;
}

function availabilityOf(ctx: Context, ids: readonly number[]): Map<number, Period[]> {
  const out = new Map<number, Period[]>();
  const rows = ctx.db.all<{
    id: number;
    specialist_id: number;
    start_date: string;
    end_date: string;
    note: string | null;
  }>(
    sql`SELECT id, specialist_id, start_date, end_date, note FROM specialist_availability
        WHERE specialist_id IN (SELECT value FROM json_each(${idList(ids)})) ORDER BY specialist_id, start_date, id`,
  );
  for (const r of rows) {
    const list = out.get(r.specialist_id) ?? [];
    list.push({ id: r.id, start: r.start_date, end: r.end_date, note: r.note });
    out.set(r.specialist_id, list);
  }
  return out;
}

export function toSpecialists(ctx: Context, rows: SpecialistRow[]): Specialist[] {
  const ids = rows.map((r) => r.id);
  const fields = fieldIdsOf(ctx, ids);
  const availability = availabilityOf(ctx, ids);
  return rows.map((r) => ({
    id: r.id,
    nameEn: r.name_en,
    nameJa: r.name_ja,
    homeGovernment: r.home_government,
    prefecture: r.prefecture,
    position: r.position,
    retired: bool(r.retired),
    email: r.email,
    phone: r.phone,
    notes: r.notes,
    languages: JSON.parse(r.languages) as string[],
    fieldIds: fields.get(r.id) ?? [],
    availability: availability.get(r.id) ?? [],
    active: bool(r.active),
    isDemo: bool(r.is_demo),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function findSpecialist(ctx: Context, id: number): Specialist | null {
  const row = ctx.db.get<SpecialistRow>(sql`SELECT * FROM specialists WHERE id = ${id}`);
  return row ? (toSpecialists(ctx, [row])[0] ?? null) : null;
}

export function getSpecialistRecord(ctx: Context, id: number): Specialist {
  return findSpecialist(ctx, id) ?? notFound('Specialist', id);
}

interface DispatchJoinRow {
  id: number;
  request_id: number;
  reference: string;
  fiscal_year: number;
  country_code: string;
  requesting_government: string;
  field_id: number;
  specialist_id: number;
  name_en: string;
  name_ja: string | null;
  start_date: string | null;
  end_date: string | null;
  cost_notes: string | null;
  cancelled: number;
  state: RequestState;
  version: number;
}

const ORDERS = {
  newest: sql`coalesce(d.start_date, r.wished_start, r.received_on) DESC, d.id DESC`,
  matched: sql`d.id`,
};

/** Dispatches with their request and specialist, under a condition on `d`, `r` or `s`: newest first, or as matched. */
export function dispatchRows(ctx: Context, where: Sql, order: keyof typeof ORDERS = 'newest'): DispatchRow[] {
  return ctx.db
    .all<DispatchJoinRow>(sql`
      SELECT d.id, d.request_id, r.reference, r.fiscal_year, r.country_code, r.requesting_government, r.field_id,
        d.specialist_id, s.name_en, s.name_ja, d.start_date, d.end_date, d.cost_notes, d.cancelled, r.state, d.version
      FROM dispatches d JOIN dispatch_requests r ON r.id = d.request_id JOIN specialists s ON s.id = d.specialist_id
      WHERE ${where}
      ORDER BY ${ORDERS[order]}`)
    .map((r) => ({
      id: r.id,
      requestId: r.request_id,
      reference: r.reference,
      fiscalYear: r.fiscal_year,
      countryCode: r.country_code,
      requestingGovernment: r.requesting_government,
      fieldId: r.field_id,
      specialistId: r.specialist_id,
      specialistNameEn: r.name_en,
      specialistNameJa: r.name_ja,
      start: r.start_date,
      end: r.end_date,
      costNotes: r.cost_notes,
      cancelled: bool(r.cancelled),
      requestState: r.state,
      version: r.version,
    }));
}
