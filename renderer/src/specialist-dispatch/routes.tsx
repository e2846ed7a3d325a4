// The Specialist Dispatch screens: requests, intake, specialists, counterparts and the history inside
// the shell, the history's print view outside it. Every page loads when first visited, with the date
// pickers, charts and form code it brings.
import { IconPlaneDeparture, IconUserStar, IconWorld } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const RequestsPage = lazy(() => import('./requests/RequestsPage').then((m) => ({ default: m.RequestsPage })));
const RequestFormPage = lazy(() => import('./requests/RequestFormPage').then((m) => ({ default: m.RequestFormPage })));
const IntakePage = lazy(() => import('./intake/IntakePage').then((m) => ({ default: m.IntakePage })));
const SpecialistsPage = lazy(() =>
  import('./specialists/SpecialistsPage').then((m) => ({ default: m.SpecialistsPage })),
);
const SpecialistFormPage = lazy(() =>
  import('./specialists/SpecialistFormPage').then((m) => ({ default: m.SpecialistFormPage })),
);
const SpecialistPage = lazy(() => import('./specialists/SpecialistPage').then((m) => ({ default: m.SpecialistPage })));
const CounterpartsPage = lazy(() =>
  import('./counterparts/CounterpartsPage').then((m) => ({ default: m.CounterpartsPage })),
);
const HistoryPage = lazy(() => import('./history/HistoryPage').then((m) => ({ default: m.HistoryPage })));
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
