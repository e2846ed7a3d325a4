// The host screens, each loaded when first visited. A host's page shows other features' cards, so
// app/routes/ registers it.
import { IconBuildingCommunity } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const HostListPage = lazyScreen(() => import('./list/HostListPage').then((m) => m.HostListPage));
const HostFormPage = lazyScreen(() => import('./form/HostFormPage').then((m) => m.HostFormPage));
const HostImportPage = lazyScreen(() => import('./import/HostImportPage').then((m) => m.HostImportPage));

export const hostScreens: FeatureScreens = {
  routes: [
    { path: 'hosts', element: <HostListPage /> },
    { path: 'hosts/new', element: <HostFormPage /> },
    { path: 'hosts/import', element: <HostImportPage /> },
    { path: 'hosts/:id/edit', element: <HostFormPage /> },
  ],
  nav: [{ to: '/hosts', label: 'hosts.nav', icon: IconBuildingCommunity, order: 50 }],
};
