// The rules a host must meet beyond its schema: fields that exist (error), a possible duplicate —
// the same English or Japanese name in the same prefecture (warning; the same town name can exist in
// two prefectures, so the prefecture is part of the key) — and a capacity that is unusual or below
// what the host's placements already hold (warnings, shared/hosts/plausibility.ts).
import { todayIso } from '../../../shared/fiscal-year';
import { type HostCapacityFacts, hostFindings } from '../../../shared/hosts/plausibility';
import type { HostInput } from '../../../shared/hosts/schema';
import { later } from '../../../shared/placements/dates';
import { warningsOf } from '../../../shared/plausibility';
import { AppFailure, type FieldIssue, type Warning } from '../../../shared/result';
import { mixedScriptWord, twinKey } from '../../../shared/text/twins';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { overCapacitySpans } from '../placements/occupancy';
import { describeWarnings } from '../plausibility';

export interface HostName {
  id: number;
  nameEn: string;
  nameJa: string;
  prefecture: number;
}

const keysOf = (h: { nameEn: string; nameJa: string; prefecture: number }) => [
  `${h.prefecture}|en|${twinKey(h.nameEn)}`,
  `${h.prefecture}|ja|${twinKey(h.nameJa)}`,
];

/** Finds hosts by name within a prefecture; built once for a whole import. */
export class DuplicateIndex {
  private readonly byKey = new Map<string, HostName>();

  add(host: HostName): void {
    for (const key of keysOf(host)) if (!this.byKey.has(key)) this.byKey.set(key, host);
  }

  find(h: { nameEn: string; nameJa: string; prefecture: number }, exceptId: number | null = null): HostName | null {
    for (const key of keysOf(h)) {
      const hit = this.byKey.get(key);
      if (hit && hit.id !== exceptId) return hit;
    }
    return null;
  }
}

function namesIn(ctx: Context, prefecture: number | null): HostName[] {
  return ctx.db
    .all<{ id: number; name_en: string; name_ja: string; prefecture: number }>(
      prefecture === null
        ? sql`SELECT id, name_en, name_ja, prefecture FROM hosts ORDER BY id`
        : sql`SELECT id, name_en, name_ja, prefecture FROM hosts WHERE prefecture = ${prefecture} ORDER BY id`,
    )
    .map((r) => ({ id: r.id, nameEn: r.name_en, nameJa: r.name_ja, prefecture: r.prefecture }));
}

export function duplicateIndex(ctx: Context, prefecture: number | null = null): DuplicateIndex {
  const index = new DuplicateIndex();
  for (const host of namesIn(ctx, prefecture)) index.add(host);
  return index;
}

export function knownFieldIds(ctx: Context): Set<number> {
  return new Set(ctx.db.all<{ id: number }>(sql`SELECT id FROM fields`).map((r) => r.id));
}

export function assertValid(ctx: Context, h: HostInput, known: Set<number> = knownFieldIds(ctx)): void {
  const issues: FieldIssue[] = h.fieldIds
    .map((fieldId, i) => ({ fieldId, i }))
    .filter(({ fieldId }) => !known.has(fieldId))
    .map(({ fieldId, i }) => ({ path: `data.fieldIds.${i}`, code: 'unknown_field', params: { id: fieldId } }));
  if (issues.length > 0) {
    throw new AppFailure({
      code: 'invalid_input',
      message: `Field of training ${issues.map((i) => i.params?.id).join(', ')} is not in the list of fields.`,
      issues,
    });
  }
}

export function findWarnings(ctx: Context, h: HostInput, selfId: number | null): Warning[] {
  const twin = duplicateIndex(ctx, h.prefecture).find(h, selfId);
  const warnings: Warning[] = twin
    ? [{ code: 'possible_duplicate_host', params: { id: twin.id, nameEn: twin.nameEn, nameJa: twin.nameJa } }]
    : [];
  // A word in two scripts ("Тokyo" with a Cyrillic Т) passes every name comparison but search.
  for (const field of ['nameEn', 'nameJa'] as const) {
    const mixed = mixedScriptWord(h[field]);
    if (mixed) warnings.push({ code: 'mixed_scripts', params: { field, ...mixed } });
  }
  return warnings;
}

/**
 * The first day from today on when the host's live placements hold more trainees than `capacity`, and
 * how many they hold that day (a capacity lowered after the placements were made).
 */
export function capacityFacts(ctx: Context, hostId: number, capacity: number): HostCapacityFacts {
  const today = todayIso(ctx.now());
  const periods = ctx.db.all<{ start: string; end: string }>(sql`
    SELECT start_date AS start, end_date AS end FROM placements
    WHERE host_id = ${hostId} AND cancelled = 0 AND end_date >= ${today}`);
  const span = overCapacitySpans(periods, capacity).find((s) => s.end >= today);
  if (!span) return { overCapacity: null };
  const day = later(span.start, today);
  const holds = periods.filter((p) => p.start <= day && p.end >= day).length;
  return { overCapacity: { day, holds } };
}

/**
 * The capacity's warnings: on a new host, an unusual capacity; on an edit, only when the capacity
 * changes (what was confirmed before is not asked again), also a capacity below the placements.
 */
export function capacityWarnings(
  ctx: Context,
  h: HostInput,
  before: { id: number; capacity: number } | null,
): Warning[] {
  if (before && before.capacity === h.capacity) return [];
  const facts = before ? capacityFacts(ctx, before.id, h.capacity) : { overCapacity: null };
  return warningsOf(hostFindings(h, facts));
}

/** What a host's warnings ask the person to confirm, for the needs_confirmation answer. */
export function confirmMessage(warnings: Warning[]): string {
  const twins = warnings.filter((w) => w.code === 'possible_duplicate_host');
  const names = twins.map((w) => `${w.params?.nameEn} (${w.params?.nameJa})`).join('; ');
  const others = warnings.filter((w) => w.code !== 'possible_duplicate_host');
  const parts = [
    ...(twins.length > 0 ? [`a host with the same name already exists in this prefecture: ${names}`] : []),
    ...(others.length > 0 ? [describeWarnings(others)] : []),
  ];
  return `Please confirm: ${parts.join('; ')}.`;
}
