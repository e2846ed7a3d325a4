// An import problem in the person's language, naming its column ("Contact 2 Email is not a valid
// email address."). Codes we have no sentence for still say which code, never nothing.
import type { TFunction } from 'i18next';
import type { ImportPreview, ImportProblem, ImportRow } from '../../../../shared/hosts/import-schema';
import { countOf } from '../../i18n/plural';
import { columnLabel } from '../labels';

/** `value` is the cell the problem is about, for codes whose params do not quote it. */
export function problemText(t: TFunction, p: ImportProblem, value = ''): string {
  const column = p.column ? columnLabel(t, p.column) : '';
  // File problems carry their own "column" (a column number), which then wins over the label.
  const vars: Record<string, string | number> = { column, value, ...p.params };
  // An encoding is named in words ("Japanese (Shift_JIS)"), not by its label.
  if (typeof p.params?.encoding === 'string') vars.encoding = t(`encoding.name.${p.params.encoding}`);
  return t(`hosts.import.problem.${p.code}`, {
    ...vars,
    ...countOf(`hosts.import.problem.${p.code}`, p.params),
    defaultValue: t('hosts.import.problem.unknown', { code: p.code }),
  });
}

/** The cell of `row` in the column read as `key` ('' when the file has no such column). */
export function cellOf(columns: ImportPreview['columns'], row: ImportRow, key: string | null): string {
  const column = key === null ? undefined : columns.find((c) => c.key === key);
  return column ? (row.values[column.index] ?? '') : '';
}

/** A row's problem, quoting the cell it is about. */
export const rowProblemText = (t: TFunction, columns: ImportPreview['columns'], row: ImportRow, p: ImportProblem) =>
  problemText(t, p, cellOf(columns, row, p.column));
