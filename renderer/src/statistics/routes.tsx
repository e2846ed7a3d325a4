// The statistics screen and its print view, each loaded when first visited (with the charts).
import { IconChartBar } from '@tabler/icons-react';
import { lazy } from 'react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const StatisticsPage = lazyScreen(() => import('./StatisticsPage').then((m) => m.StatisticsPage));
const StatisticsPrintPage = lazy(() =>
  import('./StatisticsPrintPage').then((m) => ({ default: m.StatisticsPrintPage })),
);

export const statisticsScreens: FeatureScreens = {
  routes: [{ path: 'statistics', element: <StatisticsPage /> }],
  print: [{ path: 'print/statistics', element: <StatisticsPrintPage /> }],
  nav: [{ to: '/statistics', label: 'nav.statistics', icon: IconChartBar, order: 70 }],
};
