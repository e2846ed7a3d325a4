// The reference-data import screen, loaded when first visited (the shell's Suspense boundary holds the
// wait).
import { IconFileImport } from '@tabler/icons-react';
import { lazy } from 'react';
import type { FeatureScreens } from '../app/screens';

const ReferenceDataPage = lazy(() => import('./ReferenceDataPage').then((m) => ({ default: m.ReferenceDataPage })));

export const referenceDataScreens: FeatureScreens = {
  routes: [{ path: 'reference-data', element: <ReferenceDataPage /> }],
  nav: [{ to: '/reference-data', label: 'nav.referenceData', icon: IconFileImport, order: 110 }],
};
