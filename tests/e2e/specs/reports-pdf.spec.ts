// The printable reports as PDFs, made by Chromium from the print views (page.pdf with the CSS page
// size) over the real server, and read back with poppler: A4 on every page, every name in every
// script found by pdftotext, page numbers and the print date on every page, no empty page, every font
// embedded and bundled (Noto Sans JP, not the system's Noto Sans CJK), every font request served by
// the app, passport and residence-card numbers masked unless shown.
import type { Page } from '@playwright/test';
import { printDateFormatter } from '../../../shared/dates';
import { ATTACHMENT_NAME, passportOf, REPORT_HOSTS, residenceCardOf } from '../../support/reports-scenario';
import { type Desk, expect, test } from '../fixtures';
import {
  arrangeReports,
  bodyText,
  openPrint,
  type PdfReport,
  printPdf,
  REPORT_FY,
  recordFontRequests,
  SCRIPT_TRAINEES,
} from '../pages/reports';

/** Whitespace differs (pdftotext spaces out some combining marks), so names are compared without it. */
const compact = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

const PAGE_NUMBER = {
  en: (page: number, pages: number) => `Page ${page} of ${pages}`,
  ja: (page: number, pages: number) => `${page} / ${pages} ページ`,
};
// The print date as the document writes it with no "Show dates as" saved: Western in English, era in Japanese.
const FOOTER = {
  en: (iso: string) => `Printed ${printDateFormatter(null, 'en')(iso)}`,
  ja: (iso: string) => `印刷日 ${printDateFormatter(null, 'ja')(iso)}`,
};

interface Expected {
  lang: 'en' | 'ja';
  date: string;
  names: string[];
  title: string;
}

function checkPdf(pdf: PdfReport, e: Expected, fontRequests: string[], desk: Desk) {
  const n = pdf.pages.length;
  expect(n).toBeGreaterThan(0);
  pdf.pages.forEach((p, i) => {
    // A4: 210 × 297 mm = 595.28 × 841.89 pt.
    expect([Math.round(p.width), Math.round(p.height)], `page ${i + 1} size`).toEqual([595, 842]);
    const pageNumber = PAGE_NUMBER[e.lang](i + 1, n);
    const footer = FOOTER[e.lang](e.date);
    expect(p.text, `page ${i + 1} number`).toContain(pageNumber);
    expect(p.text, `page ${i + 1} print date`).toContain(footer);
    const margins = [pageNumber, e.title, footer, e.lang === 'en' ? 'CLAIR Singapore ·' : 'CLAIRシンガポール事務所 ·'];
    expect(bodyText(p.text, margins).length, `page ${i + 1} has content`).toBeGreaterThan(0);
  });
  const all = compact(pdf.pages.map((p) => p.text).join('\n'));
  for (const name of e.names) expect(all, `the PDF names ${name}`).toContain(compact(name));
  // Fonts: all embedded, all the bundled Noto families; the Japanese one is Noto Sans JP.
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) {
    expect(font.embedded, `${font.name} embedded`).toBe(true);
    expect(font.name, 'a bundled Noto Sans family').toMatch(/^[A-Z]{6}\+NotoSans/);
    expect(font.name, 'not the system CJK font').not.toMatch(/CJK/i);
  }
  expect(pdf.fonts.some((f) => /NotoSansJP/.test(f.name))).toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) {
    if (!url.startsWith('data:')) expect(url.startsWith(`${desk.origin}/`), url).toBe(true);
  }
}

async function printDay(page: Page): Promise<string> {
  // The print view dates the document in the browser's own time zone.
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

const namesOf = (i: number) => {
  const s = SCRIPT_TRAINEES[i] as (typeof SCRIPT_TRAINEES)[number];
  return [s.fullName, s.nativeName, s.katakanaName];
};
const HOST_NAMES = REPORT_HOSTS.flatMap((h) => [h.nameJa]);

test('trainee report: A4, every script, page numbers, bundled fonts, masked numbers (English and Japanese)', async ({
  page,
  desk,
}) => {
  test.setTimeout(180_000);
  const arranged = await arrangeReports(desk);
  const fonts = recordFontRequests(page);
  for (const lang of ['en', 'ja'] as const) {
    await openPrint(page, desk, `/print/trainee/${arranged.traineeId}?lang=${lang}`);
    const pdf = await printPdf(page, `trainee-${lang}`);
    const date = await printDay(page);
    const title = lang === 'en' ? 'Trainee progress report – Nguyễn Thị Lan' : '研修員 研修経過報告書 – Nguyễn Thị Lan';
    checkPdf(pdf, { lang, date, title, names: [...namesOf(0), ...HOST_NAMES] }, fonts, desk);
    expect(pdf.pages.length, '10 months of entries take several pages').toBeGreaterThanOrEqual(3);
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toContain(`•••••${passportOf(0).slice(-3)}`);
    expect(text).not.toContain(passportOf(0));
    expect(text).not.toContain(residenceCardOf(0));
    expect(text).toContain(lang === 'en' ? 'Evaluation summary' : '評価の概要');
    expect(compact(text)).toContain(compact(ATTACHMENT_NAME));
    expect(text).toContain(lang === 'en' ? 'FY2025' : '2025年度（令和7年度）');
  }
  // Shown when chosen.
  await openPrint(page, desk, `/print/trainee/${arranged.traineeId}?lang=en&sensitive=1`);
  const shown = (await printPdf(page, 'trainee-sensitive')).pages.map((p) => p.text).join('\n');
  expect(shown).toContain(passportOf(0));
  expect(shown).toContain(residenceCardOf(0));
});

test('each script’s trainee prints their names from the bundled fonts', async ({ page, desk }) => {
  test.setTimeout(180_000);
  const arranged = await arrangeReports(desk, { months: 1 });
  const fonts = recordFontRequests(page);
  for (const [i, id] of arranged.traineeIds.entries()) {
    await openPrint(page, desk, `/print/trainee/${id}?lang=ja`);
    const pdf = await printPdf(page, `trainee-${i}`);
    const s = SCRIPT_TRAINEES[i] as (typeof SCRIPT_TRAINEES)[number];
    checkPdf(
      pdf,
      { lang: 'ja', date: await printDay(page), title: `研修員 研修経過報告書 – ${s.fullName}`, names: namesOf(i) },
      fonts,
      desk,
    );
  }
});

test('cohort report: summary, then each trainee on a new page, every script, masked numbers', async ({
  page,
  desk,
}) => {
  test.setTimeout(180_000);
  await arrangeReports(desk, { months: 2 });
  const fonts = recordFontRequests(page);
  await openPrint(page, desk, `/print/cohort/${REPORT_FY}?lang=ja`);
  await expect(page.getByTestId('print-trainee-section')).toHaveCount(SCRIPT_TRAINEES.length);
  const pdf = await printPdf(page, 'cohort');
  const names = SCRIPT_TRAINEES.flatMap((_, i) => namesOf(i));
  checkPdf(
    pdf,
    {
      lang: 'ja',
      date: await printDay(page),
      title: '年度別 研修員報告書 – 2025年度（令和7年度）',
      names: [...names, ...HOST_NAMES],
    },
    fonts,
    desk,
  );
  // Each trainee's section starts on a page of its own: the band with their ref heads a new page,
  // and the page before it does not hold their record.
  const starts = SCRIPT_TRAINEES.map((_, i) =>
    pdf.pages.findIndex((p) => p.text.includes(`整理番号 FY${REPORT_FY}-000${i + 1}`)),
  );
  expect(starts[0]).toBeGreaterThan(0);
  starts.forEach((start, i) => {
    expect(start).toBeGreaterThan(i === 0 ? 0 : (starts[i - 1] as number));
    const before = compact(pdf.pages[start - 1]?.text ?? '');
    expect(before).not.toContain(compact(namesOf(i)[2] as string));
  });
  const text = pdf.pages.map((p) => p.text).join('\n');
  for (const i of SCRIPT_TRAINEES.keys()) expect(text).not.toContain(passportOf(i));
});

test('host report: the host, its trainees and their sections', async ({ page, desk }) => {
  test.setTimeout(180_000);
  const arranged = await arrangeReports(desk, { months: 1 });
  const fonts = recordFontRequests(page);
  await openPrint(page, desk, `/print/host/${arranged.hostIds[0]}?lang=en`);
  const pdf = await printPdf(page, 'host');
  const names = SCRIPT_TRAINEES.flatMap((_, i) => namesOf(i));
  const host = REPORT_HOSTS[0];
  checkPdf(
    pdf,
    {
      lang: 'en',
      date: await printDay(page),
      title: `Host institution report – ${host.nameEn}`,
      names: [...names, host.nameEn, host.nameJa],
    },
    fonts,
    desk,
  );
  expect(pdf.pages.length).toBeGreaterThanOrEqual(1 + SCRIPT_TRAINEES.length);
});
