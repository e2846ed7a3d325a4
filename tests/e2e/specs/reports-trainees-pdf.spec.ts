// Several trainees' reports in one PDF, from the trainee list's selection ("Print reports"): every
// chosen trainee's name found by pdftotext, each report starting a page of its own with its letterhead,
// in the order chosen, and no one who was not chosen.
import { expect, test } from '../fixtures';
import { arrangeReports, printPdf, SCRIPT_TRAINEES } from '../pages/reports';
import { goTo } from '../pages/shell';

/** Whitespace differs (pdftotext spaces out some combining marks), so names are compared without it. */
const compact = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
/** Only in the letterhead at the top of each report. */
const LETTERHEAD = 'Council of Local Authorities for International Relations, Singapore Office';

test('three selected trainees print as one PDF, each report starting a page', async ({ app, desk }) => {
  test.setTimeout(180_000);
  await arrangeReports(desk, { months: 2 });
  const chosen = [1, 2, 4].map((i) => SCRIPT_TRAINEES[i]?.fullName as string);
  const left = [0, 3].map((i) => SCRIPT_TRAINEES[i]?.fullName as string);

  await goTo(app, '/trainees?sort=name&dir=asc');
  const list = app.getByTestId('trainee-list');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(app.getByTestId('trainees-print-reports')).toHaveCount(0);
  for (const name of chosen) await list.getByRole('checkbox', { name: `Select ${name}` }).check();
  const print = app.getByTestId('trainees-print-reports');
  await expect(print).toHaveText('Print reports (3)');
  await print.click();
  await expect(app.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(app.getByTestId('print-trainee-section')).toHaveCount(3);

  const pdf = await printPdf(app, 'trainees-3');
  const texts = pdf.pages.map((p) => compact(p.text));
  const all = texts.join('\n');
  for (const name of chosen) expect(all, `the PDF names ${name}`).toContain(compact(name));
  for (const name of left) expect(all, `${name} was not chosen`).not.toContain(compact(name));
  // Each report's first page is where its letterhead is, and that is where its trainee's name first appears.
  const starts = texts.flatMap((text, i) => (text.includes(compact(LETTERHEAD)) ? [i] : []));
  expect(starts).toHaveLength(3);
  expect(starts[0]).toBe(0);
  const firstPageOf = (name: string) => texts.findIndex((text) => text.includes(compact(name)));
  // In the order they were chosen.
  expect(chosen.map(firstPageOf)).toEqual(starts);
});
