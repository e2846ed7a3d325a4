// A dispatch sends one or more specialists to a request's local government for a period. The rules as
// pure functions: refusals (dates reversed, a specialist twice, a specialist already away then) and
// warnings a person may accept (longer than 3 months, outside the wished period or the specialist's
// availability). Periods are inclusive, as everywhere in the app: a shared day is an overlap.
import type { IsoDate } from '../fiscal-year';
import { daysBetween, durationOf, overlaps } from '../placements/dates';
import type { FieldIssue, Warning } from '../result';
import { coveredDays, type Period } from './periods';

/** A dispatch normally lasts up to 3 months (most from 10 days to a month). */
export const DISPATCH_MAX_MONTHS = 3;
export const TYPICAL_MIN_DAYS = 10;
export const TYPICAL_MAX_MONTHS = 1;

export interface DispatchDraft {
  start: IsoDate;
  end: IsoDate;
  specialistIds: readonly number[];
}

export interface DispatchSpecialist {
  id: number;
  nameEn: string;
  /** Periods the specialist said they are free; none recorded means not known (no warning). */
  availability: readonly Period[];
  /** The specialist's other live (not cancelled) dispatches. */
  dispatches: readonly (Period & { dispatchId: number })[];
}

export interface DispatchFacts {
  /** The dispatch being edited, left out of the double-booking check; absent for a new one. */
  dispatchId?: number;
  /** The request's wished period, when it names one. */
  wished: Period | null;
  /** Facts of the specialists named in the draft (any order). */
  specialists: readonly DispatchSpecialist[];
}

export interface DispatchCheck {
  refusals: FieldIssue[];
  warnings: Warning[];
}

export interface DispatchLength {
  /** Calendar days, both ends included. */
  days: number;
  /** Whole months and the days left over (shared/placements/dates.ts durationOf). */
  months: number;
  extraDays: number;
}

export function dispatchLength(start: IsoDate, end: IsoDate): DispatchLength {
  const { months, days } = durationOf(start, end);
  return { days: end < start ? 0 : daysBetween(start, end) + 1, months, extraDays: days };
}

/** `dispatch_too_long` when the period is over 3 months by even a day (1 Jul – 30 Sep is 3 months exactly). */
export function lengthWarning(start: IsoDate, end: IsoDate): Warning | null {
  if (end < start) return null;
  const { months, extraDays, days } = dispatchLength(start, end);
  if (months < DISPATCH_MAX_MONTHS || (months === DISPATCH_MAX_MONTHS && extraDays === 0)) return null;
  return {
    code: 'dispatch_too_long',
    params: { start, end, months, days: extraDays, totalDays: days, max: DISPATCH_MAX_MONTHS },
  };
}

/**
 * Refusals: `end_before_start`, `specialist_required` (none named), `duplicate_specialist`,
 * `specialist_not_found` (no facts given for an id), `specialist_double_booked` (another dispatch
 * shares a day). Warnings: `dispatch_too_long`, `dispatch_outside_wished`, `specialist_unavailable`
 * (recorded availability does not cover the whole period). Specialist issues point at
 * `specialistIds.<index>`.
 */
export function checkDispatch(draft: DispatchDraft, facts: DispatchFacts): DispatchCheck {
  const refusals: FieldIssue[] = [];
  const warnings: Warning[] = [];
  const { start, end } = draft;
  const reversed = end < start;
  if (reversed) refusals.push({ path: 'end', code: 'end_before_start', params: { start, end } });
  if (draft.specialistIds.length === 0) refusals.push({ path: 'specialistIds', code: 'specialist_required' });

  const byId = new Map(facts.specialists.map((s) => [s.id, s]));
  const seen = new Set<number>();
  draft.specialistIds.forEach((id, i) => {
    const path = `specialistIds.${i}`;
    if (seen.has(id)) {
      refusals.push({ path, code: 'duplicate_specialist', params: { specialistId: id } });
      return;
    }
    seen.add(id);
    const s = byId.get(id);
    if (!s) {
      refusals.push({ path, code: 'specialist_not_found', params: { specialistId: id } });
      return;
    }
    // Dates compared against a reversed period mean nothing.
    if (reversed) return;
    for (const other of s.dispatches) {
      if (other.dispatchId === facts.dispatchId || !overlaps(other, draft)) continue;
      refusals.push({
        path,
        code: 'specialist_double_booked',
        params: { specialistId: id, specialist: s.nameEn, start: other.start, end: other.end },
      });
    }
    if (s.availability.length > 0) {
      const free = coveredDays(s.availability, draft);
      const days = daysBetween(start, end) + 1;
      if (free < days) {
        warnings.push({
          code: 'specialist_unavailable',
          params: { specialistId: id, specialist: s.nameEn, start, end, days: days - free },
        });
      }
    }
  });
  if (reversed) return { refusals, warnings };

  // Period warnings first, then each specialist's.
  const period: Warning[] = [];
  const long = lengthWarning(start, end);
  if (long) period.push(long);
  const { wished } = facts;
  if (wished && (start < wished.start || end > wished.end)) {
    period.push({
      code: 'dispatch_outside_wished',
      params: { start, end, wishedStart: wished.start, wishedEnd: wished.end },
    });
  }
  return { refusals, warnings: [...period, ...warnings] };
}

// The cost split of the Specialist Dispatch Project: a fixed list of items, each borne by one side.
// Labels in English and Japanese are the renderer's (keyed by item code).
export type CostPayer = 'clair' | 'host';

export const COST_SPLIT = [
  { item: 'travel', payer: 'clair' },
  { item: 'insurance', payer: 'clair' },
  { item: 'incidentals', payer: 'clair' },
  { item: 'local_transport', payer: 'host' },
  { item: 'interpreting', payer: 'host' },
  { item: 'meals', payer: 'host' },
] as const satisfies readonly { item: string; payer: CostPayer }[];

export type CostItem = (typeof COST_SPLIT)[number]['item'];

export const COST_ITEMS: readonly CostItem[] = COST_SPLIT.map((c) => c.item);

export function payerOf(item: CostItem): CostPayer {
  return (COST_SPLIT.find((c) => c.item === item) as (typeof COST_SPLIT)[number]).payer;
}

export function costItemsPaidBy(payer: CostPayer): CostItem[] {
  return COST_SPLIT.filter((c) => c.payer === payer).map((c) => c.item);
}
