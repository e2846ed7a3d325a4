// The record a document is about, named as the register keeps it (the name when issued).
import type { RecordRef } from '../../../shared/documents/schema';
import { AppFailure } from '../../../shared/result';
import type { Context } from '../context';
import { sql } from '../db/sql';

type Lang = 'en' | 'ja';
type Row = { a: string | null; b: string | null } | undefined;

function lookUp(ctx: Context, ref: RecordRef, lang: Lang): Row {
  const ja = lang === 'ja' ? 1 : 0;
  switch (ref.type) {
    case 'trainee':
      return ctx.db.get(sql`SELECT ref AS a, full_name AS b FROM trainees WHERE id = ${ref.id}`);
    case 'cohort':
      return ctx.db.get(sql`SELECT 'FY' || fiscal_year AS a, NULL AS b FROM cohorts WHERE id = ${ref.id}`);
    case 'host':
      return ctx.db.get(sql`SELECT CASE WHEN ${ja} THEN name_ja ELSE name_en END AS a, NULL AS b
                            FROM hosts WHERE id = ${ref.id}`);
    case 'dispatchRequest':
      return ctx.db.get(
        sql`SELECT reference AS a, requesting_government AS b FROM dispatch_requests WHERE id = ${ref.id}`,
      );
    case 'specialist':
      return ctx.db.get(sql`SELECT CASE WHEN ${ja} THEN coalesce(name_ja, name_en) ELSE name_en END AS a, NULL AS b
                            FROM specialists WHERE id = ${ref.id}`);
    case 'dispatch':
      return ctx.db.get(sql`SELECT r.reference AS a, s.name_en AS b FROM dispatches d
                            JOIN dispatch_requests r ON r.id = d.request_id JOIN specialists s ON s.id = d.specialist_id
                            WHERE d.id = ${ref.id}`);
  }
}

/** "FY2026-003 Maria Santos", "SD-FY2027-003 Cebu City" …; a record that does not exist is refused. */
export function recordLabel(ctx: Context, ref: RecordRef, lang: Lang): string {
  const row = lookUp(ctx, ref, lang);
  if (!row) {
    throw new AppFailure({
      code: 'not_found',
      message: `The ${ref.type} ${ref.id} does not exist.`,
      issues: [{ path: 'record', code: 'not_found' }],
    });
  }
  return [row.a, row.b].filter(Boolean).join(' ');
}
