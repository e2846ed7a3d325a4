// A print page kept open and warm (the PDF benchmark; Electron's hidden print window) prints the next
// report without a navigation: its code, styles and fonts are already there. `clairDeskPrint.show`
// takes the view's address and, when the caller already holds it, the report's data (Electron's main
// process reads it from the core; no round trip), puts the data in the query cache, starts the fonts
// the data needs, moves the hash router to the view, and resolves once the page is marked
// data-print-ready again, ready for printToPDF / page.pdf.
import { queryClient } from '../app/queryClient';
import { printTarget, startFonts } from './prefetch';

export interface PrintJob {
  /** The print view's address inside the app, e.g. `/print/trainee/12?lang=ja`. */
  path: string;
  /** The report, as its channel answers it; read here when absent. */
  data?: unknown;
}

declare global {
  interface Window {
    clairDeskPrint?: { show(job: PrintJob): Promise<void> };
  }
}

/** Resolves when <html> next gets data-print-ready="true". */
function nextReady(): Promise<void> {
  const html = document.documentElement;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (html.getAttribute('data-print-ready') !== 'true') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(html, { attributes: true, attributeFilter: ['data-print-ready'] });
  });
}

export async function showPrintJob(job: PrintJob): Promise<void> {
  const [path = '', search = ''] = job.path.split('?');
  const target = printTarget(path, search);
  if (!target) throw new Error(`not a print view: ${job.path}`);
  const data = job.data ?? (await target.read());
  queryClient.setQueryData(target.key, data);
  await startFonts(target, data);
  if (window.location.hash === `#${job.path}`) {
    // The same view again: no navigation, only the new data to lay out.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
    return;
  }
  // Not ready until the new document is: PrintFrame re-arms its wait on every navigation.
  document.documentElement.setAttribute('data-print-ready', 'false');
  const ready = nextReady();
  window.location.hash = `#${job.path}`;
  await ready;
}

export function installPrintJobs(): void {
  window.clairDeskPrint = { show: showPrintJob };
}
