// The history of dispatches by fiscal year × country and by field, each figure split by where it comes
// from: CLAIR's reference file of past projects (past_dispatch_projects, as imported) or the app's own
// requests that were dispatched or completed (counted once per request, whatever the number of
// specialists). Past projects whose country or field could not be tied to the lists are grouped under
// the text stored for them, never dropped.
import type { DispatchHistory } from '../../../shared/specialist-dispatch/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { specialistNames } from './request-list';

type Source = 'reference' | 'app';
type Project = DispatchHistory['projects'][number];
type Counted = { reference: number; app: number };

const zero = (): Counted => ({ reference: 0, app: 0 });

function loadProjects(ctx: Context, from: number, to: number): Project[] {
  const reference = ctx.db
    .all<{
      fiscal_year: number;
      country: string;
      country_code: string | null;
      locality: string;
      area: string;
      field_id: number | null;
    }>(sql`
      SELECT fiscal_year, country, country_code, locality, area_of_expertise AS area, field_id
      FROM past_dispatch_projects WHERE fiscal_year BETWEEN ${from} AND ${to}`)
    .map(
      (p): Project => ({
        source: 'reference',
        fiscalYear: p.fiscal_year,
        countryCode: p.country_code,
        country: p.country,
        locality: p.locality,
        fieldId: p.field_id,
        field: p.area,
        requestId: null,
        state: null,
        specialists: [],
      }),
    );
  const requests = ctx.db.all<{
    id: number;
    fiscal_year: number;
    country_code: string;
    country: string | null;
    government: string;
    field_id: number;
    field: string;
    state: 'dispatched' | 'completed';
  }>(sql`
    SELECT r.id, r.fiscal_year, r.country_code, c.name_en AS country, r.requesting_government AS government,
      r.field_id, f.name_en AS field, r.state
    FROM dispatch_requests r JOIN expertise_fields f ON f.id = r.field_id LEFT JOIN countries c ON c.code = r.country_code
    WHERE r.state IN ('dispatched', 'completed') AND r.fiscal_year BETWEEN ${from} AND ${to}`);
  const names = specialistNames(
    ctx,
    requests.map((r) => r.id),
  );
  const app = requests.map(
    (r): Project => ({
      source: 'app',
      fiscalYear: r.fiscal_year,
      countryCode: r.country_code,
      country: r.country ?? r.country_code,
      locality: r.government,
      fieldId: r.field_id,
      field: r.field,
      requestId: r.id,
      state: r.state,
      specialists: names.get(r.id) ?? [],
    }),
  );
  return [...reference, ...app];
}

/** The fiscal years shown: those asked for, else from the first to the last year with a project. */
function yearsShown(projects: Project[], query: { fromYear?: number; toYear?: number }): number[] {
  const seen = projects.map((p) => p.fiscalYear);
  const first = query.fromYear ?? (seen.length > 0 ? Math.min(...seen) : null);
  const last = query.toYear ?? (seen.length > 0 ? Math.max(...seen) : first);
  const years: number[] = [];
  if (first !== null && last !== null) for (let y = first; y <= last; y++) years.push(y);
  return years;
}

type Listed = { name_en: string; name_ja: string; sort_order: number };
type CountryRow = DispatchHistory['byCountry'][number] & { order: number };
type FieldRow = DispatchHistory['byField'][number] & { order: number };

/** The lists' names and order: countries by code, expertise fields by id. */
function readLists(ctx: Context) {
  const countries = new Map(
    ctx.db
      .all<Listed & { code: string }>(sql`SELECT code, name_en, name_ja, sort_order FROM countries`)
      .map((c) => [c.code, c]),
  );
  const fields = new Map(
    ctx.db
      .all<Listed & { id: number }>(sql`SELECT id, name_en, name_ja, sort_order FROM expertise_fields`)
      .map((f) => [f.id, f]),
  );
  return { countries, fields };
}

/** The project's country row, made on first use: named from the list, or by the text stored. */
function countryRowOf(
  rows: Map<string, CountryRow>,
  p: Project,
  countries: Map<string, Listed>,
  years: number[],
): CountryRow {
  const key = p.countryCode ?? `text:${p.country}`;
  let row = rows.get(key);
  if (!row) {
    const known = p.countryCode ? countries.get(p.countryCode) : undefined;
    row = {
      code: p.countryCode,
      nameEn: known?.name_en ?? p.country,
      nameJa: known?.name_ja ?? p.country,
      counts: years.map(zero),
      total: zero(),
      order: known?.sort_order ?? 10_000,
    };
    rows.set(key, row);
  }
  return row;
}

/** The project's field row, made on first use: named from the list, or by the text stored. */
function fieldRowOf(rows: Map<string, FieldRow>, p: Project, fields: Map<number, Listed>): FieldRow {
  const key = p.fieldId !== null ? `id:${p.fieldId}` : `text:${p.field}`;
  let row = rows.get(key);
  if (!row) {
    const known = p.fieldId !== null ? fields.get(p.fieldId) : undefined;
    row = {
      fieldId: p.fieldId,
      nameEn: known?.name_en ?? p.field,
      nameJa: known?.name_ja ?? p.field,
      count: zero(),
      order: known?.sort_order ?? 10_000,
    };
    rows.set(key, row);
  }
  return row;
}

const byOrder = <T extends { order: number; nameEn: string }>(a: T, b: T) =>
  a.order - b.order || (a.nameEn < b.nameEn ? -1 : a.nameEn > b.nameEn ? 1 : 0);
const strip = <T extends { order: number }>({ order: _o, ...rest }: T) => rest;

/** Latest year first, then by country and locality; the reference file before the app. */
const byYearAndPlace = (a: Project, b: Project) =>
  b.fiscalYear - a.fiscalYear ||
  a.country.localeCompare(b.country) ||
  a.locality.localeCompare(b.locality) ||
  (a.source === b.source ? 0 : a.source === 'reference' ? -1 : 1);

export function dispatchHistory(ctx: Context, query: { fromYear?: number; toYear?: number }): DispatchHistory {
  const projects = loadProjects(ctx, query.fromYear ?? 0, query.toYear ?? 9999);
  const years = yearsShown(projects, query);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const { countries, fields } = readLists(ctx);

  const byCountry = new Map<string, CountryRow>();
  const byField = new Map<string, FieldRow>();
  const totals = years.map(zero);
  const grandTotal = zero();
  for (const p of projects) {
    const s: Source = p.source;
    const at = yearIndex.get(p.fiscalYear) as number;
    const c = countryRowOf(byCountry, p, countries, years);
    (c.counts[at] as Counted)[s]++;
    c.total[s]++;
    (totals[at] as Counted)[s]++;
    grandTotal[s]++;
    fieldRowOf(byField, p, fields).count[s]++;
  }

  projects.sort(byYearAndPlace);
  return {
    years,
    byCountry: [...byCountry.values()].sort(byOrder).map(strip),
    totals,
    grandTotal,
    byField: [...byField.values()].sort(byOrder).map(strip),
    projects,
  };
}
