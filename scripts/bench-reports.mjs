// The report PDFs in headless Chromium, made as the tests make them (page.pdf, A4 from the CSS), each
// once the page sets its own data-print-ready (data loaded, images decoded, fonts loaded):
// - reports.trainee_pdf_ms and reports.cohort_40_pdf_ms: the warm print page. One page stays open on a
//   print view; each report's data is read (POST /api/reports.…, as Electron's main process would read
//   it from the core) and handed in (reports/warm.ts: no navigation, code and fonts already there),
//   then page.pdf. Timed from the read to the PDF's bytes; each trainee run is another trainee.
// - reports.trainee_cold_pdf_ms: a fresh context (no HTTP cache: the bundled fonts fetched as on first
//   use) opening the print view's address, timed from just before navigation to the PDF's bytes.
// - reports.raw_pdf_ms: Chromium's bare page.pdf of a static two-page document, the yardstick.
// Medians of several runs after one untimed. bench/reports-data.bench.test.ts prepares the data and
// writes reports-bench.json beside the database.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { postApi } from './bench-server.mjs';

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

/**
 * Where the time went, on the page's clock (ms from navigation start): the document's arrival, the
 * scripts' end, the data calls, the font files (how many were still fetched after the data came),
 * and PrintFrame's marks.
 */
function pageClock() {
  const at = (n) => Math.round(n);
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const api = resources.filter((r) => r.name.includes('/api/reports.'));
  const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
  const fonts = resources.filter((r) => /\.woff2?($|\?)/.test(r.name));
  const dataAt = api.length ? Math.max(...api.map((r) => r.responseEnd)) : 0;
  const mark = (name) => at(performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN);
  const parts = [
    nav ? `html ${at(nav.responseEnd)}` : null,
    scripts.length ? `scripts ${at(Math.max(...scripts.map((r) => r.responseEnd)))}` : null,
    nav ? `dom ${at(nav.domContentLoadedEventEnd)}` : null,
    api.length ? `data call ${at(Math.min(...api.map((r) => r.startTime)))}–${at(dataAt)}` : 'data handed in',
    fonts.length
      ? `${fonts.length} font files ${at(Math.min(...fonts.map((r) => r.startTime)))}–${at(Math.max(...fonts.map((r) => r.responseEnd)))} (${fonts.filter((r) => r.startTime > dataAt).length} after the data)`
      : 'no font fetched',
    `data ${mark('print:data')}`,
    `images ${mark('print:images')}`,
    `fonts ${mark('print:fonts')}`,
  ];
  return parts.filter(Boolean).join(', ');
}

async function printCold(browser, launchUrl, route) {
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
    const marks = await page.evaluate(pageClock);
    const pdfStart = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const total = performance.now() - start;
    const pdfMs = performance.now() - pdfStart;
    // "/Type /Page" without the "s" of "/Pages": one per page.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { total, ready, pdfMs, marks, bytes: pdf.length, pages };
  } finally {
    await context.close();
  }
}

async function measureCold(browser, launchUrl, route, runs) {
  await printCold(browser, launchUrl, route);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await printCold(browser, launchUrl, route));
  const totals = results.map((r) => r.total);
  const last = results.at(-1);
  return {
    value: median(totals),
    detail: `median of ${runs} after 1 untimed (min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)} ms); data-print-ready at median ${median(results.map((r) => r.ready)).toFixed(0)} ms, page.pdf median ${median(results.map((r) => r.pdfMs)).toFixed(0)} ms; one run's page clock (ms): ${last.marks}, ready ${Math.round(last.ready)}; ${last.pages} A4 pages, ${(last.bytes / 1024).toFixed(0)} KB`,
  };
}

/** On the page's clock, since `since`: font files fetched after the data was handed in, the last marks. */
function warmClock(since) {
  const fonts = performance
    .getEntriesByType('resource')
    .filter((r) => /\.woff2?($|\?)/.test(r.name) && r.startTime >= since);
  const mark = (name) => Math.round((performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN) - since);
  return `${fonts.length} font files fetched after the handover, data laid out ${mark('print:data')}, images ${mark('print:images')}, fonts ${mark('print:fonts')}`;
}

/** A page kept open on a print view (opened cold, untimed), to hand reports to. */
async function openWarmPage(browser, launchUrl, route) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(watchReady);
  await page.goto(await launchUrl(route), { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__printReadyAt > 0, null, { polling: 'raf', timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** Reads a report as the shell would, hands it to the warm page, waits for it to be ready, makes the PDF. */
async function printWarm(page, server, route, channel, input) {
  const start = performance.now();
  const { result } = await postApi(server, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  const read = performance.now() - start;
  const since = await page.evaluate(
    (job) => {
      const at = performance.now();
      return window.clairDeskPrint.show(job).then(() => at);
    },
    { path: route, data: result.value },
  );
  const ready = performance.now() - start;
  const pdfStart = performance.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const total = performance.now() - start;
  const pdfMs = performance.now() - pdfStart;
  const marks = await page.evaluate(warmClock, since);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { total, read, ready, pdfMs, marks, bytes: pdf.length, pages };
}

function warmDetail(results) {
  const totals = results.map((r) => r.total);
  const at = (key) => median(results.map((r) => r[key])).toFixed(0);
  const last = results.at(-1);
  return `median of ${results.length} after 1 untimed (min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)} ms); medians: data read ${at('read')} ms, ready ${at('ready')} ms, page.pdf ${at('pdfMs')} ms; last run (ms after the handover): ${last.marks}; ${last.pages} A4 pages, ${(last.bytes / 1024).toFixed(0)} KB`;
}

/** Each run another trainee of the cohort, handed to the one warm page. */
async function measureWarmTrainees(page, server, ids, runs) {
  const results = [];
  for (let i = 0; i <= runs; i++) {
    const id = ids[(i + 1) % ids.length];
    const r = await printWarm(page, server, `/print/trainee/${id}?lang=en`, 'reports.trainee', { id });
    if (i > 0) results.push(r);
  }
  return { value: median(results.map((r) => r.total)), detail: warmDetail(results) };
}

/** The cohort each run, a trainee handed in between (untimed) so each run lays the cohort out afresh. */
async function measureWarmCohort(page, server, info, runs) {
  const results = [];
  for (let i = 0; i <= runs; i++) {
    const id = info.traineeIds[i % info.traineeIds.length];
    await printWarm(page, server, `/print/trainee/${id}?lang=ja`, 'reports.trainee', { id });
    const route = `/print/cohort/${info.fiscalYear}?lang=ja`;
    const r = await printWarm(page, server, route, 'reports.cohort', { fiscalYear: info.fiscalYear });
    if (i > 0) results.push(r);
  }
  return { value: median(results.map((r) => r.total)), detail: warmDetail(results) };
}

/** Two A4 pages of a report-like static document (heading, facts table, paragraphs), no web fonts. */
function staticDocument() {
  const rows = Array.from({ length: 12 }, (_, i) => `<tr><th>Field ${i + 1}</th><td>Value of field ${i + 1}</td></tr>`);
  const para = "The trainee attended every session of the month and wrote a report on the host's work. ";
  const section = (n) =>
    `<section style="break-before:${n ? 'page' : 'auto'}"><h1>Progress report ${n + 1}</h1><table>${rows.join('')}</table>${Array.from({ length: 8 }, () => `<p>${para.repeat(4)}</p>`).join('')}</section>`;
  return `<!doctype html><html><head><style>@page{size:A4;margin:18mm}body{font:10pt sans-serif}th{text-align:left}</style></head><body>${section(0)}${section(1)}</body></html>`;
}

/** reports.raw_pdf_ms: Chromium's bare page.pdf of that document, laid out in a fresh context first. */
async function rawPdfOnce(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.setContent(staticDocument());
    const start = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const total = performance.now() - start;
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { total, pages };
  } finally {
    await context.close();
  }
}

async function measureRaw(browser, runs) {
  await rawPdfOnce(browser);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await rawPdfOnce(browser));
  const totals = results.map((r) => r.total);
  return {
    value: median(totals),
    note: `page.pdf call → PDF bytes of a static ${results[0].pages}-page A4 document (heading, 12-row table, 8 paragraphs a page, system fonts) set with setContent beforehand; median of ${runs} after 1 untimed (min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)} ms)`,
  };
}

/** `server` is the running browser-mode server (scripts/bench-server.mjs); `dataDir` holds reports-bench.json. */
export async function benchReports(server, dataDir, { runs = 5 } = {}) {
  const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'reports-bench.json'), 'utf8'));
  const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const raw = await measureRaw(browser, runs);
    const cold = await measureCold(browser, server.launchUrl, `/print/trainee/${info.traineeId}?lang=en`, runs);
    const warm = await openWarmPage(browser, server.launchUrl, `/print/trainee/${info.traineeId}?lang=en`);
    let trainee;
    let cohort;
    try {
      trainee = await measureWarmTrainees(warm.page, server, info.traineeIds, runs);
      cohort = await measureWarmCohort(warm.page, server, info, Math.max(3, runs - 2));
    } finally {
      await warm.close();
    }
    const what = 'trainee report (photo, 2 placements, 10 monthly reports, 2 evaluations, milestones)';
    return {
      'reports.raw_pdf_ms': raw,
      'reports.trainee_pdf_ms': {
        value: trainee.value,
        note: `data read → handed to the warm print page → PDF bytes, ${what}, English labels, another trainee each run; ${trainee.detail}`,
      },
      'reports.trainee_vs_raw_ratio': {
        value: trainee.value / raw.value,
        note: 'reports.trainee_pdf_ms / reports.raw_pdf_ms, the same run',
      },
      'reports.trainee_cold_pdf_ms': {
        value: cold.value,
        note: `navigation start → PDF bytes, the same report opened by address in a fresh context; ${cold.detail}`,
      },
      'reports.cohort_40_pdf_ms': {
        value: cohort.value,
        note: `data read → handed to the warm print page → PDF bytes, FY${info.fiscalYear} cohort report (${info.cohort} trainees, each as above, a section per trainee), Japanese labels; ${cohort.detail}`,
      },
    };
  } finally {
    await browser.close();
  }
}
