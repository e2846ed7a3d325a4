// The providers every screen relies on, and the routes. Hash routing, so the same build works from
// file:// inside Electron and over HTTP in browser mode; a data router, so a form with unsaved work
// can hold navigation (ui/guard/UnsavedChangesBlocker).
import { type CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, createRoutesFromElements, Navigate, Route, RouterProvider } from 'react-router-dom';
import { referenceDataRoutes } from '../reference-data/routes';
import { cohortPrint, hostPrint, traineePrint } from '../reports/pages';
import { dispatchPrintRoutes, dispatchRoutes } from '../specialist-dispatch/routes';
import { TraineeListPage } from '../trainees/list/TraineeListPage';
import { NotFound } from './NotFound';
import { queryClient } from './queryClient';
import { HomeRoute } from './routes/HomeRoute';
import { ScreenError } from './ScreenError';
import { Shell } from './Shell';
import { theme } from './theme';

// Home and the list are what people open first; the other screens (and the date pickers and form
// code they bring) load when first visited.
// Pages that show other features' cards are put together in routes/ (see docs/architecture.md).
const TraineeDetailRoute = lazy(() =>
  import('./routes/TraineeDetailRoute').then((m) => ({ default: m.TraineeDetailRoute })),
);
const TraineeFormPage = lazy(() =>
  import('../trainees/form/TraineeFormPage').then((m) => ({ default: m.TraineeFormPage })),
);
const SettingsRoute = lazy(() => import('./routes/SettingsRoute').then((m) => ({ default: m.SettingsRoute })));
const BackupsPage = lazy(() => import('../backup/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const CohortsPage = lazy(() => import('../cohorts/CohortsPage').then((m) => ({ default: m.CohortsPage })));
const CohortRoute = lazy(() => import('./routes/CohortRoute').then((m) => ({ default: m.CohortRoute })));
const HostListPage = lazy(() => import('../hosts/list/HostListPage').then((m) => ({ default: m.HostListPage })));
const HostFormPage = lazy(() => import('../hosts/form/HostFormPage').then((m) => ({ default: m.HostFormPage })));
const HostDetailRoute = lazy(() => import('./routes/HostDetailRoute').then((m) => ({ default: m.HostDetailRoute })));
const HostImportPage = lazy(() =>
  import('../hosts/import/HostImportPage').then((m) => ({ default: m.HostImportPage })),
);
const AttentionPage = lazy(() => import('../progress/AttentionPage').then((m) => ({ default: m.AttentionPage })));
const StatisticsPage = lazy(() => import('../statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const HistoryPage = lazy(() => import('../audit/HistoryPage').then((m) => ({ default: m.HistoryPage })));
// Print views: outside the shell, one document each (preloadable: see reports/prefetch.ts).
const TraineePrintPage = traineePrint.Component;
const CohortPrintPage = cohortPrint.Component;
const HostPrintPage = hostPrint.Component;
const StatisticsPrintPage = lazy(() =>
  import('../statistics/StatisticsPrintPage').then((m) => ({ default: m.StatisticsPrintPage })),
);
const TimelinePage = lazy(() =>
  import('../placements/timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })),
);

// Mantine's default "dimmed" grey and error red fall below WCAG AA contrast on white; darker shades pass.
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});

function Providers({ children }: { children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language === 'ja' ? 'ja' : 'en', firstDayOfWeek: 0 }}>
        <ModalsProvider labels={{ confirm: t('common.confirm'), cancel: t('common.cancel') }}>
          {/* Bottom centre, clear of the page's actions (top right) and the form's save bar (bottom right);
              clicks pass through them, so a notice never blocks a button (see app/global.css). */}
          <Notifications position="bottom-center" limit={3} />
          {children}
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

/** A print view loads on its own (no shell around it to hold the Suspense boundary). */
function PrintRoute({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={null}>{page}</Suspense>;
}

const router = createHashRouter(
  createRoutesFromElements(
    <Route errorElement={<ScreenError />}>
      <Route element={<Shell />}>
        {/* A screen that fails shows its error inside the shell, so the navigation stays. */}
        <Route errorElement={<ScreenError />}>
          <Route index element={<HomeRoute />} />
          <Route path="trainees" element={<TraineeListPage />} />
          <Route path="trainees/new" element={<TraineeFormPage />} />
          <Route path="trainees/:id" element={<TraineeDetailRoute />} />
          <Route path="trainees/:id/edit" element={<TraineeFormPage />} />
          <Route path="cohorts" element={<CohortsPage />} />
          <Route path="cohorts/:fiscalYear" element={<CohortRoute />} />
          <Route path="hosts" element={<HostListPage />} />
          <Route path="hosts/new" element={<HostFormPage />} />
          <Route path="hosts/import" element={<HostImportPage />} />
          <Route path="hosts/:id" element={<HostDetailRoute />} />
          <Route path="hosts/:id/edit" element={<HostFormPage />} />
          <Route path="timeline" element={<TimelinePage />} />
          <Route path="timeline/:fiscalYear" element={<TimelinePage />} />
          <Route path="attention" element={<AttentionPage />} />
          <Route path="statistics" element={<StatisticsPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="backups" element={<BackupsPage />} />
          <Route path="settings" element={<SettingsRoute />} />
          {dispatchRoutes()}
          {referenceDataRoutes()}
          <Route path="home" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
      <Route path="print/trainee/:id" element={<PrintRoute page={<TraineePrintPage />} />} />
      <Route path="print/cohort/:fiscalYear" element={<PrintRoute page={<CohortPrintPage />} />} />
      <Route path="print/host/:id" element={<PrintRoute page={<HostPrintPage />} />} />
      <Route path="print/statistics" element={<PrintRoute page={<StatisticsPrintPage />} />} />
      {dispatchPrintRoutes()}
    </Route>,
  ),
);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </QueryClientProvider>
  );
}
