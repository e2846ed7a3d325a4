// The period a new placement is offered: from the day after the introductory month (or after the
// trainee's last placement, for a move to another host) to the trainee's departure or the end of the
// cohort's programme, whichever comes first, so the offer raises none of the placement warnings by
// itself. Each end says where it came from, for the hint under the dates.
import type { IsoDate } from '../fiscal-year';
import { addDays } from './dates';

export type StartSource = 'intro_end' | 'previous_placement';
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
}

/** Null when there is nothing to start from (no cohort) or nothing left (the period would run backwards). */
export function defaultPlacementPeriod(facts: DefaultPeriodFacts): DefaultPeriod | null {
  const { cohort, departureDate } = facts;
  if (!cohort) return null;
  const previous = facts.lastPlacementEnd ?? null;
  const afterPrevious = previous !== null && previous >= cohort.introEnd;
  const startBasis = afterPrevious ? previous : cohort.introEnd;
  const start = addDays(startBasis, 1);
  const byDeparture = departureDate !== null && departureDate < cohort.programmeEnd;
  const endBasis = byDeparture ? departureDate : cohort.programmeEnd;
  if (endBasis < start) return null;
  return {
    start,
    end: endBasis,
    startFrom: afterPrevious ? 'previous_placement' : 'intro_end',
    endFrom: byDeparture ? 'departure' : 'programme_end',
    startBasis,
    endBasis,
  };
}
