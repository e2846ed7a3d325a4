// Checking the counterparts file (country, counterpart): one agency per country, the programme's
// countries, no empty cells. The row rules (counterpartRowRules) check a typed value too.
import type { RowRules, ValueFinding } from '../import-rules';
import { countryCodeOf, countryName, countryStanding } from './countries';
import { readCsv } from './csv';
import { countryRule, ELIGIBLE_COUNTRIES } from './dispatch-projects';
import { rowFinding, sortFindings, summarise } from './findings';
import type { RuleContext } from './programme';
import type { CheckedFile, Finding, FindingCode, RawRow } from './schema';
import { cleanText, foldKey, hash64 } from './text';
import { textCellFindings } from './text-cells';

export const COUNTERPART_COLUMNS = ['country', 'counterpart'] as const;

const FILE = 'counterparts';

/** A country of the programme (any year: an agency is not tied to one) and an agency's name. */
function counterpartFindings(values: Readonly<Record<string, string>>): (ValueFinding & { code: FindingCode })[] {
  const out: (ValueFinding & { code: FindingCode })[] = [];
  const country = values.country ?? '';
  const standing = countryStanding(country);
  if (country.trim() === '') out.push({ code: 'value_missing', severity: 'error', column: 'country' });
  else if (standing.kind === 'not_eligible')
    out.push({
      code: 'country_not_eligible',
      severity: 'error',
      column: 'country',
      params: { country, eligible: ELIGIBLE_COUNTRIES },
    });
  else if (standing.kind === 'other_name')
    out.push({
      code: 'country_unknown',
      severity: 'error',
      column: 'country',
      params: { country },
      suggestion: { column: 'country', value: countryName(standing.code) },
    });
  else if (standing.kind === 'unknown')
    out.push({ code: 'country_unknown', severity: 'error', column: 'country', params: { country } });
  if ((values.counterpart ?? '').trim() === '')
    out.push({ code: 'value_missing', severity: 'error', column: 'counterpart' });
  return out;
}

export const counterpartRowRules: RowRules<RuleContext> = {
  check: (values) => counterpartFindings(values),
  rule: (column) =>
    column === 'country' ? countryRule() : column === 'counterpart' ? { code: 'counterpart', params: {} } : null,
};

export function checkCounterparts(text: string, readAsRows: readonly number[] = []): CheckedFile {
  const table = readCsv(FILE, text, COUNTERPART_COLUMNS, readAsRows);
  const findings: Finding[] = [...table.findings];
  const firstFor = new Map<string, number>();
  for (const row of table.rows) {
    const add = (spec: Parameters<typeof rowFinding>[2]) => findings.push(rowFinding(FILE, row, spec));
    findings.push(...textCellFindings(FILE, row, { country: 'name', counterpart: 'name' }));
    const country = row.values.country ?? '';
    const code = countryCodeOf(country);
    for (const f of counterpartFindings(row.values)) add(f);

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
