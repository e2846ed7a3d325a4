// The cohort list, loaded when first visited. A cohort's page shows the printed report from another
// feature, so app/routes/ registers it.
import { IconCalendarEvent } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const CohortsPage = lazy(() => import('./CohortsPage').then((m) => ({ default: m.CohortsPage })));

export const cohortScreens: FeatureScreens = {
  routes: [{ path: 'cohorts', element: <CohortsPage /> }],
  nav: [{ to: '/cohorts', label: 'nav.cohorts', icon: IconCalendarEvent, order: 40 }],
};
