// The host screens, each loaded when first visited. A host's page shows other features' cards, so
// app/routes/ registers it.
import { IconBuildingCommunity } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const HostListPage = lazy(() => import('./list/HostListPage').then((m) => ({ default: m.HostListPage })));
const HostFormPage = lazy(() => import('./form/HostFormPage').then((m) => ({ default: m.HostFormPage })));
const HostImportPage = lazy(() => import('./import/HostImportPage').then((m) => ({ default: m.HostImportPage })));

export const hostScreens: FeatureScreens = {
  routes: [
    { path: 'hosts', element: <HostListPage /> },
    { path: 'hosts/new', element: <HostFormPage /> },
    { path: 'hosts/import', element: <HostImportPage /> },
    { path: 'hosts/:id/edit', element: <HostFormPage /> },
  ],
  nav: [{ to: '/hosts', label: 'hosts.nav', icon: IconBuildingCommunity, order: 50 }],
};
