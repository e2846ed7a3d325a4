// Makes the trainee, cohort and host reports' PDFs in English and Japanese, renders their pages as
// PNGs (pdftoppm -r 60) and takes a screenshot of the print preview, for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import { test } from '../fixtures';
import { arrangeReports, openPrint, pagesAsPng, printPdf } from '../pages/reports';

const OUT = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens', 'reports');

test('report PDFs and preview (en, ja)', async ({ page, desk }) => {
  test.setTimeout(240_000);
  fs.rmSync(OUT, { recursive: true, force: true });
  const a = await arrangeReports(desk);
  const views = [
    ['trainee', `/print/trainee/${a.traineeId}`, 6],
    ['cohort', '/print/cohort/2025', 3],
    ['host', `/print/host/${a.hostIds[0]}`, 3],
  ] as const;
  for (const lang of ['en', 'ja'] as const) {
    for (const [name, route, pages] of views) {
      await openPrint(page, desk, `${route}?lang=${lang}`);
      if (name === 'trainee') {
        await page.screenshot({ path: path.join(OUT, `${lang}-${name}-preview.png`) });
      }
      const pdf = await printPdf(page, `${lang}-${name}`, OUT);
      pagesAsPng(pdf.file, OUT, 1, pages);
    }
  }
});
