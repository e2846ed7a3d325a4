// Keeping the pool of specialists: their names in English and Japanese, home local government, fields,
// languages and availability. Fields must exist and availability periods may not overlap (refusals);
// the same name at the same home government is probably the same person (a warning to confirm).
import type { ParsedInput } from '../../../shared/contract';
import { todayIso } from '../../../shared/fiscal-year';
import { issuesOf } from '../../../shared/plausibility';
import type { FieldIssue, Warning } from '../../../shared/result';
import { availabilityFindings } from '../../../shared/specialist-dispatch/plausibility';
import type { Specialist } from '../../../shared/specialist-dispatch/schema';
import { searchKey } from '../../../shared/text/normalize';
import { mixedScriptWord, twinKey } from '../../../shared/text/twins';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { assertVersion, requireConfirmation } from '../write-checks';
import { invalid } from './failures';
import { dispatchRows, getSpecialistRecord } from './specialist-rows';

type SpecialistInput = ParsedInput<'specialistDispatch.specialists.create'>['data'];
type Saved = { specialist: Specialist; warnings: Warning[] };

function assertValid(ctx: Context, data: SpecialistInput): void {
  const known = new Set(ctx.db.all<{ id: number }>(sql`SELECT id FROM expertise_fields`).map((r) => r.id));
  // Availability dates within 1900 … today + 20 years (shared/specialist-dispatch/plausibility.ts).
  const issues: FieldIssue[] = issuesOf(availabilityFindings(data.availability, todayIso(ctx.now())));
  data.fieldIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `data.fieldIds.${i}`, code: 'unknown_field', params: { id } });
  });
  // Sorted by start, each period must begin after every earlier one has ended (inclusive periods).
  const order = data.availability.map((p, i) => ({ ...p, i })).sort((a, b) => (a.start < b.start ? -1 : 1));
  let reach: { end: string; i: number } | null = null;
  for (const p of order) {
    if (reach && p.start <= reach.end) {
      issues.push({
        path: `data.availability.${Math.max(p.i, reach.i)}`,
        code: 'availability_overlap',
        params: { start: p.start, end: p.end, otherEnd: reach.end },
      });
    }
    if (!reach || p.end > reach.end) reach = { end: p.end, i: p.i };
  }
  if (issues.length > 0) invalid('Some details of the specialist cannot be saved.', issues);
}

/**
 * Another specialist at the same home government whose name looks the same: equal once zero-width
 * characters are dropped and look-alike Cyrillic or Greek letters read as Latin (shared/text/twins.ts).
 */
function duplicateWarnings(ctx: Context, data: SpecialistInput, selfId: number | null): Warning[] {
  const key = twinKey(data.nameEn);
  const twin = ctx.db
    .all<{ id: number; name_en: string; home_government: string }>(sql`
      SELECT id, name_en, home_government FROM specialists
      WHERE lower(trim(home_government)) = ${data.homeGovernment.trim().toLowerCase()} AND id IS NOT ${selfId}
      ORDER BY id`)
    .find((other) => twinKey(other.name_en) === key);
  const warnings: Warning[] = twin
    ? [
        {
          code: 'possible_duplicate_specialist',
          params: { id: twin.id, nameEn: twin.name_en, homeGovernment: twin.home_government },
        },
      ]
    : [];
  for (const field of ['nameEn', 'nameJa'] as const) {
    const mixed = mixedScriptWord(data[field] ?? '');
    if (mixed) warnings.push({ code: 'mixed_scripts', params: { field, ...mixed } });
  }
  return warnings;
}

function columns(data: SpecialistInput) {
  return {
    name_en: data.nameEn,
    name_ja: data.nameJa,
    name_key: searchKey(data.nameEn),
    search_text: searchKey([data.nameEn, data.nameJa ?? '', data.homeGovernment].join(' ')),
    home_government: data.homeGovernment,
    prefecture: data.prefecture,
    position: data.position,
    retired: data.retired ? 1 : 0,
    email: data.email,
    phone: data.phone,
    notes: data.notes,
    languages: JSON.stringify([...new Set(data.languages)]),
  };
}

/** Fields and availability are replaced as a whole: the form edits them as lists. */
function writeParts(ctx: Context, id: number, data: SpecialistInput): void {
  ctx.db.run(sql`DELETE FROM specialist_fields WHERE specialist_id = ${id}`);
  ctx.db.run(sql`DELETE FROM specialist_availability WHERE specialist_id = ${id}`);
  for (const fieldId of new Set(data.fieldIds)) {
    ctx.db.run(sql`INSERT INTO specialist_fields (specialist_id, field_id) VALUES (${id}, ${fieldId})`);
  }
  for (const p of data.availability) {
    ctx.db.run(sql`
      INSERT INTO specialist_availability (specialist_id, start_date, end_date, note)
      VALUES (${id}, ${p.start}, ${p.end}, ${p.note})`);
  }
}

/** Inserts a checked specialist (also the demo data's and the benchmark's way in); returns the id. */
export function insertSpecialistRow(ctx: Context, data: SpecialistInput, demo: boolean): number {
  const c = columns(data);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db.run(sql`
    INSERT INTO specialists (name_en, name_ja, name_key, search_text, home_government, prefecture, position, retired, email, phone,
      notes, languages, is_demo, created_at, updated_at)
    VALUES (${c.name_en}, ${c.name_ja}, ${c.name_key}, ${c.search_text}, ${c.home_government}, ${c.prefecture}, ${c.position},
      ${c.retired}, ${c.email}, ${c.phone}, ${c.notes}, ${c.languages}, ${demo ? 1 : 0}, ${now}, ${now})`);
  const id = Number(lastInsertRowid);
  writeParts(ctx, id, data);
  return id;
}

export function createSpecialist(ctx: Context, input: { data: SpecialistInput; confirm: boolean }): Saved {
  return ctx.db.tx(() => {
    assertValid(ctx, input.data);
    const warnings = duplicateWarnings(ctx, input.data, null);
    requireConfirmation(warnings, input.confirm, 'A specialist with the same name and home government exists.');
    const specialist = getSpecialistRecord(ctx, insertSpecialistRow(ctx, input.data, false));
    recordAudit(ctx, { entity: 'specialist', entityId: specialist.id, action: 'create', after: specialist });
    return { specialist, warnings };
  });
}

export function updateSpecialist(
  ctx: Context,
  input: { id: number; version: number; data: SpecialistInput; confirm: boolean },
): Saved {
  return ctx.db.tx(() => {
    const before = getSpecialistRecord(ctx, input.id);
    assertVersion(before.nameEn, before.version, input.version);
    assertValid(ctx, input.data);
    const warnings = duplicateWarnings(ctx, input.data, input.id);
    requireConfirmation(warnings, input.confirm, 'A specialist with the same name and home government exists.');
    const c = columns(input.data);
    ctx.db.run(sql`
      UPDATE specialists SET name_en = ${c.name_en}, name_ja = ${c.name_ja}, name_key = ${c.name_key},
        search_text = ${c.search_text}, home_government = ${c.home_government}, prefecture = ${c.prefecture}, position = ${c.position},
        retired = ${c.retired}, email = ${c.email}, phone = ${c.phone}, notes = ${c.notes}, languages = ${c.languages},
        version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${input.id}`);
    writeParts(ctx, input.id, input.data);
    const specialist = getSpecialistRecord(ctx, input.id);
    recordAudit(ctx, { entity: 'specialist', entityId: input.id, action: 'update', before, after: specialist });
    return { specialist, warnings };
  });
}

export function setSpecialistActive(ctx: Context, id: number, active: boolean): Specialist {
  return ctx.db.tx(() => {
    const before = getSpecialistRecord(ctx, id);
    if (before.active === active) return before;
    ctx.db.run(sql`
      UPDATE specialists SET active = ${active ? 1 : 0}, version = version + 1, updated_at = ${ctx.now().toISOString()}
      WHERE id = ${id}`);
    recordAudit(ctx, {
      entity: 'specialist',
      entityId: id,
      action: active ? 'activate' : 'deactivate',
      before: { active: before.active },
      after: { active },
    });
    return getSpecialistRecord(ctx, id);
  });
}

export function getSpecialist(ctx: Context, id: number) {
  const specialist = getSpecialistRecord(ctx, id);
  return { specialist, dispatches: dispatchRows(ctx, sql`d.specialist_id = ${id}`) };
}
