// Exporting lists: the trainee list's rows (its filters and order) as Excel and CSV, read back the way
// a spreadsheet would; the cohort's trainees with their attendance.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from '../fixtures';
import { createTrainee } from '../pages/data';
import { goTo } from '../pages/shell';

async function download(page: Page, menu: string, item: string) {
  await page.getByTestId(menu).click();
  const started = page.waitForEvent('download');
  await page.getByTestId(item).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('the trainee list exports the rows it shows, in its order, as Excel and as CSV', async ({ app, desk }) => {
  test.setTimeout(90_000);
  const people = [
    ['Somchai Srisuk', 'สมชาย ศรีสุข', 'TH'],
    ['Anong Wongsawat', 'อนงค์ วงศ์สวัสดิ์', 'TH'],
    ['Nguyễn Thị Lan', null, 'VN'],
    ['Preecha Boonmee', 'ปรีชา บุญมี', 'TH'],
  ] as const;
  for (const [i, [fullName, nativeName, country]] of people.entries()) {
    await createTrainee(desk, {
      fullName,
      nativeName,
      country,
      status: 'accepted',
      passportNumber: `P${i}X12345`,
    });
  }
  // Thai trainees, by name, descending: what the list shows is what the file holds.
  await goTo(app, '/trainees?country=TH&sort=name&dir=desc');
  const list = app.getByTestId('trainee-list');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.getByRole('row')).toHaveCount(4);
  const shown = await list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));

  const xlsx = await download(app, 'trainees-export', 'export-xlsx-en');
  expect(xlsx.name).toMatch(/^trainees-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('The workbook has no sheet.');
  expect(sheet.name).toBe('Trainees');
  const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(cells(1).slice(0, 5)).toEqual([
    'Reference',
    'Name as in passport',
    'Family name',
    'Given name',
    'Name in native script',
  ]);
  expect(sheet.rowCount).toBe(4);
  const names = [2, 3, 4].map((n) => cells(n)[1]);
  expect(names).toEqual(['Somchai Srisuk', 'Preecha Boonmee', 'Anong Wongsawat']);
  for (const [i, name] of names.entries()) expect(shown[i]).toContain(name as string);
  expect(cells(2)[4]).toBe('สมชาย ศรีสุข');
  expect(cells(2)[9]).toBe('Thailand');
  expect(cells(2)[16]).toBe('Accepted');
  // No passport numbers in the file.
  expect(JSON.stringify([2, 3, 4].map(cells))).not.toMatch(/X12345/);
  await expect(app.getByRole('alert').filter({ hasText: `${xlsx.name} was downloaded.` })).toBeVisible();

  const csv = await download(app, 'trainees-export', 'export-csv-ja');
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]?.split(',').slice(0, 4)).toEqual(['整理番号', '氏名（パスポート表記）', '姓', '名']);
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(',タイ,');
  expect(lines[1]).toContain(',受入決定,');
});

test('a cohort exports its trainees with their attendance and completion', async ({ app, desk }) => {
  const fy = 2026;
  await desk.call('cohorts.create', { fiscalYear: fy, introStart: '2026-04-01' });
  await createTrainee(desk, { fullName: 'Sokha Chan', country: 'KH', status: 'introductory', fiscalYear: fy });
  await goTo(app, `/cohorts/${fy}`);
  await expect(app.getByTestId('cohort-title')).toBeVisible();
  const csv = await download(app, 'cohort-export', 'export-csv-en');
  expect(csv.name).toMatch(/^cohort-FY2026-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Reference,Name as in passport,Name in native script,Country,Status,Sessions held,Present,Late,Excused,Absent,Not marked,Attendance rate (%),Introductory training',
  );
  expect(lines[1]).toMatch(/^FY2026-0001,Sokha Chan,,Cambodia,Introductory training,0,0,0,0,0,0,,/);
});
