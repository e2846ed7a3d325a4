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
import { appendNumbers, journalMax, readJournal } from './journal';
import { recordLabel } from './records';
import { type DocumentRow, toEntry } from './rows';

const COLUMNS = sql`id, kind, fiscal_year, seq, reissue, number_en, number_ja, issued_on, addressee, record_type,
  record_id, record_label, template_name, language, issued_by, 0 AS missing`;

/** The words a search finds a row by: both spellings of the number, the addressee, the record, the template. */
export function searchWords(r: {
  number_en: string;
  number_ja: string;
  addressee: string;
  record_label: string;
  template_name?: string | null;
}) {
  return searchKey(`${r.number_en} ${r.number_ja} ${r.addressee} ${r.record_label} ${r.template_name ?? ''}`);
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
      record_id, record_label, template_name, language, issued_by, search_key)
    VALUES (${row.kind}, ${row.fiscal_year}, ${row.seq}, ${row.reissue}, ${row.number_en}, ${row.number_ja},
      ${row.issued_on}, ${row.addressee}, ${row.record_type}, ${row.record_id}, ${row.record_label},
      ${row.template_name}, ${row.language}, ${row.issued_by}, ${searchWords(row)})`);
  return Number(result.lastInsertRowid);
}

function nextSeq(ctx: Context, kind: IssueInput['kind'], fiscalYear: number): number {
  const inDb =
    ctx.db.get<{ n: number | null }>(
      sql`SELECT max(seq) AS n FROM documents WHERE kind = ${kind} AND fiscal_year = ${fiscalYear}`,
    )?.n ?? 0;
  return Math.max(inDb, journalMax(readJournal(ctx.dataDir), kind, fiscalYear)) + 1;
}

/** A document to number; a file merged from a Word template also names its template. */
export type IssueDraft = IssueInput & { templateName?: string };

/** A row as it will be issued: its number is known before anything is written. */
export type PlannedIssue = Omit<DocumentRow, 'id' | 'missing'> & { record: IssueInput['record'] };

/**
 * The rows the drafts will be issued as, numbered on in order from the highest number taken of each
 * kind; nothing is written. Only recordIssues in the same transaction may write them: the core runs one
 * call at a time, so no other issue comes between (a merge fills its files with these numbers first).
 */
export function planIssues(ctx: Context, drafts: readonly IssueDraft[]): PlannedIssue[] {
  const issuedOn = todayIso(ctx.now());
  const fiscalYear = fiscalYearOf(issuedOn);
  const next = new Map<IssueDraft['kind'], number>();
  return drafts.map((d) => {
    const seq = next.get(d.kind) ?? nextSeq(ctx, d.kind, fiscalYear);
    next.set(d.kind, seq + 1);
    return {
      kind: d.kind,
      fiscal_year: fiscalYear,
      seq,
      reissue: 0,
      number_en: numberEn(d.kind, fiscalYear, seq),
      number_ja: numberJa(d.kind, fiscalYear, seq),
      issued_on: issuedOn,
      addressee: d.addressee,
      record: d.record,
      record_type: d.record.type,
      record_id: d.record.id,
      record_label: recordLabel(ctx, d.record, d.language),
      template_name: d.templateName ?? null,
      language: d.language,
      issued_by: ctx.actor(),
    };
  });
}

/** Writes planned rows, their journal lines and audit entries; the caller holds the transaction. */
export function recordIssues(ctx: Context, planned: readonly PlannedIssue[]): RegisterEntry[] {
  const ids = planned.map(({ record: _, ...row }) => insert(ctx, row));
  // Flushed before the commit: a number on disk may lack its row (the commit failed), never the reverse.
  appendNumbers(
    ctx.dataDir,
    planned.map((p) => ({
      kind: p.kind,
      fiscalYear: p.fiscal_year,
      seq: p.seq,
      issuedOn: p.issued_on,
      addressee: p.addressee,
      record: p.record,
      recordLabel: p.record_label,
      ...(p.template_name === null ? {} : { templateName: p.template_name }),
      language: p.language,
      issuedBy: p.issued_by,
    })),
  );
  return ids.map((id) => {
    const entry = entryById(ctx, id);
    recordAudit(ctx, { entity: 'document', entityId: id, action: 'issue', after: entry });
    return entry;
  });
}

export function issueDocument(ctx: Context, input: IssueInput): RegisterEntry {
  return ctx.db.tx(() => recordIssues(ctx, planIssues(ctx, [input]))[0] as RegisterEntry);
}

/** A new row under the same number, marked as the next reissue, dated today; the earlier rows stay. */
export function reissueDocument(ctx: Context, id: number): RegisterEntry {
  return ctx.db.tx(() => {
    const original = ctx.db.get<DocumentRow & { search_key: string }>(sql`SELECT * FROM documents WHERE id = ${id}`);
    if (!original) throw new AppFailure({ code: 'not_found', message: `Document ${id} does not exist.` });
    if (original.kind === 'merge') {
      // A merged file is made again from its template, under a number of its own.
      throw new AppFailure({
        code: 'conflict',
        message: `Document ${id} was made from an office template: generate it again instead.`,
        issues: [{ path: 'id', code: 'document_not_reissuable' }],
      });
    }
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
