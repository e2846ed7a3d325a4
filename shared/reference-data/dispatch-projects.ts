// Checking CLAIR's list of past Specialist Dispatch projects (fiscal_year, country, locality,
// area_of_expertise). Every finding comes from a general rule: the programme's years and countries,
// the list's newest-to-oldest order, the gazetteer of localities, the vocabulary of fields, the same
// project written twice. Nothing here knows the file's errors. The row rules (dispatchRowRules) are
// the ones a value typed during the import is checked by too.
import type { RowRules, RuleText } from '../import-rules';
import { countryCodeOf, countryName, countryStanding, REGION_COUNTRIES } from './countries';
import { readCsv } from './csv';
import { checkField, compactKey, type Vocabulary, vocabulary } from './fields';
import { makeFinding, rowFinding, sortFindings, summarise } from './findings';
import { checkLocality } from './localities';
import { DISPATCH_FIRST_YEAR, type RuleContext, ruleContext } from './programme';
import type { CheckedFile, Finding, FindingCode, RawRow, Severity, Suggestion } from './schema';
import { editDistance } from './similarity';
import { cleanText, foldKey, hash64 } from './text';
import { DISPATCH_TEXT_KINDS, textCellSpecs } from './text-cells';
import { outOfOrderBlocks, yearBlocks } from './year-order';

export const DISPATCH_COLUMNS = ['fiscal_year', 'country', 'locality', 'area_of_expertise'] as const;

const FILE = 'dispatch_projects';
/** Four digits from this on read as a year at all; the programme's own span is narrower (below). */
const MIN_YEAR = 1950;

export interface DispatchOptions {
  /** The app's field vocabulary (the seed when absent). */
  fields?: readonly string[];
  /** Today's fiscal year (from the clock when absent). */
  fiscalYear?: number;
  /** Lines of unclosed quotes to read as rows (see shared/text/csv.ts). */
  readAsRows?: readonly number[];
}

/** The fiscal year a cell holds, or null when it is not a four-digit year at all. */
export function projectYear(value: string): number | null {
  const v = value.trim();
  if (!/^\d{4}$/.test(v)) return null;
  const year = Number(v);
  return year >= MIN_YEAR ? year : null;
}

const yearOf = projectYear;

/** A year a past project can have: from the programme's first to today's fiscal year. */
export function yearInProgramme(value: string, fiscalYear: number): number | null {
  const year = projectYear(value);
  return year !== null && year >= DISPATCH_FIRST_YEAR && year <= fiscalYear ? year : null;
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

/** A finding on one cell, before it is placed on its row. */
interface CellFinding {
  code: FindingCode;
  severity: Severity;
  column: string | null;
  params?: Record<string, string | number>;
  suggestion?: Suggestion;
}
type Add = (spec: CellFinding) => void;

const vocabularies = new WeakMap<readonly string[], Vocabulary>();
/** The vocabulary of a field list, prepared once per list. */
function vocabularyOf(fields: readonly string[]): Vocabulary {
  const known = vocabularies.get(fields);
  if (known) return known;
  const made = vocabulary(fields);
  vocabularies.set(fields, made);
  return made;
}

function rowFindings(
  values: Readonly<Record<string, string>>,
  ctx: RuleContext,
  writings: Writings = new Map(),
): CellFinding[] {
  const out: CellFinding[] = [];
  const add: Add = (spec) => out.push(spec);
  const { fiscal_year: year, country, locality, area_of_expertise: field } = values as Record<string, string>;
  yearFindings(year ?? '', ctx, add);
  const code = countryFindings(country ?? '', yearOf(year ?? ''), add);
  if (code !== null) localityFindings(locality ?? '', country ?? '', code, add);
  fieldFindings(field ?? '', vocabularyOf(ctx.fields), writings, add);
  out.push(...textCellSpecs(values, DISPATCH_TEXT_KINDS));
  return out;
}

function yearFindings(year: string, ctx: RuleContext, add: Add): void {
  const column = 'fiscal_year';
  const y = yearOf(year);
  if (year.trim() === '') add({ code: 'value_missing', severity: 'error', column });
  else if (y === null) add({ code: 'year_invalid', severity: 'error', column, params: { value: year } });
  else if (y < DISPATCH_FIRST_YEAR)
    add({ code: 'year_before_programme', severity: 'error', column, params: { year: y, first: DISPATCH_FIRST_YEAR } });
  // A past project cannot lie in a fiscal year that has not begun.
  else if (y > ctx.fiscalYear)
    add({ code: 'year_in_future', severity: 'error', column, params: { year: y, current: ctx.fiscalYear } });
}

/** The programme's countries as the rules name them, in the list's order. */
export const ELIGIBLE_COUNTRIES = REGION_COUNTRIES.map((c) => c.name).join(', ');

/** The country's code, when it is one of the programme's (for the locality check). */
function countryFindings(country: string, year: number | null, add: Add): string | null {
  const column = 'country';
  if (country.trim() === '') {
    add({ code: 'value_missing', severity: 'error', column });
    return null;
  }
  const standing = countryStanding(country, year);
  switch (standing.kind) {
    case 'eligible':
      return standing.code;
    case 'not_yet':
      add({
        code: 'country_not_eligible_yet',
        severity: 'error',
        column,
        params: { country, year: year ?? '', since: standing.since.month, sinceYear: standing.since.fiscalYear },
      });
      return standing.code;
    case 'other_name': {
      const name = countryName(standing.code);
      add({
        code: 'country_unknown',
        severity: 'error',
        column,
        params: { country },
        suggestion: { column, value: name },
      });
      return null;
    }
    case 'not_eligible':
      add({
        code: 'country_not_eligible',
        severity: 'error',
        column,
        params: { country, eligible: ELIGIBLE_COUNTRIES },
      });
      return null;
    default:
      add({ code: 'country_unknown', severity: 'error', column, params: { country } });
      return null;
  }
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
    const country = countryKey(v.country ?? '');
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

/** Edits allowed between two spellings of one name, by its length: none for short names. */
const spellingTolerance = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : length < 16 ? 2 : 3);

/**
 * Two writings of the same name: equal once case, spaces, punctuation, diacritics and width are
 * folded; or, unless both are names the app knows (two known places or fields are two things),
 * a slip or two of the pen apart.
 */
function sameName(a: string, b: string, known: (value: string) => string | null): boolean {
  const [ka, kb] = [compactKey(a), compactKey(b)];
  if (ka === kb) return true;
  if (ka === '' || kb === '') return false;
  const [na, nb] = [known(a), known(b)];
  if (na !== null && nb !== null) return na === nb;
  return editDistance(ka, kb) <= spellingTolerance(Math.max(ka.length, kb.length));
}

const countryKey = (country: string) => countryCodeOf(country) ?? foldKey(country);
const foldedRow = (v: Readonly<Record<string, string>>) =>
  [v.fiscal_year, v.country, v.locality, v.area_of_expertise].map((x) => foldKey(x ?? '')).join('\u001f');

/**
 * The same project written twice with a different spelling: the same year and country, and a
 * locality and field that are the same names written differently (rows equal once folded are
 * duplicate_row already). Reported on the later row.
 */
function nearDuplicateFindings(rows: RawRow[], vocab: Vocabulary): Finding[] {
  const groups = new Map<string, RawRow[]>();
  const out: Finding[] = [];
  for (const row of rows) {
    const v = row.values as Record<string, string>;
    const year = yearOf(v.fiscal_year ?? '');
    if (year === null || (v.country ?? '').trim() === '') continue;
    const code = countryCodeOf(v.country ?? '');
    const place = (x: string) => {
      const found = code === null ? null : checkLocality(x, code);
      return found?.kind === 'ok' ? found.place.name : null;
    };
    const field = (x: string) => vocab.byCompactKey.get(compactKey(x)) ?? null;
    const key = `${year}|${countryKey(v.country ?? '')}`;
    const group = groups.get(key) ?? [];
    // A row equal to an earlier one once folded is that row again (duplicate_row), not a respelling.
    const repeated = group.some((earlier) => foldedRow(earlier.values) === foldedRow(v));
    const twin = repeated
      ? undefined
      : group.find((earlier) => {
          const e = earlier.values as Record<string, string>;
          return (
            sameName(e.locality ?? '', v.locality ?? '', place) &&
            sameName(e.area_of_expertise ?? '', v.area_of_expertise ?? '', field)
          );
        });
    if (twin)
      out.push(
        rowFinding(FILE, row, {
          code: 'project_near_duplicate',
          severity: 'warning',
          params: {
            firstLine: twin.line,
            locality: twin.values.locality ?? '',
            field: twin.values.area_of_expertise ?? '',
          },
        }),
      );
    group.push(row);
    groups.set(key, group);
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

/** The programme's countries, one joining later (Timor-Leste) named with its first fiscal year. */
export function countryRule(): RuleText {
  const since = REGION_COUNTRIES.find((c) => c.since)?.since;
  return { code: 'country', params: { eligible: ELIGIBLE_COUNTRIES, sinceYear: since?.fiscalYear ?? '' } };
}

/** What each column's value must be, in words (referenceData.rule.<code>). */
function dispatchRule(column: string, ctx: RuleContext): RuleText | null {
  switch (column) {
    case 'fiscal_year':
      return { code: 'dispatch_fiscal_year', params: { first: DISPATCH_FIRST_YEAR, current: ctx.fiscalYear } };
    case 'country':
      return countryRule();
    case 'locality':
      return { code: 'locality', params: {} };
    case 'area_of_expertise':
      return { code: 'field', params: {} };
    default:
      return null;
  }
}

/** The rules of one project row: the file's rows and every value typed for one go through them. */
export const dispatchRowRules: RowRules<RuleContext> = {
  check: (values, ctx) => rowFindings(values, ctx),
  rule: dispatchRule,
};

export function checkDispatchProjects(text: string, options: DispatchOptions = {}): CheckedFile {
  const table = readCsv(FILE, text, DISPATCH_COLUMNS, options.readAsRows);
  const ctx = ruleContext(new Date(), options.fields);
  if (options.fiscalYear !== undefined) ctx.fiscalYear = options.fiscalYear;
  const vocab = vocabularyOf(ctx.fields);
  const writings = writingsOf(table.rows);
  const findings = sortFindings([
    ...table.findings,
    ...table.rows.flatMap((row) => rowFindings(row.values, ctx, writings).map((f) => rowFinding(FILE, row, f))),
    ...yearOrderFindings(table.rows),
    ...duplicateFindings(table.rows),
    ...nearDuplicateFindings(table.rows, vocab),
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
