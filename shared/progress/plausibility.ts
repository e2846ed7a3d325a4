// Plausibility of a progress entry's date against the calendar and against the trainee (see
// shared/plausibility.ts). The other rules stay where they were: an entry other than a milestone dated
// after today (date_in_future), a report dated before its month (report_before_month), a month outside
// the placement (month_outside_placement; the schema keeps months to 1–24), a score off the scale
// (score_not_in_scale; the schema keeps scores to 1–10) — electron/core/progress/rules.ts.
import type { IsoDate } from '../fiscal-year';
import { dateInRange, type Finding, refuse } from '../plausibility';
import type { EntryKind } from './schema';

/** The entry's date within 1900 … today + 20 years (a milestone may be planned ahead, not that far). */
export function entryDateFindings(date: IsoDate, today: IsoDate, path = 'data.date'): Finding[] {
  const finding = dateInRange(path, date, today);
  return finding ? [finding] : [];
}

/**
 * The entry's date against the trainee it is about: nothing is dated before the trainee was born
 * (`date_before_birth`), and an evaluation, which rates time spent in Japan, not before the arrival
 * (`evaluation_before_arrival`). Both contradict the record as it stands, so they are refusals.
 */
export function entryTraineeFindings(
  entry: { kind: EntryKind; date: IsoDate },
  trainee: { dateOfBirth: IsoDate; arrivalDate: IsoDate | null },
  path = 'data.date',
): Finding[] {
  const { date } = entry;
  if (date < trainee.dateOfBirth) return [refuse(path, 'date_before_birth', { date, birth: trainee.dateOfBirth })];
  if (entry.kind === 'evaluation' && trainee.arrivalDate !== null && date < trainee.arrivalDate) {
    return [refuse(path, 'evaluation_before_arrival', { date, arrival: trainee.arrivalDate })];
  }
  return [];
}
