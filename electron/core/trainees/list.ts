// The trainee list: search in any script, filters, natural sort, one page at a time.
import type { ParsedInput } from '../../../shared/contract';
import { searchKey } from '../../../shared/text/normalize';
import type { TraineePage } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { ident, join, type Sql, sql } from '../db/sql';
import { SUMMARY_COLUMNS, type SummaryRow, toSummary } from './rows';

type Query = ParsedInput<'trainees.list'>;

const SORT_COLUMNS = {
  ref: ['ref_key'],
  name: ['name_key', 'ref_key'],
  country: ['country', 'ref_key'],
  fiscalYear: ['fiscal_year', 'ref_key'],
  status: ['status', 'ref_key'],
  homeGovernment: ['gov_key', 'ref_key'],
  updated: ['updated_at', 'ref_key'],
} as const;
const ALLOWED = Object.values(SORT_COLUMNS).flat();

/** Each word must appear somewhere in the trainee's names, reference or organisation. */
function searchCondition(text: string): Sql[] {
  const words = searchKey(text).split(' ').filter(Boolean);
  return words.map((word) =>
    // The trigram index answers words of three or more characters; shorter ones scan the key.
    [...word].length >= 3
      ? sql`t.id IN (SELECT rowid FROM trainee_fts WHERE trainee_fts MATCH ${`"${word.replaceAll('"', '""')}"`})`
      : sql`t.search_key LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`,
  );
}

export function listTrainees(ctx: Context, q: Query): TraineePage {
  const where: Sql[] = [];
  if (q.archived !== 'all') where.push(sql`t.archived = ${q.archived === 'archived' ? 1 : 0}`);
  if (q.fiscalYear != null) where.push(sql`t.fiscal_year = ${q.fiscalYear}`);
  if (q.country != null) where.push(sql`t.country = ${q.country}`);
  if (q.fieldId != null) where.push(sql`t.field_id = ${q.fieldId}`);
  if (q.status != null) where.push(sql`t.status = ${q.status}`);
  where.push(...searchCondition(q.search));
  const whereSql = join(where, ' AND ', '1');

  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const order = join(
    SORT_COLUMNS[q.sort].map((column) => sql`t.${ident(column, ALLOWED)} ${ident(dir, ['ASC', 'DESC'])}`),
    ', ',
  );
  const offset = (q.page - 1) * q.pageSize;
  const rows = ctx.db.all<SummaryRow>(sql`
    SELECT ${{ text: SUMMARY_COLUMNS, params: [] }} FROM trainees t
    WHERE ${whereSql} ORDER BY ${order}, t.id ${ident(dir, ['ASC', 'DESC'])}
    LIMIT ${q.pageSize} OFFSET ${offset}`);
  const total =
    offset === 0 && rows.length < q.pageSize
      ? rows.length
      : (ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM trainees t WHERE ${whereSql}`)?.n ?? 0);
  return { rows: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}
