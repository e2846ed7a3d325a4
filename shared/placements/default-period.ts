// The period a new placement is offered: from the day after the introductory month (or after the
// trainee's last placement, for a move to another host) to the trainee's departure or the end of the
// cohort's programme, whichever comes first, so the offer raises none of the placement warnings by
// itself. Never before the trainee's arrival, and never in the past when the period has not ended:
// a placement assigned in December for a trainee whose intro month ended in April starts now, not in
// May. Each end says where it came from, for the hint under the dates.
import type { IsoDate } from '../fiscal-year';
import { addDays } from './dates';

export type StartSource = 'intro_end' | 'previous_placement' | 'arrival' | 'today';
export type EndSource = 'departure' | 'programme_end';

export interface DefaultPeriod {
  start: IsoDate;
  end: IsoDate;
  startFrom: StartSource;
  endFrom: EndSource;
  /** The date each end was taken from (the intro's last day, a placement's last day, the departure…). */
  startBasis: IsoDate;
  endBasis: IsoDate;
}

export interface DefaultPeriodFacts {
  /** The trainee's cohort (the one of their fiscal year), if it exists. */
  cohort: { introEnd: IsoDate; programmeEnd: IsoDate } | null;
  departureDate: IsoDate | null;
  /** The last day of the trainee's latest live placement, if any. */
  lastPlacementEnd?: IsoDate | null;
  arrivalDate?: IsoDate | null;
  /** Today; absent, the offer may lie in the past (a placement recorded afterwards). */
  today?: IsoDate;
}

/** Null when there is nothing to start from (no cohort) or nothing left (the period would run backwards). */
export function defaultPlacementPeriod(facts: DefaultPeriodFacts): DefaultPeriod | null {
  const { cohort, departureDate } = facts;
  if (!cohort) return null;
  const previous = facts.lastPlacementEnd ?? null;
  const afterPrevious = previous !== null && previous >= cohort.introEnd;
  let startBasis = afterPrevious ? previous : cohort.introEnd;
  let start = addDays(startBasis, 1);
  let startFrom: StartSource = afterPrevious ? 'previous_placement' : 'intro_end';
  const byDeparture = departureDate !== null && departureDate < cohort.programmeEnd;
  const endBasis = byDeparture ? departureDate : cohort.programmeEnd;
  const arrival = facts.arrivalDate ?? null;
  if (arrival !== null && arrival > start && arrival <= endBasis) {
    start = arrival;
    startBasis = arrival;
    startFrom = 'arrival';
  }
  const today = facts.today;
  if (today !== undefined && today > start && today <= endBasis) {
    start = today;
    startBasis = today;
    startFrom = 'today';
  }
  if (endBasis < start) return null;
  return {
    start,
    end: endBasis,
    startFrom,
    endFrom: byDeparture ? 'departure' : 'programme_end',
    startBasis,
    endBasis,
  };
}
