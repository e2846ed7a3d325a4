// Plausibility of the Specialist Dispatch Project's dates (see shared/plausibility.ts): specialists'
// availability, requests (received, wished period, fiscal year), the dates of workflow moves and of
// dispatches. Rules that were already there stay where they are: a period ending before it starts
// (period_end_before_start, end_before_start), overlapping availability (availability_overlap), a move
// dated before the previous one (date_before_previous), a received date after the first move
// (received_after_moves), a request outside the application window (received_before_window /
// received_after_window, window.ts), and a dispatch's length, wished period and the specialists'
// bookings and availability (dispatches.ts).
import { fiscalYearRange, type IsoDate } from '../fiscal-year';
import { dateInRange, datesInRange, type Finding, fiscalYearInRange, refuse, warn } from '../plausibility';
import type { Period } from './periods';

/** Each availability period's dates within 1900 … today + 20 years. */
export function availabilityFindings(availability: readonly Period[], today: IsoDate, prefix = 'data.'): Finding[] {
  return availability.flatMap((p, i) =>
    datesInRange(
      [
        [`${prefix}availability.${i}.start`, p.start],
        [`${prefix}availability.${i}.end`, p.end],
      ],
      today,
    ),
  );
}

export interface RequestDates {
  fiscalYear: number;
  receivedOn: IsoDate;
  wishedStart: IsoDate | null;
  wishedEnd: IsoDate | null;
}

/**
 * A request's dates, refusals first:
 * - refused: any date before 1900 or more than 20 years ahead (`date_before_1900`, `date_too_far_ahead`),
 *   a received date after today (`received_in_future`), a fiscal year more than 20 years ahead
 *   (`fiscal_year_too_far_ahead`);
 * - flagged (warnings returned with the saved request, like the window flags; specialistDispatch.requests.create and
 *   specialistDispatch.requests.update have no confirmation step): a wished period that starts before the request was
 *   received (`wished_before_received`) or reaches outside the request's fiscal year
 *   (`wished_outside_fiscal_year`).
 */
export function requestFindings(r: RequestDates, today: IsoDate, prefix = 'data.'): Finding[] {
  const path = (field: string) => `${prefix}${field}`;
  const refusals = datesInRange(
    [
      [path('receivedOn'), r.receivedOn],
      [path('wishedStart'), r.wishedStart],
      [path('wishedEnd'), r.wishedEnd],
    ],
    today,
  );
  if (refusals.length === 0 && r.receivedOn > today) {
    refusals.push(refuse(path('receivedOn'), 'received_in_future', { value: r.receivedOn, today }));
  }
  const year = fiscalYearInRange(path('fiscalYear'), r.fiscalYear, today);
  if (year) refusals.push(year);
  if (refusals.length > 0) return refusals;
  const flags: Finding[] = [];
  if (r.wishedStart && r.wishedStart < r.receivedOn) {
    flags.push(warn('wished_before_received', { wishedStart: r.wishedStart, received: r.receivedOn }));
  }
  const { start, end } = fiscalYearRange(r.fiscalYear);
  const wished = { first: r.wishedStart ?? r.wishedEnd, last: r.wishedEnd ?? r.wishedStart };
  if (wished.first && wished.last && (wished.first < start || wished.last > end)) {
    flags.push(
      warn('wished_outside_fiscal_year', {
        wishedStart: wished.first,
        wishedEnd: wished.last,
        fiscalYear: r.fiscalYear,
        start,
        end,
      }),
    );
  }
  return flags;
}

/**
 * The date of a move in the request's workflow: within 1900 … today + 20 years (refused), and not
 * after today (`transition_in_future`, a warning to confirm: a move is recorded once it has happened).
 */
export function transitionDateFindings(on: IsoDate, today: IsoDate, path = 'on'): Finding[] {
  const range = dateInRange(path, on, today);
  if (range) return [range];
  return on > today ? [warn('transition_in_future', { on, today })] : [];
}

/**
 * A dispatch's dates, refusals first: each within 1900 … today + 20 years; a start before the request
 * was received (`dispatch_before_received`, refused: a dispatch answers a request); and a period
 * reaching outside the request's fiscal year (`dispatch_outside_fiscal_year`, a warning to confirm).
 */
export function dispatchDateFindings(
  period: Period,
  request: { receivedOn: IsoDate; fiscalYear: number },
  today: IsoDate,
  paths = { start: 'start', end: 'end' },
): Finding[] {
  const range = datesInRange(
    [
      [paths.start, period.start],
      [paths.end, period.end],
    ],
    today,
  );
  if (range.length > 0) return range;
  if (period.start < request.receivedOn) {
    return [refuse(paths.start, 'dispatch_before_received', { start: period.start, received: request.receivedOn })];
  }
  const { start, end } = fiscalYearRange(request.fiscalYear);
  if (period.end < period.start || (period.start >= start && period.end <= end)) return [];
  return [
    warn('dispatch_outside_fiscal_year', {
      start: period.start,
      end: period.end,
      fiscalYear: request.fiscalYear,
      fyStart: start,
      fyEnd: end,
    }),
  ];
}
