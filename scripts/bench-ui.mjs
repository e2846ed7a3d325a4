// The UI benchmarks: headless Chromium against the browser mode on the 50,000-trainee dataset.
// ui.list_first_rows_ms: navigation start → the first trainee row painted (in-page clock).
// ui.search_to_rows_ms: a fragment typed key by key, last keystroke → rows all matching it painted;
// ui.search_paste_to_rows_ms: the same for a fragment entered in one input event after a pause;
// ui.search_to_rows_after_debounce_ms: the same end point, from the moment the list request left
// the page (after the UI's search debounce).
// ui.palette_to_result_ms: the command palette (Ctrl+K) over the list, a name typed key by key, last
// keystroke → the palette's records for the whole name painted, the first trainee among them matching.
// ui.home_usable_ms: the app opened at Home → its cards shown with their data.
// ui.screen_change_ms: a click on each entry of the side navigation → that screen shown with its data;
// the slowest screen's first visit (its code and data fetched then).
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
const ROW = '[data-testid="trainee-row"]';
const SEARCH = '[data-testid="trainee-search"]';
// The UI's search debounce (renderer/src/ui/lists/useSearchInput.ts), for the notes.
const DEBOUNCE_MS = 150;
// Names only (no city or department contains them), from different countries, so that each
// search's rows differ from the last one's and none is answered from the UI's query cache.
const TYPED = [
  'wongsawat',
  'santos',
  'nguyen',
  'sharma',
  'kyaw',
  'hidayat',
  'reyes',
  'phommachanh',
  'channary',
  'lakshmi',
  'srisuk',
  'wijaya',
];
const PASTED = ['rattanakorn', 'thandar', 'souksavanh', 'angelica', 'arjun', 'joaquim'];

/** Runs in the page before its own scripts: clocks for the first row, input events and list requests. */
function instrument() {
  const w = window;
  w.__bench = { firstRowAt: null, inputAt: null, clickAt: null, requests: [], onResponse: null };
  document.addEventListener(
    'click',
    () => {
      w.__bench.clickAt = performance.now();
    },
    true,
  );
  const rowShown = () => {
    if (w.__bench.firstRowAt !== null) return;
    if (document.querySelector('[data-testid="trainee-row"]')) {
      w.__bench.firstRowAt = -1;
      requestAnimationFrame(() => {
        w.__bench.firstRowAt = performance.now();
      });
    }
  };
  new MutationObserver(rowShown).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'input',
    (e) => {
      if (
        e.target instanceof Element &&
        e.target.closest('[data-testid="trainee-search"], [data-testid="palette-search"]')
      )
        w.__bench.inputAt = performance.now();
    },
    true,
  );
  const original = w.fetch.bind(w);
  w.fetch = (input, init) => {
    const url = String(input);
    if (!url.includes('/api/')) return original(input, init);
    let search = null;
    try {
      const body = JSON.parse(String(init?.body ?? '{}'));
      search = body.search ?? body.text ?? null;
    } catch {}
    const entry = { channel: url.slice(url.indexOf('/api/') + 5), search, start: performance.now(), end: null };
    w.__bench.requests.push(entry);
    const response = original(input, init);
    response.then(
      (r) =>
        r
          .clone()
          .text()
          .then(() => {
            entry.end = performance.now();
            setTimeout(() => w.__bench.onResponse?.(), 0);
          }),
      () => {},
    );
    return response;
  };
}

/**
 * In the page: resolves with performance.now() at the first frame after the list request for
 * `fragment` was answered and every row on screen matches it.
 */
function whenRowsMatch(fragment) {
  const w = window;
  const fold = (s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  return new Promise((resolve, reject) => {
    const check = () => {
      const answered = w.__bench.requests.some(
        (r) => r.channel === 'trainees.list' && r.search === fragment && r.end !== null,
      );
      const rows = [...document.querySelectorAll('[data-testid="trainee-row"]')];
      if (answered && rows.length > 0 && rows.every((r) => fold(r.textContent ?? '').includes(fragment))) {
        observer.disconnect();
        clearTimeout(timer);
        w.__bench.onResponse = null;
        requestAnimationFrame(() => resolve(performance.now()));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    w.__bench.onResponse = check;
    const timer = setTimeout(() => {
      observer.disconnect();
      const rows = [...document.querySelectorAll('[data-testid="trainee-row"]')];
      const odd = rows.find((r) => !fold(r.textContent ?? '').includes(fragment));
      const answered = w.__bench.requests.some((r) => r.search === fragment && r.end !== null);
      reject(
        new Error(
          `rows never matched "${fragment}" (answered: ${answered}, ${rows.length} rows, e.g. "${odd?.textContent}")`,
        ),
      );
    }, 30_000);
  });
}

/**
 * In the page: resolves with performance.now() at the first frame after the palette's search for
 * `fragment` was answered and its first trainee shown contains it.
 */
function whenPaletteMatches(fragment) {
  const w = window;
  const fold = (s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  return new Promise((resolve, reject) => {
    const check = () => {
      const answered = w.__bench.requests.some(
        (r) => r.channel === 'search.find' && r.search === fragment && r.end !== null,
      );
      const first = document.querySelector('[data-testid="palette-list"] [data-testid^="palette-trainee-"]');
      if (answered && first && fold(first.textContent ?? '').includes(fragment)) {
        observer.disconnect();
        clearTimeout(timer);
        w.__bench.onResponse = null;
        requestAnimationFrame(() => resolve(performance.now()));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    w.__bench.onResponse = check;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the palette never showed "${fragment}"`));
    }, 30_000);
  });
}

/** The palette opened over the list, each name typed key by key (40 ms apart), timed from the last key. */
async function timePalette(page, fragments) {
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-testid="palette-search"]');
  await input.waitFor({ state: 'visible' });
  const total = [];
  for (const fragment of fragments) {
    await input.fill('');
    await page.waitForTimeout(400);
    const shown = page.evaluate(whenPaletteMatches, fragment);
    await input.pressSequentially(fragment, { delay: 40 });
    const at = await shown;
    total.push(at - (await page.evaluate(() => window.__bench.inputAt)));
  }
  await page.keyboard.press('Escape');
  return total;
}

/**
 * In the page: resolves with performance.now() at the first frame in which the main area shows a
 * heading other than `before`, `required` test ids are all there, and nothing in it is loading (no
 * loader, skeleton or busy region).
 */
function whenScreenReady({ before, required }) {
  const ready = () => {
    const main = document.getElementById('main-content');
    const heading = main?.querySelector('h1');
    if (!main || !heading || heading.textContent === before) return false;
    if (required.some((id) => !main.querySelector(`[data-testid="${id}"]`))) return false;
    return !main.querySelector('.mantine-Loader-root, .mantine-Skeleton-root, [aria-busy="true"]');
  };
  return new Promise((resolve, reject) => {
    let done = false;
    const stop = () => {
      done = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
    };
    const check = () => {
      if (done || !ready()) return;
      stop();
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    // Attributes of elements already there (aria-busy) change without a new node: looked at each frame too.
    const poll = setInterval(check, 16);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the screen at ${location.hash} never showed its data`));
    }, 30_000);
    check();
  });
}

/** Home's cards: the current cohort, the dispatch requests, the records changed last. */
const HOME_CARDS = ['cohort-current', 'dispatch-card', 'recent-card'];

/** The app opened at Home in a fresh context: navigation start → Home's cards shown with their data. */
async function openHome(browser, launchUrl) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(await launchUrl('/'), { waitUntil: 'commit' });
  const at = await page.evaluate(whenScreenReady, { before: null, required: HOME_CARDS });
  await context.close();
  return at;
}

/**
 * From the list, each entry of the side navigation clicked in turn, twice round: the click → the
 * screen shown with its data. The first round fetches each screen's code and data; the second has them.
 */
async function timeScreenChanges(page) {
  const links = await page
    .locator('nav a[href^="#/"]')
    .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), name: a.textContent.trim() })));
  const times = new Map(links.map((l) => [l.href, []]));
  for (let round = 0; round < 2; round++) {
    for (const link of links) {
      const before = await page.evaluate(() => document.querySelector('#main-content h1')?.textContent ?? null);
      if (page.url().endsWith(link.href)) continue;
      await page.waitForTimeout(300);
      const shown = page.evaluate(whenScreenReady, { before, required: link.href === '#/' ? HOME_CARDS : [] });
      await page.locator(`nav a[href="${link.href}"]`).first().click();
      const at = await shown;
      times.get(link.href).push(at - (await page.evaluate(() => window.__bench.clickAt)));
    }
  }
  return links.filter((l) => times.get(l.href).length > 0).map((l) => ({ ...l, times: times.get(l.href) }));
}

/** In the page: when the HTML, the script and each API call arrived, for the first-rows note. */
function loadTimeline() {
  const nav = performance.getEntriesByType('navigation')[0];
  const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js'));
  const list = window.__bench.requests.find((r) => r.channel === 'trainees.list');
  const ms = (v) => (v == null ? '?' : Math.round(v));
  return [
    `html ${ms(nav?.responseEnd)}`,
    `script loaded ${ms(script?.responseEnd)}`,
    `DOMContentLoaded ${ms(nav?.domContentLoadedEventEnd)}`,
    `first API call ${ms(window.__bench.requests[0]?.start)}`,
    `list request ${ms(list?.start)}→${ms(list?.end)}`,
    `row painted ${ms(window.__bench.firstRowAt)}`,
  ].join(', ');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => `median of ${xs.length}; min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)} ms`;

async function openList(browser, launchUrl) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const address = await launchUrl('/trainees');
  const wallStart = performance.now();
  await page.goto(address, { waitUntil: 'commit' });
  await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 30_000 });
  const wall = performance.now() - wallStart;
  await page.waitForFunction(() => window.__bench.firstRowAt > 0);
  const firstRow = await page.evaluate(() => window.__bench.firstRowAt);
  // Main-thread time spent so far: all tasks, and the JavaScript part of them.
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.detach();
  return {
    context,
    page,
    firstRow,
    wall,
    taskMs: metrics.TaskDuration * 1000,
    scriptMs: metrics.ScriptDuration * 1000,
  };
}

/**
 * Each fragment once: `paste` puts it in the box with one input event after a pause (the UI sends
 * that at once); otherwise it is typed key by key, 40 ms apart, and timed from the last keystroke.
 */
async function timeSearches(page, input, fragments, paste) {
  const total = [];
  const afterRequest = [];
  for (const fragment of fragments) {
    await input.fill('');
    await page.waitForTimeout(400);
    const shown = page.evaluate(whenRowsMatch, fragment);
    if (paste) await input.fill(fragment);
    else await input.pressSequentially(fragment, { delay: 40 });
    const at = await shown;
    const { inputAt, requests } = await page.evaluate(() => window.__bench);
    const request = requests.filter((r) => r.channel === 'trainees.list' && r.search === fragment).at(-1);
    total.push(at - inputAt);
    afterRequest.push(at - request.start);
  }
  return { total, afterRequest };
}

/** `launchUrl(route)` gives a new one-time address for each page (bench-server.mjs). */
export async function benchUi(launchUrl, { loads = 5 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.BENCH_CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    // One untimed load first (Chromium's own first-run work), then fresh contexts: no HTTP cache.
    const cold = await openList(browser, launchUrl);
    await cold.context.close();
    const firstRows = [];
    const walls = [];
    const tasks = [];
    const scripts = [];
    let timeline = '';
    for (let i = 0; i < loads; i++) {
      const run = await openList(browser, launchUrl);
      firstRows.push(run.firstRow);
      walls.push(run.wall);
      tasks.push(run.taskMs);
      scripts.push(run.scriptMs);
      if (i === 0) timeline = await run.page.evaluate(loadTimeline);
      await run.context.close();
    }

    const { context, page } = await openList(browser, launchUrl);
    const box = page.locator(SEARCH);
    const input = (await box.evaluate((el) => el.tagName)) === 'INPUT' ? box : box.locator('input');
    // Warm-up (code paths, the first request on a new connection), then the timed searches.
    await timeSearches(page, input, ['anan', 'maria'], true);
    const typed = await timeSearches(page, input, TYPED, false);
    const pasted = await timeSearches(page, input, PASTED, true);
    await timePalette(page, ['anan', 'maria']);
    const palette = await timePalette(page, TYPED);
    const screens = await timeScreenChanges(page);
    await context.close();

    await openHome(browser, launchUrl);
    const homes = [];
    for (let i = 0; i < loads; i++) homes.push(await openHome(browser, launchUrl));
    const firstVisits = screens.map((s) => s.times[0]);
    const slowest = screens.reduce((a, b) => (b.times[0] > a.times[0] ? b : a));
    const ms = (v) => (v === undefined ? '–' : v.toFixed(0));
    const after = [...typed.afterRequest, ...pasted.afterRequest];
    return {
      'ui.list_first_rows_ms': {
        value: median(firstRows),
        note: `navigation start → first row painted, fresh context each, ${stats(firstRows)} after 1 untimed (${cold.firstRow.toFixed(0)} ms); wall clock goto→visible median ${median(walls).toFixed(0)} ms; main-thread busy until then median ${median(tasks).toFixed(0)} ms, of it JavaScript ${median(scripts).toFixed(0)} ms; one load: ${timeline}`,
      },
      'ui.search_to_rows_ms': {
        value: median(typed.total),
        note: `typed key by key (40 ms apart), last keystroke → matching rows painted, includes the UI's ${DEBOUNCE_MS} ms debounce where a key came while a search was on its way; ${stats(typed.total)}`,
      },
      'ui.search_paste_to_rows_ms': {
        value: median(pasted.total),
        note: `the fragment entered with one input event after a pause (sent at once, no debounce) → matching rows painted; ${stats(pasted.total)}`,
      },
      'ui.palette_to_result_ms': {
        value: median(palette),
        note: `Ctrl+K over the list, a name typed key by key (40 ms apart, each key asks search.find), last keystroke → the palette's records for it painted; ${stats(palette)}`,
      },
      'ui.home_usable_ms': {
        value: median(homes),
        note: `navigation start → Home's cards (${HOME_CARDS.join(', ')}) shown with nothing loading, fresh context each, staff name already given; ${stats(homes)} after 1 untimed`,
      },
      'ui.screen_change_ms': {
        value: Math.max(...firstVisits),
        note: `a click on each of the ${screens.length} entries of the side navigation, from the trainee list, twice round → the screen's heading shown with nothing loading; the slowest first visit (${slowest.name}); every screen first/again: ${screens.map((s) => `${s.name} ${ms(s.times[0])}/${ms(s.times[1])}`).join(', ')}`,
      },
      'ui.search_to_rows_after_debounce_ms': {
        value: median(after),
        note: `list request sent → matching rows painted, both kinds of search; ${stats(after)}`,
      },
    };
  } finally {
    await browser.close();
  }
}
