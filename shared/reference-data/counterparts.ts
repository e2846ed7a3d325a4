// Checking the counterparts file (country, counterpart): one agency per country, countries the list
// knows, no empty cells.
import { countryCodeOf } from './countries';
import { readCsv } from './csv';
import { rowFinding, sortFindings, summarise } from './findings';
import type { CheckedFile, Finding, RawRow } from './schema';
import { cleanText, foldKey, hash64 } from './text';

export const COUNTERPART_COLUMNS = ['country', 'counterpart'] as const;

const FILE = 'counterparts';

export function checkCounterparts(text: string, readAsRows: readonly number[] = []): CheckedFile {
  const table = readCsv(FILE, text, COUNTERPART_COLUMNS, readAsRows);
  const findings: Finding[] = [...table.findings];
  const firstFor = new Map<string, number>();
  for (const row of table.rows) {
    const add = (spec: Parameters<typeof rowFinding>[2]) => findings.push(rowFinding(FILE, row, spec));
    const country = row.values.country ?? '';
    const code = countryCodeOf(country);
    if (country.trim() === '') add({ code: 'value_missing', severity: 'error', column: 'country' });
    else if (code === null) add({ code: 'country_unknown', severity: 'error', column: 'country', params: { country } });
    if ((row.values.counterpart ?? '').trim() === '')
      add({ code: 'value_missing', severity: 'error', column: 'counterpart' });

    if (country.trim() === '') continue;
    const key = code ?? foldKey(country);
    const earlier = firstFor.get(key);
    if (earlier === undefined) firstFor.set(key, row.line);
    else
      add({
        code: 'counterpart_duplicate_country',
        severity: 'warning',
        column: 'country',
        params: { country, firstLine: earlier },
      });
  }
  const sorted = sortFindings(findings);
  return {
    file: FILE,
    contentHash: hash64(cleanText(text)),
    columns: table.columns,
    rows: table.rows,
    findings: sorted,
    summary: summarise(
      table.rows.map((r: RawRow) => r.line),
      sorted,
    ),
  };
}
