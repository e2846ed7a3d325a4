// Importing hosts: the preview reads the file and writes nothing; the commit reads the same file again
// (no state is kept between the calls), checks that the person decided about every row and chose
// "create" only for rows that can be created, and creates them all in one transaction.
import type { ImportPreview, ImportRow } from '../../../shared/hosts/import-schema';
import { IMPORT_MAX_BYTES } from '../../../shared/hosts/import-schema';
import type { HostInput } from '../../../shared/hosts/schema';
import { AppFailure, type FieldIssue } from '../../../shared/result';
import type { TextEncoding } from '../../../shared/text/encodings';
import type { Context } from '../context';
import { listFields } from '../reference/service';
import { duplicateIndex } from './checks';
import { fieldNames } from './columns';
import { readTable } from './import-parse';
import { buildRow, countRows, mapColumns, markDuplicates } from './import-rows';
import { insertHosts } from './service';

interface ImportFile {
  fileName: string;
  format: 'csv' | 'xlsx';
  data: string;
  encoding?: TextEncoding | undefined;
  readAsRows?: number[] | undefined;
}

function bytesOf(file: ImportFile): Buffer {
  const bytes = Buffer.from(file.data, 'base64');
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new AppFailure({
      code: 'invalid_input',
      message: `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`,
      issues: [{ path: 'data', code: 'file_too_large', params: { max: IMPORT_MAX_BYTES } }],
    });
  }
  return bytes;
}

export function previewImport(ctx: Context, file: ImportFile): ImportPreview {
  const table = readTable(file.format, bytesOf(file), { encoding: file.encoding, readAsRows: file.readAsRows });
  const { columns, problems, indexOf } = mapColumns(table);
  const rowContext = { format: file.format, fields: fieldNames(listFields(ctx)), existing: duplicateIndex(ctx) };
  const width = table.header?.cells.length ?? 0;
  const rows = table.records.map((record) => buildRow(record, indexOf, width, rowContext));
  markDuplicates(rows, rowContext.existing);
  return {
    format: file.format,
    encoding: table.encoding,
    encodings: table.encodings,
    columns,
    problems: [...table.problems, ...problems],
    rows,
    counts: countRows(rows),
  };
}

/** A file that does not read cleanly in its encoding is refused whole: nothing of it is stored. */
function refuseUndecodable(preview: ImportPreview): void {
  const problem = preview.problems.find((p) => p.code === 'undecodable');
  if (!problem) return;
  const { encoding, line } = problem.params ?? {};
  throw new AppFailure({
    code: 'invalid_input',
    message: `Nothing was imported: the file does not read cleanly as ${encoding} (line ${line}).`,
    issues: [{ path: 'data', code: 'undecodable', params: problem.params ?? {} }],
  });
}

const lineList = (lines: number[]) => lines.join(', ');

/** Every row needs exactly one decision, and "create" only where the row can be created. */
function checkDecisions(
  rows: ImportRow[],
  decisions: { line: number; action: 'create' | 'skip' }[],
): Map<number, 'create' | 'skip'> {
  const byLine = new Map<number, 'create' | 'skip'>();
  const issues: FieldIssue[] = [];
  const known = new Set(rows.map((r) => r.line));
  const repeated: number[] = [];
  const unknown: number[] = [];
  for (const d of decisions) {
    if (!known.has(d.line)) unknown.push(d.line);
    else if (byLine.has(d.line)) repeated.push(d.line);
    else byLine.set(d.line, d.action);
  }
  const missing = rows.filter((r) => !byLine.has(r.line)).map((r) => r.line);
  if (missing.length > 0)
    issues.push({ path: 'decisions', code: 'missing_decision', params: { lines: lineList(missing) } });
  if (unknown.length > 0)
    issues.push({ path: 'decisions', code: 'unknown_line', params: { lines: lineList(unknown) } });
  if (repeated.length > 0)
    issues.push({ path: 'decisions', code: 'repeated_decision', params: { lines: lineList(repeated) } });
  const refused = rows.filter((r) => byLine.get(r.line) === 'create' && r.host === null);
  for (const row of refused) {
    const codes = row.problems.filter((p) => p.severity === 'error').map((p) => p.code);
    issues.push({ path: 'decisions', code: 'row_has_errors', params: { line: row.line, problems: codes.join(', ') } });
  }
  if (issues.length > 0) {
    const parts = [
      missing.length ? `no decision for line ${lineList(missing)}` : '',
      unknown.length ? `line ${lineList(unknown)} is not in the file` : '',
      repeated.length ? `more than one decision for line ${lineList(repeated)}` : '',
      refused.length ? `line ${lineList(refused.map((r) => r.line))} cannot be created as it has problems` : '',
    ].filter(Boolean);
    throw new AppFailure({
      code: 'invalid_input',
      message: `Nothing was imported: ${parts.join('; ')}.`,
      issues,
    });
  }
  return byLine;
}

/** Why a row was not created: its first error, else its first warning, else the person's choice. */
function skipReason(row: ImportRow): string {
  const first = row.problems.find((p) => p.severity === 'error') ?? row.problems[0];
  return first?.code ?? 'not_selected';
}

export function commitImport(
  ctx: Context,
  input: ImportFile & { decisions: { line: number; action: 'create' | 'skip' }[] },
): { created: number; skipped: { line: number; reason: string }[] } {
  return ctx.db.tx(() => {
    const preview = previewImport(ctx, input);
    refuseUndecodable(preview);
    const decided = checkDecisions(preview.rows, input.decisions);
    const accepted = preview.rows.filter((r) => decided.get(r.line) === 'create');
    const skipped = preview.rows
      .filter((r) => decided.get(r.line) === 'skip')
      .map((r) => ({ line: r.line, reason: skipReason(r) }));
    if (accepted.length > 0) {
      insertHosts(
        ctx,
        accepted.map((r) => r.host as HostInput),
        {
          demo: false,
          action: 'import',
          details: {
            fileName: input.fileName,
            format: input.format,
            lines: accepted.map((r) => r.line),
            skipped: skipped.length,
          },
        },
      );
    }
    return { created: accepted.length, skipped };
  });
}
