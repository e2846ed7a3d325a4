// The cohort timeline, loaded when first visited.
import { IconTimeline } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const TimelinePage = lazyScreen(() => import('./timeline/TimelinePage').then((m) => m.TimelinePage));

export const placementScreens: FeatureScreens = {
  routes: [
    { path: 'timeline', element: <TimelinePage /> },
    { path: 'timeline/:fiscalYear', element: <TimelinePage /> },
  ],
  nav: [{ to: '/timeline', label: 'nav.timeline', icon: IconTimeline, order: 60 }],
};
