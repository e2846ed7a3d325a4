// Printing in the real Electron app: the print view's "Save as PDF" goes through the main process
// (printToPDF + the save dialog, here answered by a stand-in) and writes an A4 PDF with the trainee's
// names in it; the browser-only fallback is not used. Skipped where Electron's binary is missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { ELECTRON_BINARY, launchApp, type RunningApp, SKIP_REASON } from './electron-env';

test.skip(!ELECTRON_BINARY, SKIP_REASON);
test.describe.configure({ mode: 'serial' });

let running: RunningApp;
let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  running = await launchApp('clair-desk-electron-print-');
  ({ app, page, dataDir } = running);
});

test.afterAll(async () => {
  await running?.close();
});

test('Save as PDF writes an A4 PDF of the print view through the main process', async () => {
  const id = await page.evaluate(async () => {
    const bridge = window.clairDesk;
    if (!bridge) throw new Error('no bridge');
    const fields = (await bridge.invoke('reference.fields.list', {})) as { value: Array<{ id: number }> };
    const created = (await bridge.invoke('trainees.create', {
      data: {
        fullName: 'Nguyễn Thị Lan',
        nativeName: 'สมชาย ศรีสุข',
        katakanaName: 'グエン・ティ・ラン',
        gender: 'female',
        dateOfBirth: '1992-09-15',
        country: 'VN',
        homeGovernment: 'Da Nang City',
        fieldId: fields.value[0]?.id,
        fiscalYear: 2026,
        passportNumber: 'C7654321',
      },
    })) as { value: { trainee: { id: number } } };
    return created.value.trainee.id;
  });
  const target = path.join(dataDir, 'report.pdf');
  // The save dialog is the system's; a stand-in answers it with a path in the test's folder.
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
  }, target);
  await page.evaluate((traineeId) => {
    window.location.hash = `#/print/trainee/${traineeId}?lang=ja`;
  }, id);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await page.getByTestId('print-save-pdf').click();
  await expect.poll(() => fs.existsSync(target), { timeout: 30_000 }).toBe(true);
  // The page is told the file's name, never where it is.
  await expect(page.getByText(/report\.pdf/)).toBeVisible();
  await expect(page.getByText(dataDir)).toHaveCount(0);
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' });
  // pdftotext spaces out some Thai and Lao clusters: compare without whitespace.
  const compact = (s: string) => s.replace(/\s+/g, '');
  for (const name of ['Nguyễn Thị Lan', 'グエン・ティ・ラン', 'สมชาย ศรีสุข', '研修員 研修経過報告書']) {
    expect(compact(text)).toContain(compact(name));
  }
  expect(text).not.toContain('C7654321');
});
