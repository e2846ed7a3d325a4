// The trainee list: search in any script, filters, natural sort, one page at a time.
import type { ParsedInput } from '../../../shared/contract';
import { searchKey } from '../../../shared/text/normalize';
import type { TraineePage } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { pageOffset, pageTotal } from '../db/paging';
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

const words = (text: string) => searchKey(text).split(' ').filter(Boolean);

/** At most this many matches of a short search word: the page is read by id (see listTrainees). */
const FEW = 1000;

/** Each word must appear somewhere in the trainee's names, reference or organisation (also the palette's). */
export function searchCondition(text: string): Sql[] {
  return words(text).map((word) =>
    // The trigram index answers words of three or more characters; shorter ones scan the key.
    [...word].length >= 3
      ? sql`t.id IN (SELECT rowid FROM trainee_fts WHERE trainee_fts MATCH ${`"${word.replaceAll('"', '""')}"`})`
      : sql`t.search_key LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`,
  );
}

/**
 * A page of "active and archived": every list index starts with `archived`, so each half is read
 * in order from its index and the two are merged; only the page's own ids reach the table.
 * (Without this, showing all trainees sorted 50,000 rows for every page.)
 */
function mergedPage(filters: Sql, columns: readonly string[], dir: 'ASC' | 'DESC', limit: number, offset: number): Sql {
  const direction = ident(dir, ['ASC', 'DESC']);
  const keys = join(
    columns.map((column, i) => sql`t.${ident(column, ALLOWED)} AS ${ident(`k${i}`, ['k0', 'k1'])}`),
    ', ',
  );
  const keyOrder = join(
    columns.map((_, i) => sql`${ident(`k${i}`, ['k0', 'k1'])} ${direction}`),
    ', ',
  );
  return sql`t.id IN (SELECT id FROM (
      SELECT ${keys}, t.id AS id FROM trainees t WHERE t.archived = 0 AND ${filters}
      UNION ALL
      SELECT ${keys}, t.id AS id FROM trainees t WHERE t.archived = 1 AND ${filters}
      ORDER BY ${keyOrder}, id ${direction} LIMIT ${limit} OFFSET ${offset}))`;
}

export function listTrainees(ctx: Context, q: Query): TraineePage {
  const filters: Sql[] = [];
  if (q.fiscalYear != null) filters.push(sql`t.fiscal_year = ${q.fiscalYear}`);
  if (q.country != null) filters.push(sql`t.country = ${q.country}`);
  if (q.fieldId != null) filters.push(sql`t.field_id = ${q.fieldId}`);
  if (q.status != null) filters.push(sql`t.status = ${q.status}`);
  filters.push(...searchCondition(q.search));
  const where = q.archived === 'all' ? filters : [sql`t.archived = ${q.archived === 'archived' ? 1 : 0}`, ...filters];
  const whereSql = join(where, ' AND ', '1');

  const dir = q.dir === 'desc' ? 'DESC' : 'ASC';
  const order = join(
    SORT_COLUMNS[q.sort].map((column) => sql`t.${ident(column, ALLOWED)} ${ident(dir, ['ASC', 'DESC'])}`),
    ', ',
  );
  const offset = pageOffset(q);
  // A word shorter than a trigram is checked against each row's key. If it matches few trainees,
  // walking a sort index until a page of them turns up reads the whole table; so such searches
  // count first (one pass over the small search index), and when the matches are few, that pass
  // also returns their ids and the page is read by id.
  let total: number | null = null;
  let fewIds: string | null = null;
  if (words(q.search).some((word) => [...word].length < 3)) {
    const found = ctx.db.get<{ n: number; ids: string | null }>(sql`
      SELECT count(*) AS n, CASE WHEN count(*) <= ${FEW} THEN json_group_array(t.id) END AS ids
      FROM trainees t WHERE ${whereSql}`);
    total = found?.n ?? 0;
    fewIds = found?.ids ?? null;
  }
  const rows = ctx.db.all<SummaryRow>(
    fewIds !== null
      ? sql`
    SELECT ${{ text: SUMMARY_COLUMNS, params: [] }} FROM trainees t
    WHERE t.id IN (SELECT value FROM json_each(${fewIds}))
    ORDER BY ${order}, t.id ${ident(dir, ['ASC', 'DESC'])} LIMIT ${q.pageSize} OFFSET ${offset}`
      : q.archived === 'all'
        ? sql`
    SELECT ${{ text: SUMMARY_COLUMNS, params: [] }} FROM trainees t
    WHERE ${mergedPage(join(filters, ' AND ', '1'), SORT_COLUMNS[q.sort], dir, q.pageSize, offset)}
    ORDER BY ${order}, t.id ${ident(dir, ['ASC', 'DESC'])}`
        : sql`
    SELECT ${{ text: SUMMARY_COLUMNS, params: [] }} FROM trainees t
    WHERE ${whereSql} ORDER BY ${order}, t.id ${ident(dir, ['ASC', 'DESC'])}
    LIMIT ${q.pageSize} OFFSET ${offset}`,
  );
  total ??= pageTotal(ctx.db, q, rows.length, sql`SELECT count(*) AS n FROM trainees t WHERE ${whereSql}`);
  return { rows: rows.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}
