// The specialist pool as a list: search by name (English or Japanese) or home government, filters by
// field, serving/retired and active, sorts, one page at a time, with how often each was dispatched.
import type { ParsedInput } from '../../../shared/contract';
import type { SpecialistSummary } from '../../../shared/specialist-dispatch/schema';
import { searchKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { pageOffset, pageTotal } from '../db/paging';
import { join, type Sql, sql } from '../db/sql';
import { bool } from './failures';
import { fieldIdsOf, type SpecialistRow } from './specialist-rows';

type Query = ParsedInput<'specialistDispatch.specialists.list'>;

const raw = (text: string): Sql => ({ text, params: [] });

const SORTS: Record<Query['sort'], Sql[]> = {
  name: [raw('s.name_key')],
  home: [raw('lower(s.home_government)'), raw('s.name_key')],
  dispatches: [raw('dispatch_count'), raw('s.name_key')],
  lastDispatch: [raw("coalesce(last_end, '')"), raw('s.name_key')],
};

export const likeEscaped = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Each word must appear in either name or the home government, folded the same way (search_text); the palette's too. */
export function searchConditions(text: string): Sql[] {
  return searchKey(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => sql`s.search_text LIKE ${likeEscaped(word)} ESCAPE '\\'`);
}

export function listSpecialists(ctx: Context, q: Query) {
  const where: Sql[] = [];
  if (q.active !== 'all') where.push(sql`s.active = ${q.active === 'active' ? 1 : 0}`);
  if (q.retired !== 'all') where.push(sql`s.retired = ${q.retired === 'retired' ? 1 : 0}`);
  if (q.fieldId != null) {
    where.push(sql`s.id IN (SELECT specialist_id FROM specialist_fields WHERE field_id = ${q.fieldId})`);
  }
  where.push(...searchConditions(q.search));
  const whereSql = join(where, ' AND ', '1');
  const dir = raw(q.dir === 'desc' ? 'DESC' : 'ASC');
  const order = join(
    SORTS[q.sort].map((column) => sql`${column} ${dir}`),
    ', ',
  );
  const offset = pageOffset(q);
  const rows = ctx.db.all<SpecialistRow & { dispatch_count: number; last_end: string | null }>(sql`
    SELECT s.*,
      (SELECT count(*) FROM dispatches d WHERE d.specialist_id = s.id AND d.cancelled = 0) AS dispatch_count,
      (SELECT max(d.end_date) FROM dispatches d WHERE d.specialist_id = s.id AND d.cancelled = 0) AS last_end
    FROM specialists s WHERE ${whereSql}
    ORDER BY ${order}, s.id ${dir}
    LIMIT ${q.pageSize} OFFSET ${offset}`);
  const total = pageTotal(ctx.db, q, rows.length, sql`SELECT count(*) AS n FROM specialists s WHERE ${whereSql}`);
  const fields = fieldIdsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const summaries: SpecialistSummary[] = rows.map((r) => ({
    id: r.id,
    nameEn: r.name_en,
    nameJa: r.name_ja,
    homeGovernment: r.home_government,
    prefecture: r.prefecture,
    retired: bool(r.retired),
    languages: JSON.parse(r.languages) as string[],
    fieldIds: fields.get(r.id) ?? [],
    active: bool(r.active),
    dispatchCount: r.dispatch_count,
    lastDispatchEnd: r.last_end,
  }));
  return { rows: summaries, total, page: q.page, pageSize: q.pageSize };
}
