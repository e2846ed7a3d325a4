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
  const path = (field: string) => `${prefix}${field}`;
  const { refusals, dates } = datesInRange(t, today, path);
  const findings = [
    ...refusals,
    ...documentRefusals(dates, today, path),
    fiscalYearInRange(path('fiscalYear'), t.fiscalYear, today),
    arrivalYearFinding(dates.arrival, t.fiscalYear, path),
    ageWarning(dates, today),
    stayWarning(dates),
    ...expiryWarnings(dates),
  ].filter((f) => f !== null);
  // Refusals first, each kind in the order above (the arrival's year gives either kind).
  return [...findings.filter((f) => f.kind === 'refuse'), ...findings.filter((f) => f.kind === 'warn')];
}

type Path = (field: string) => string;

/** The dates the other rules can use: out-of-range ones (refused here) count as not given. */
interface Dates {
  birth: IsoDate | null;
  arrival: IsoDate | null;
  departure: IsoDate | null;
  passport: IsoDate | null;
  card: IsoDate | null;
}

function datesInRange(t: TraineeDates, today: IsoDate, path: Path): { refusals: Finding[]; dates: Dates } {
  const refusals: Finding[] = [];
  const outOfRange = new Set<string>();
  for (const field of DATE_FIELDS) {
    const finding = dateInRange(path(field), t[field], today);
    if (finding) {
      refusals.push(finding);
      outOfRange.add(field);
    }
  }
  const usable = (field: (typeof DATE_FIELDS)[number]) => (outOfRange.has(field) ? null : t[field]);
  const dates = {
    birth: usable('dateOfBirth'),
    arrival: usable('arrivalDate'),
    departure: usable('departureDate'),
    passport: usable('passportExpiry'),
    card: usable('residenceCardExpiry'),
  };
  return { refusals, dates };
}

/** A birth in the future; a passport or residence card expired before the arrival. */
function documentRefusals({ birth, arrival, passport, card }: Dates, today: IsoDate, path: Path): Finding[] {
  const refusals: Finding[] = [];
  if (birth && birth > today) refusals.push(refuse(path('dateOfBirth'), 'birth_in_future', { value: birth, today }));
  if (passport && arrival && passport < arrival) {
    refusals.push(refuse(path('passportExpiry'), 'passport_expired_before_arrival', { expiry: passport, arrival }));
  }
  if (card && arrival && card < arrival) {
    refusals.push(
      refuse(path('residenceCardExpiry'), 'residence_card_expired_before_arrival', { expiry: card, arrival }),
    );
  }
  return refusals;
}

/** An arrival more than a fiscal year from the intake year is refused; in the next one, warned. */
function arrivalYearFinding(arrival: IsoDate | null, fiscalYear: number, path: Path): Finding | null {
  if (!arrival) return null;
  const arrivalYear = fiscalYearOf(arrival);
  const { start, end } = fiscalYearRange(fiscalYear);
  if (Math.abs(arrivalYear - fiscalYear) > 1) {
    return refuse(path('arrivalDate'), 'arrival_far_from_fiscal_year', { arrival, fiscalYear, start, end });
  }
  if (arrivalYear !== fiscalYear) return warn('arrival_outside_fiscal_year', { arrival, fiscalYear, start, end });
  return null;
}

/** An age means something only for a birth that is neither in the future nor after the arrival. */
function ageWarning({ birth, arrival }: Dates, today: IsoDate): Finding | null {
  const on = arrival ?? today;
  if (!birth || birth > today || birth >= on) return null;
  const age = ageOn(birth, on);
  if (age < USUAL_MIN_AGE || age > USUAL_MAX_AGE) {
    return warn('age_unusual', { age, on, birth, min: USUAL_MIN_AGE, max: USUAL_MAX_AGE });
  }
  return null;
}

function stayWarning({ arrival, departure }: Dates): Finding | null {
  if (!arrival || !departure || departure <= arrival) return null;
  const length = programmeLength(arrival, departure);
  if (!length) return null;
  const code = length.kind === 'short' ? 'stay_too_short' : 'stay_too_long';
  return warn(code, { arrival, departure, months: length.months, days: length.days, ...programmeLimit(length.kind) });
}

/** Documents expiring during the stay (when they had not already expired before the arrival). */
function expiryWarnings({ arrival, departure, passport, card }: Dates): Finding[] {
  const warnings: Finding[] = [];
  if (passport && departure && passport < departure && !(arrival && passport < arrival)) {
    warnings.push(warn('passport_expires_before_departure', { expiry: passport }));
  }
  if (card && departure && card < departure && !(arrival && card < arrival)) {
    warnings.push(warn('residence_card_expires_before_departure', { expiry: card }));
  }
  return warnings;
}
