// The Needs-attention screen, loaded when first visited.
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const AttentionPage = lazy(() => import('./AttentionPage').then((m) => ({ default: m.AttentionPage })));

export const progressScreens: FeatureScreens = {
  routes: [{ path: 'attention', element: <AttentionPage /> }],
  nav: [{ to: '/attention', label: 'nav.attention', icon: IconAlertTriangle, order: 20 }],
};
