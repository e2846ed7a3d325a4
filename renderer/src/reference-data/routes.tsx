// The reference-data import screen, loaded when first visited (the shell's Suspense boundary holds the
// wait).
import { IconFileImport } from '@tabler/icons-react';
import { lazyScreen } from '../app/preloadable';
import type { FeatureScreens } from '../app/screens';

const ReferenceDataPage = lazyScreen(() => import('./ReferenceDataPage').then((m) => m.ReferenceDataPage));

export const referenceDataScreens: FeatureScreens = {
  routes: [{ path: 'reference-data', element: <ReferenceDataPage /> }],
  nav: [{ to: '/reference-data', label: 'nav.referenceData', icon: IconFileImport, order: 110 }],
};
