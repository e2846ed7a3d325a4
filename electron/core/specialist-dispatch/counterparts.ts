// Counterpart agencies: one per country, through which that country's requests come. Records loaded
// from CLAIR's reference file keep their source_key (importing again finds them); staff may edit them.
import type { ParsedInput } from '../../../shared/contract';
import type { Counterpart } from '../../../shared/specialist-dispatch/schema';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { assertVersion } from '../write-checks';
import { conflict, invalid, notFound } from './failures';

type CounterpartInput = ParsedInput<'specialistDispatch.counterparts.create'>['data'];

interface CounterpartRow {
  id: number;
  country_code: string;
  country_en: string | null;
  country_ja: string | null;
  name: string;
  contact_name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  source_key: string | null;
  version: number;
  updated_at: string;
}

const SELECT = sql`
  SELECT p.*, c.name_en AS country_en, c.name_ja AS country_ja
  FROM counterparts p LEFT JOIN countries c ON c.code = p.country_code`;

function toCounterpart(r: CounterpartRow): Counterpart {
  return {
    id: r.id,
    countryCode: r.country_code,
    countryNameEn: r.country_en ?? r.country_code,
    countryNameJa: r.country_ja ?? r.country_code,
    name: r.name,
    contactName: r.contact_name,
    email: r.email,
    phone: r.phone,
    address: r.address,
    notes: r.notes,
    fromReference: r.source_key !== null,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

export function listCounterparts(ctx: Context): Counterpart[] {
  return ctx.db.all<CounterpartRow>(sql`${SELECT} ORDER BY c.sort_order, p.country_code`).map(toCounterpart);
}

export function getCounterpart(ctx: Context, id: number): Counterpart {
  const row = ctx.db.get<CounterpartRow>(sql`${SELECT} WHERE p.id = ${id}`);
  return row ? toCounterpart(row) : notFound('Counterpart', id);
}

/** The country exists, and no other counterpart serves it. */
function assertCountry(ctx: Context, data: CounterpartInput, selfId: number | null): void {
  const known = ctx.db.get(sql`SELECT 1 AS x FROM countries WHERE code = ${data.countryCode}`);
  if (!known) {
    invalid(`Country ${data.countryCode} is not in the list of countries.`, [
      { path: 'data.countryCode', code: 'invalid_country', params: { country: data.countryCode } },
    ]);
  }
  const other = ctx.db.get<{ id: number; name: string }>(
    sql`SELECT id, name FROM counterparts WHERE country_code = ${data.countryCode} AND id IS NOT ${selfId}`,
  );
  if (other) {
    conflict(`${other.name} is already the counterpart for ${data.countryCode}.`, [
      {
        path: 'data.countryCode',
        code: 'counterpart_country_taken',
        params: { country: data.countryCode, name: other.name, id: other.id },
      },
    ]);
  }
}

/** A counterpart named by requests stays with their country (they would name another country's agency). */
function assertUnused(ctx: Context, c: Counterpart): void {
  const used = ctx.db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM dispatch_requests WHERE counterpart_id = ${c.id}`,
  );
  if ((used?.n ?? 0) === 0) return;
  conflict(`${c.name} is named by ${used?.n} requests from ${c.countryCode}; its country cannot change.`, [
    { path: 'data.countryCode', code: 'counterpart_in_use', params: { count: used?.n ?? 0 } },
  ]);
}

const columns = (d: CounterpartInput) => ({
  country_code: d.countryCode,
  name: d.name,
  contact_name: d.contactName,
  email: d.email,
  phone: d.phone,
  address: d.address,
  notes: d.notes,
});

export function createCounterpart(ctx: Context, data: CounterpartInput): Counterpart {
  return ctx.db.tx(() => {
    assertCountry(ctx, data, null);
    const now = ctx.now().toISOString();
    const c = columns(data);
    const { lastInsertRowid } = ctx.db.run(sql`
      INSERT INTO counterparts (country_code, name, contact_name, email, phone, address, notes, created_at, updated_at)
      VALUES (${c.country_code}, ${c.name}, ${c.contact_name}, ${c.email}, ${c.phone}, ${c.address}, ${c.notes},
              ${now}, ${now})`);
    const saved = getCounterpart(ctx, Number(lastInsertRowid));
    recordAudit(ctx, { entity: 'counterpart', entityId: saved.id, action: 'create', after: saved });
    return saved;
  });
}

export function updateCounterpart(
  ctx: Context,
  input: { id: number; version: number; data: CounterpartInput },
): Counterpart {
  return ctx.db.tx(() => {
    const before = getCounterpart(ctx, input.id);
    assertVersion(before.name, before.version, input.version);
    assertCountry(ctx, input.data, input.id);
    if (input.data.countryCode !== before.countryCode) assertUnused(ctx, before);
    const c = columns(input.data);
    ctx.db.run(sql`
      UPDATE counterparts SET country_code = ${c.country_code}, name = ${c.name}, contact_name = ${c.contact_name},
        email = ${c.email}, phone = ${c.phone}, address = ${c.address}, notes = ${c.notes},
        version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${input.id}`);
    const after = getCounterpart(ctx, input.id);
    recordAudit(ctx, { entity: 'counterpart', entityId: input.id, action: 'update', before, after });
    return after;
  });
}
