// exports.cohort: the trainees of one cohort (as its page lists them) with their introductory-month
// attendance and completion, derived the same way the page derives them.
import { COMPLETION, HEADING, type Lang, SHEET, STATUS, say } from '../../../shared/exports/labels';
import { cohortView } from '../cohorts/view';
import type { Context } from '../context';
import type { FileFormat } from '../files/table-file';
import { type Column, exportFile, sheetOf } from './columns';
import { countryNames } from './names';

type Row = ReturnType<typeof cohortView>['trainees'][number];

export function exportCohort(ctx: Context, input: { format: FileFormat; language: Lang; fiscalYear: number }) {
  const { format, language: lang, fiscalYear } = input;
  const view = cohortView(ctx, fiscalYear, false);
  const countries = countryNames(ctx);
  const columns: Column<Row>[] = [
    { heading: HEADING.ref, value: (r) => r.ref },
    { heading: HEADING.fullName, value: (r) => r.fullName },
    { heading: HEADING.nativeName, value: (r) => r.nativeName },
    { heading: HEADING.country, value: (r) => countries.name(r.country, lang) },
    { heading: HEADING.status, value: (r) => say(STATUS[r.status], lang) },
    { heading: HEADING.sessionsHeld, value: (r) => r.completion.held },
    { heading: HEADING.present, value: (r) => r.completion.present },
    { heading: HEADING.late, value: (r) => r.completion.late },
    { heading: HEADING.excused, value: (r) => r.completion.excused },
    { heading: HEADING.absent, value: (r) => r.completion.absent },
    { heading: HEADING.unmarked, value: (r) => r.completion.unmarked },
    // A percentage with one decimal, as a number; empty while no session counts yet.
    {
      heading: HEADING.attendanceRate,
      value: (r) => (r.completion.rate === null ? null : Math.round(r.completion.rate * 1000) / 10),
    },
    { heading: HEADING.completion, value: (r) => say(COMPLETION[r.completion.state], lang) },
  ];
  return exportFile(ctx, format, `cohort-FY${fiscalYear}`, [sheetOf(SHEET.cohort, columns, view.trainees, lang)]);
}
