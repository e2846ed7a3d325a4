// The pages that show other features' cards, registered like a feature's screens. Home loads with the
// app (it is what people open first); the others load when first visited.
import { lazyScreen } from '../preloadable';
import type { FeatureScreens } from '../screens';
import { HomeRoute } from './HomeRoute';

const TraineeDetailRoute = lazyScreen(() => import('./TraineeDetailRoute').then((m) => m.TraineeDetailRoute));
const CohortRoute = lazyScreen(() => import('./CohortRoute').then((m) => m.CohortRoute));
const HostDetailRoute = lazyScreen(() => import('./HostDetailRoute').then((m) => m.HostDetailRoute));
const DispatchRequestRoute = lazyScreen(() => import('./DispatchRequestRoute').then((m) => m.DispatchRequestRoute));
const SettingsRoute = lazyScreen(() => import('./SettingsRoute').then((m) => m.SettingsRoute));

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
