// The pages that show other features' cards, registered like a feature's screens. Home loads with the
// app (it is what people open first); the others load when first visited.
import { lazy } from 'react';
import type { FeatureScreens } from '../screens';
import { HomeRoute } from './HomeRoute';

const TraineeDetailRoute = lazy(() => import('./TraineeDetailRoute').then((m) => ({ default: m.TraineeDetailRoute })));
const CohortRoute = lazy(() => import('./CohortRoute').then((m) => ({ default: m.CohortRoute })));
const HostDetailRoute = lazy(() => import('./HostDetailRoute').then((m) => ({ default: m.HostDetailRoute })));
const DispatchRequestRoute = lazy(() =>
  import('./DispatchRequestRoute').then((m) => ({ default: m.DispatchRequestRoute })),
);
const SettingsRoute = lazy(() => import('./SettingsRoute').then((m) => ({ default: m.SettingsRoute })));

export const composedScreens: FeatureScreens = {
  routes: [
    { index: true, element: <HomeRoute /> },
    { path: 'trainees/:id', element: <TraineeDetailRoute /> },
    { path: 'cohorts/:fiscalYear', element: <CohortRoute /> },
    { path: 'hosts/:id', element: <HostDetailRoute /> },
    { path: 'dispatch/requests/:id', element: <DispatchRequestRoute /> },
    { path: 'settings', element: <SettingsRoute /> },
  ],
};
