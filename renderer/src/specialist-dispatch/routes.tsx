// The Specialist Dispatch screens: requests, intake, specialists, counterparts and the history inside
// the shell, the history's print view outside it. Every page loads when first visited, with the date
// pickers, charts and form code it brings.
import { IconPlaneDeparture, IconUserStar, IconWorld } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const RequestsPage = lazyScreen(() => import('./requests/RequestsPage').then((m) => m.RequestsPage));
const RequestFormPage = lazyScreen(() => import('./requests/RequestFormPage').then((m) => m.RequestFormPage));
const IntakePage = lazyScreen(() => import('./intake/IntakePage').then((m) => m.IntakePage));
const SpecialistsPage = lazyScreen(() => import('./specialists/SpecialistsPage').then((m) => m.SpecialistsPage));
const SpecialistFormPage = lazyScreen(() =>
  import('./specialists/SpecialistFormPage').then((m) => m.SpecialistFormPage),
);
const SpecialistPage = lazyScreen(() => import('./specialists/SpecialistPage').then((m) => m.SpecialistPage));
const CounterpartsPage = lazyScreen(() => import('./counterparts/CounterpartsPage').then((m) => m.CounterpartsPage));
const HistoryPage = lazyScreen(() => import('./history/HistoryPage').then((m) => m.HistoryPage));
const HistoryPrintPage = lazy(() =>
  import('./history/HistoryPrintPage').then((m) => ({ default: m.HistoryPrintPage })),
);

export const dispatchScreens: FeatureScreens = {
  routes: [
    { path: 'dispatch', element: <RequestsPage /> },
    { path: 'dispatch/requests/new', element: <RequestFormPage /> },
    { path: 'dispatch/requests/:id/edit', element: <RequestFormPage /> },
    { path: 'dispatch/intake', element: <IntakePage /> },
    { path: 'dispatch/intake/:fiscalYear', element: <IntakePage /> },
    { path: 'dispatch/specialists', element: <SpecialistsPage /> },
    { path: 'dispatch/specialists/new', element: <SpecialistFormPage /> },
    { path: 'dispatch/specialists/:id', element: <SpecialistPage /> },
    { path: 'dispatch/specialists/:id/edit', element: <SpecialistFormPage /> },
    { path: 'dispatch/counterparts', element: <CounterpartsPage /> },
    { path: 'dispatch/history', element: <HistoryPage /> },
  ],
  print: [{ path: 'print/dispatch-history', element: <HistoryPrintPage /> }],
  nav: [
    {
      to: '/dispatch',
      label: 'nav.dispatch',
      icon: IconPlaneDeparture,
      order: 80,
      // The requests, intake and counterparts; specialists and the history have entries of their own.
      match: (path) => path.startsWith('/dispatch') && !/^\/dispatch\/(specialists|history)/.test(path),
    },
    { to: '/dispatch/specialists', label: 'nav.specialists', icon: IconUserStar, order: 90 },
    { to: '/dispatch/history', label: 'nav.dispatchHistory', icon: IconWorld, order: 100 },
  ],
};
