// Countries and fields of training: small editable vocabularies.
import type { Country, Field } from '../../../shared/reference/schema';
import { AppFailure } from '../../../shared/result';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';

interface CountryRow {
  code: string;
  name_en: string;
  name_ja: string;
  active: number;
}
interface FieldRow {
  id: number;
  name_en: string;
  name_ja: string;
  active: number;
}

const toCountry = (r: CountryRow): Country => ({
  code: r.code,
  nameEn: r.name_en,
  nameJa: r.name_ja,
  active: r.active === 1,
});
const toField = (r: FieldRow): Field => ({ id: r.id, nameEn: r.name_en, nameJa: r.name_ja, active: r.active === 1 });

export function listCountries(ctx: Context): Country[] {
  return ctx.db.all<CountryRow>(sql`SELECT * FROM countries ORDER BY sort_order, name_en`).map(toCountry);
}

export function getCountry(ctx: Context, code: string): Country | undefined {
  const row = ctx.db.get<CountryRow>(sql`SELECT * FROM countries WHERE code = ${code}`);
  return row && toCountry(row);
}

export function saveCountry(ctx: Context, input: Country): Country {
  return ctx.db.tx(() => {
    const before = getCountry(ctx, input.code) ?? null;
    ctx.db.run(sql`
      INSERT INTO countries (code, name_en, name_ja, active) VALUES (${input.code}, ${input.nameEn}, ${input.nameJa}, ${input.active ? 1 : 0})
      ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ja = excluded.name_ja, active = excluded.active`);
    const after = getCountry(ctx, input.code) as Country;
    recordAudit(ctx, { entity: 'country', entityId: input.code, action: before ? 'update' : 'create', before, after });
    return after;
  });
}

export function listFields(ctx: Context): Field[] {
  return ctx.db.all<FieldRow>(sql`SELECT * FROM fields ORDER BY name_en`).map(toField);
}

export function getField(ctx: Context, id: number): Field | undefined {
  const row = ctx.db.get<FieldRow>(sql`SELECT * FROM fields WHERE id = ${id}`);
  return row && toField(row);
}

function assertFieldNameFree(ctx: Context, nameEn: string, exceptId: number | null): void {
  const clash = ctx.db.get<{ id: number }>(
    sql`SELECT id FROM fields WHERE lower(name_en) = lower(${nameEn}) AND id IS NOT ${exceptId}`,
  );
  if (clash) {
    throw new AppFailure({
      code: 'conflict',
      message: `A field named "${nameEn}" already exists.`,
      issues: [{ path: 'nameEn', code: 'field_exists' }],
    });
  }
}

export function createField(ctx: Context, input: Omit<Field, 'id'>): Field {
  return ctx.db.tx(() => {
    assertFieldNameFree(ctx, input.nameEn, null);
    const { lastInsertRowid } = ctx.db.run(
      sql`INSERT INTO fields (name_en, name_ja, active) VALUES (${input.nameEn}, ${input.nameJa}, ${input.active ? 1 : 0})`,
    );
    const after = getField(ctx, Number(lastInsertRowid)) as Field;
    recordAudit(ctx, { entity: 'field', entityId: after.id, action: 'create', after });
    return after;
  });
}

export function updateField(ctx: Context, id: number, input: Omit<Field, 'id'>): Field {
  return ctx.db.tx(() => {
    const before = getField(ctx, id);
    if (!before) throw new AppFailure({ code: 'not_found', message: `Field ${id} does not exist.` });
    assertFieldNameFree(ctx, input.nameEn, id);
    ctx.db.run(
      sql`UPDATE fields SET name_en = ${input.nameEn}, name_ja = ${input.nameJa}, active = ${input.active ? 1 : 0} WHERE id = ${id}`,
    );
    const after = getField(ctx, id) as Field;
    recordAudit(ctx, { entity: 'field', entityId: id, action: 'update', before, after });
    return after;
  });
}
