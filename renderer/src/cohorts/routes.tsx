// The cohort list, loaded when first visited. A cohort's page shows the printed report from another
// feature, so app/routes/ registers it.
import { IconCalendarEvent } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const CohortsPage = lazyScreen(() => import('./CohortsPage').then((m) => m.CohortsPage));

export const cohortScreens: FeatureScreens = {
  routes: [{ path: 'cohorts', element: <CohortsPage /> }],
  nav: [{ to: '/cohorts', label: 'nav.cohorts', icon: IconCalendarEvent, order: 40 }],
};
