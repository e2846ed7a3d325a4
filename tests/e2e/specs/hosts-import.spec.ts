// Importing hosts from CSV and Excel: every row shown with its problems, nothing written before the
// person confirms, then only the rows they accepted; and the directory exported as CSV and Excel.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from '../fixtures';
import { badRowsCsv, CSV_MIME, hostsXlsx, XLSX_MIME } from '../pages/hostFiles';
import { createHost, importFile, importRow } from '../pages/hosts';
import { goTo, switchLanguage } from '../pages/shell';

const total = async (desk: { call<T>(c: string, i?: unknown): Promise<T> }, search = '') =>
  (await desk.call<{ total: number }>('hosts.list', { search, active: 'all' })).total;

test('a CSV with bad rows: each row and its problem shown, only accepted rows created', async ({ app, desk }) => {
  await createHost(desk, { nameEn: 'Aoba City', nameJa: '青葉市', kind: 'city', prefecture: 4 });
  await importFile(app, {
    name: 'hosts.csv',
    mimeType: CSV_MIME,
    buffer: badRowsCsv({ nameEn: 'Aoba City', nameJa: '青葉市', prefecture: 'Miyagi' }),
  });

  await expect(app.getByTestId('import-summary')).toHaveText('6 rows read from hosts.csv.');
  await expect(app.getByTestId('import-row')).toHaveCount(6);
  const problem = (line: number) => importRow(app, line).locator('[data-code]');
  await expect(problem(2)).toHaveText(['A host with the same name is already in this prefecture: Aoba City (青葉市).']);
  await expect(problem(3)).toHaveText(['Name (English) is missing.']);
  await expect(problem(4)).toHaveText(['“Atlantis” is not a Japanese prefecture.']);
  await expect(problem(5)).toHaveText([
    'A host with the same name is already in this prefecture: Aoba City (青葉市).',
    'The same host appears earlier in the file, in row 2.',
  ]);
  await expect(problem(6)).toHaveText(['Contact email “not-an-email” is not a valid email address.']);
  await expect(importRow(app, 7)).toContainText('No problems');

  // Errors lock a row to "skip"; duplicates start as "skip" but may be created; clean rows as "create".
  for (const line of [3, 4, 6]) await expect(importRow(app, line).getByTestId('row-locked')).toBeVisible();
  for (const line of [2, 5]) await expect(importRow(app, line)).toHaveAttribute('data-action', 'skip');
  await expect(importRow(app, 7)).toHaveAttribute('data-action', 'create');
  await expect(app.getByTestId('count-errors')).toHaveText('3');
  await expect(app.getByTestId('count-duplicates')).toHaveText('2');
  await expect(app.getByTestId('count-create')).toHaveText('1');

  // Every cell of a row can be opened, the ones the table leaves out included.
  await app.getByRole('button', { name: 'Show all cells of row 6' }).click();
  await expect(app.locator('.imp-cells')).toContainText('not-an-email');

  // The bulk choices, and the filter.
  await app.getByRole('button', { name: 'Create all rows without errors' }).click();
  await expect(app.getByTestId('import-confirm')).toHaveText('Import 3 hosts');
  await app.getByRole('button', { name: 'Skip all rows with problems' }).click();
  await expect(app.getByTestId('import-confirm')).toHaveText('Import 1 host');
  await app.getByText('With problems', { exact: true }).click();
  await expect(app.getByTestId('import-row')).toHaveCount(5);
  await app.getByText('All', { exact: true }).click();

  // Row 2 is a different host after all: create it.
  await app.getByRole('radiogroup', { name: 'Action for row 2' }).getByText('Create').click();
  await expect(importRow(app, 2)).toHaveAttribute('data-action', 'create');
  await expect(app.getByTestId('count-create')).toHaveText('2');

  // Nothing has been written yet.
  expect(await total(desk)).toBe(1);

  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-created')).toHaveText('2 hosts were added to the directory.');
  await expect(app.getByTestId('import-skipped').getByRole('listitem')).toHaveText([
    'Row 3: Name (English) is missing.',
    'Row 4: “Atlantis” is not a Japanese prefecture.',
    'Row 5: A host with the same name is already in this prefecture: Aoba City (青葉市).',
    'Row 6: Contact email “not-an-email” is not a valid email address.',
  ]);
  expect(await total(desk)).toBe(3);
  expect(await total(desk, 'Aoba')).toBe(2);
  expect(await total(desk, 'Hoshino')).toBe(1);
  expect(await total(desk, 'Kaede')).toBe(0);
  expect(await total(desk, 'Atlantis')).toBe(0);

  await app.getByRole('link', { name: 'Open the host directory' }).click();
  await expect(app.getByTestId('host-count')).toHaveText('3 hosts');
});

test('an Excel workbook with Japanese headings, in the Japanese UI', async ({ app, desk }) => {
  await switchLanguage(app, '日本語');
  await importFile(app, { name: '受入団体.xlsx', mimeType: XLSX_MIME, buffer: await hostsXlsx() });
  await expect(app.getByTestId('import-row')).toHaveCount(3);
  await expect(importRow(app, 2)).toHaveAttribute('data-action', 'create');
  await expect(importRow(app, 3)).toHaveAttribute('data-action', 'create');
  await expect(importRow(app, 4).locator('[data-code]')).toHaveText([
    '受入可能人数「many」は 0〜99 の整数で入力してください。',
  ]);
  expect(await total(desk)).toBe(0);

  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-created')).toHaveText('2 団体を受入団体に追加しました。');
  await app.getByRole('link', { name: '受入団体一覧を開く' }).click();
  await app.getByRole('link', { name: '緑川市' }).click();
  await expect(app.getByTestId('host-prefecture')).toHaveText('熊本県');
  await expect(app.getByTestId('host-fields')).toHaveText('観光');
  await expect(app.getByTestId('host-contacts')).toContainText('tanaka@midorigawa.example.jp');
});

test('a file of the wrong type or too large is refused before it is sent', async ({ app }) => {
  await goTo(app, '/hosts/import');
  await expect(app.getByTestId('import-limits')).toContainText('up to 5 MB and 10,000 rows');
  const choose = async (name: string, buffer: Buffer) => {
    const chooser = app.waitForEvent('filechooser');
    await app.getByTestId('import-choose').click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  };
  await choose('hosts.txt', Buffer.from('a,b\n'));
  await expect(app.getByTestId('import-file-error')).toHaveText(
    'hosts.txt is not a CSV or Excel (.xlsx) file. Choose a file ending in .csv or .xlsx.',
  );
  await choose('big.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
  await expect(app.getByTestId('import-file-error')).toHaveText(
    'big.csv is larger than 5 MB. Split it into smaller files.',
  );
  // A file the core cannot read as a workbook: said in words, the rows step is not reached.
  await choose('broken.xlsx', Buffer.from('not a zip'));
  await expect(app.getByTestId('import-summary')).toBeVisible();
  await expect(app.getByTestId('file-problems')).toContainText('could not be read as an Excel workbook');
  await expect(app.getByTestId('import-confirm')).toBeDisabled();
});

test('exports the directory as CSV and Excel, in either language', async ({ app, desk }) => {
  await createHost(desk, {
    nameEn: 'Aoba City',
    nameJa: '青葉市',
    kind: 'city',
    prefecture: 4,
    capacity: 3,
    contacts: [{ name: 'Sato Hanako', email: 'sato@aoba.example.jp' }],
  });
  await createHost(desk, { nameEn: '=Formula Town', nameJa: '数式町', kind: 'town', prefecture: 47, capacity: 1 });
  await goTo(app, '/hosts');

  const download = async (item: string) => {
    await app.getByTestId('host-export').click();
    const started = app.waitForEvent('download');
    await app.getByTestId(item).click();
    const file = await started;
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
  };

  const csv = await download('export-csv-en');
  expect(csv.name).toMatch(/^hosts-en-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Name (English),Name (Japanese),Kind,Prefecture,Address,Capacity,Fields,Contact name,Contact department,Contact title,Contact email,Contact phone,Notes,Active',
  );
  expect(lines.slice(1)).toEqual([
    'Aoba City,青葉市,City,Miyagi,,3,,Sato Hanako,,,sato@aoba.example.jp,,,Yes',
    // A spreadsheet would run this as a formula; the export makes it text (and quotes it).
    `"'=Formula Town",数式町,Town,Okinawa,,1,,,,,,,,Yes`,
  ]);
  await expect(app.getByRole('alert').filter({ hasText: `${csv.name} was downloaded.` })).toBeVisible();

  const xlsx = await download('export-xlsx-ja');
  expect(xlsx.name).toMatch(/^hosts-ja-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('The workbook has no sheet.');
  expect(sheet.name).toBe('受入団体');
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1, 7);
  expect(row(1)).toEqual(['名称（英語）', '名称（日本語）', '種別', '都道府県', '住所', '受入可能人数']);
  expect(row(2)).toEqual(['Aoba City', '青葉市', '市', '宮城県', undefined, 3]);
});
