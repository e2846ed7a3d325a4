// The print views' layout and dates, read back from their PDFs: a cohort of trainees not yet
// evaluated prints one page per trainee after the summary (an empty section takes a line and the
// signature block stays with what is above it), no page is nearly blank, every table cell and form
// value fits its column in both languages, and dates print as the Settings' "Show dates as" says:
// Japanese documents in era dates until a choice is saved.
import type { Page } from '@playwright/test';
import { arrangeCohort, arrangeTrainee, type Call } from '../../support/reports-scenario';
import { type Desk, expect, test } from '../fixtures';
import { bodyLines, openPrint, type PdfReport, printPdf, REPORT_FY } from '../pages/reports';

/** Set to keep the PDFs to look at. */
const KEEP = process.env.CLAIR_DESK_PDF_DIR;

/** The longest country names in either language. */
const COUNTRIES = ['ID', 'TL', 'PH', 'SG'];

/**
 * Four trainees from the countries with the longest names, each with a photo, two placements and one
 * monthly report; evaluated (mid-term and final, milestones, an incident) only when asked.
 */
async function arrangeNewCohort(desk: Desk, evaluations = false): Promise<{ ids: number[]; hostIds: number[] }> {
  const call: Call = (channel, input) => desk.call(channel, input);
  const a = await arrangeCohort(call);
  const ids: number[] = [];
  for (const [who, country] of COUNTRIES.entries()) {
    const { id } = await arrangeTrainee(call, a, { who, country, photo: true, months: 1, serial: who, evaluations });
    ids.push(id);
  }
  return { ids, hostIds: a.hostIds };
}

const MARGINS = {
  en: [/Page \d+ of \d+/g, /CLAIR Singapore · Printed .*/g, /Cohort report – .*/g],
  ja: [/\d+ \/ \d+ ページ/g, /CLAIRシンガポール事務所 · 印刷日 .*/g, /年度別 研修員報告書 – .*/g],
};

/** The lines of each page without its page number, footer and running title. */
function contentLines(pdf: PdfReport, lang: 'en' | 'ja'): string[][] {
  return pdf.pages.map((p) =>
    bodyLines(
      MARGINS[lang].reduce((text, m) => text.replace(m, ''), p.text),
      [],
    ),
  );
}

const pageText = (pdf: PdfReport) => pdf.pages.map((p) => p.text).join('\n');

/** Table cells and form values whose text runs past their box (a nowrap country name, a long label). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('.pd-table th, .pd-table td, .pd-facts dd')) {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const box = cell.getBoundingClientRect();
      const padding = Number.parseFloat(getComputedStyle(cell).paddingRight) || 0;
      if (range.getBoundingClientRect().right > box.right - padding + 0.5) found.push(cell.textContent ?? '');
    }
    return found;
  });
}

test('a cohort of four trainees not yet evaluated: the summary, then one page each, none nearly blank', async ({
  page,
  desk,
}) => {
  test.setTimeout(180_000);
  await arrangeNewCohort(desk);
  const pdfs: Partial<Record<'en' | 'ja', PdfReport>> = {};
  for (const lang of ['en', 'ja'] as const) {
    await openPrint(page, desk, `/print/cohort/${REPORT_FY}?lang=${lang}`);
    pdfs[lang] = await printPdf(page, `cohort-new-${lang}`, KEEP);
  }
  test
    .info()
    .annotations.push({ type: 'pages', description: `en ${pdfs.en?.pages.length}, ja ${pdfs.ja?.pages.length}` });
  for (const lang of ['en', 'ja'] as const) {
    const pdf = pdfs[lang] as PdfReport;
    expect(pdf.pages.length, `${lang}: the summary page and one page per trainee`).toBe(1 + COUNTRIES.length);
    for (const [i, lines] of contentLines(pdf, lang).entries()) {
      expect(lines.length, `${lang} page ${i + 1} holds more than a few lines`).toBeGreaterThan(8);
    }
    // Each trainee's page ends with the (empty) evaluation summary and the signature block.
    const none = lang === 'en' ? 'No evaluations recorded' : '評価の記録はありません';
    const signatures = lang === 'en' ? 'Prepared by' : '作成者';
    for (const p of pdf.pages.slice(1)) {
      expect(p.text).toContain(none);
      expect(p.text).toContain(signatures);
    }
  }
});

test('every table cell and form value fits its column, in every print view and both languages', async ({
  page,
  desk,
}) => {
  test.setTimeout(180_000);
  const { ids, hostIds } = await arrangeNewCohort(desk, true);
  for (const route of [`/print/trainee/${ids[0]}`, `/print/cohort/${REPORT_FY}`, `/print/host/${hostIds[0]}`]) {
    for (const lang of ['en', 'ja'] as const) {
      await openPrint(page, desk, `${route}?lang=${lang}`);
      // On screen the sheet is the printed page's width (210 mm less the margins); print media would
      // lay it out at the window's width instead.
      expect(await overflowing(page), `${route} in ${lang}`).toEqual([]);
    }
  }
  // Indonesia's Japanese name is the longest: it has the country column to itself.
  await openPrint(page, desk, `/print/cohort/${REPORT_FY}?lang=ja`);
  await expect(page.getByTestId('print-summary')).toContainText('インドネシア');
});

test('dates print in era years in Japanese by default, and as the setting says', async ({ page, desk }) => {
  test.setTimeout(180_000);
  const {
    ids: [id],
  } = await arrangeNewCohort(desk);
  // Never chosen: Japanese in era dates, English in Western dates.
  await openPrint(page, desk, `/print/trainee/${id}?lang=ja`);
  const ja = pageText(await printPdf(page, 'dates-ja', KEEP));
  expect(ja, 'date of birth').toContain('平成3年8月19日');
  expect(ja, 'placement period').toContain('令和7年5月1日');
  expect(ja).not.toContain('1991-08-19');
  await openPrint(page, desk, `/print/trainee/${id}?lang=en`);
  const en = pageText(await printPdf(page, 'dates-en', KEEP));
  expect(en).toContain('19 Aug 1991');
  expect(en).not.toContain('H3.8.19');

  // Chosen as Western: the Japanese print follows the choice, the English one stays Western.
  await desk.call('settings.update', { dateDisplay: 'western' });
  await openPrint(page, desk, `/print/trainee/${id}?lang=en`);
  const western = pageText(await printPdf(page, 'dates-en-western', KEEP));
  expect(western).toContain('19 Aug 1991');
  expect(western).toContain('1 May 2025');
  await openPrint(page, desk, `/print/trainee/${id}?lang=ja`);
  const jaWestern = pageText(await printPdf(page, 'dates-ja-western', KEEP));
  expect(jaWestern).toContain('1991年8月19日');
  expect(jaWestern).not.toContain('平成3年');

  // Chosen as both: the English print adds the era.
  await desk.call('settings.update', { dateDisplay: 'both' });
  await openPrint(page, desk, `/print/trainee/${id}?lang=en`);
  expect(pageText(await printPdf(page, 'dates-en-both', KEEP))).toContain('19 Aug 1991 (H3.8.19)');
});
