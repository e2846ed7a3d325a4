// What a letter says of its record, read now: the placeholder values its wording is filled with and
// the facts its 記 block / particulars list. A trainee letter reads the trainee, their placement (the
// one running or next at the letter's date, else the last) and their cohort; a dispatch letter reads
// the request, and for a dispatch its specialist too.
import { LETTER_RECORD, type LetterItem, type LetterKind } from '../../../shared/documents/letters';
import { japaneseEraFiscalYear } from '../../../shared/fiscal-year';
import { AppFailure } from '../../../shared/result';
import type { Trainee } from '../../../shared/trainees/schema';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { countryNames } from '../exports/names';
import { readSetting } from '../settings/service';
import { dateValues, traineeValues } from '../templates/values';
import { getTrainee } from '../trainees/service';

type Lang = 'en' | 'ja';
type Pair = readonly [en: string, ja: string];

export interface Placement {
  start: string;
  end: string;
  hostId: number;
  hostEn: string;
  hostJa: string;
  hostKind: string;
}

interface Period {
  start: string | null;
  end: string | null;
}

export interface TraineeSource {
  type: 'trainee';
  trainee: Trainee;
  placement: Placement | null;
  training: Period;
  values: Record<string, string>;
}

export interface RequestSource {
  type: 'dispatchRequest' | 'dispatch';
  reference: string;
  government: string;
  country: Pair;
  counterpart: string | null;
  field: Pair;
  summary: string;
  receivedOn: string;
  wished: Period;
  specialist: { nameEn: string; nameJa: string; government: string; position: string | null } | null;
  dispatch: Period;
  costs: string | null;
  values: Record<string, string>;
}

export type LetterSource = TraineeSource | RequestSource;

export function recordMissing(type: string, id: number, path = 'recordId'): AppFailure {
  return new AppFailure({
    code: 'not_found',
    message: `The ${type} ${id} does not exist.`,
    issues: [{ path, code: 'not_found' }],
  });
}

export function needsPlacement(id: number, path = 'recordId'): AppFailure {
  return new AppFailure({
    code: 'conflict',
    message: `Trainee ${id} has no placement: a placement request or notice needs one.`,
    issues: [{ path, code: 'letter_needs_placement' }],
  });
}

/** The placement running or next on `on`, else the last one; cancelled placements aside. */
export function placementOf(ctx: Context, traineeId: number, on: string): Placement | null {
  return (
    ctx.db.get<Placement>(sql`
      SELECT p.start_date AS start, p.end_date AS end, h.id AS hostId, h.name_en AS hostEn, h.name_ja AS hostJa,
        h.kind AS hostKind
      FROM placements p JOIN hosts h ON h.id = p.host_id
      WHERE p.trainee_id = ${traineeId} AND p.cancelled = 0
      ORDER BY p.end_date < ${on}, CASE WHEN p.end_date >= ${on} THEN p.start_date END ASC, p.start_date DESC
      LIMIT 1`) ?? null
  );
}

/** The trainee's own dates in Japan, else their cohort's programme. */
function trainingPeriod(ctx: Context, t: Trainee): Period {
  if (t.arrivalDate && t.departureDate) return { start: t.arrivalDate, end: t.departureDate };
  const cohort = ctx.db.get<{ start: string; end: string }>(
    sql`SELECT programme_start AS start, programme_end AS end FROM cohorts WHERE fiscal_year = ${t.fiscalYear}`,
  );
  return { start: t.arrivalDate ?? cohort?.start ?? null, end: t.departureDate ?? cohort?.end ?? null };
}

export function traineeExists(ctx: Context, id: number): boolean {
  return ctx.db.get(sql`SELECT 1 AS x FROM trainees WHERE id = ${id}`) !== undefined;
}

function traineeSource(ctx: Context, kind: LetterKind, id: number, on: string): TraineeSource {
  if (!traineeExists(ctx, id)) throw recordMissing('trainee', id);
  const trainee = getTrainee(ctx, id);
  const placement = placementOf(ctx, id, on);
  if (!placement && (kind === 'placementRequest' || kind === 'placementNotice')) throw needsPlacement(id);
  const values = {
    ...traineeValues(ctx)(trainee),
    host_name_en: placement?.hostEn ?? '',
    host_name_ja: placement?.hostJa ?? '',
    ...dateValues('placement_start', placement?.start ?? null),
    ...dateValues('placement_end', placement?.end ?? null),
  };
  return { type: 'trainee', trainee, placement, training: trainingPeriod(ctx, trainee), values };
}

interface RequestRow {
  reference: string;
  fiscal_year: number;
  country_code: string;
  government: string;
  counterpart: string | null;
  field_en: string;
  field_ja: string;
  summary: string;
  received_on: string;
  wished_start: string | null;
  wished_end: string | null;
}

interface DispatchRow {
  request_id: number;
  start_date: string | null;
  end_date: string | null;
  cost_notes: string | null;
  name_en: string;
  name_ja: string | null;
  home_government: string;
  position: string | null;
}

function requestRow(ctx: Context, id: number): RequestRow | undefined {
  return ctx.db.get<RequestRow>(sql`
    SELECT r.reference, r.fiscal_year, r.country_code, r.requesting_government AS government, c.name AS counterpart,
      f.name_en AS field_en, f.name_ja AS field_ja, r.summary, r.received_on, r.wished_start, r.wished_end
    FROM dispatch_requests r
    JOIN expertise_fields f ON f.id = r.field_id
    LEFT JOIN counterparts c ON c.id = coalesce(r.counterpart_id,
      (SELECT id FROM counterparts WHERE country_code = r.country_code))
    WHERE r.id = ${id}`);
}

function dispatchRow(ctx: Context, id: number): DispatchRow | undefined {
  return ctx.db.get<DispatchRow>(sql`
    SELECT d.request_id, d.start_date, d.end_date, d.cost_notes, s.name_en, s.name_ja, s.home_government, s.position
    FROM dispatches d JOIN specialists s ON s.id = d.specialist_id WHERE d.id = ${id}`);
}

function requestSource(ctx: Context, type: RequestSource['type'], r: RequestRow, d: DispatchRow | null) {
  const countries = countryNames(ctx);
  const country: Pair = [countries.name(r.country_code, 'en'), countries.name(r.country_code, 'ja')];
  const specialist = d
    ? { nameEn: d.name_en, nameJa: d.name_ja ?? d.name_en, government: d.home_government, position: d.position }
    : null;
  const values: Record<string, string> = {
    request_reference: r.reference,
    requesting_government: r.government,
    country_en: country[0],
    country_ja: country[1],
    counterpart_name: r.counterpart ?? '',
    field_en: r.field_en,
    field_ja: r.field_ja,
    request_summary: r.summary,
    fiscal_year: `FY${r.fiscal_year}`,
    fiscal_year_ja: japaneseEraFiscalYear(r.fiscal_year),
    staff_name: readSetting(ctx, 'staffName') ?? '',
    ...dateValues('received_on', r.received_on),
    ...dateValues('wished_start', r.wished_start),
    ...dateValues('wished_end', r.wished_end),
  };
  if (specialist && d) {
    Object.assign(values, {
      specialist_name_en: specialist.nameEn,
      specialist_name_ja: specialist.nameJa,
      specialist_government: specialist.government,
      specialist_position: specialist.position ?? '',
      ...dateValues('dispatch_start', d.start_date),
      ...dateValues('dispatch_end', d.end_date),
    });
  }
  return {
    type,
    reference: r.reference,
    government: r.government,
    country,
    counterpart: r.counterpart,
    field: [r.field_en, r.field_ja] as Pair,
    summary: r.summary,
    receivedOn: r.received_on,
    wished: { start: r.wished_start, end: r.wished_end },
    specialist,
    dispatch: { start: d?.start_date ?? null, end: d?.end_date ?? null },
    costs: d?.cost_notes ?? null,
    values,
  } satisfies RequestSource;
}

/** The record a letter of this kind is about, read now; `on` is the letter's date (which placement). */
export function letterSource(ctx: Context, kind: LetterKind, id: number, on: string): LetterSource {
  const type = LETTER_RECORD[kind];
  if (type === 'trainee') return traineeSource(ctx, kind, id, on);
  if (type === 'dispatchRequest') {
    const r = requestRow(ctx, id);
    if (!r) throw recordMissing('dispatch request', id);
    return requestSource(ctx, type, r, null);
  }
  const d = dispatchRow(ctx, id);
  const r = d && requestRow(ctx, d.request_id);
  if (!d || !r) throw recordMissing('dispatch', id);
  return requestSource(ctx, type, r, d);
}

// ── The 記 block / particulars ──────────────────────────────────────────────────────────────────

const text = (key: string, value: string | null | undefined): LetterItem | null =>
  value ? { key, text: value, date: null, until: null } : null;
const date = (key: string, iso: string | null): LetterItem | null =>
  iso ? { key, text: null, date: iso, until: null } : null;
const period = (key: string, p: Period): LetterItem | null =>
  p.start || p.end ? { key, text: null, date: p.start, until: p.end } : null;

const ENCLOSURE: Pair = ['Progress report (1 copy)', '研修状況報告書　1部'];

function traineeItems(kind: LetterKind, s: TraineeSource, lang: Lang): (LetterItem | null)[] {
  const v = s.values;
  const say = (en: string, ja: string) => (lang === 'en' ? v[en] : v[ja]);
  // A Japanese reader gets the katakana reading beside the passport name, where it is on file.
  const kana = lang === 'ja' ? s.trainee.katakanaName : null;
  const name = text('traineeName', kana ? `${s.trainee.fullName}（${kana}）` : s.trainee.fullName);
  const host = s.placement ? text('host', lang === 'en' ? s.placement.hostEn : s.placement.hostJa) : null;
  const placement = s.placement ? period('placementPeriod', s.placement) : null;
  const training = period('trainingPeriod', s.training);
  const about = [
    text('country', say('country_en', 'country_ja')),
    text('homeGovernment', s.trainee.homeGovernment),
    text('field', say('field_en', 'field_ja')),
  ];
  switch (kind) {
    case 'acceptance':
      return [name, ...about, training];
    case 'placementRequest':
      return [name, ...about, placement];
    case 'placementNotice':
      return [name, host, placement];
    case 'completionCertificate':
      return [name, date('dateOfBirth', s.trainee.dateOfBirth), text('field', say('field_en', 'field_ja')), training];
    default:
      return [name, host, placement, text('enclosure', ENCLOSURE[lang === 'en' ? 0 : 1])];
  }
}

function requestItems(kind: LetterKind, s: RequestSource, lang: Lang): (LetterItem | null)[] {
  const i = lang === 'en' ? 0 : 1;
  const request = [
    text('requestReference', s.reference),
    text('requestingGovernment', s.government),
    text('country', s.country[i]),
    text('field', s.field[i]),
  ];
  const specialist = [
    text('specialistName', s.specialist ? (lang === 'en' ? s.specialist.nameEn : s.specialist.nameJa) : null),
    text('specialistGovernment', s.specialist?.government),
    period('dispatchPeriod', s.dispatch),
  ];
  switch (kind) {
    case 'dispatchAcknowledgement':
      return [
        ...request,
        text('request', s.summary),
        date('receivedOn', s.receivedOn),
        period('wishedPeriod', s.wished),
      ];
    case 'dispatchRequest':
      return [...specialist, ...request.slice(1)];
    default:
      return [...request, text('counterpart', s.counterpart), ...specialist, text('costs', s.costs)];
  }
}

/** The lines of the letter's 記 block / particulars, those with nothing to say left out. */
export function letterItems(kind: LetterKind, source: LetterSource, lang: Lang): LetterItem[] {
  const items = source.type === 'trainee' ? traineeItems(kind, source, lang) : requestItems(kind, source, lang);
  return items.filter((item): item is LetterItem => item !== null);
}
