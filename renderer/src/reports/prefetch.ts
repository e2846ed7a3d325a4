// Opening straight onto a print view (a bookmark, a reload, Electron's printToPDF window, the PDF
// benchmark): ask for the report and load the view's code while the app starts, instead of after.
import { api } from '../api/client';
import { queryClient } from '../app/queryClient';
import { parsePrintParams } from '../ui/print/options';
import { cohortPrint, hostPrint, traineePrint } from './pages';
import { reportKey } from './queries';

const ROUTES = [
  { pattern: /^\/print\/trainee\/(\d+)$/, kind: 'trainee', load: traineePrint.load },
  { pattern: /^\/print\/cohort\/(\d+)$/, kind: 'cohort', load: cohortPrint.load },
  { pattern: /^\/print\/host\/(\d+)$/, kind: 'host', load: hostPrint.load },
] as const;

export function prefetchPrintView(path: string, search: string): void {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const n = Number(match[1]);
    const { showSensitive } = parsePrintParams(new URLSearchParams(search), 'en');
    void route.load();
    const queryFn = (): Promise<unknown> =>
      route.kind === 'cohort'
        ? api().call('reports.cohort', { fiscalYear: n, showSensitive })
        : api().call(route.kind === 'trainee' ? 'reports.trainee' : 'reports.host', { id: n, showSensitive });
    void queryClient.prefetchQuery({ queryKey: reportKey(route.kind, n, showSensitive), queryFn });
    return;
  }
}
