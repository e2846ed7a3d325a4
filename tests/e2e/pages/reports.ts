// Page helpers for the printable reports: arrange a report-worthy record through the contract, open a
// print view and wait for data-print-ready, make its PDF the way the issue asks (Chromium's page.pdf
// with the CSS page size), and read the PDF back with poppler (pdfinfo, pdftotext, pdffonts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { arrangeCohort, arrangeTrainee, type Call, REPORT_FY, SCRIPT_TRAINEES } from '../../support/reports-scenario';
import type { Desk } from '../fixtures';

export { REPORT_FY, SCRIPT_TRAINEES };

export interface Arranged {
  /** Nguyễn Thị Lan: photo, two placements, 10 monthly reports, two evaluations, milestones… */
  traineeId: number;
  /** One trainee per script (Vietnamese, Thai, Khmer, Lao, Myanmar), the first being traineeId. */
  traineeIds: number[];
  hostIds: number[];
}

/** The cohort of REPORT_FY with one trainee per script, all placed at both hosts. */
export async function arrangeReports(desk: Desk, options: { months?: number } = {}): Promise<Arranged> {
  const call: Call = (channel, input) => desk.call(channel, input);
  const a = await arrangeCohort(call);
  const traineeIds: number[] = [];
  for (const who of SCRIPT_TRAINEES.keys()) {
    const months = who === 0 ? 10 : (options.months ?? 2);
    const { id } = await arrangeTrainee(call, a, { who, photo: true, months, serial: who });
    traineeIds.push(id);
  }
  return { traineeId: traineeIds[0] as number, traineeIds, hostIds: a.hostIds };
}

/** Opens a print view (e.g. `/print/trainee/1?lang=ja`) and waits until it says it is ready to print. */
export async function openPrint(page: Page, desk: Desk, route: string): Promise<void> {
  await page.goto(await desk.launchUrl(route));
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}
export interface PdfReport {
  file: string;
  pages: PdfPage[];
  fonts: PdfFont[];
}

/**
 * The print view as a PDF (A4 from its @page rule, backgrounds printed), read back with poppler. Kept
 * in `keepIn` when given (to look at); otherwise written to a temp folder that is removed again.
 */
export async function printPdf(page: Page, name: string, keepIn?: string): Promise<PdfReport> {
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = keepIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'clair-desk-pdf-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return readPdf(file);
  } finally {
    if (!keepIn) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function readPdf(file: string): PdfReport {
  const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
  const info = run('pdfinfo', ['-f', '1', '-l', '10000', file]);
  const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  // pdftotext ends each page with a form feed.
  const texts = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  const pages = sizes.map((size, i) => ({ ...size, text: texts[i] ?? '' }));
  const fonts = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type… encoding emb sub uni object ID: the yes/no columns are counted from the end.
      const cols = line.trim().split(/\s+/);
      return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: cols.at(-5) === 'yes' };
    });
  return { file, pages, fonts };
}

/** Records every font the page requests, to check each came from the app itself. */
export function recordFontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || /\.woff2?(\?|$)/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** The text of a page without its page-margin boxes (page number, footer, title), to find empty pages. */
export function bodyText(text: string, margins: readonly string[]): string {
  return margins.reduce((rest, m) => rest.split(m).join(''), text).replace(/\s+/g, '');
}

/** The lines of a page that hold content, its page-margin boxes left out: a nearly blank page has few. */
export function bodyLines(text: string, margins: readonly string[]): string[] {
  return text
    .split('\n')
    .map((line) => margins.reduce((rest, m) => rest.split(m).join(''), line).trim())
    .filter((line) => line !== '');
}

/** The PDF as PNG pages (pdftoppm at a low resolution) for looking at; returns the files. */
export function pagesAsPng(file: string, outDir: string, first = 1, last = 3): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const prefix = path.join(outDir, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), file, prefix]);
  return fs
    .readdirSync(outDir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'))
    .map((f) => path.join(outDir, f));
}
