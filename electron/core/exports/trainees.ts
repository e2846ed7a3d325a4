// exports.trainees: every trainee the list's filters match, in the list's order (the list's own query,
// without paging), with the columns a person expects. Passport and residence-card numbers are never
// exported; nor are notes and emergency contacts (the record itself holds them).
import type { ParsedInput } from '../../../shared/contract';
import { GENDER, HEADING, JAPANESE_LEVEL, type Lang, SHEET, STATUS, say, YES_NO } from '../../../shared/exports/labels';
import type { Context } from '../context';
import { sql } from '../db/sql';
import type { FileFormat } from '../files/table-file';
import { listTrainees } from '../trainees/list';
import type { TraineeRow } from '../trainees/rows';
import { type Column, exportFile, sheetOf } from './columns';
import { countryNames, fieldNames } from './names';

type Query = ParsedInput<'exports.trainees'>['query'];

type Row = Pick<
  TraineeRow,
  | 'ref'
  | 'full_name'
  | 'family_name'
  | 'given_name'
  | 'native_name'
  | 'katakana_name'
  | 'preferred_name'
  | 'gender'
  | 'date_of_birth'
  | 'country'
  | 'home_government'
  | 'department'
  | 'position'
  | 'field_id'
  | 'japanese_level'
  | 'fiscal_year'
  | 'status'
  | 'arrival_date'
  | 'departure_date'
  | 'email'
  | 'phone'
  | 'archived'
  | 'is_demo'
> & { id: number };

/** "No paging": more rows than the database can hold trainees (the list takes it as the page size). */
const ALL = 1_000_000_000;

/** Every trainee the query matches, in its order: the list's own ids, then their rows. */
function matching(ctx: Context, query: Query, only: number[] | undefined): Row[] {
  const page = listTrainees(ctx, { ...query, page: 1, pageSize: ALL });
  const chosen = only ? new Set(only) : null;
  const ids = page.rows.map((r) => r.id).filter((id) => chosen === null || chosen.has(id));
  if (ids.length === 0) return [];
  const rows = ctx.db.all<Row>(sql`
    SELECT id, ref, full_name, family_name, given_name, native_name, katakana_name, preferred_name, gender,
      date_of_birth, country, home_government, department, position, field_id, japanese_level, fiscal_year,
      status, arrival_date, departure_date, email, phone, archived, is_demo
    FROM trainees WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The hosts of each trainee's live placements, in date order, by trainee id. */
function hostsOf(ctx: Context, rows: Row[], lang: Lang): Map<number, string> {
  const placed = ctx.db.all<{ trainee_id: number; name_en: string; name_ja: string }>(sql`
    SELECT p.trainee_id, h.name_en, h.name_ja FROM placements p JOIN hosts h ON h.id = p.host_id
    WHERE p.cancelled = 0 AND p.trainee_id IN (SELECT value FROM json_each(${JSON.stringify(rows.map((r) => r.id))}))
    ORDER BY p.trainee_id, p.start_date, p.id`);
  const hosts = new Map<number, string>();
  for (const p of placed) {
    const name = lang === 'en' ? p.name_en : p.name_ja;
    const before = hosts.get(p.trainee_id);
    hosts.set(p.trainee_id, before ? `${before}; ${name}` : name);
  }
  return hosts;
}

export function exportTrainees(
  ctx: Context,
  input: { format: FileFormat; language: Lang; query: Query; ids?: number[] | undefined },
) {
  const { format, language: lang, query } = input;
  const rows = matching(ctx, query, input.ids);
  const countries = countryNames(ctx);
  const fields = fieldNames(ctx);
  const hosts = hostsOf(ctx, rows, lang);
  const columns: Column<Row>[] = [
    { heading: HEADING.ref, value: (r) => r.ref },
    { heading: HEADING.fullName, value: (r) => r.full_name },
    { heading: HEADING.familyName, value: (r) => r.family_name },
    { heading: HEADING.givenName, value: (r) => r.given_name },
    { heading: HEADING.nativeName, value: (r) => r.native_name },
    { heading: HEADING.katakanaName, value: (r) => r.katakana_name },
    { heading: HEADING.preferredName, value: (r) => r.preferred_name },
    { heading: HEADING.gender, value: (r) => say(GENDER[r.gender], lang) },
    { heading: HEADING.dateOfBirth, value: (r) => r.date_of_birth },
    { heading: HEADING.country, value: (r) => countries.name(r.country, lang) },
    { heading: HEADING.homeGovernment, value: (r) => r.home_government },
    { heading: HEADING.department, value: (r) => r.department },
    { heading: HEADING.position, value: (r) => r.position },
    { heading: HEADING.field, value: (r) => fields.name(r.field_id, lang) },
    { heading: HEADING.japaneseLevel, value: (r) => say(JAPANESE_LEVEL[r.japanese_level], lang) },
    { heading: HEADING.fiscalYear, value: (r) => r.fiscal_year },
    { heading: HEADING.status, value: (r) => say(STATUS[r.status], lang) },
    { heading: HEADING.arrivalDate, value: (r) => r.arrival_date },
    { heading: HEADING.departureDate, value: (r) => r.departure_date },
    { heading: HEADING.hosts, value: (r) => hosts.get(r.id) },
    { heading: HEADING.email, value: (r) => r.email },
    { heading: HEADING.phone, value: (r) => r.phone },
  ];
  // Only where the list can show archived records; demo records are marked so they are never taken
  // for real ones (the column appears only when the file holds any).
  if (query.archived !== 'active') {
    columns.push({ heading: HEADING.archived, value: (r) => say(YES_NO[r.archived ? 'yes' : 'no'], lang) });
  }
  if (rows.some((r) => r.is_demo)) {
    columns.push({ heading: HEADING.demo, value: (r) => (r.is_demo ? say(YES_NO.yes, lang) : '') });
  }
  return exportFile(ctx, format, 'trainees', [sheetOf(SHEET.trainees, columns, rows, lang)]);
}
