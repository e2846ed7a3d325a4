// Mapping between the hosts tables (hosts, host_contacts, host_fields) and the Host record, and the
// keys the table stores for search and sorting.
import type { Host, HostInput, HostKind } from '../../../shared/hosts/schema';
import { naturalKey, searchKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { insertInto } from '../db/sql-build';

export interface HostRow {
  id: number;
  name_en: string;
  name_ja: string;
  kind: HostKind;
  prefecture: number;
  address: string | null;
  capacity: number;
  notes: string | null;
  active: number;
  is_demo: number;
  version: number;
  created_at: string;
  updated_at: string;
}

interface ContactRow {
  host_id: number;
  name: string;
  department: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** The column values of a host's own row, keys included. */
export function hostColumns(h: HostInput) {
  return {
    name_en: h.nameEn,
    name_ja: h.nameJa,
    kind: h.kind,
    prefecture: h.prefecture,
    address: h.address,
    capacity: h.capacity,
    notes: h.notes,
    active: h.active ? 1 : 0,
    search_key: searchKey([h.nameEn, h.nameJa, h.address].filter(Boolean).join(' | ')),
    name_key: naturalKey(h.nameEn),
  };
}

/** Writes contacts and fields of a host (after any old ones were deleted). */
export function writeHostParts(ctx: Context, hostId: number, h: HostInput): void {
  h.contacts.forEach((c, position) => {
    ctx.db.run(
      insertInto('host_contacts', {
        host_id: hostId,
        name: c.name,
        department: c.department,
        title: c.title,
        email: c.email,
        phone: c.phone,
        position,
      }),
    );
  });
  for (const fieldId of h.fieldIds) {
    ctx.db.run(sql`INSERT INTO host_fields (host_id, field_id) VALUES (${hostId}, ${fieldId})`);
  }
}

export function insertHostRow(ctx: Context, h: HostInput, isDemo: boolean): number {
  const at = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db.run(
    insertInto('hosts', { ...hostColumns(h), is_demo: isDemo ? 1 : 0, created_at: at, updated_at: at }),
  );
  const hostId = Number(lastInsertRowid);
  writeHostParts(ctx, hostId, h);
  return hostId;
}

/** Field ids per host, in id order. */
export function fieldIdsOf(ctx: Context, hostIds: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>(hostIds.map((id) => [id, []]));
  if (hostIds.length === 0) return out;
  const rows = ctx.db.all<{ host_id: number; field_id: number }>(sql`
    SELECT host_id, field_id FROM host_fields
    WHERE host_id IN (SELECT value FROM json_each(${JSON.stringify(hostIds)}))
    ORDER BY host_id, field_id`);
  for (const r of rows) out.get(r.host_id)?.push(r.field_id);
  return out;
}

function contactsOf(ctx: Context, hostIds: number[]): Map<number, Host['contacts']> {
  const out = new Map<number, Host['contacts']>(hostIds.map((id) => [id, []]));
  if (hostIds.length === 0) return out;
  const rows = ctx.db.all<ContactRow>(sql`
    SELECT host_id, name, department, title, email, phone FROM host_contacts
    WHERE host_id IN (SELECT value FROM json_each(${JSON.stringify(hostIds)}))
    ORDER BY host_id, position, id`);
  for (const r of rows) {
    out
      .get(r.host_id)
      ?.push({ name: r.name, department: r.department, title: r.title, email: r.email, phone: r.phone });
  }
  return out;
}

/** Whole records (contacts and fields included) for rows already read. */
export function toHosts(ctx: Context, rows: HostRow[]): Host[] {
  const ids = rows.map((r) => r.id);
  const fields = fieldIdsOf(ctx, ids);
  const contacts = contactsOf(ctx, ids);
  return rows.map((r) => ({
    id: r.id,
    nameEn: r.name_en,
    nameJa: r.name_ja,
    kind: r.kind,
    prefecture: r.prefecture,
    address: r.address,
    capacity: r.capacity,
    fieldIds: fields.get(r.id) ?? [],
    contacts: contacts.get(r.id) ?? [],
    notes: r.notes,
    active: r.active === 1,
    isDemo: r.is_demo === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function findHost(ctx: Context, id: number): Host | undefined {
  const row = ctx.db.get<HostRow>(sql`SELECT * FROM hosts WHERE id = ${id}`);
  return row ? toHosts(ctx, [row])[0] : undefined;
}
