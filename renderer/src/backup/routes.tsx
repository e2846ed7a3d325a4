// The backups screen, loaded when first visited.
import { IconDatabase } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const BackupsPage = lazyScreen(() => import('./BackupsPage').then((m) => m.BackupsPage));

export const backupScreens: FeatureScreens = {
  routes: [{ path: 'backups', element: <BackupsPage /> }],
  nav: [{ to: '/backups', label: 'nav.backups', icon: IconDatabase, order: 120 }],
};
