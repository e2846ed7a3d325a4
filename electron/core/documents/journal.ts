// The journal of issued numbers: one JSON line per number, appended and flushed to disk before the
// issue commits. It lives in the data folder beside the database, not in it (as the backup-failure
// record does, backup/failures.ts), so a restore of an older backup does not take it back: the next
// number is the larger of the database's and the journal's, and the register shows the numbers the
// journal has and the restored database lacks.
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind, type RecordRef } from '../../../shared/documents/schema';

export const JOURNAL_FILE = 'clair-desk.document-numbers.jsonl';

/** What the journal keeps of a number: enough to say it in the register without the database. */
export interface JournalLine {
  kind: DocumentKind;
  fiscalYear: number;
  seq: number;
  issuedOn: string;
  addressee: string;
  record: RecordRef;
  recordLabel: string;
  /** Only for a file merged from a Word template. */
  templateName?: string;
  language: 'en' | 'ja';
  issuedBy: string;
}

const journalOf = (dataDir: string) => path.join(dataDir, JOURNAL_FILE);

function endsLine(fd: number): boolean {
  const size = fs.fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  fs.readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

/**
 * Appends the lines and flushes them once (a cohort's 40 numbers are one write); a number that cannot be
 * journaled is not issued (the caller's transaction rolls back).
 */
export function appendNumbers(dataDir: string, lines: readonly JournalLine[]): void {
  if (lines.length === 0) return;
  const fd = fs.openSync(journalOf(dataDir), 'a+');
  try {
    // After a line cut short by a crash, the new line starts on a line of its own.
    const start = endsLine(fd) ? '' : '\n';
    fs.writeSync(fd, `${start}${lines.map((l) => `${JSON.stringify(l)}\n`).join('')}`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function isLine(value: unknown): value is JournalLine {
  const v = value as Partial<JournalLine> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    DOCUMENT_KINDS.includes(v.kind as DocumentKind) &&
    Number.isInteger(v.fiscalYear) &&
    Number.isInteger(v.seq) &&
    typeof v.issuedOn === 'string'
  );
}

/** Every number journaled; a line cut short by a crash (the last one) is skipped. */
export function readJournal(dataDir: string): JournalLine[] {
  let text: string;
  try {
    text = fs.readFileSync(journalOf(dataDir), 'utf8');
  } catch {
    return [];
  }
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (isLine(value)) lines.push(value);
    } catch {
      // A torn line: its number never committed, and the next one is still above it.
    }
  }
  return lines;
}

/** The highest sequence the journal holds for a kind and fiscal year, 0 if none. */
export function journalMax(lines: readonly JournalLine[], kind: DocumentKind, fiscalYear: number): number {
  let max = 0;
  for (const l of lines) if (l.kind === kind && l.fiscalYear === fiscalYear && l.seq > max) max = l.seq;
  return max;
}
