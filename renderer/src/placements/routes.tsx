// The cohort timeline, loaded when first visited.
import { IconTimeline } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const TimelinePage = lazy(() => import('./timeline/TimelinePage').then((m) => ({ default: m.TimelinePage })));

export const placementScreens: FeatureScreens = {
  routes: [
    { path: 'timeline', element: <TimelinePage /> },
    { path: 'timeline/:fiscalYear', element: <TimelinePage /> },
  ],
  nav: [{ to: '/timeline', label: 'nav.timeline', icon: IconTimeline, order: 60 }],
};
