// A host list saved by Excel in Shift_JIS: the preview names the encoding it read the file in, the
// person can read it in another (and back), and the Japanese names arrive intact.
import { expect, test } from '../fixtures';
import { CSV_MIME, shiftJis } from '../pages/hostFiles';
import { CSV_HEADER, importFile, importRow } from '../pages/hosts';

const total = async (desk: { call<T>(c: string, i?: unknown): Promise<T> }, search: string) =>
  (await desk.call<{ total: number }>('hosts.list', { search, active: 'all' })).total;

test('a Shift_JIS CSV: the encoding shown and changed in the preview, the Japanese names intact', async ({
  app,
  desk,
}, testInfo) => {
  const lines = [
    CSV_HEADER,
    'Kitahara City,北原市,City,Hokkaido,北海道北原市1-1,3,,,,,,,,Yes',
    'Minamino Town,南野町,Town,Kagawa,,2,,,,,,,研修受入れ担当：総務課,Yes',
  ];
  await importFile(app, { name: 'hosts-sjis.csv', mimeType: CSV_MIME, buffer: shiftJis(`${lines.join('\r\n')}\r\n`) });

  await expect(app.getByTestId('import-read-as')).toHaveText('Read as: Japanese (Shift_JIS)');
  await expect(importRow(app, 2)).toContainText('北原市');
  await app.screenshot({ path: testInfo.outputPath('preview-shift-jis.png'), fullPage: true });

  // Windows-1252 does not read these bytes cleanly: refused with the line, nothing to import, and the
  // person can go back.
  await app.getByTestId('import-encoding-select').click();
  await app.getByRole('option', { name: 'Western European (Windows-1252)' }).click();
  await expect(app.getByTestId('import-read-as')).toHaveText('Read as: Western European (Windows-1252)');
  await expect(app.getByTestId('file-problems')).toContainText(
    'The file does not read cleanly as Western European (Windows-1252): line 3',
  );
  await expect(app.getByTestId('import-row')).toHaveCount(0);
  await expect(app.getByTestId('import-confirm')).toBeDisabled();
  await app.getByTestId('import-encoding-select').click();
  await app.getByRole('option', { name: /Japanese \(Shift_JIS\)/ }).click();
  await expect(app.getByTestId('import-read-as')).toHaveText('Read as: Japanese (Shift_JIS)');
  await expect(importRow(app, 3)).toContainText('南野町');
  await app.screenshot({ path: testInfo.outputPath('preview-changed-back.png'), fullPage: true });

  await expect(app.getByTestId('import-confirm')).toHaveText('Import 2 hosts');
  await app.getByTestId('import-confirm').click();
  await expect(app.getByTestId('import-created')).toHaveText('2 hosts were added to the directory.');
  expect(await total(desk, '北原市')).toBe(1);
  expect(await total(desk, '南野町')).toBe(1);
  const host = await desk.call<{ rows: { nameJa: string }[] }>('hosts.list', {
    search: '北原',
    active: 'all',
  });
  expect(host.rows[0]?.nameJa).toBe('北原市');
});
