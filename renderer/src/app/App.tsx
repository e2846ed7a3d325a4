// The providers every screen relies on, and the routes. Hash routing, so the same build works from
// file:// inside Electron and over HTTP in browser mode; a data router, so a form with unsaved work
// can hold navigation (ui/guard/UnsavedChangesBlocker).
import { type CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, Outlet, RouterProvider } from 'react-router-dom';
import { auditScreens } from '../audit/routes';
import { backupScreens } from '../backup/routes';
import { cohortScreens } from '../cohorts/routes';
import { documentScreens } from '../documents/routes';
import { homeScreens } from '../home/routes';
import { hostScreens } from '../hosts/routes';
import { placementScreens } from '../placements/routes';
import { progressScreens } from '../progress/routes';
import { referenceDataScreens } from '../reference-data/routes';
import { reportScreens } from '../reports/routes';
import { settingsScreens } from '../settings/routes';
import { dispatchScreens } from '../specialist-dispatch/routes';
import { statisticsScreens } from '../statistics/routes';
import { templateScreens } from '../templates/routes';
import { traineeScreens } from '../trainees/routes';
import { NotFound } from './NotFound';
import { queryClient } from './queryClient';
import { composedScreens } from './routes/routes';
import { ScreenError } from './ScreenError';
import { Shell } from './Shell';
import { type FeatureScreens, navigation, printRoutes, shellRoutes } from './screens';
import { theme } from './theme';

// Each feature declares its screens, print views and navigation entries in its routes.tsx, with its
// pages loaded when first visited (Home and the trainee list, what people open first, with the app).
// Pages that show other features' cards are put together in routes/ (see docs/architecture.md).
const FEATURES: readonly FeatureScreens[] = [
  homeScreens,
  progressScreens,
  traineeScreens,
  cohortScreens,
  hostScreens,
  placementScreens,
  statisticsScreens,
  dispatchScreens,
  documentScreens,
  referenceDataScreens,
  backupScreens,
  auditScreens,
  templateScreens,
  settingsScreens,
  reportScreens,
  composedScreens,
];

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

/** The print views load on their own: no shell around them to hold the Suspense boundary. */
function PrintFrame() {
  return (
    <Suspense fallback={null}>
      <Outlet />
    </Suspense>
  );
}

const router = createHashRouter([
  {
    errorElement: <ScreenError />,
    children: [
      {
        element: <Shell nav={navigation(FEATURES)} />,
        // A screen that fails shows its error inside the shell, so the navigation stays.
        children: [
          {
            errorElement: <ScreenError />,
            children: [
              ...shellRoutes(FEATURES),
              { path: 'home', element: <Navigate to="/" replace /> },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
      { element: <PrintFrame />, children: printRoutes(FEATURES) },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </QueryClientProvider>
  );
}
