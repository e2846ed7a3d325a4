// Drafts (shared/drafts/schema.ts): a form's unsaved values, one per form and record, saved every few
// seconds while the form is dirty and offered back when it is opened again. Not records: no audit entry,
// no history, and written through Db.runQuietly so that a draft is not a change of the data (it sets off
// no daily or quit backup). Values arrive checked as JSON data within the size limit.
import type { Draft, DraftRef, DraftSave } from '../../../shared/drafts/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';

interface DraftRow {
  values_json: string;
  base_version: number | null;
  saved_at: string;
}

/** Saves (or replaces) the draft of one form and record. */
export function saveDraft(ctx: Context, input: DraftSave): { savedAt: string } {
  const savedAt = ctx.now().toISOString();
  ctx.db.runQuietly(sql`
    INSERT INTO drafts (form, record_key, values_json, base_version, saved_at)
    VALUES (${input.form}, ${input.key}, ${JSON.stringify(input.values)}, ${input.baseVersion}, ${savedAt})
    ON CONFLICT (form, record_key) DO UPDATE SET
      values_json = excluded.values_json, base_version = excluded.base_version, saved_at = excluded.saved_at`);
  return { savedAt };
}

export function getDraft(ctx: Context, ref: DraftRef): Draft | null {
  const row = ctx.db.get<DraftRow>(sql`
    SELECT values_json, base_version, saved_at FROM drafts WHERE form = ${ref.form} AND record_key = ${ref.key}`);
  if (!row) return null;
  return { values: JSON.parse(row.values_json), savedAt: row.saved_at, baseVersion: row.base_version };
}

/** Forgets the draft (the form was saved, or the person chose not to restore it). */
export function discardDraft(ctx: Context, ref: DraftRef): { discarded: boolean } {
  const { changes } = ctx.db.runQuietly(sql`DELETE FROM drafts WHERE form = ${ref.form} AND record_key = ${ref.key}`);
  return { discarded: changes > 0 };
}
