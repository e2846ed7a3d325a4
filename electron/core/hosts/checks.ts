// The rules a host must meet beyond its schema: fields that exist (error) and a possible duplicate —
// the same English or Japanese name in the same prefecture (warning; the same town name can exist in
// two prefectures, so the prefecture is part of the key).
import type { HostInput } from '../../../shared/hosts/schema';
import { AppFailure, type FieldIssue, type Warning } from '../../../shared/result';
import { naturalKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { sql } from '../db/sql';

export interface HostName {
  id: number;
  nameEn: string;
  nameJa: string;
  prefecture: number;
}

const keysOf = (h: { nameEn: string; nameJa: string; prefecture: number }) => [
  `${h.prefecture}|en|${naturalKey(h.nameEn)}`,
  `${h.prefecture}|ja|${naturalKey(h.nameJa)}`,
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
  return twin
    ? [{ code: 'possible_duplicate_host', params: { id: twin.id, nameEn: twin.nameEn, nameJa: twin.nameJa } }]
    : [];
}

/** Warnings stop a save until the person confirms them. */
export function requireConfirmation(warnings: Warning[], confirmed: boolean): void {
  if (warnings.length === 0 || confirmed) return;
  const names = warnings.map((w) => `${w.params?.nameEn} (${w.params?.nameJa})`).join('; ');
  throw new AppFailure({
    code: 'needs_confirmation',
    message: `Please confirm: a host with the same name already exists in this prefecture: ${names}.`,
    warnings,
  });
}
