// The backups screen, loaded when first visited.
import { IconDatabase } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const BackupsPage = lazy(() => import('./BackupsPage').then((m) => ({ default: m.BackupsPage })));

export const backupScreens: FeatureScreens = {
  routes: [{ path: 'backups', element: <BackupsPage /> }],
  nav: [{ to: '/backups', label: 'nav.backups', icon: IconDatabase, order: 120 }],
};
