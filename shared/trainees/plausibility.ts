// Plausibility of a trainee record's dates and numbers (see shared/plausibility.ts). Refusals point at
// `<prefix><field>` ("data.dateOfBirth" on the channels). The schema itself already refuses a
// departure on or before the arrival (departure_before_arrival) and a birth on or after the arrival
// (birth_after_arrival); the core adds the possible duplicate (it needs the database).
import { fiscalYearOf, fiscalYearRange, type IsoDate } from '../fiscal-year';
import { programmeLength, programmeLimit } from '../placements/plausibility';
import { ageOn, dateInRange, type Finding, fiscalYearInRange, refuse, warn } from '../plausibility';

/** The ages a serving local-government official usually has on arrival (or today, without one). */
export const USUAL_MIN_AGE = 20;
export const USUAL_MAX_AGE = 70;

export interface TraineeDates {
  dateOfBirth: IsoDate;
  passportExpiry: IsoDate | null;
  residenceCardExpiry: IsoDate | null;
  arrivalDate: IsoDate | null;
  departureDate: IsoDate | null;
  fiscalYear: number;
}

const DATE_FIELDS = ['dateOfBirth', 'passportExpiry', 'residenceCardExpiry', 'arrivalDate', 'departureDate'] as const;

/**
 * Every finding for a trainee's dates and fiscal year, refusals first:
 * - refused: any date before 1900 or more than 20 years ahead (`date_before_1900`, `date_too_far_ahead`);
 *   a birth after today (`birth_in_future`); a passport or residence card that expired before the
 *   arrival (`passport_expired_before_arrival`, `residence_card_expired_before_arrival`); an arrival
 *   more than a fiscal year away from the intake year (`arrival_far_from_fiscal_year`); an intake
 *   year more than 20 years ahead (`fiscal_year_too_far_ahead`);
 * - warned: an age under 20 or over 70 on arrival, or today without one (`age_unusual`); an arrival in
 *   the fiscal year next to the intake year (`arrival_outside_fiscal_year`); a stay (arrival to
 *   departure) under 6 or over 10 months (`stay_too_short`, `stay_too_long`); a passport or residence
 *   card that expires before the departure (`passport_expires_before_departure`,
 *   `residence_card_expires_before_departure`).
 */
export function traineeFindings(t: TraineeDates, today: IsoDate, prefix = 'data.'): Finding[] {
  const refusals: Finding[] = [];
  const warnings: Finding[] = [];
  const path = (field: string) => `${prefix}${field}`;

  const outOfRange = new Set<string>();
  for (const field of DATE_FIELDS) {
    const finding = dateInRange(path(field), t[field], today);
    if (finding) {
      refusals.push(finding);
      outOfRange.add(field);
    }
  }
  const usable = (field: (typeof DATE_FIELDS)[number]) => (outOfRange.has(field) ? null : t[field]);
  const birth = usable('dateOfBirth');
  const arrival = usable('arrivalDate');
  const departure = usable('departureDate');
  const passport = usable('passportExpiry');
  const card = usable('residenceCardExpiry');

  if (birth && birth > today) refusals.push(refuse(path('dateOfBirth'), 'birth_in_future', { value: birth, today }));
  if (passport && arrival && passport < arrival) {
    refusals.push(refuse(path('passportExpiry'), 'passport_expired_before_arrival', { expiry: passport, arrival }));
  }
  if (card && arrival && card < arrival) {
    refusals.push(
      refuse(path('residenceCardExpiry'), 'residence_card_expired_before_arrival', { expiry: card, arrival }),
    );
  }
  const yearTooFar = fiscalYearInRange(path('fiscalYear'), t.fiscalYear, today);
  if (yearTooFar) refusals.push(yearTooFar);
  if (arrival) {
    const arrivalYear = fiscalYearOf(arrival);
    const { start, end } = fiscalYearRange(t.fiscalYear);
    if (Math.abs(arrivalYear - t.fiscalYear) > 1) {
      refusals.push(
        refuse(path('arrivalDate'), 'arrival_far_from_fiscal_year', { arrival, fiscalYear: t.fiscalYear, start, end }),
      );
    } else if (arrivalYear !== t.fiscalYear) {
      warnings.push(warn('arrival_outside_fiscal_year', { arrival, fiscalYear: t.fiscalYear, start, end }));
    }
  }

  // An age means something only for a birth that is neither in the future nor after the arrival.
  const on = arrival ?? today;
  if (birth && birth <= today && birth < on) {
    const age = ageOn(birth, on);
    if (age < USUAL_MIN_AGE || age > USUAL_MAX_AGE) {
      warnings.push(warn('age_unusual', { age, on, birth, min: USUAL_MIN_AGE, max: USUAL_MAX_AGE }));
    }
  }
  if (arrival && departure && departure > arrival) {
    const length = programmeLength(arrival, departure);
    if (length) {
      const code = length.kind === 'short' ? 'stay_too_short' : 'stay_too_long';
      warnings.push(
        warn(code, { arrival, departure, months: length.months, days: length.days, ...programmeLimit(length.kind) }),
      );
    }
  }
  if (passport && departure && passport < departure && !(arrival && passport < arrival)) {
    warnings.push(warn('passport_expires_before_departure', { expiry: passport }));
  }
  if (card && departure && card < departure && !(arrival && card < arrival)) {
    warnings.push(warn('residence_card_expires_before_departure', { expiry: card }));
  }
  return [...refusals, ...warnings];
}
