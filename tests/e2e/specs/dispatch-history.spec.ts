// The history of dispatches by fiscal year × country and by field, with CLAIR's list of past projects
// imported and one dispatch recorded in the app: the two sources told apart on screen ("2 + 1" with a
// legend) and in the print view, which becomes an A4 PDF read back with poppler (pdftotext, pdffonts).
import { expect, test } from '../fixtures';
import { createRequest, createSpecialist, fieldId, importReference, moveRequest } from '../pages/dispatch';
import { openPrint, printPdf } from '../pages/reports';
import { goTo } from '../pages/shell';

const compact = (s: string) => s.replace(/\s+/g, ' ');

test('reference and app figures side by side, on screen and in the printed history', async ({ app, desk, page }) => {
  test.setTimeout(120_000);
  expect(await importReference(desk)).toBeGreaterThan(0);

  // One dispatch of the app in FY2015 to Thailand, where CLAIR's list already has two.
  const field = await fieldId(desk, 'Urban Planning');
  const specialist = await createSpecialist(desk, {
    nameEn: 'Hiroshi Ito',
    homeGovernment: 'Sendai City',
    fieldIds: [field],
  });
  const request = await createRequest(desk, {
    fiscalYear: 2015,
    countryCode: 'TH',
    fieldId: field,
    requestingGovernment: 'Khon Kaen Municipality',
    receivedOn: '2014-03-20',
  });
  await moveRequest(desk, request.id, 'under_review', { on: '2014-05-01' });
  await moveRequest(desk, request.id, 'approved', { on: '2014-06-01' });
  await moveRequest(desk, request.id, 'specialist_matched', { on: '2014-07-01', specialistIds: [specialist.id] });
  await moveRequest(desk, request.id, 'agreement_signed', { on: '2014-08-01' });
  await moveRequest(desk, request.id, 'dispatched', { on: '2015-06-01', start: '2015-07-01', end: '2015-07-20' });

  await goTo(app, '/dispatch/history?from=2014&to=2016');
  const table = app.getByTestId('history-by-country');
  await expect(table).toBeVisible();
  await expect(app.getByTestId('history-legend')).toContainText("from CLAIR's list of past projects");
  await expect(app.getByTestId('history-legend')).toContainText('recorded in the app');
  const thailand = table.locator('tr[data-country="TH"]');
  const fy2015 = thailand.locator('td').nth(1);
  await expect(fy2015).toHaveText('2 + 1');
  await expect(fy2015.locator('.dp-app')).toHaveText('+ 1');
  await expect(fy2015.locator('[title]')).toHaveAttribute('title', "2 from CLAIR's list, 1 recorded in the app");
  const projects = app.getByTestId('history-projects');
  await expect(projects.locator('tr[data-source="app"]')).toHaveCount(1);
  await expect(projects.locator('tr[data-source="app"]')).toContainText('Khon Kaen Municipality');
  await expect(projects.locator('tr[data-source="app"]')).toContainText('Hiroshi Ito');
  await expect(app.getByTestId('history-by-field')).toContainText('Urban Planning');

  // The print button keeps the range and the language.
  await expect(app.getByTestId('history-print')).toHaveAttribute(
    'href',
    '#/print/dispatch-history?from=2014&to=2016&lang=en',
  );

  for (const lang of ['en', 'ja'] as const) {
    await openPrint(page, desk, `/print/dispatch-history?from=2014&to=2016&lang=${lang}`);
    const pdf = await printPdf(page, `dispatch-history-${lang}`);
    const text = compact(pdf.pages.map((p) => p.text).join('\n'));
    for (const p of pdf.pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    if (lang === 'en') {
      expect(text).toContain('Specialist dispatch history');
      expect(text).toContain('Specialist Dispatch Project');
      expect(text).toContain('FY2014 to FY2016');
      expect(text).toContain('2 + 1');
      expect(text).toContain("from CLAIR's list of past projects");
      expect(text).toContain('Khon Kaen Municipality');
      expect(text).toMatch(/Page 1 of \d/);
    } else {
      expect(text).toContain('専門家派遣実績');
      expect(text).toContain('2 + 1');
      expect(text).toContain('アプリで記録');
      expect(text).toMatch(/1 \/ \d ページ/);
    }
  }
});
