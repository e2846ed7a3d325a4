// Opening straight onto a print view (a bookmark, a reload, Electron's printToPDF window, the PDF
// benchmark): ask for the report and load the view's code while the app starts, instead of after, and
// start the fonts its data needs as soon as both are there.
import { api } from '../api/client';
import { queryClient } from '../app/queryClient';
import { parsePrintParams } from '../ui/print/options';
import { cohortPrint, hostPrint, traineePrint, traineesPrint } from './pages';
import { parseIds, reportKey, traineesReportKey } from './queries';

/** A print view's data: its query key, how to read it, and the view's code. */
export interface PrintTarget {
  key: readonly unknown[];
  read(): Promise<unknown>;
  load(): Promise<unknown>;
}

const SINGLE = [
  { pattern: /^\/print\/trainee\/(\d+)$/, kind: 'trainee', load: traineePrint.load },
  { pattern: /^\/print\/cohort\/(\d+)$/, kind: 'cohort', load: cohortPrint.load },
  { pattern: /^\/print\/host\/(\d+)$/, kind: 'host', load: hostPrint.load },
] as const;

export function printTarget(path: string, search: string): PrintTarget | null {
  const params = new URLSearchParams(search);
  const { showSensitive } = parsePrintParams(params, 'en');
  if (path === '/print/trainees') {
    const ids = parseIds(params.get('ids'));
    if (!ids.length) return null;
    return {
      key: traineesReportKey(ids, showSensitive),
      read: () => api().call('reports.trainees', { ids, showSensitive }),
      load: traineesPrint.load,
    };
  }
  for (const route of SINGLE) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const n = Number(match[1]);
    const read = (): Promise<unknown> =>
      route.kind === 'cohort'
        ? api().call('reports.cohort', { fiscalYear: n, showSensitive })
        : api().call(route.kind === 'trainee' ? 'reports.trainee' : 'reports.host', { id: n, showSensitive });
    return { key: reportKey(route.kind, n, showSensitive), read, load: route.load };
  }
  return null;
}

/** The view's code and its fonts' rules, then the fonts the data's text needs (see ui/print/fonts.ts). */
export async function startFonts(target: PrintTarget, data: unknown): Promise<void> {
  await target.load();
  const { preloadFonts } = await import('../ui/print/fonts');
  // The photos are base64, no glyph of which is printed.
  preloadFonts(JSON.stringify(data, (key, value) => (key === 'photo' ? null : value)));
}

export function prefetchPrintView(path: string, search: string): void {
  const target = printTarget(path, search);
  if (!target) return;
  void target.load();
  void queryClient
    .fetchQuery({ queryKey: target.key, queryFn: target.read, staleTime: 2_000 })
    .then((data) => startFonts(target, data))
    .catch(() => undefined);
}
