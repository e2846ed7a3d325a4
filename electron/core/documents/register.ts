// The register (文書管理簿): every issue and reissue, searched by number, addressee or record, filtered by
// fiscal year and kind, sorted, one page at a time. Numbers the journal holds and this database lacks
// (issued before the restore of an older backup) are listed too, marked missing, from the journal's
// lines: the query reads them as a JSON table beside the documents, so the register stays one query.
import type { ParsedInput } from '../../../shared/contract';
import { numberEn, numberJa } from '../../../shared/documents/numbers';
import type { RegisterEntry } from '../../../shared/documents/schema';
import { searchKey } from '../../../shared/text/normalize';
import type { Context } from '../context';
import { pageOffset, pageTotal } from '../db/paging';
import { join, type Sql, sql } from '../db/sql';
import { savedDateDisplay } from '../settings/service';
import { readJournal } from './journal';
import { type DocumentRow, toEntry } from './rows';
import { searchWords } from './service';

type Query = ParsedInput<'documents.register.list'>;

const raw = (text: string): Sql => ({ text, params: [] });

const SORTS: Record<Query['sort'], Sql[]> = {
  number: [raw('fiscal_year'), raw('kind'), raw('seq'), raw('reissue')],
  issuedOn: [raw('issued_on'), raw('fiscal_year'), raw('kind'), raw('seq'), raw('reissue')],
  addressee: [raw('addressee'), raw('fiscal_year'), raw('seq')],
  kind: [raw('kind'), raw('fiscal_year'), raw('seq'), raw('reissue')],
};

/** The journal's lines as the rows they would be, for the query to keep those the database lacks. */
function journalRows(ctx: Context): string {
  const rows = readJournal(ctx.dataDir).map((l) => {
    const row = {
      kind: l.kind,
      fiscal_year: l.fiscalYear,
      seq: l.seq,
      number_en: numberEn(l.kind, l.fiscalYear, l.seq),
      number_ja: numberJa(l.kind, l.fiscalYear, l.seq),
      issued_on: l.issuedOn,
      addressee: String(l.addressee ?? ''),
      record_type: l.record?.type ?? null,
      record_id: l.record?.id ?? null,
      record_label: String(l.recordLabel ?? ''),
      template_name: typeof l.templateName === 'string' ? l.templateName : null,
      language: l.language === 'ja' ? 'ja' : 'en',
      issued_by: String(l.issuedBy ?? ''),
    };
    return { ...row, search_key: searchWords(row) };
  });
  return JSON.stringify(rows);
}

const field = (name: string) => raw(`j.value ->> '${name}' AS ${name}`);

/** Every row of the register: the database's, and the journal's numbers the database does not hold. */
function allRows(ctx: Context): Sql {
  const columns = join(
    [
      'kind',
      'fiscal_year',
      'seq',
      'number_en',
      'number_ja',
      'issued_on',
      'addressee',
      'record_type',
      'record_id',
      'record_label',
      'template_name',
      'language',
      'issued_by',
      'search_key',
    ].map(field),
    ', ',
  );
  return sql`
    SELECT id, kind, fiscal_year, seq, reissue, number_en, number_ja, issued_on, addressee, record_type, record_id,
      record_label, template_name, language, issued_by, search_key, 0 AS missing
    FROM documents
    UNION ALL
    SELECT NULL, kind, fiscal_year, seq, 0, number_en, number_ja, issued_on, addressee, record_type, record_id,
      record_label, template_name, language, issued_by, search_key, 1
    FROM (SELECT ${columns} FROM json_each(${journalRows(ctx)}) j) lost
    WHERE NOT EXISTS (SELECT 1 FROM documents d
                      WHERE d.kind = lost.kind AND d.fiscal_year = lost.fiscal_year AND d.seq = lost.seq)`;
}

function whereOf(q: Pick<Query, 'search' | 'fiscalYear' | 'kind'>): Sql {
  const where: Sql[] = [];
  if (q.fiscalYear != null) where.push(sql`fiscal_year = ${q.fiscalYear}`);
  if (q.kind != null) where.push(sql`kind = ${q.kind}`);
  for (const word of searchKey(q.search).split(' ').filter(Boolean)) {
    where.push(sql`search_key LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`);
  }
  return join(where, ' AND ', '1');
}

function orderOf(q: Pick<Query, 'sort' | 'dir'>): Sql {
  const dir = raw(q.dir === 'desc' ? 'DESC' : 'ASC');
  return join(
    SORTS[q.sort].map((column) => sql`${column} ${dir}`),
    ', ',
  );
}

export function listRegister(ctx: Context, q: Query) {
  const whereSql = whereOf(q);
  const rows = ctx.db.all<DocumentRow>(sql`
    WITH register AS (${allRows(ctx)})
    SELECT * FROM register WHERE ${whereSql}
    ORDER BY ${orderOf(q)}
    LIMIT ${q.pageSize} OFFSET ${pageOffset(q)}`);
  const total = pageTotal(
    ctx.db,
    q,
    rows.length,
    sql`WITH register AS (${allRows(ctx)}) SELECT count(*) AS n FROM register WHERE ${whereSql}`,
  );
  return { rows: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize, dateDisplay: savedDateDisplay(ctx) };
}

/** Every row the filters keep, in the order asked (the export and the printed register). */
export function registerRows(ctx: Context, q: Omit<Query, 'page' | 'pageSize'>): RegisterEntry[] {
  return ctx.db
    .all<DocumentRow>(sql`
      WITH register AS (${allRows(ctx)})
      SELECT * FROM register WHERE ${whereOf(q)} ORDER BY ${orderOf(q)}`)
    .map(toEntry);
}

export function registerFacets(ctx: Context) {
  const years = ctx.db.all<{ fy: number }>(sql`
    WITH register AS (${allRows(ctx)}) SELECT DISTINCT fiscal_year AS fy FROM register ORDER BY fy DESC`);
  return { fiscalYears: years.map((y) => y.fy) };
}
