// Country and field names by code and id, in either language (a code no longer in the table stays as is).
import type { Lang } from '../../../shared/exports/labels';
import type { Context } from '../context';
import { sql } from '../db/sql';

interface Named {
  name_en: string;
  name_ja: string;
}

function namer<K>(rows: (Named & { key: K })[]) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return {
    name(key: K, lang: Lang): string {
      const row = byKey.get(key);
      return row ? (lang === 'en' ? row.name_en : row.name_ja) : String(key);
    },
  };
}

export const countryNames = (ctx: Context) =>
  namer(ctx.db.all<Named & { key: string }>(sql`SELECT code AS key, name_en, name_ja FROM countries`));

export const fieldNames = (ctx: Context) =>
  namer(ctx.db.all<Named & { key: number }>(sql`SELECT id AS key, name_en, name_ja FROM fields`));
