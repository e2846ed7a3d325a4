// Checking CLAIR's list of past Specialist Dispatch projects (fiscal_year, country, locality,
// area_of_expertise). Every finding comes from a general rule: the list's newest-to-oldest order, the
// gazetteer of localities, the vocabulary of fields, duplicates. Nothing here knows the file's errors.
import { countryCodeOf, countryName } from './countries';
import { readCsv } from './csv';
import { checkField, compactKey, FIELD_VOCABULARY_SEED, type Vocabulary, vocabulary } from './fields';
import { makeFinding, rowFinding, sortFindings, summarise } from './findings';
import { checkLocality } from './localities';
import type { CheckedFile, Finding, RawRow } from './schema';
import { cleanText, foldKey, hash64 } from './text';
import { outOfOrderBlocks, yearBlocks } from './year-order';

export const DISPATCH_COLUMNS = ['fiscal_year', 'country', 'locality', 'area_of_expertise'] as const;

const FILE = 'dispatch_projects';
/** Plausible fiscal years for the programme's history and its plans. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

export interface DispatchOptions {
  /** The app's field vocabulary (the seed when absent). */
  fields?: readonly string[];
  /** Lines of unclosed quotes to read as rows (see shared/text/csv.ts). */
  readAsRows?: readonly number[];
}

function yearOf(value: string): number | null {
  const v = value.trim();
  if (!/^\d{4}$/.test(v)) return null;
  const year = Number(v);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** The different ways the file writes each field (by its letters): more than one is an inconsistency. */
type Writings = Map<string, Set<string>>;

function writingsOf(rows: RawRow[]): Writings {
  const out: Writings = new Map();
  for (const row of rows) {
    const value = row.values.area_of_expertise ?? '';
    const key = compactKey(value);
    out.set(key, (out.get(key) ?? new Set()).add(value));
  }
  return out;
}

/**
 * Capitals are the writer's style: a list that writes a field in sentence case throughout
 * ("Public health management") names the known field. A value differing from a field in capitals
 * only is reported when the same list also writes that field another way.
 */
function styleOnly(value: string, vocab: Vocabulary, writings: Writings): boolean {
  if (!vocab.byLowerCase.has(value.toLowerCase())) return false;
  return (writings.get(compactKey(value))?.size ?? 0) <= 1;
}

type Add = (spec: Parameters<typeof rowFinding>[2]) => void;

function rowFindings(row: RawRow, vocab: Vocabulary, writings: Writings): Finding[] {
  const out: Finding[] = [];
  const add: Add = (spec) => out.push(rowFinding(FILE, row, spec));
  const { fiscal_year: year, country, locality, area_of_expertise: field } = row.values as Record<string, string>;
  yearFindings(year ?? '', add);
  const code = countryFindings(country ?? '', add);
  if (code !== null) localityFindings(locality ?? '', country ?? '', code, add);
  fieldFindings(field ?? '', vocab, writings, add);
  return out;
}

function yearFindings(year: string, add: Add): void {
  if (year.trim() === '') add({ code: 'value_missing', severity: 'error', column: 'fiscal_year' });
  else if (yearOf(year) === null)
    add({ code: 'year_invalid', severity: 'error', column: 'fiscal_year', params: { value: year } });
}

/** The country's code, when the country is known. */
function countryFindings(country: string, add: Add): string | null {
  const code = countryCodeOf(country);
  if (country.trim() === '') add({ code: 'value_missing', severity: 'error', column: 'country' });
  else if (code === null) add({ code: 'country_unknown', severity: 'error', column: 'country', params: { country } });
  return code;
}

function localityFindings(locality: string, country: string, code: string, add: Add): void {
  const place = checkLocality(locality, code);
  if (place.kind === 'wrong_country') {
    const belongsTo = place.places.map((p) => countryName(p.country));
    const only = belongsTo.length === 1 ? belongsTo[0] : undefined;
    add({
      code: 'locality_wrong_country',
      severity: 'warning',
      column: 'locality',
      params: {
        locality,
        country,
        belongsTo: belongsTo.join(', '),
        place: place.places[0]?.name ?? '',
      },
      // Which of the two is wrong is for a person to say; the country the place is in is offered.
      ...(only ? { suggestion: { column: 'country', value: only } } : {}),
    });
  } else if (place.kind === 'unknown') {
    add({ code: 'locality_unknown', severity: 'info', column: 'locality', params: { locality, country } });
  }
}

function fieldFindings(field: string, vocab: Vocabulary, writings: Writings, add: Add): void {
  const checked = checkField(field, vocab);
  const column = 'area_of_expertise';
  if (checked.kind === 'empty') add({ code: 'value_missing', severity: 'error', column });
  else if (checked.kind === 'case_differs' && !styleOnly(field, vocab, writings))
    add({
      code: 'field_case_differs',
      severity: 'info',
      column,
      params: { value: field, known: checked.suggestion },
      suggestion: { column, value: checked.suggestion },
    });
  else if (checked.kind === 'misspelt')
    add({
      code: 'field_misspelt',
      severity: 'warning',
      column,
      params: {
        value: field,
        suggestion: checked.suggestion,
        score: checked.score,
        words: checked.words,
        known: checked.known ? 1 : 0,
      },
      suggestion: { column, value: checked.suggestion, score: checked.score },
    });
  else if (checked.kind === 'unknown')
    add({ code: 'field_unknown', severity: 'info', column, params: { value: field } });
}

/** Later rows equal to an earlier one (same year, country, locality, field once folded). */
function duplicateFindings(rows: RawRow[]): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const row of rows) {
    const v = row.values;
    const country = countryCodeOf(v.country ?? '') ?? foldKey(v.country ?? '');
    const key = [
      foldKey(v.fiscal_year ?? ''),
      country,
      foldKey(v.locality ?? ''),
      foldKey(v.area_of_expertise ?? ''),
    ].join('\u001f');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row.line);
    else
      out.push(rowFinding(FILE, row, { code: 'duplicate_row', severity: 'warning', params: { firstLine: earlier } }));
  }
  return out;
}

function yearOrderFindings(rows: RawRow[]): Finding[] {
  const blocks = yearBlocks(rows.map((r) => yearOf(r.values.fiscal_year ?? '')));
  return outOfOrderBlocks(blocks).map((b) => {
    const block = blocks[b] as (typeof blocks)[number];
    const lines = block.rows.map((i) => (rows[i] as RawRow).line);
    const previous = blocks[b - 1];
    const next = blocks[b + 1];
    return makeFinding(FILE, {
      code: 'year_block_out_of_order',
      severity: 'warning',
      line: lines[0] as number,
      lines,
      column: 'fiscal_year',
      values: (rows[block.rows[0] as number] as RawRow).values,
      params: {
        year: block.year,
        rows: lines.length,
        firstLine: lines[0] as number,
        lastLine: lines[lines.length - 1] as number,
        ...(previous ? { previousYear: previous.year } : {}),
        ...(next ? { nextYear: next.year } : {}),
      },
    });
  });
}

export function checkDispatchProjects(text: string, options: DispatchOptions = {}): CheckedFile {
  const table = readCsv(FILE, text, DISPATCH_COLUMNS, options.readAsRows);
  const vocab = vocabulary(options.fields ?? FIELD_VOCABULARY_SEED);
  const writings = writingsOf(table.rows);
  const findings = sortFindings([
    ...table.findings,
    ...table.rows.flatMap((row) => rowFindings(row, vocab, writings)),
    ...yearOrderFindings(table.rows),
    ...duplicateFindings(table.rows),
  ]);
  return {
    file: FILE,
    contentHash: hash64(cleanText(text)),
    columns: table.columns,
    rows: table.rows,
    findings,
    summary: summarise(
      table.rows.map((r) => r.line),
      findings,
    ),
  };
}
