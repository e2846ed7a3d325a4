// Issuing a document number and reissuing one. An issue is one transaction: the next number of its
// kind in the fiscal year (above every number the database or the journal holds), the journal line
// flushed to disk, the register row and its audit entry. The core runs one call at a time, so two
// issues never read the same maximum; UNIQUE (kind, fiscal_year, seq, reissue) holds it in SQL too.

import { numberEn, numberJa } from '../../../shared/documents/numbers';
import type { IssueInput, RegisterEntry } from '../../../shared/documents/schema';
import { fiscalYearOf, todayIso } from '../../../shared/fiscal-year';
import { AppFailure } from '../../../shared/result';
import { searchKey } from '../../../shared/text/normalize';
import { recordAudit } from '../audit/audit';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { appendNumber, journalMax, readJournal } from './journal';
import { recordLabel } from './records';
import { type DocumentRow, toEntry } from './rows';

const COLUMNS = sql`id, kind, fiscal_year, seq, reissue, number_en, number_ja, issued_on, addressee, record_type,
  record_id, record_label, language, issued_by, 0 AS missing`;

/** The words a search finds a row by: both spellings of the number, the addressee, the record. */
export function searchWords(r: { number_en: string; number_ja: string; addressee: string; record_label: string }) {
  return searchKey(`${r.number_en} ${r.number_ja} ${r.addressee} ${r.record_label}`);
}

export function entryById(ctx: Context, id: number): RegisterEntry {
  const row = ctx.db.get<DocumentRow>(sql`SELECT ${COLUMNS} FROM documents WHERE id = ${id}`);
  if (!row) {
    throw new AppFailure({
      code: 'not_found',
      message: `Document ${id} does not exist.`,
      issues: [{ path: 'id', code: 'not_found' }],
    });
  }
  return toEntry(row);
}

function insert(ctx: Context, row: Omit<DocumentRow, 'id' | 'missing'>): number {
  const result = ctx.db.run(sql`
    INSERT INTO documents (kind, fiscal_year, seq, reissue, number_en, number_ja, issued_on, addressee, record_type,
      record_id, record_label, language, issued_by, search_key)
    VALUES (${row.kind}, ${row.fiscal_year}, ${row.seq}, ${row.reissue}, ${row.number_en}, ${row.number_ja},
      ${row.issued_on}, ${row.addressee}, ${row.record_type}, ${row.record_id}, ${row.record_label}, ${row.language},
      ${row.issued_by}, ${searchWords(row)})`);
  return Number(result.lastInsertRowid);
}

function nextSeq(ctx: Context, kind: IssueInput['kind'], fiscalYear: number): number {
  const inDb =
    ctx.db.get<{ n: number | null }>(
      sql`SELECT max(seq) AS n FROM documents WHERE kind = ${kind} AND fiscal_year = ${fiscalYear}`,
    )?.n ?? 0;
  return Math.max(inDb, journalMax(readJournal(ctx.dataDir), kind, fiscalYear)) + 1;
}

export function issueDocument(ctx: Context, input: IssueInput): RegisterEntry {
  return ctx.db.tx(() => {
    const issuedOn = todayIso(ctx.now());
    const fiscalYear = fiscalYearOf(issuedOn);
    const seq = nextSeq(ctx, input.kind, fiscalYear);
    const label = recordLabel(ctx, input.record, input.language);
    const row = {
      kind: input.kind,
      fiscal_year: fiscalYear,
      seq,
      reissue: 0,
      number_en: numberEn(input.kind, fiscalYear, seq),
      number_ja: numberJa(input.kind, fiscalYear, seq),
      issued_on: issuedOn,
      addressee: input.addressee,
      record_type: input.record.type,
      record_id: input.record.id,
      record_label: label,
      language: input.language,
      issued_by: ctx.actor(),
    };
    const id = insert(ctx, row);
    // Flushed before the commit: a number on disk may lack its row (the commit failed), never the reverse.
    appendNumber(ctx.dataDir, {
      kind: row.kind,
      fiscalYear,
      seq,
      issuedOn,
      addressee: row.addressee,
      record: input.record,
      recordLabel: label,
      language: row.language,
      issuedBy: row.issued_by,
    });
    const entry = entryById(ctx, id);
    recordAudit(ctx, { entity: 'document', entityId: id, action: 'issue', after: entry });
    return entry;
  });
}

/** A new row under the same number, marked as the next reissue, dated today; the earlier rows stay. */
export function reissueDocument(ctx: Context, id: number): RegisterEntry {
  return ctx.db.tx(() => {
    const original = ctx.db.get<DocumentRow & { search_key: string }>(sql`SELECT * FROM documents WHERE id = ${id}`);
    if (!original) throw new AppFailure({ code: 'not_found', message: `Document ${id} does not exist.` });
    const last =
      ctx.db.get<{ n: number }>(sql`
        SELECT max(reissue) AS n FROM documents
        WHERE kind = ${original.kind} AND fiscal_year = ${original.fiscal_year} AND seq = ${original.seq}`)?.n ?? 0;
    const newId = insert(ctx, {
      ...original,
      reissue: last + 1,
      issued_on: todayIso(ctx.now()),
      issued_by: ctx.actor(),
    });
    const entry = entryById(ctx, newId);
    recordAudit(ctx, { entity: 'document', entityId: newId, action: 'reissue', after: { ...entry, reissueOf: id } });
    return entry;
  });
}
