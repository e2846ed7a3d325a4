// PLACEHOLDER (written with the reports): "Print report" — opens the print view of a trainee, a cohort
// or a host report (its preview, from which it is printed or saved as PDF).
export type ReportTarget =
  | { kind: 'trainee'; id: number }
  | { kind: 'cohort'; fiscalYear: number }
  | { kind: 'host'; id: number };

export function PrintReportButton(_props: { target: ReportTarget }) {
  return null;
}
