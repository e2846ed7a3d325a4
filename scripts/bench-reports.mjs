// PLACEHOLDER (written with the reports): reports.trainee_pdf_ms and reports.cohort_40_pdf_ms.
export async function benchReports(_url, _dataDir) {
  throw new Error('the reports benchmark is not written yet');
}
