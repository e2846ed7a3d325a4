// Specialist suggestions for a dispatch request: every specialist scored on field, availability,
// languages and past dispatches; the best N returned with the reasons (i18n codes with params) so the
// screen can say why each is suggested. Pure: the core loads the arrays. Scores are plain numbers for
// all specialists; the reason objects are built for the ones shown only, so 5,000 cost one quick pass.
import { daysBetween } from '../placements/dates';
import { searchKey } from '../text/normalize';
import { COUNTRY_LANGUAGES, languageKey } from './languages';
import { coveredDays, type Period } from './periods';
import { type FieldGroup, groupsRelated, RELATED_SIMILARITY, seedFieldByName, tokenSimilarity } from './vocabulary';

export { COUNTRY_LANGUAGES, languageKey } from './languages';

export interface MatchField {
  id: number;
  nameEn: string;
  nameJa?: string;
  /** The field's group as stored (expertise_fields.field_group); else found from the seed vocabulary. */
  group?: FieldGroup;
}

/** One of a specialist's dispatches that is not cancelled (past, current or booked). */
export interface SpecialistDispatch extends Period {
  requestId: number;
  countryCode: string;
  fieldId: number;
}

export interface SpecialistFacts {
  id: number;
  nameEn: string;
  /** The stored sort key of the name (shared/text/normalize searchKey); computed here when absent. */
  nameKey?: string;
  fieldIds: readonly number[];
  /** Language codes (BCP 47: "en", "th", "ms", "en-GB" …). */
  languages: readonly string[];
  retired: boolean;
  /** Periods the specialist said they are free (inclusive); none recorded means not known. */
  availability: readonly Period[];
  dispatches: readonly SpecialistDispatch[];
}

export interface MatchRequest {
  /** The request's id: its own dispatches neither book the specialist nor count as experience. */
  id?: number;
  fieldId: number;
  countryCode: string;
  /** The period wished (the core passes the fiscal year's range when the request names none). */
  wished: Period;
  /** The local language(s) when staff know them; else the country's (COUNTRY_LANGUAGES). */
  languages?: readonly string[];
}

export interface MatchOptions {
  /** The fields of expertise (the vocabulary), to name them and to find related ones. */
  fields: readonly MatchField[];
  /** How many suggestions to return (default 10). */
  limit?: number;
}

export type FieldFit = 'exact' | 'related' | 'none';
export type AvailabilityFit = 'full' | 'partial' | 'none' | 'unknown';

export interface MatchReason {
  code: string;
  params?: Record<string, string | number>;
  points: number;
}

export interface SpecialistMatch {
  specialistId: number;
  score: number;
  field: FieldFit;
  availability: AvailabilityFit;
  /** Days of the wished period the specialist is free (by their availability). */
  overlapDays: number;
  wishedDays: number;
  /** The specialist has another dispatch sharing a day with the wished period. */
  booked: boolean;
  /** Why, most weighty first. */
  reasons: MatchReason[];
}

/**
 * What each reason adds to the score. The field weighs most (its steps are wider than the whole
 * availability range), then availability, then languages and experience; a booked specialist sinks
 * below every free one.
 */
export const MATCH_POINTS = {
  field_exact: 120,
  field_related: 60,
  field_none: 0,
  available_full: 40,
  /** A partial overlap earns up to this, in proportion to the days covered (at least 1). */
  available_partial_max: 29,
  availability_unknown: 0,
  unavailable: -10,
  already_dispatched: -1000,
  speaks_country_language: 15,
  speaks_english: 10,
  dispatched_to_country: 10,
  dispatched_in_field: 10,
  retiree: 0,
} as const;

/**
 * How every field relates to the requested one: the field itself is exact; another is related when
 * the seed vocabulary puts both in related groups, or when their names share enough words.
 */
export function fieldRelations(requestFieldId: number, fields: readonly MatchField[]): Map<number, FieldFit> {
  const relations = new Map<number, FieldFit>([[requestFieldId, 'exact']]);
  const requested = fields.find((f) => f.id === requestFieldId);
  if (!requested) return relations;
  const groupOf = (f: MatchField) =>
    f.group ?? (seedFieldByName(f.nameEn) ?? (f.nameJa ? seedFieldByName(f.nameJa) : null))?.group;
  const group = groupOf(requested);
  for (const f of fields) {
    if (f.id === requestFieldId) continue;
    const other = groupOf(f);
    const byGroup = group !== undefined && other !== undefined && groupsRelated(group, other);
    if (byGroup || tokenSimilarity(requested.nameEn, f.nameEn) >= RELATED_SIMILARITY) relations.set(f.id, 'related');
  }
  return relations;
}

interface Assessment {
  s: SpecialistFacts;
  score: number;
  field: FieldFit;
  fieldId: number;
  availability: AvailabilityFit;
  overlapDays: number;
  booking: SpecialistDispatch | null;
  countryLanguage: string | null;
  english: boolean;
  toCountry: number;
  inField: number;
}

interface Ranked {
  s: SpecialistFacts;
  key: string;
  score: number;
}

interface Context {
  request: MatchRequest;
  relations: Map<number, FieldFit>;
  wishedDays: number;
  localLanguages: readonly string[];
}

function blankAssessment(s: SpecialistFacts): Assessment {
  return {
    s,
    score: 0,
    field: 'none',
    fieldId: 0,
    availability: 'unknown',
    overlapDays: 0,
    booking: null,
    countryLanguage: null,
    english: false,
    toCountry: 0,
    inField: 0,
  };
}

/**
 * Fills `a` with the specialist's fit and returns the score. Writing into a reused object keeps the
 * pass over thousands of specialists free of allocations (the garbage collector was half its time).
 */
function assess(s: SpecialistFacts, c: Context, a: Assessment): number {
  a.s = s;
  assessField(s, c, a);
  assessAvailability(s, c, a);
  assessDispatches(s, c, a);
  assessLanguages(s, c, a);
  a.score = scoreOf(a, c.wishedDays);
  return a.score;
}

/** The closest of the specialist's fields: an exact one, else the first related one. */
function assessField(s: SpecialistFacts, c: Context, a: Assessment): void {
  a.field = 'none';
  a.fieldId = c.request.fieldId;
  for (const id of s.fieldIds) {
    const fit = c.relations.get(id);
    if (fit === 'exact') {
      a.field = 'exact';
      a.fieldId = id;
      return;
    }
    if (fit === 'related' && a.field === 'none') {
      a.field = 'related';
      a.fieldId = id;
    }
  }
}

function assessAvailability(s: SpecialistFacts, c: Context, a: Assessment): void {
  const { wishedDays } = c;
  a.availability = 'unknown';
  a.overlapDays = 0;
  if (wishedDays > 0 && s.availability.length > 0) {
    a.overlapDays = freeDays(s.availability, c.request.wished, wishedDays);
    a.availability = availabilityFit(a.overlapDays, wishedDays);
  }
}

/** Days of the wished period inside the periods given. */
function freeDays(availability: readonly Period[], wished: Period, wishedDays: number): number {
  // Text comparisons settle the usual cases (one period covers all, or none touches it).
  let touches = false;
  for (const p of availability) {
    if (p.start <= wished.end && p.end >= wished.start) {
      touches = true;
      if (p.start <= wished.start && p.end >= wished.end) return wishedDays;
    }
  }
  return touches ? coveredDays(availability, wished) : 0;
}

function availabilityFit(overlapDays: number, wishedDays: number): AvailabilityFit {
  if (overlapDays >= wishedDays) return 'full';
  return overlapDays > 0 ? 'partial' : 'none';
}

/** Past dispatches count as experience; the earliest one reaching into the wished period books the specialist. */
function assessDispatches(s: SpecialistFacts, c: Context, a: Assessment): void {
  const { request } = c;
  const { wished } = request;
  a.booking = null;
  a.toCountry = 0;
  a.inField = 0;
  for (const d of s.dispatches) {
    if (request.id !== undefined && d.requestId === request.id) continue;
    if (d.end < wished.start) countExperience(d, request, a);
    else if (d.start <= wished.end && (a.booking === null || d.start < a.booking.start)) a.booking = d;
  }
}

function countExperience(d: SpecialistDispatch, request: MatchRequest, a: Assessment): void {
  if (d.countryCode === request.countryCode) a.toCountry++;
  if (d.fieldId === request.fieldId) a.inField++;
}

function assessLanguages(s: SpecialistFacts, c: Context, a: Assessment): void {
  a.english = false;
  a.countryLanguage = null;
  for (const code of s.languages) {
    const key = languageKey(code);
    if (key === 'en') a.english = true;
    else if (a.countryLanguage === null && c.localLanguages.includes(key)) a.countryLanguage = key;
  }
}

function scoreOf(a: Assessment, wishedDays: number): number {
  const P = MATCH_POINTS;
  return (
    fieldPoints(a.field) +
    availabilityPoints(a.availability, a.overlapDays, wishedDays) +
    (a.booking ? P.already_dispatched : 0) +
    (a.countryLanguage ? P.speaks_country_language : 0) +
    (a.english ? P.speaks_english : 0) +
    (a.toCountry > 0 ? P.dispatched_to_country : 0) +
    (a.inField > 0 ? P.dispatched_in_field : 0)
  );
}

function fieldPoints(fit: FieldFit): number {
  if (fit === 'exact') return MATCH_POINTS.field_exact;
  return fit === 'related' ? MATCH_POINTS.field_related : MATCH_POINTS.field_none;
}

function availabilityPoints(fit: AvailabilityFit, overlapDays: number, wishedDays: number): number {
  if (fit === 'full') return MATCH_POINTS.available_full;
  if (fit === 'partial') {
    return Math.max(1, Math.floor((MATCH_POINTS.available_partial_max * overlapDays) / wishedDays));
  }
  if (fit === 'none') return MATCH_POINTS.unavailable;
  return MATCH_POINTS.availability_unknown;
}

function reasonsOf(a: Assessment, c: Context, names: Map<number, MatchField>): MatchReason[] {
  const { request, wishedDays } = c;
  const { wished } = request;
  const P = MATCH_POINTS;
  const requested = names.get(request.fieldId);
  const named = (prefix: string, f: MatchField | undefined) => ({
    [prefix]: f?.nameEn ?? '',
    [`${prefix}Ja`]: f?.nameJa ?? f?.nameEn ?? '',
  });
  const reasons: MatchReason[] = [];
  if (a.field === 'exact') {
    reasons.push({
      code: 'field_exact',
      params: { fieldId: a.fieldId, ...named('field', requested) },
      points: P.field_exact,
    });
  } else if (a.field === 'related') {
    reasons.push({
      code: 'field_related',
      params: { fieldId: a.fieldId, ...named('field', names.get(a.fieldId)), ...named('requestedField', requested) },
      points: P.field_related,
    });
  } else {
    reasons.push({ code: 'field_none', params: named('requestedField', requested), points: P.field_none });
  }
  const period = { start: wished.start, end: wished.end };
  const availability = availabilityPoints(a.availability, a.overlapDays, wishedDays);
  if (a.availability === 'full') reasons.push({ code: 'available_full', params: period, points: availability });
  else if (a.availability === 'partial') {
    reasons.push({
      code: 'available_partial',
      params: { ...period, days: a.overlapDays, wishedDays },
      points: availability,
    });
  } else if (a.availability === 'none') reasons.push({ code: 'unavailable', params: period, points: availability });
  else reasons.push({ code: 'availability_unknown', points: availability });
  if (a.booking) {
    const { start, end, countryCode } = a.booking;
    reasons.push({
      code: 'already_dispatched',
      params: { start, end, country: countryCode },
      points: P.already_dispatched,
    });
  }
  if (a.countryLanguage) {
    reasons.push({
      code: 'speaks_country_language',
      params: { language: a.countryLanguage },
      points: P.speaks_country_language,
    });
  }
  if (a.english) reasons.push({ code: 'speaks_english', points: P.speaks_english });
  if (a.toCountry > 0) {
    reasons.push({
      code: 'dispatched_to_country',
      params: { country: request.countryCode, count: a.toCountry },
      points: P.dispatched_to_country,
    });
  }
  if (a.inField > 0) {
    reasons.push({
      code: 'dispatched_in_field',
      params: { count: a.inField, ...named('field', requested) },
      points: P.dispatched_in_field,
    });
  }
  if (a.s.retired) reasons.push({ code: 'retiree', points: P.retiree });
  // Most weighty first (the sort is stable, so equal weights keep the order above).
  return reasons.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
}

/**
 * The best `limit` specialists for the request, best first. Order is total and deterministic: score
 * (high first), then the name's sort key, then the id — the same input in any order gives the same list.
 */
export function rankSpecialists(
  request: MatchRequest,
  specialists: readonly SpecialistFacts[],
  options: MatchOptions,
): SpecialistMatch[] {
  const limit = Math.max(0, options.limit ?? 10);
  const wishedDays =
    request.wished.end < request.wished.start ? 0 : daysBetween(request.wished.start, request.wished.end) + 1;
  const localLanguages = (request.languages ?? COUNTRY_LANGUAGES[request.countryCode] ?? [])
    .map(languageKey)
    .filter((l) => l !== 'en');
  const c: Context = {
    request,
    relations: fieldRelations(request.fieldId, options.fields),
    wishedDays,
    localLanguages,
  };

  const n = specialists.length;
  if (n === 0 || limit === 0) return [];
  // Pass 1: scores only, into one reused object. The limit-th best score is the cut: everyone above
  // it is shown; among those tied at it, the first by name and id fill the remaining places.
  const scratch = blankAssessment(specialists[0] as SpecialistFacts);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = assess(specialists[i] as SpecialistFacts, c, scratch);
  const cut = n <= limit ? Number.NEGATIVE_INFINITY : (Float64Array.from(scores).sort()[n - limit] as number);
  const keyOf = (s: SpecialistFacts) => s.nameKey ?? searchKey(s.nameEn);
  const byName = (x: Ranked, y: Ranked) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.s.id - y.s.id);
  const shown: Ranked[] = [];
  const tied: Ranked[] = []; // the best of the tied so far, in order, never more than needed
  let places = limit;
  for (let i = 0; i < n; i++) if ((scores[i] as number) > cut) places--;
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    if (score < cut) continue;
    const s = specialists[i] as SpecialistFacts;
    const r = { s, key: keyOf(s), score };
    if (score > cut) {
      shown.push(r);
      continue;
    }
    if (tied.length === places && byName(r, tied[places - 1] as Ranked) >= 0) continue;
    let at = tied.length;
    while (at > 0 && byName(r, tied[at - 1] as Ranked) < 0) at--;
    tied.splice(at, 0, r);
    if (tied.length > places) tied.pop();
  }
  shown.push(...tied);
  shown.sort((x, y) => y.score - x.score || byName(x, y));

  const names = new Map(options.fields.map((f) => [f.id, f]));
  return shown.map(({ s }) => {
    const a = blankAssessment(s);
    assess(s, c, a);
    return {
      specialistId: a.s.id,
      score: a.score,
      field: a.field,
      availability: a.availability,
      overlapDays: a.overlapDays,
      wishedDays,
      booked: a.booking !== null,
      reasons: reasonsOf(a, c, names),
    };
  });
}
