// The history of changes, loaded when first visited.
import { IconHistory } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));

export const auditScreens: FeatureScreens = {
  routes: [{ path: 'history', element: <HistoryPage /> }],
  nav: [{ to: '/history', label: 'nav.history', icon: IconHistory, order: 130 }],
};
