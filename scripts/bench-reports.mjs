// reports.trainee_pdf_ms and reports.cohort_40_pdf_ms: headless Chromium opens a print view in a fresh
// context (no HTTP cache: the bundled fonts are fetched as on first use), waits for the page's own
// data-print-ready (data loaded, images decoded, fonts loaded), then makes the PDF as the tests do
// (page.pdf, A4 from the CSS). Timed on the benchmark's clock from just before navigation to the PDF's
// bytes in hand; median of several runs after one untimed. bench/reports-data.bench.test.ts prepares
// the data and writes reports-bench.json beside the database.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs in the page before its own scripts: notes when <html> gets data-print-ready="true". */
function watchReady() {
  new MutationObserver((_, observer) => {
    if (document.documentElement?.getAttribute('data-print-ready') === 'true') {
      window.__printReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-print-ready'] });
}

async function printOnce(browser, launchUrl, route) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchReady);
    const address = await launchUrl(route);
    const start = performance.now();
    await page.goto(address, { waitUntil: 'commit' });
    // Checked every frame (a locator's wait backs off to half-second polls, which would be timed too).
    await page.waitForFunction(() => window.__printReadyAt > 0, null, { polling: 'raf', timeout: 60_000 });
    const ready = performance.now() - start;
    // Where the time went, on the page's clock (PrintFrame's marks).
    const marks = await page.evaluate(() =>
      ['print:data', 'print:images', 'print:fonts']
        .map((name) => `${name.slice(6)} ${Math.round(performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN)}`)
        .join(', '),
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const total = performance.now() - start;
    // "/Type /Page" without the "s" of "/Pages": one per page.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { total, ready, marks, bytes: pdf.length, pages };
  } finally {
    await context.close();
  }
}

async function measure(browser, launchUrl, route, runs) {
  await printOnce(browser, launchUrl, route);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await printOnce(browser, launchUrl, route));
  const totals = results.map((r) => r.total);
  const last = results.at(-1);
  return {
    value: median(totals),
    detail: `median of ${runs} after 1 untimed (min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)} ms); data-print-ready at median ${median(results.map((r) => r.ready)).toFixed(0)} ms, the rest is page.pdf; one run's page clock (ms): ${last.marks}, ready ${Math.round(last.ready)}; ${last.pages} A4 pages, ${(last.bytes / 1024).toFixed(0)} KB`,
  };
}

/** `launchUrl(route)` gives a new one-time address for each page; `dataDir` holds reports-bench.json. */
export async function benchReports(launchUrl, dataDir, { runs = 5 } = {}) {
  const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'reports-bench.json'), 'utf8'));
  const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const trainee = await measure(browser, launchUrl, `/print/trainee/${info.traineeId}?lang=en`, runs);
    const cohort = await measure(browser, launchUrl, `/print/cohort/${info.fiscalYear}?lang=ja`, Math.max(3, runs - 2));
    return {
      'reports.trainee_pdf_ms': {
        value: trainee.value,
        note: `navigation start → PDF bytes, trainee report (photo, 2 placements, 10 monthly reports, 2 evaluations, milestones), English labels, fresh context each; ${trainee.detail}`,
      },
      'reports.cohort_40_pdf_ms': {
        value: cohort.value,
        note: `navigation start → PDF bytes, FY${info.fiscalYear} cohort report (${info.cohort} trainees, each as above, a section per trainee), Japanese labels, fresh context each; ${cohort.detail}`,
      },
    };
  } finally {
    await browser.close();
  }
}
