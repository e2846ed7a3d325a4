// The history of changes, loaded when first visited.
import { IconHistory } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const HistoryPage = lazyScreen(() => import('./HistoryPage').then((m) => m.HistoryPage));

export const auditScreens: FeatureScreens = {
  routes: [{ path: 'history', element: <HistoryPage /> }],
  nav: [{ to: '/history', label: 'nav.history', icon: IconHistory, order: 130 }],
};
